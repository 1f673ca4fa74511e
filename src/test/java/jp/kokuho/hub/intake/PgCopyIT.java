package jp.kokuho.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kokuho.hub.it.HubIntegrationTest;

/** COPY text format written byte by byte: escapes, NULL, full-width text, numbers and dates arrive unchanged. */
class PgCopyIT extends HubIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void valuesRoundTripThroughCopy() throws Exception {
        List<Map<String, Object>> rows;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.createStatement().execute("create temporary table copy_probe (t text, n bigint, d date) on commit drop");
            PgCopy copy = new PgCopy(c, "copy_probe (t, n, d)");
            copy.add("髙橋　健 ﾀｶﾊｼ tab\there\nline\\back\rcr 𠮷").add(-1234567890123L).add(LocalDate.of(2026, 2, 1));
            copy.endRow();
            copy.add((String) null).add(0L).add((LocalDate) null);
            copy.endRow();
            copy.add("").add(Long.valueOf(7)).add(LocalDate.of(999, 12, 31));
            copy.endRow();
            assertThat(copy.finish()).isEqualTo(3);
            var rs = c.createStatement().executeQuery("select t, n, d::text from copy_probe order by n");
            rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(java.util.Collections.unmodifiableMap(new java.util.HashMap<>(java.util.Map.of(
                        "t", String.valueOf(rs.getString(1)), "n", rs.getLong(2), "d", String.valueOf(rs.getString(3))))));
            }
            c.rollback();
        }
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("t", "髙橋　健 ﾀｶﾊｼ tab\there\nline\\back\rcr 𠮷")
                .containsEntry("n", -1234567890123L).containsEntry("d", "2026-02-01");
        assertThat(rows.get(1)).containsEntry("t", "null").containsEntry("n", 0L).containsEntry("d", "null");
        assertThat(rows.get(2)).containsEntry("t", "").containsEntry("n", 7L).containsEntry("d", "0999-12-31");
    }
}
