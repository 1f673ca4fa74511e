package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import jp.kokuho.hub.intake.IntakeBacklog;

/**
 * Faults of the parts around a file, caused for real on the running hub: a folder the hub writes into replaced by a
 * regular file (root ignores chmod; a file where a folder should be stops root too), a same-name re-send during an
 * import, a symbolic link and a folder in an inbox, two rejected files of one name, the operator retry. Each test
 * asserts the end state: receipts, rows, folders, lists.
 */
@ExtendWith(OutputCaptureExtension.class)
class IntakeFaultsIT extends HubIntegrationTest {

    private static final Duration LONG = Duration.ofSeconds(90);

    @Autowired
    IntakeBacklog backlog;

    @BeforeEach
    void emptyHub() {
        resetHub();
    }

    @Test
    void importResultsNotWritableAfterTheCommitDelaysTheFileAndNeverRegistersItTwice() throws Exception {
        LocalDate base = LocalDate.of(2028, 1, 31);
        String name = QuaFile.name(INSURER, base);
        Path box = dirs.outbox("import-results");
        Path moved = replaceByFile(box);
        try {
            drop("qualification", name, QuaFile.of(INSURER, base).standardPopulation(8_100_000).bytes());
            // committed, then waiting on the folder: IMPORTED with the cause, the file in its in-progress folder
            await().atMost(LONG).until(() -> "IMPORTED".equals(status(name)) && waitCause(name) != null);
            assertThat(waitCause(name)).contains("folder or disk").contains("import-results");
            assertThat(inProgress("qualification")).containsExactly(name);
            assertThat(filesIn(dirs.error("qualification"))).noneMatch(n -> n.startsWith(name));
            assertThat(jdbc.queryForObject("select count(*) from qualification", Integer.class)).isEqualTo(6);
            IntakeBacklog.Backlog b = backlog.current();
            assertThat(b.inProgress()).isEqualTo(1);
            assertThat(b.waiting()).isEqualTo(1);
            assertThat(b.oldestWaitCause()).contains("import-results");
            Thread.sleep(1_500); // several retries meanwhile: still one receipt, nothing rejected
            assertThat(jdbc.queryForObject("select retries from file_receipt where file_name = ?", Integer.class, name))
                    .isGreaterThanOrEqualTo(2);
        } finally {
            restoreFolder(box, moved);
        }
        awaitArchived("qualification", name);
        await().atMost(LONG).until(() -> jdbc.queryForObject("select filed_at is not null from file_receipt where file_name = ?",
                Boolean.class, name));
        assertThat(jdbc.queryForList("select status from file_receipt where file_name = ?", String.class, name))
                .containsExactly("IMPORTED");
        assertThat(jdbc.queryForObject("select waiting_since is null from file_receipt where file_name = ?", Boolean.class,
                name)).isTrue();
        assertThat(importResult("qualification", name).get(1)).contains(",正常,6,");
        assertThat(jdbc.queryForObject("select count(*) from qualification", Integer.class)).isEqualTo(6);
        assertThat(inProgress("qualification")).isEmpty();
        assertThat(filesIn(dirs.error("qualification"))).noneMatch(n -> n.startsWith(name));
        assertThat(backlog.current().waiting()).isZero();
    }

    @Test
    void archiveNotWritableDelaysTheFileAndNeverFilesItAsDuplicate(CapturedOutput output) throws Exception {
        String name = "TAX_139998_20280201.csv";
        Path archive = dirs.root().resolve("archive/tax");
        Path moved = replaceByFile(archive);
        try {
            drop("tax", name, "000000000000201,2027,1,1,3000000,2000000,4000000,2800000,0,0,0,20280201\r\n".getBytes(MS932));
            await().atMost(LONG).until(() -> "IMPORTED".equals(status(name)) && waitCause(name) != null);
            assertThat(waitCause(name)).contains("archive/tax");
            Thread.sleep(1_500);
            assertThat(inProgress("tax")).containsExactly(name);
            assertThat(output.getOut().split(name + " \\(受付番号 \\d+\\) waits", -1)).as("one line per wait").hasSize(2);
        } finally {
            restoreFolder(archive, moved);
        }
        awaitArchived("tax", name);
        await().atMost(LONG).until(() -> jdbc.queryForObject("select filed_at is not null from file_receipt where file_name = ?",
                Boolean.class, name));
        assertThat(jdbc.queryForList("select status from file_receipt where file_name = ?", String.class, name))
                .containsExactly("IMPORTED");
        assertThat(jdbc.queryForObject("select count(*) from tax_income where person_no = '000000000000201'", Integer.class))
                .isEqualTo(1);
        assertThat(filesIn(dirs.error("tax"))).noneMatch(n -> n.startsWith("TAX_139998_20280201"));
        Thread.sleep(1_000); // nothing picks it up again
        assertThat(jdbc.queryForObject("select count(*) from file_receipt", Integer.class)).isEqualTo(1);
    }

