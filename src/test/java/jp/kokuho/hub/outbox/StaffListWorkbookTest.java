package jp.kokuho.hub.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** "Excel で開く": each kind of column of the staff lists becomes the right kind of cell. */
class StaffListWorkbookTest {

    @Test
    void diseaseRegistrationList() throws Exception {
        Sheet sheet = convert("特定疾患情報登録リスト",
                List.of("レコード番号", "連絡番号", "受給者番号", "疾病区分", "疾病番号", "被保険者番号", "枝番", "氏名カナ",
                        "資格確認結果", "結果", "エラー内容"),
                List.of("2", "000000000001", "00123456", "1", "056", "00000001", "01", "ｺｸﾎ ﾀﾛｳ", "3", "登録",
                        "資格確認結果: 資格ありではありません (3 該当者なし, 有効期間開始年月日 20261101)"),
                List.of("3", "000000000002", "00123457", "2", "007", "00000002", "02", "ｺｸﾎ ﾊﾅｺ", "1", "登録", ""),
                List.of("4", "000000000003", "00123458", "3", "100", "00000003", "01", "ｺｸﾎ ｼﾞﾛｳ", "1", "エラー",
                        "連絡区分: 1 (新規) の連絡番号は登録済みです"));
        Row flagged = sheet.getRow(1);
        assertThat(flagged.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(flagged.getCell(0).getNumericCellValue()).isEqualTo(2);
        // text cells keep their leading zeros
        assertThat(flagged.getCell(1).getStringCellValue()).isEqualTo("000000000001");
        assertThat(flagged.getCell(4).getStringCellValue()).isEqualTo("056");
        assertThat(flagged.getCell(6).getStringCellValue()).isEqualTo("01");
        assertThat(flagged.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("@");
        // codes with their meaning
        assertThat(flagged.getCell(3).getStringCellValue()).isEqualTo("1 指定難病");
        assertThat(flagged.getCell(8).getStringCellValue()).isEqualTo("3 該当者なし");
        // registered although flagged: said so beside the flag
        assertThat(flagged.getCell(9).getStringCellValue()).isEqualTo("登録 (要確認)");
        assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("登録");
        assertThat(sheet.getRow(3).getCell(9).getStringCellValue()).isEqualTo("エラー");
        assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("2 小児慢性特定疾病");
        // frozen header, widths that fit the widest cell (full-width characters count twice)
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getColumnWidth(10)).isGreaterThan(sheet.getColumnWidth(6));
        assertThat(sheet.getColumnWidth(6)).isGreaterThanOrEqualTo(StaffListWorkbook.displayWidth("枝番") * 256);
        assertThat(sheet.getWorkbook().getSheet("説明").getRow(0).getCell(0).getStringCellValue()).isEqualTo("疾病区分");
    }

    @Test
    void datesTimesMonthsAmountsAndBasis() throws Exception {
        Sheet sheet = convert("一覧",
                List.of("受付日時", "生年月日", "対象年月", "未納額", "値", "滞納区分", "変更後所得区分", "年齢区分", "判定根拠",
                        "取得事由"),
                List.of("2026/11/25 13:05:00", "19600401", "202610", "123456", "12.34", "9", "A4 エ", "70歳未満",
                        "K=1,700,000 >= 1,450,000; 収入=3,000,000 < 3,830,000", "01"),
                List.of("", "", "", "0", "7", "0", "B6", "2", "S=2,450,000 > 2,100,000", "99"));
        Row r = sheet.getRow(1);
        assertThat(DateUtil.isCellDateFormatted(r.getCell(0))).isTrue();
        assertThat(r.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 25, 13, 5));
        assertThat(r.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1960, 4, 1));
        assertThat(r.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy/mm/dd");
        assertThat(r.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(123456);
        assertThat(r.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(r.getCell(4).getNumericCellValue()).isEqualTo(12.34);
        assertThat(r.getCell(5).getStringCellValue()).isEqualTo("9 特別の事情");
        assertThat(r.getCell(6).getStringCellValue()).isEqualTo("A4 エ");
        assertThat(r.getCell(7).getStringCellValue()).isEqualTo("1 70歳未満");
        assertThat(r.getCell(8).getStringCellValue())
                .isEqualTo("K (70〜74歳の被保険者の課税所得の最大) = 1,700,000 ≧ 1,450,000、収入 = 3,000,000 < 3,830,000");
        assertThat(r.getCell(9).getStringCellValue()).isEqualTo("01 転入");
        Row s = sheet.getRow(2);
        assertThat(s.getCell(0).getStringCellValue()).isEmpty();
        assertThat(s.getCell(5).getStringCellValue()).isEqualTo("0 滞納なし");
        assertThat(s.getCell(6).getStringCellValue()).isEqualTo("B6 低所得Ⅰ");
        assertThat(s.getCell(7).getStringCellValue()).isEqualTo("2 70歳以上75歳未満");
        assertThat(s.getCell(8).getStringCellValue()).isEqualTo("S (旧ただし書所得の合計) = 2,450,000 > 2,100,000");
        assertThat(s.getCell(9).getStringCellValue()).isEqualTo("99 その他");
    }

    @Test
    void quotedFieldsAsStaffCsvWritesThem() {
        assertThat(StaffListWorkbook.parse("a,\"b,c\",\"d \"\"e\"\"\",")).containsExactly("a", "b,c", "d \"e\"", "");
    }

    @SafeVarargs
    private static Sheet convert(String name, List<String> header, List<String>... rows) throws Exception {
        StringWriter csv = new StringWriter();
        StaffCsv.row(csv, header);
        for (List<String> row : rows) {
            StaffCsv.row(csv, row);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StaffListWorkbook.convert(new ByteArrayInputStream(csv.toString().getBytes(StaffCsv.MS932)), name, out);
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        assertThat(Arrays.asList(wb.getSheetName(0))).containsExactly(name);
        return wb.getSheetAt(0);
    }
}
