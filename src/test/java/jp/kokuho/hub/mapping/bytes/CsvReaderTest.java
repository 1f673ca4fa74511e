package jp.kokuho.hub.mapping.bytes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jp.kokuho.hub.mapping.layout.CollectionRecord;
import jp.kokuho.hub.mapping.layout.TaxRecord;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    static List<CsvRow> rows(byte[] bytes) throws IOException {
        List<CsvRow> out = new ArrayList<>();
        try (CsvRecordReader r = new CsvRecordReader(new ByteArrayInputStream(bytes))) {
            for (CsvRow row; (row = r.next()) != null; ) {
                out.add(row);
            }
        }
        return out;
    }

    static List<CsvRow> rows(String text) throws IOException {
        return rows(text.getBytes(Ms932.CHARSET));
    }

    @Test
    void plainQuotedEscapedAndEmptyFields() throws IOException {
        List<CsvRow> rows = rows("a,\"b,c\",\"say \"\"hi\"\"\",,\"\"\r\n1,2\r\n");
        assertThat(rows).hasSize(2).allMatch(CsvRow::ok);
        assertThat(rows.get(0).fields()).containsExactly("a", "b,c", "say \"hi\"", "", "");
        assertThat(rows.get(1).fields()).containsExactly("1", "2");
        assertThat(rows.get(1).recordNo()).isEqualTo(2);
    }

    @Test
    void fullWidthContent() throws IOException {
        // ソ (0x83 0x5C) and 表 (0x95 0x5C) end in the byte of '\': harmless, only comma and quote are special
        List<CsvRow> rows = rows("国保ソ表,\"ｺｸﾎ,髙﨑\"\r\n");
        assertThat(rows.get(0).fields()).containsExactly("国保ソ表", "ｺｸﾎ,髙﨑");
        assertThat(rows.get(0).ok()).isTrue();
    }

    @Test
    void structuralProblems() throws IOException {
        assertThat(rows("a,\"bc\r\n").get(0).problem()).isEqualTo("引用符が閉じていません (項目 2)");
        assertThat(rows("a,b\n").get(0).problem()).isEqualTo("改行コードがCRLFではありません (LFのみ)");
        assertThat(rows("a,b").get(0).problem()).isEqualTo("最終レコードの後に改行コード(CRLF)がありません");
        assertThat(rows("\"a\"x,b\r\n").get(0).problem()).isEqualTo("引用符の後に区切り文字がありません (項目 1, 位置 4)");
    }

    @Test
    void invalidMs932Byte() throws IOException {
        byte[] bytes = {'1', ',', 'a', (byte) 0x80, ',', '3', '\r', '\n'};
        CsvRow row = rows(bytes).get(0);
        assertThat(row.problem()).isEqualTo("MS932として不正なバイトがあります (項目 2, 位置 4)");
        assertThat(row.fields()).hasSize(3);
        byte[] split = {'1', ',', (byte) 0x8D, ',', '3', '\r', '\n'}; // a lead byte followed by the separator
        assertThat(rows(split).get(0).problem()).isEqualTo("MS932として不正なバイトがあります (項目 2, 位置 3)");
    }

    @Test
    void taxLayout() throws IOException {
        CsvLayout<TaxRecord> layout = CsvLayout.of(TaxRecord.class);
        assertThat(layout.fieldCount()).isEqualTo(12);
        assertThat(layout.names()).startsWith("宛名番号", "課税年度").endsWith("更新年月日");
        Decoded<TaxRecord> ok = layout.decode(rows("000000000012345,2024,1,1,3000000,2000000,3500000,2500000,0,0,\"1,000\",20240601\r\n").get(0));
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.value().getPersonNo()).isEqualTo("000000000012345");
        assertThat(ok.value().getOtherRevenue()).isEqualTo("1,000");
        assertThat(ok.value().getUpdatedOn()).isEqualTo("20240601");

        Decoded<TaxRecord> shortRow = layout.decode(rows("000000000012345,2024,1,3,,,,,,,\r\n").get(0));
        assertThat(shortRow.errors()).containsExactly(new FieldError("レコード", "項目数が不正です (期待 12, 実際 11)"));
        assertThat(shortRow.value().getTaxType()).isEqualTo("3");
        assertThat(shortRow.value().getUpdatedOn()).isNull();
    }

    @Test
    void collectionLayoutCarriesRowProblem() throws IOException {
        CsvLayout<CollectionRecord> layout = CsvLayout.of(CollectionRecord.class);
        assertThat(layout.names()).containsExactly("世帯番号", "賦課年度", "期別", "納期限", "調定額", "収納額",
                "最終収納年月日", "特別事情区分");
        Decoded<CollectionRecord> d = layout.decode(rows("0000001234,2024,1,20240731,10000,0,,0\n").get(0));
        assertThat(d.errors()).containsExactly(new FieldError("レコード", "改行コードがCRLFではありません (LFのみ)"));
        assertThat(d.value().getLastPaidOn()).isEmpty();
    }

    @Test
    void encodeLineQuotesWhenNeeded() throws IOException {
        CsvLayout<CollectionRecord> layout = CsvLayout.of(CollectionRecord.class);
        CollectionRecord r = new CollectionRecord();
        r.setHouseholdNo("0000001234");
        r.setFiscalYear("2024");
        r.setInstallment("1");
        r.setDueDate("20240731");
        r.setAssessedAmount("1,000");
        r.setPaidAmount("a\"b");
        r.setSpecialCircumstance("0");
        String line = layout.encodeLine(r);
        assertThat(line).isEqualTo("0000001234,2024,1,20240731,\"1,000\",\"a\"\"b\",,0");
        CollectionRecord back = layout.decode(rows(line + "\r\n").get(0)).value();
        assertThat(back.getAssessedAmount()).isEqualTo("1,000");
        assertThat(back.getPaidAmount()).isEqualTo("a\"b");
    }
}
