package jp.kokuho.hub.feeds.aggregation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.mapping.layout.Agg75Data;
import jp.kokuho.hub.mapping.layout.AggMovData;
import jp.kokuho.hub.qualification.CheckOutcome;
import jp.kokuho.hub.qualification.CheckResult;

/**
 * The record rules of IF-AGG-MOV and IF-AGG-75 (6.2.1.1 / 6.2.2.1), plain Java. Two kinds of rule:
 * <ul>
 *   <li>import rules (code values, month formats, a 連携番号 present): an error rejects the whole file;</li>
 *   <li>registration rules (spec "What the 情報集約 files mean (6.2)": our 保険者番号, 転入前 in our prefecture,
 *       75th birthday and its month, 直近該当年月 present exactly when the count &gt; 0, 資格確認結果 1): a failing
 *       record is listed as エラー and not registered, the rest of the file is.</li>
 * </ul>
 * Registration reasons read like the import's: {@code 項目名: what was expected (what was found)}.
 */
public final class AggregationRecordRules {

    private static final Set<String> CONTINUITY = Set.of("1", "2");

    private AggregationRecordRules() {
    }

    // ---- import rules ----

    public static void importMove(AggMovData d, FieldChecks c) {
        linkNo(d.getLinkNo(), c);
        if (d.getHighCostCount() < 0 || d.getHighCostCount() > 12) {
            c.error("多数回該当通算回数", "0～12 の数ではありません (" + d.getHighCostCount() + ")");
        }
        String last = d.getLastHighCostMonth();
        if (last != null && !last.isBlank() && yearMonth(last) == null) {
            c.error("直近該当年月", "年月 (YYYYMM) または空白ではありません (" + last + ")");
        }
        c.code("世帯継続区分", d.getContinuity(), CONTINUITY);
    }

    public static void import75(Agg75Data d, FieldChecks c) {
        linkNo(d.getLinkNo(), c);
        if (yearMonth(d.getSpecialMonth()) == null) {
            c.error("特例対象年月", "年月 (YYYYMM) ではありません (" + d.getSpecialMonth() + ")");
        }
    }

    private static void linkNo(String linkNo, FieldChecks c) {
        if (linkNo == null || linkNo.isBlank()) {
            c.error("連携番号", "必須です (空白)");
        }
    }

    // ---- registration rules ----

    /** The reasons why an IF-AGG-MOV record is not registered (資格確認 and 連携番号 aside); empty = none. */
    public static List<String> registerMove(AggMovData d, String ourInsurerNo) {
        List<String> reasons = new ArrayList<>();
        ours("転入先保険者番号", d.getInsurerNo(), ourInsurerNo, reasons);
        String previous = d.getPreviousInsurerNo();
        if (ourInsurerNo.equals(previous)) {
            reasons.add("転入前保険者番号: 当市町村以外の保険者番号ではありません (" + previous + ")");
        } else if (!prefecture(ourInsurerNo).equals(prefecture(previous))) {
            reasons.add("転入前保険者番号: 県内の保険者番号ではありません (都道府県番号 期待 " + prefecture(ourInsurerNo)
                    + ", 実際 " + prefecture(previous) + ")");
        }
        boolean lastGiven = d.getLastHighCostMonth() != null && !d.getLastHighCostMonth().isBlank();
        if (d.getHighCostCount() > 0 && !lastGiven) {
            reasons.add("直近該当年月: 多数回該当通算回数が1以上のときは必須です (多数回該当通算回数 "
                    + d.getHighCostCount() + ", 直近該当年月 空白)");
        } else if (d.getHighCostCount() == 0 && lastGiven) {
            reasons.add("直近該当年月: 多数回該当通算回数が0のときは空白です (" + d.getLastHighCostMonth() + ")");
        }
        return reasons;
    }

    /** The reasons why an IF-AGG-75 record is not registered (資格確認 and 連携番号 aside); empty = none. */
    public static List<String> register75(Agg75Data d, String ourInsurerNo) {
        List<String> reasons = new ArrayList<>();
        ours("保険者番号", d.getInsurerNo(), ourInsurerNo, reasons);
        LocalDate birthday75 = seventyFifthBirthday(d.getBirthDate());
        if (!birthday75.equals(d.getReached75On())) {
            reasons.add("75歳到達年月日: 生年月日の75歳の誕生日ではありません (期待 " + yyyymmdd(birthday75) + ", 実際 "
                    + yyyymmdd(d.getReached75On()) + ")");
        }
        String expectedMonth = yyyymm(YearMonth.from(d.getReached75On()));
        if (!expectedMonth.equals(d.getSpecialMonth())) {
            reasons.add("特例対象年月: 75歳到達年月日の月ではありません (期待 " + expectedMonth + ", 実際 "
                    + d.getSpecialMonth() + ")");
        }
        return reasons;
    }

    /** The reason when the 資格確認結果 is not 1 (資格あり), else null; {@code on} names the date or month checked. */
    public static String qualification(CheckOutcome outcome, String on) {
        if (outcome.result() == CheckResult.QUALIFIED) {
            return null;
        }
        return "資格確認結果: 資格ありではありません (" + outcome.result().code() + " " + outcome.result().label()
                + ", " + on + ")";
    }

    /** "The 75th birthday" as the spec defines it: {@code plusYears(75)} (29 February → 28 February). */
    public static LocalDate seventyFifthBirthday(LocalDate birthDate) {
        return birthDate.plusYears(75);
    }

    /** YYYYMM as a real month, or null. */
    public static YearMonth yearMonth(String s) {
        if (s == null || s.length() != 6 || !FieldChecks.isDigits(s)) {
            return null;
        }
        int year = Integer.parseInt(s.substring(0, 4));
        int month = Integer.parseInt(s.substring(4));
        return year >= 1 && month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
    }

    static String yyyymm(YearMonth m) {
        return String.format("%04d%02d", m.getYear(), m.getMonthValue());
    }

    static String yyyymmdd(LocalDate d) {
        return d == null ? "" : d.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static void ours(String item, String insurerNo, String ourInsurerNo, List<String> reasons) {
        if (!ourInsurerNo.equals(insurerNo)) {
            reasons.add(item + ": 当市町村の保険者番号ではありません (期待 " + ourInsurerNo + ", 実際 " + insurerNo + ")");
        }
    }

    private static String prefecture(String insurerNo) {
        return insurerNo == null || insurerNo.length() < 2 ? "" : insurerNo.substring(0, 2);
    }
}