    @Test
    void errorFolderNotWritableDelaysTheRejectionWithoutANewReceiptPerAttempt() throws Exception {
        String name = "COL_139998_20280229.csv";
        Path error = dirs.error("collection");
        Path moved = replaceByFile(error);
        try {
            drop("collection", name, "0000001001,2027,13,20270430,10000,0,,0\r\n".getBytes(MS932));
            await().atMost(LONG).until(() -> "REJECTED".equals(status(name)) && waitCause(name) != null);
            Thread.sleep(1_500);
            assertThat(jdbc.queryForObject("select count(*) from file_receipt", Integer.class)).isEqualTo(1);
            assertThat(inProgress("collection")).containsExactly(name);
        } finally {
            restoreFolder(error, moved);
        }
        awaitError("collection", name);
        assertThat(read(dirs.error("collection").resolve(name + ".reason.txt"))).contains("期別");
        Map<String, Object> receipt = jdbc.queryForMap("select status, location, reason_file, filed_at from file_receipt");
        assertThat(receipt).containsEntry("status", "REJECTED").containsEntry("location", "error/collection/" + name)
                .containsEntry("reason_file", "error/collection/" + name + ".reason.txt");
        assertThat(receipt.get("filed_at")).isNotNull();
        assertThat(inProgress("collection")).isEmpty();
    }

