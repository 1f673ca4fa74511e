package jp.kokuho.hub.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL as the hub starts it is durable: zonky's {@code -F} and {@code synchronous_commit=off}
 * are overridden, and only an explicit {@code durable=false} keeps them off.
 */
class EmbeddedPostgresDurabilityTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void fsyncAndSynchronousCommitFollowTheSetting(boolean durable) throws Exception {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true);
        EmbeddedPostgresConfiguration.durability(builder, durable);
        try (EmbeddedPostgres pg = builder.start(); Connection c = pg.getPostgresDatabase().getConnection()) {
            String expected = durable ? "on" : "off";
            assertThat(show(c, "fsync")).isEqualTo(expected);
            assertThat(show(c, "synchronous_commit")).isEqualTo(expected);
            assertThat(show(c, "full_page_writes")).isEqualTo("on");
        }
    }

    private static String show(Connection c, String setting) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
