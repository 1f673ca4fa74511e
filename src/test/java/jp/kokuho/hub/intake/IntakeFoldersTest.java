package jp.kokuho.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.util.ReflectionTestUtils;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.config.HubProperties;
import jp.kokuho.hub.history.FileReceipt;

/** error/ and archive/ never overwrite; the per-file in-progress folder goes once the file left it. */
class IntakeFoldersTest {

    @TempDir
    Path root;

    private IntakeFolders folders() {
        return new IntakeFolders(new DataDirectories(new HubProperties("139998", root,
                new HubProperties.Intake(1000, 1000, 1000, null, 2000, 300000, 3))));
    }

    private static FileReceipt receipt(long id, String name) {
        FileReceipt r = new FileReceipt("collection", name, 1, OffsetDateTime.now());
        ReflectionTestUtils.setField(r, "id", id);
        return r;
    }

    @Test
    void aTakenNameOrReasonGetsTheReceiptNumber() throws Exception {
        IntakeFolders folders = folders();
        Path error = root.resolve("error/collection");
        assertThat(folders.errorDestination(receipt(7, "COL_1.csv"))).isEqualTo(error.resolve("COL_1.csv"));
        Files.writeString(error.resolve("COL_1.csv"), "first");
        assertThat(folders.errorDestination(receipt(8, "COL_1.csv"))).isEqualTo(error.resolve("COL_1_8.csv"));
        // only the reason file of an earlier one is left: still taken (the reason must pair with its file)
        Files.writeString(error.resolve("COL_2.csv.reason.txt"), "reasons");
        assertThat(folders.errorDestination(receipt(9, "COL_2.csv"))).isEqualTo(error.resolve("COL_2_9.csv"));
        Files.writeString(error.resolve("COL_1_8.csv"), "second");
        assertThat(folders.errorDestination(receipt(8, "COL_1.csv"))).isEqualTo(error.resolve("COL_1_8-2.csv"));
        assertThat(folders.errorDestination(receipt(10, "NOEXT"))).isEqualTo(error.resolve("NOEXT"));
    }

    @Test
    void theMoveNeverReplacesAFileAndRemovesTheEmptyInProgressFolder() throws Exception {
        IntakeFolders folders = folders();
        Path taken = Files.createDirectories(root.resolve("inbox/collection/.inprogress/20261130-120000-000-1"))
                .resolve("COL_1.csv");
        Files.writeString(taken, "new");
        Path target = root.resolve("error/collection/COL_1.csv");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> folders.move(taken, target)).isInstanceOf(UncheckedIOException.class);
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(Files.readString(taken)).isEqualTo("new");

        Path other = root.resolve("error/collection/COL_1_5.csv");
        folders.move(taken, other);
        assertThat(Files.readString(other)).isEqualTo("new");
        assertThat(taken.getParent()).doesNotExist();
        assertThat(root.resolve("inbox/collection/.inprogress")).isDirectory();
    }
}