    @Test
    void twoRejectedFilesOfOneNameAreBothKeptWithTheirReasonsAndTheOperatorPutsOneBack() throws Exception {
        String name = "COL_139998_20280331.csv";
        drop("collection", name, "0000001001,2027,13,20270430,10000,0,,0\r\n".getBytes(MS932));
        awaitError("collection", name);
        drop("collection", name, "0000001002,2027,14,20270430,10000,0,,0\r\n".getBytes(MS932));
        await().atMost(LONG).until(() -> jdbc.queryForObject("select count(*) from file_receipt where filed_at is not null",
                Integer.class) == 2);
        List<Map<String, Object>> receipts = jdbc.queryForList("select id, location, reason_file from file_receipt order by id");
        long first = (Long) receipts.get(0).get("id");
        long second = (Long) receipts.get(1).get("id");
        String secondName = "COL_139998_20280331_" + second + ".csv";
        assertThat(receipts.get(0)).containsEntry("location", "error/collection/" + name);
        assertThat(receipts.get(1)).containsEntry("location", "error/collection/" + secondName)
                .containsEntry("reason_file", "error/collection/" + secondName + ".reason.txt");
        assertThat(read(dirs.error("collection").resolve(name))).contains("0000001001");
        assertThat(read(dirs.error("collection").resolve(secondName))).contains("0000001002");
        assertThat(read(dirs.error("collection").resolve(name + ".reason.txt"))).contains("期別");
        assertThat(read(dirs.error("collection").resolve(secondName + ".reason.txt"))).contains("期別").contains("(14)");
        Map<?, ?> view = api().getForObject("/api/files/" + second, Map.class);
        assertThat(view.get("location")).isEqualTo("error/collection/" + secondName);

        // the operator puts the first back: it is taken in again (and rejected again, under a new receipt)
        assertThat(anonymous().postForEntity("/api/files/" + first + "/retry", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<Map> retried = api().postForEntity("/api/files/" + first + "/retry", null, Map.class);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody()).containsEntry("location", "inbox/collection/" + name)
                .containsEntry("retriedBy", OPERATOR_USER);
        await().atMost(LONG).until(() -> jdbc.queryForObject("select count(*) from file_receipt where filed_at is not null",
                Integer.class) == 3);
        Map<String, Object> old = jdbc.queryForMap("select status, retried_by, retried_at, location from file_receipt where id = ?", first);
        assertThat(old).containsEntry("status", "REJECTED").containsEntry("retried_by", OPERATOR_USER)
                .containsEntry("location", "inbox/collection/" + name);
        assertThat(old.get("retried_at")).isNotNull();
        assertThat(jdbc.queryForList("select username from audit_log where action = 'FILE_RETRIED' and target = ?",
                String.class, "receipt " + first + " " + name)).containsExactly(OPERATOR_USER);
        Map<String, Object> again = jdbc.queryForMap("select status, location from file_receipt order by id desc limit 1");
        assertThat(again).containsEntry("status", "REJECTED").containsEntry("location", "error/collection/" + name);
        assertThat(filesIn(dirs.error("collection"))).filteredOn(n -> n.startsWith("COL_139998_20280331"))
                .containsExactlyInAnyOrder(name, name + ".reason.txt", secondName,
                secondName + ".reason.txt");
        // the first receipt's file is no longer in error/ under it: 409
        assertThat(api().postForEntity("/api/files/" + first + "/retry", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(api().postForEntity("/api/files/999999/retry", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aSymbolicLinkAndAFolderInAnInboxAreNamedOnceAndLeftAlone(CapturedOutput output) throws Exception {
        Path outside = Files.createDirectories(dirs.root().resolve("elsewhere")).resolve("TAX_139998_20280401.csv");
        Files.writeString(outside, "000000000000301,2027,1,1,3000000,2000000,4000000,2800000,0,0,0,20280401\r\n");
        Path link = Files.createSymbolicLink(dirs.inbox("tax").resolve("TAX_139998_20280401.csv"), outside);
        Path folder = Files.createDirectories(dirs.inbox("tax").resolve("sub"));
        Files.writeString(folder.resolve("TAX_139998_20280402.csv"), "x");
        try {
            await().atMost(LONG).until(() -> output.getOut().contains("symbolic link in an inbox")
                    && output.getOut().contains("folder in an inbox"));
            Thread.sleep(1_500); // several polls
            assertThat(output.getOut().split("symbolic link in an inbox", -1)).hasSize(2); // one line, not one per poll
            assertThat(output.getOut().split("a folder in an inbox", -1)).hasSize(2);
            assertThat(Files.isSymbolicLink(link)).isTrue();
            assertThat(Files.exists(folder.resolve("TAX_139998_20280402.csv"))).isTrue();
            assertThat(Files.readString(outside)).startsWith("000000000000301");
            assertThat(jdbc.queryForObject("select count(*) from file_receipt", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from tax_income", Integer.class)).isZero();
        } finally {
            Files.delete(link);
            Files.delete(folder.resolve("TAX_139998_20280402.csv"));
            Files.delete(folder);
        }
    }

    @Test
    void aSameNameResendDuringAnImportIsTakenNextAndBothAreImportedInOrder() throws Exception {
        LocalDate base = LocalDate.of(2028, 4, 30);
        String name = QuaFile.name(INSURER, base);
        QuaFile large = QuaFile.of(INSURER, base);
        for (int i = 0; i < 30_000; i++) {
            large.standardPopulation(8_200_000 + i * 10);
        }
        drop("qualification", name, large.bytes());
        await().atMost(LONG).pollInterval(Duration.ofMillis(10)).until(() -> "RECEIVED".equals(status(name)));
        byte[] corrected = QuaFile.of(INSURER, base).standardPopulation(8_900_000).bytes();
        drop("qualification", name, corrected);
        boolean firstStillImporting = "RECEIVED".equals(status(name));

        await().atMost(LONG).until(() -> jdbc.queryForObject(
                "select count(*) from file_receipt where file_name = ? and status = 'IMPORTED' and filed_at is not null",
                Integer.class, name) == 2);
        assertThat(firstStillImporting).as("the re-send landed while the first was being imported").isTrue();
        List<Map<String, Object>> receipts = jdbc.queryForList(
                "select record_count, location from file_receipt where file_name = ? order by id", name);
        assertThat(receipts).extracting(r -> r.get("record_count")).containsExactly(180_000, 6);
        assertThat(jdbc.queryForObject("select count(*) from qualification", Integer.class)).isEqualTo(6);
        Path day = dirs.root().resolve((String) receipts.get(0).get("location")).getParent();
        assertThat(filesIn(day)).filteredOn(n -> n.startsWith("QUA_139998_20280430")).hasSize(2);
        assertThat(Files.readAllBytes(dirs.root().resolve((String) receipts.get(1).get("location")))).isEqualTo(corrected);
        assertThat(inProgress("qualification")).isEmpty();
        assertThat(Files.exists(dirs.inbox("qualification").resolve(name))).isFalse();
    }

    private String status(String name) {
        List<String> s = jdbc.queryForList("select status from file_receipt where file_name = ? order by id limit 1",
                String.class, name);
        return s.isEmpty() ? null : s.get(0);
    }

    private String waitCause(String name) {
        List<String> s = jdbc.queryForList("select wait_cause from file_receipt where file_name = ? order by id limit 1",
                String.class, name);
        return s.isEmpty() ? null : s.get(0);
    }

    /** the names of the files in the feed's in-progress folders */
    private List<String> inProgress(String feed) throws IOException {
        Path folders = dirs.inbox(feed).resolve(".inprogress");
        if (!Files.isDirectory(folders)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folders)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<String> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
        }
    }

    /** The folder moves aside and a regular file takes its name: nothing can be created in it, not even by root. */
    private static Path replaceByFile(Path folder) throws IOException {
        Path aside = folder.resolveSibling(folder.getFileName() + ".aside");
        if (Files.exists(folder)) {
            Files.move(folder, aside);
        } else {
            Files.createDirectories(aside);
        }
        Files.writeString(folder, "not a folder");
        return aside;
    }

    private static void restoreFolder(Path folder, Path aside) throws IOException {
        Files.deleteIfExists(folder);
        Files.move(aside, folder);
    }
}
