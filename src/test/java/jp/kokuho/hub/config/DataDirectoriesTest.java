package jp.kokuho.hub.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folders of the spec (README "Folders") exist once the hub has started. */
class DataDirectoriesTest {

    @Test
    void everyFolderOfTheSpecIsCreatedAtStart(@TempDir Path root) {
        DataDirectories dirs = new DataDirectories(new HubProperties("139998", root.resolve("data"), null));
        for (String feed : new String[] {"qualification", "tax", "collection", "aggregation", "disease"}) {
            assertThat(dirs.inbox(feed)).isDirectory();
            assertThat(dirs.error(feed)).isDirectory();
            assertThat(root.resolve("data/archive").resolve(feed)).isDirectory();
        }
        for (String box : new String[] {"import-results", "registration-results", "income-class-changes", "arrears",
                "disease-registrations", "disease-subjects", "monthly-report", "annual-report", "to-aggregation",
                "to-sogo", "to-prefecture"}) {
            assertThat(dirs.outbox(box)).as(box).isDirectory();
        }
    }
}
