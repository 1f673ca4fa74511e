package jp.kokuho.hub.feeds.disease;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.mapping.layout.DisInData;
import jp.kokuho.hub.qualification.CheckOutcome;
import jp.kokuho.hub.qualification.CheckResult;

/**
 * The record rules of IF-DIS-IN (6.4.1.1), plain Java. Import rules (code values, a 連絡番号 present) reject the
 * whole file; registration rules (連絡区分 against what is registered, 有効期間) make the record an エラー. A
 * 資格確認結果 other than 1 is not a reason: the record is registered and the list flags it
 * ({@link #qualificationFlag}).
 */
public final class DiseaseRecordRules {

    static final Set<String> DISEASE_KINDS = Set.of("1", "2", "3");
    static final Set<String> CONTACT_TYPES = Set.of("1", "2", "3");
    static final Set<String> SEXES = Set.of("1", "2");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private DiseaseRecordRules() {
    }

    /** import rules of one data record (an error rejects the file) */
    public static void importChecks(DisInData d, FieldChecks c) {
        if (d.getContactNo() == null || d.getContactNo().isBlank()) {
            c.error("連絡番号", "必須です (空白)");
        }
        c.code("疾病区分", d.getDiseaseKind(), DISEASE_KINDS);
        c.code("性別", d.getSex(), SEXES);
        c.code("連絡区分", d.getContactType(), CONTACT_TYPES);
    }

    /**
     * The reasons why a record is not registered; empty = it is registered.
     *
     * @param registeredBy the receipt id that registered this 連絡番号 before, or null when never registered
     */
    public static List<String> registrationReasons(DisInData d, Long registeredBy) {
        List<String> reasons = new ArrayList<>();
        String type = d.getContactType();
        if ("1".equals(type) && registeredBy != null) {
            reasons.add("連絡番号: 新規 (連絡区分 1) ですが登録済みです (受付番号 " + registeredBy + " で登録)");
        } else if (("2".equals(type) || "3".equals(type)) && registeredBy == null) {
            reasons.add("連絡番号: " + ("2".equals(type) ? "更新" : "変更") + " (連絡区分 " + type
                    + ") ですが登録されていません");
        }
        if (d.getValidFrom() != null && d.getValidTo() != null && d.getValidTo().isBefore(d.getValidFrom())) {
            reasons.add("有効期間終了年月日: 有効期間開始年月日より前です (開始 " + yyyymmdd(d.getValidFrom()) + ", 終了 "
                    + yyyymmdd(d.getValidTo()) + ")");
        }
        return reasons;
    }

    /** the list's note for a 資格確認結果 other than 1 (the record is registered all the same); null for 1 */
    public static String qualificationFlag(CheckOutcome outcome, LocalDate validFrom) {
        if (outcome.result() == CheckResult.QUALIFIED) {
            return null;
        }
        return "資格確認結果: 資格ありではありません (" + outcome.result().code() + " " + outcome.result().label()
                + ", 有効期間開始年月日 " + yyyymmdd(validFrom) + ")";
    }

    static String yyyymmdd(LocalDate d) {
        return d == null ? "" : d.format(YYYYMMDD);
    }
}
