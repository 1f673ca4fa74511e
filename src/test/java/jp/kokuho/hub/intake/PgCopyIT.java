package jp.kokuho.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.kokuho.hub.it.HubIntegrationTest;

/**
 * COPY written byte by byte, in the binary format (every column of a type PgCopy writes) and in the text format
 * (any other type): escapes, NULL, full-width text, numbers at their type's limits, dates and bytes arrive unchanged.
 */
class PgCopyIT extends HubIntegrationTest {

    static final String TEXT = "髙橋　健 ﾀｶﾊｼ tab\there\nline\\back\rcr 𠮷";
    static final byte[] BYTES = {0, 1, (byte) 0x82, (byte) 0xA0, '\\', '\n', (byte) 0xFF};

    @Autowired
    DataSource dataSource;

    @Test
    void binaryFormatValuesRoundTrip() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.createStatement().execute("create temporary table copy_probe (t text, n bigint, d date, s smallint,"
                    + " i integer, b bytea, k char(10) collate \"C\", v varchar(4), f boolean) on commit drop");
            PgCopy copy = new PgCopy(c, "copy_probe (t, n, d, s, i, b, k, v, f)");
            assertThat(copy.binary()).isTrue();
            copy.add(TEXT).add(-1234567890123L).add(LocalDate.of(2026, 2, 1)).add(-32768).add(Integer.MAX_VALUE)
                    .add(BYTES).add("1000000001").add("全角四字").add(1);
            copy.endRow();
            copy.add((String) null).add(0L).add((LocalDate) null).add((Long) null).add((Long) null).add((byte[]) null)
                    .add("12").add("").add(0);
            copy.endRow();
            copy.add("").add(Long.valueOf(7)).add(LocalDate.of(999, 12, 31)).add("32767").add(Integer.MIN_VALUE)
                    .add(new byte[0]).add((String) null).add((String) null).add((String) null);
            copy.endRow();
            assertThat(copy.finish()).isEqualTo(3);
            List<String> rows = rows(c, "select t, n, d::text, s, i, encode(b, 'hex'), k, v, f from copy_probe order by n");
            c.rollback();
            assertThat(rows).containsExactly(
                    TEXT + "|-1234567890123|2026-02-01|-32768|2147483647|000182a05c0aff|1000000001|全角四字|t",
                    "null|0|null|null|null|null|12        ||f",
                    "|7|0999-12-31|32767|-2147483648||null|null|null");
        }
    }

    @Test
    void textFormatForOtherTypes() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.createStatement().execute("create temporary table copy_probe2 (t text, n bigint, d date, b bytea,"
                    + " m numeric(12, 2)) on commit drop");
            PgCopy copy = new PgCopy(c, "copy_probe2 (t, n, d, b, m)");
            assertThat(copy.binary()).as("numeric is not written in binary").isFalse();
            copy.add(TEXT).add(-1234567890123L).add(LocalDate.of(2026, 2, 1)).add(BYTES).add("12.50");
            copy.endRow();
            copy.add((String) null).add(0L).add((LocalDate) null).add((byte[]) null).add((String) null);
            copy.endRow();
            assertThat(copy.finish()).isEqualTo(2);
            List<String> rows = rows(c, "select t, n, d::text, encode(b, 'hex'), m from copy_probe2 order by n");
            c.rollback();
            assertThat(rows).containsExactly(
                    TEXT + "|-1234567890123|2026-02-01|000182a05c0aff|12.50",
                    "null|0|null|null|null");
        }
    }

    @Test
    void aValueThatDoesNotFitItsColumnIsRefusedBeforeItIsSent() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.createStatement().execute("create temporary table copy_probe3 (s smallint, i integer) on commit drop");
            try (PgCopy copy = new PgCopy(c, "copy_probe3 (s, i)")) {
                assertThatThrownBy(() -> copy.add(40000)).hasMessageContaining("smallint");
                assertThatThrownBy(() -> copy.add(1L << 40)).hasMessageContaining("integer");
            }
            c.rollback();
            c.createStatement().execute("create temporary table copy_probe3 (s smallint, i integer) on commit drop");
            try (PgCopy copy = new PgCopy(c, "copy_probe3 (s, i)")) {
                copy.add(1);
                assertThatThrownBy(copy::endRow).hasMessageContaining("1 values for 2 columns");
            }
            c.rollback();
        }
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
