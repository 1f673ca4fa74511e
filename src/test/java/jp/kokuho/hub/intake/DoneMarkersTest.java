package jp.kokuho.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.kokuho.hub.config.HubProperties;

/** The {@code <name>.done} convention: only for configured feeds; the marker goes with the file. */
class DoneMarkersTest {

    @TempDir
    Path root;

    private DoneMarkers markers(Set<String> feeds) {
        return new DoneMarkers(new HubProperties("139998", root, new HubProperties.Intake(1000, 1000, 1000, feeds, 2000, 300000, 3)));
    }

    @Test
    void aFeedWithMarkersWaitsForTheMarkerAndOthersDoNot() throws Exception {
        Path tax = Files.createDirectories(root.resolve("inbox/tax")).resolve("TAX_139998_20261101.csv");
        Path col = Files.createDirectories(root.resolve("inbox/collection")).resolve("COL_139998_20261031.csv");
        Files.writeString(tax, "x");
        Files.writeString(col, "x");
        DoneMarkers markers = markers(Set.of("tax"));

        assertThat(markers.accept("tax", tax)).as("no marker yet").isFalse();
        assertThat(markers.accept("collection", col)).as("feed without markers").isTrue();
        Files.writeString(tax.resolveSibling(tax.getFileName() + ".done"), "");
        assertThat(markers.accept("tax", tax)).isTrue();

        markers.remove(tax);
        assertThat(tax.resolveSibling(tax.getFileName() + ".done")).doesNotExist();
        markers.remove(col); // no marker: nothing happens
    }

    @Test
    void noFeedsConfiguredMeansNoMarkers() throws Exception {
        Path qua = Files.createDirectories(root.resolve("inbox/qualification")).resolve("QUA_139998_20261031.dat");
        Files.writeString(qua, "x");
        assertThat(markers(null).accept("qualification", qua)).isTrue();
        assertThat(markers(Set.of()).accept("qualification", qua)).isTrue();
    }
}
