package jp.kokuho.hub.it;

import static jp.kokuho.hub.it.Files2.dropLine;
import static jp.kokuho.hub.it.Files2.editLine;
import static jp.kokuho.hub.it.Files2.put;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed-input rule of the spec: the file is dropped, it ends in error/ beside its reason.txt, its
 * 取込結果リスト names the record, item and what was expected/found, and PostgreSQL is unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputIT extends HubIntegrationTest {

    static final LocalDate HELD = LocalDate.of(2026, 10, 31);
    static final LocalDate NEXT = LocalDate.of(2026, 11, 30);
    static final String NEXT_QUA = QuaFile.name(INSURER, NEXT);
    static final String GOOD_TAX = "000000000000001,2026,1,1,3000000,2000000,4000000,2800000,0,0,0,20261101\r\n";
    static final String GOOD_COL = "0000001001,2026,1,20260430,10000,10000,20260430,0\r\n";
    /** valid, but not taken in yet: cases that test one rule must not be a 二重取込 as well */
    static final String OTHER_TAX = "000000000000002,2026,1,1,3000000,2000000,4000000,2800000,0,0,0,20261101\r\n";
    static final String OTHER_COL = "0000001002,2026,1,20260430,10000,10000,20260430,0\r\n";

    record Case(String rule, String feed, String fileName, Supplier<byte[]> content, Integer recordNo, String item,
                String expected) {
        @Override
        public String toString() {
            return rule;
        }
    }

    @BeforeAll
    void importBaseline() {
        resetHub();
        String qua = QuaFile.name(INSURER, HELD);
        drop("qualification", qua, QuaFile.of(INSURER, HELD).standardPopulation(1_000).bytes());
        drop("tax", "TAX_139998_20261101.csv", GOOD_TAX.getBytes(MS932));
        drop("collection", "COL_139998_20261031.csv", GOOD_COL.getBytes(MS932));
        awaitArchived("qualification", qua);
        awaitArchived("tax", "TAX_139998_20261101.csv");
        awaitArchived("collection", "COL_139998_20261031.csv");
    }

    static QuaFile next() {
        return QuaFile.of(INSURER, NEXT).standardPopulation(2_000);
    }

    static Case qua(String rule, Supplier<byte[]> content, Integer recordNo, String item, String expected) {
        return new Case(rule, "qualification", NEXT_QUA, content, recordNo, item, expected);
    }

    static Case qua(String rule, String fileName, Supplier<byte[]> content, Integer recordNo, String item,
                    String expected) {
        return new Case(rule, "qualification", fileName, content, recordNo, item, expected);
    }

    static Case tax(String rule, String fileName, String csv, Integer recordNo, String item, String expected) {
        return new Case(rule, "tax", fileName, () -> csv.getBytes(MS932), recordNo, item, expected);
    }

    static Case col(String rule, String fileName, String csv, Integer recordNo, String item, String expected) {
        return new Case(rule, "collection", fileName, () -> csv.getBytes(MS932), recordNo, item, expected);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // file level, fixed-length
                qua("name does not match the pattern", "QUA_139998_2026113.dat", () -> next().bytes(), null,
                        "ファイル名", "ファイル名が規定の形式ではありません (期待 QUA_<保険者番号>_<基準年月日>.dat"),
                qua("保険者番号 in the name is not ours", "QUA_139997_20261130.dat", () -> next().bytes(), null,
                        "ファイル名", "ファイル名の保険者番号が当市町村のものではありません (期待 139998, 実際 139997)"),
                qua("header 保険者番号 is not ours", () -> next().header(h -> h.setInsurerNo("139997")).bytes(), 1,
                        "保険者番号", "当市町村の保険者番号ではありません (期待 139998, 実際 139997)"),
                qua("header 基準年月日 differs from the name",
                        () -> next().header(h -> h.setBaseDate(NEXT.minusDays(1))).bytes(), 1, "基準年月日",
                        "ファイル名の日付と一致しません (ファイル名 20261130, ヘッダ 20261129)"),
                qua("wrong ファイル識別", () -> next().header(h -> h.setFileId("QUA00002")).bytes(), 1, "ファイル識別",
                        "ファイル識別が不正です (期待 QUA00001, 実際 QUA00002)"),
                qua("no trailer", () -> dropLine(next().bytes(), 8), null, null, "トレーラレコードがありません"),
                qua("trailer count differs", () -> next().trailerCount(5).bytes(), 8, "データ件数",
                        "データ件数がデータレコードの数と一致しません (トレーラ 5 件, 実際 6 件)"),
                qua("a record of the wrong length", () -> editLine(next().bytes(), 3, l -> java.util.Arrays.copyOf(l, 199)),
                        3, null, "レコード長が不正です"),
                qua("bytes that are not MS932", () -> editLine(next().bytes(), 2, put(100, 0x80)), 2, "氏名", "MS932"),
                qua("a control character in a record", () -> editLine(next().bytes(), 2, put(60, 0x01)), 2, "氏名カナ",
                        "MS932"),
                qua("a full-width character split by a field boundary",
                        () -> editLine(next().bytes(), 2, put(88, 0x88, 0x9F)), 2, "氏名カナ", "分断"),
                qua("zero bytes", () -> new byte[0], null, null, "データレコードがありません"),
                qua("header and trailer only", () -> QuaFile.of(INSURER, NEXT).bytes(), null, null,
                        "データレコードがありません"),
                qua("LF instead of CRLF", () -> Files2.join(Files2.lines(next().bytes()), "\n"), 1, null, "CRLF"),
                qua("an unknown レコード区分", () -> editLine(next().bytes(), 4, put(1, '3')), 4, "レコード区分",
                        "レコード区分が不正です (期待 '2' または '9', 実際 '3')"),
                // IF-QUA records
                qua("生年月日 is not a date", () -> editLine(next().bytes(), 2, put(129, '2', '0', '2', '3', '0', '2', '3', '1')),
                        2, "生年月日", "日付ではありません (20230231)"),
                qua("性別 outside the code table", () -> next().change(0, d -> d.setSex("3")).bytes(), 2, "性別",
                        "コード値が不正です (期待 1/2, 実際 3)"),
                qua("構成員区分 outside the code table", () -> next().change(1, d -> d.setMemberType("4")).bytes(), 3,
                        "構成員区分", "コード値が不正です (期待 1/2/3, 実際 4)"),
                qua("資格取得事由 outside the code table", () -> next().change(1, d -> d.setAcquireReason("05")).bytes(), 3,
                        "資格取得事由", "コード値が不正です (期待 01/02/03/04/99, 実際 05)"),
                qua("宛名番号 twice", () -> next().change(2, d -> d.setPersonNo("000000000200202")).bytes(), 4,
                        "宛名番号", "宛名番号が重複しています (レコード 3 と同じ)"),
                qua("被保険者番号+枝番 twice", () -> next().change(2, d -> d.setBranchNo("02")).bytes(), 4, "被保険者番号",
                        "被保険者番号・枝番が重複しています (レコード 3 と同じ)"),
                qua("two 世帯主 in a household", () -> next().change(2, d -> d.setHeadFlag("1")).bytes(), 3, "世帯主区分",
                        "世帯主が1人ではありません (世帯番号 0000002002: 2 人)"),
                qua("a household without 世帯主", () -> next().change(1, d -> d.setHeadFlag("0")).bytes(), 3, "世帯主区分",
                        "世帯主が1人ではありません (世帯番号 0000002002: 0 人)"),
                qua("a household without 世帯主, its members not next to each other", () -> {
                    QuaFile f = next().change(1, d -> d.setHeadFlag("0"));
                    f.records().add(f.records().remove(3)); // a member of 0000002002 moved after household 0000002003
                    return f.bytes();
                }, 3, "世帯主区分", "世帯主が1人ではありません (世帯番号 0000002002: 0 人)"),
                qua("擬制世帯主 who is not 世帯主", () -> next().change(4, d -> d.setHeadFlag("0"))
                        .change(5, d -> d.setHeadFlag("1")).bytes(), 6, "世帯主区分", "擬制世帯主 (構成員区分 2) は世帯主"),
                qua("資格取得年月日 before 生年月日", () -> next().change(3, d -> d.setAcquiredOn(LocalDate.of(2020, 7, 6))).bytes(),
                        5, "資格取得年月日", "生年月日より前です"),
                qua("資格取得年月日 not before 資格喪失年月日", () -> next().change(0, d -> {
                    d.setLostOn(d.getAcquiredOn());
                    d.setLossReason("01");
                }).bytes(), 2, "資格取得年月日", "資格喪失年月日より前ではありません"),
                qua("資格喪失年月日 without its 事由", () -> next().change(0, d -> d.setLostOn(LocalDate.of(2026, 5, 1))).bytes(),
                        2, "資格喪失事由", "資格喪失年月日と資格喪失事由は両方とも設定するか両方とも空白にしてください"),
                qua("資格取得事由 without its date", () -> next().change(0, d -> d.setAcquiredOn(null)).bytes(), 2,
                        "資格取得年月日", "資格取得年月日と資格取得事由は両方とも設定してください"),
                qua("75 on or before 基準年月日 without 喪失", () -> next().change(0, d -> d.setBirthDate(LocalDate.of(1951, 11, 30)))
                        .bytes(), 2, "資格喪失年月日", "75歳に到達した被保険者に基準年月日以前の資格喪失年月日がありません"),
                qua("an older snapshot", QuaFile.name(INSURER, LocalDate.of(2026, 9, 30)),
                        () -> QuaFile.of(INSURER, LocalDate.of(2026, 9, 30)).standardPopulation(3_000).bytes(), 1,
                        "基準年月日", "取込済みのスナップショットより古い基準年月日です (取込済み 20261031, このファイル 20260930)"),
                qua("二重取込 (the held snapshot again, renamed)", "QUA_139998_20261031.dat",
                        () -> QuaFile.of(INSURER, HELD).standardPopulation(1_000).bytes(), null, null, "二重取込です"),
                // IF-TAX
                tax("name with a one-digit <seq>", "TAX_139998_20261102_1.csv", OTHER_TAX, null, "ファイル名",
                        "ファイル名が規定の形式ではありません (期待 TAX_<保険者番号>_<作成年月日>[_<seq>].csv"),
                tax("保険者番号 in the name is not ours", "TAX_139997_20261102.csv", OTHER_TAX, null, "ファイル名",
                        "ファイル名の保険者番号が当市町村のものではありません"),
                tax("wrong number of fields", "TAX_139998_20261103.csv",
                        "000000000000001,2026,1,1,3000000,2000000,4000000,2800000,0,0,20261101\r\n", 1, "レコード",
                        "項目数が不正です (期待 12, 実際 11)"),
                tax("negative amount", "TAX_139998_20261104.csv",
                        "000000000000001,2026,1,1,-1,2000000,4000000,2800000,0,0,0,20261101\r\n", 1, "総所得金額等",
                        "0以上の整数 (円、区切りなし) ではありません (-1)"),
                tax("empty amount without 未申告", "TAX_139998_20261105.csv",
                        "000000000000001,2026,1,1,,2000000,4000000,2800000,0,0,0,20261101\r\n", 1, "総所得金額等", "必須です (空)"),
                tax("給与所得 above 給与収入", "TAX_139998_20261106.csv",
                        "000000000000001,2026,1,1,3000000,2000000,4000000,4000001,0,0,0,20261101\r\n", 1, "給与所得",
                        "給与所得が給与収入を超えています (給与所得 4000001, 給与収入 4000000)"),
                tax("公的年金等所得 above 公的年金等収入", "TAX_139998_20261107.csv",
                        "000000000000001,2026,1,1,3000000,2000000,0,0,100,101,0,20261101\r\n", 1, "公的年金等所得",
                        "公的年金等所得が公的年金等収入を超えています"),
                tax("a key twice in the file", "TAX_139998_20261108.csv", OTHER_TAX + OTHER_TAX, 2, "宛名番号",
                        "宛名番号・課税年度・情報源区分が重複しています (レコード 1 と同じ)"),
                tax("情報源区分 outside the code table", "TAX_139998_20261109.csv",
                        "000000000000001,2026,4,1,3000000,2000000,4000000,2800000,0,0,0,20261101\r\n", 1, "情報源区分",
                        "コード値が不正です (期待 1/2/3, 実際 4)"),
                tax("更新年月日 is not a date", "TAX_139998_20261110.csv",
                        "000000000000001,2026,1,1,3000000,2000000,4000000,2800000,0,0,0,20230231\r\n", 1, "更新年月日",
                        "日付ではありません (20230231)"),
                tax("an empty file", "TAX_139998_20261111.csv", "", null, null, "データレコードがありません"),
                tax("宛名番号 of 14 digits", "TAX_139998_20261112.csv",
                        "00000000000001,2026,1,1,3000000,2000000,4000000,2800000,0,0,0,20261101\r\n", 1, "宛名番号",
                        "15 桁の数字ではありません (00000000000001)"),
                // IF-COL
                col("期別 13", "COL_139998_20261130.csv", "0000001001,2026,13,20260430,10000,0,,0\r\n", 1, "期別",
                        "1～12 の数ではありません (13)"),
                col("特別事情区分 differs inside a household", "COL_139998_20261130.csv",
                        "0000001001,2026,1,20260430,10000,0,,0\r\n0000001001,2026,2,20260531,10000,0,,1\r\n", 1,
                        "特別事情区分", "同じ世帯で特別事情区分が異なります (世帯番号 0000001001)"),
                // not grouped by household: the rows of 0000001001 apart, so the import cannot see it row by row
                col("特別事情区分 differs inside a household whose rows are apart", "COL_139998_20261130.csv",
                        "0000001002,2026,1,20260430,10000,0,,1\r\n0000001001,2026,1,20260430,10000,0,,0\r\n"
                                + "0000001002,2026,2,20260531,10000,0,,1\r\n0000001001,2026,2,20260531,10000,0,,1\r\n",
                        2, "特別事情区分", "同じ世帯で特別事情区分が異なります (世帯番号 0000001001)"),
                col("(世帯番号, 賦課年度, 期別) twice", "COL_139998_20261130.csv",
                        "0000001001,2026,1,20260430,10000,0,,0\r\n0000001001,2026,1,20260430,10000,0,,0\r\n", 2, "期別",
                        "世帯番号・賦課年度・期別が重複しています (レコード 1 と同じ)"),
                col("an older snapshot", "COL_139998_20260930.csv", OTHER_COL, null, "基準年月日",
                        "取込済みのスナップショットより古い基準年月日です (取込済み 20261031, このファイル 20260930)"),
                col("an amount with a separator", "COL_139998_20261130.csv",
                        "0000001001,2026,1,20260430,\"10,000\",0,,0\r\n", 1, "調定額",
                        "0以上の整数 (円、区切りなし) ではありません (10,000)"),
                col("納期限 is not a date", "COL_139998_20261130.csv", "0000001001,2026,1,20260431,10000,0,,0\r\n", 1,
                        "納期限", "日付ではありません (20260431)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedWholeWithAClearReason(Case c) throws Exception {
        String before = registeredState();
        drop(c.feed(), c.fileName(), c.content().get());

        Path reason = awaitError(c.feed(), c.fileName());
        String text = read(reason);
        assertThat(text).contains(c.expected());
        List<String> list = importResult(c.feed(), c.fileName());
        String recordNo = c.recordNo() == null ? "" : c.recordNo().toString();
        String item = c.item() == null ? "" : c.item();
        assertThat(list).anySatisfy(row -> {
            String[] cols = row.split(",", 8);
            assertThat(cols[3]).isIn("エラー", "二重取込");
            assertThat(cols[5]).isEqualTo(recordNo);
            assertThat(cols[6]).isEqualTo(item);
            assertThat(cols[7]).contains(c.expected());
        });
        assertThat(registeredState()).as("PostgreSQL unchanged").isEqualTo(before);
        assertThat(jdbc.queryForObject("select status from file_receipt where file_name = ? order by id desc limit 1",
                String.class, c.fileName())).isIn("REJECTED", "DUPLICATE");
        Files.delete(reason);
        Files.delete(reason.resolveSibling(reason.getFileName().toString().replace(".reason.txt", "")));
    }

    /**
     * A bad amount and a bad date, and no key given twice (issue 15: such a file had been reported with "a key that
     * must be unique was found twice"): the records with errors take no part in the check of keys, so the reasons
     * are exactly the two errors. The third record corrects a key already held (IF-TAX) — the case that makes the
     * import check the file's keys in detail — and has the key of the first, whose own errors keep it out.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badAmountAndBadDate")
    void aBadAmountAndABadDateAreTheOnlyReasons(String feed, String fileName, String csv, String amountItem,
                                                 String dateItem) throws Exception {
        String before = registeredState();
        drop(feed, fileName, csv.getBytes(MS932));
        Path reason = awaitError(feed, fileName);
        String text = read(reason);
        assertThat(text).doesNotContain("重複", "twice", "unique");
        List<String> errors = importResult(feed, fileName).stream().filter(r -> r.split(",", 8).length == 8
                && r.split(",", 8)[3].equals("エラー")).toList();
        assertThat(errors).as(String.join("\n", errors)).hasSize(2);
        assertThat(errors.get(0).split(",", 8)).satisfies(cols -> {
            assertThat(cols[5]).isEqualTo("1");
            assertThat(cols[6]).isEqualTo(amountItem);
        });
        assertThat(errors.get(1).split(",", 8)).satisfies(cols -> {
            assertThat(cols[5]).isEqualTo("2");
            assertThat(cols[6]).isEqualTo(dateItem);
        });
        assertThat(jdbc.queryForObject("select error_count from file_receipt where file_name = ? order by id desc"
                + " limit 1", Integer.class, fileName)).isEqualTo(2);
        assertThat(registeredState()).as("PostgreSQL unchanged").isEqualTo(before);
        Files.delete(reason);
        Files.delete(reason.resolveSibling(reason.getFileName().toString().replace(".reason.txt", "")));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> badAmountAndBadDate() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("tax", "TAX_139998_20261120.csv",
                        "000000000000001,2026,1,1,30A0000,2000000,4000000,2800000,0,0,0,20261101\r\n"
                                + "000000000000001,2026,2,1,3000000,2000000,4000000,2800000,0,0,0,20260231\r\n"
                                + "000000000000001,2026,1,1,3100000,2000000,4000000,2800000,0,0,0,20261101\r\n",
                        "総所得金額等", "更新年月日"),
                org.junit.jupiter.params.provider.Arguments.of("collection", "COL_139998_20261130.csv",
                        "0000001001,2026,1,20260430,1A000,10000,20260430,0\r\n"
                                + "0000001001,2026,2,20260431,10000,10000,20260430,0\r\n"
                                + "0000001001,2026,1,20260430,10000,10000,20260430,0\r\n",
                        "調定額", "納期限"));
    }
}
