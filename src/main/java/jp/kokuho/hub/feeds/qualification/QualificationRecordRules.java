package jp.kokuho.hub.feeds.qualification;

import java.time.LocalDate;
import java.util.Set;

import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.mapping.layout.QuaData;

/**
 * The checks of one IF-QUA data record (spec README "IF-QUA semantics", layouts.md IF-QUA), in plain Java.
 * Field formats (digits, real dates, MS932) are already checked by the byte layout.
 */
public final class QualificationRecordRules {

    static final Set<String> SEX = Set.of("1", "2");
    static final Set<String> MEMBER_TYPE = Set.of("1", "2", "3");
    static final Set<String> HEAD_FLAG = Set.of("0", "1");
    /** 取得事由: 01 転入, 02 社保離脱, 03 出生, 04 生保廃止, 99 その他 */
    static final Set<String> ACQUIRE_REASON = Set.of("01", "02", "03", "04", "99");
    /** 喪失事由: 01 転出, 02 社保加入, 03 死亡, 04 生保開始, 05 後期高齢者医療へ移行, 99 その他 */
    static final Set<String> LOSS_REASON = Set.of("01", "02", "03", "04", "05", "99");

    private QualificationRecordRules() {
    }

    /** @param baseDate 基準年月日 of the header, or null when the header was unreadable */
    public static void check(QuaData d, LocalDate baseDate, FieldChecks c) {
        c.code("性別", d.getSex(), SEX);
        boolean typeOk = c.code("構成員区分", d.getMemberType(), MEMBER_TYPE);
        c.code("世帯主区分", d.getHeadFlag(), HEAD_FLAG);
        c.digitsOrBlankSensitive("個人番号", d.getMyNumber(), 12);
        c.digitsOrBlank("転入前保険者番号", d.getPreviousInsurerNo(), 6);
        checkKana(d.getNameKana(), c);
        if (!typeOk) {
            return;
        }
        if ("1".equals(d.getMemberType())) {
            checkInsured(d, baseDate, c);
        } else {
            checkNonInsured(d, c);
        }
        if (d.getLostOn() == null != isBlank(d.getLossReason())) {
            c.error(d.getLostOn() == null ? "資格喪失年月日" : "資格喪失事由",
                    "資格喪失年月日と資格喪失事由は両方とも設定するか両方とも空白にしてください");
        } else if (!isBlank(d.getLossReason())) {
            c.code("資格喪失事由", d.getLossReason(), LOSS_REASON);
        }
    }

    private static void checkInsured(QuaData d, LocalDate baseDate, FieldChecks c) {
        c.digits("被保険者番号", d.getInsuredNo(), 8);
        c.digits("枝番", d.getBranchNo(), 2);
        if (d.getAcquiredOn() == null != isBlank(d.getAcquireReason())) {
            c.error(d.getAcquiredOn() == null ? "資格取得年月日" : "資格取得事由",
                    "資格取得年月日と資格取得事由は両方とも設定してください (被保険者)");
        } else if (d.getAcquiredOn() == null) {
            c.error("資格取得年月日", "被保険者 (構成員区分 1) には必須です (空白)");
        } else {
            c.code("資格取得事由", d.getAcquireReason(), ACQUIRE_REASON);
            if (d.getBirthDate() != null && d.getAcquiredOn().isBefore(d.getBirthDate())) {
                c.error("資格取得年月日", "生年月日より前です (資格取得 " + d.getAcquiredOn() + ", 生年月日より前)");
            }
            if (d.getLostOn() != null && !d.getAcquiredOn().isBefore(d.getLostOn())) {
                c.error("資格取得年月日", "資格喪失年月日より前ではありません (取得 " + d.getAcquiredOn() + ", 喪失 "
                        + d.getLostOn() + ")");
            }
        }
        LocalDate seventyFifth = d.getBirthDate() == null ? null : d.getBirthDate().plusYears(75);
        if (baseDate != null && seventyFifth != null && !seventyFifth.isAfter(baseDate)
                && (d.getLostOn() == null || d.getLostOn().isAfter(baseDate))) {
            c.error("資格喪失年月日", "基準年月日までに75歳に到達した被保険者に基準年月日以前の資格喪失年月日がありません (75歳到達 "
                    + seventyFifth + ")");
        }
    }

    private static void checkNonInsured(QuaData d, FieldChecks c) {
        String kind = "2".equals(d.getMemberType()) ? "擬制世帯主" : "特定同一世帯所属者";
        if (!isBlank(d.getInsuredNo())) {
            c.error("被保険者番号", kind + " (構成員区分 " + d.getMemberType() + ") では空白です (" + d.getInsuredNo() + ")");
        }
        if (!isBlank(d.getBranchNo())) {
            c.error("枝番", kind + " (構成員区分 " + d.getMemberType() + ") では空白です (" + d.getBranchNo() + ")");
        }
        if (d.getAcquiredOn() != null) {
            c.error("資格取得年月日", kind + " (構成員区分 " + d.getMemberType() + ") では空白です (" + d.getAcquiredOn() + ")");
        }
        if (!isBlank(d.getAcquireReason())) {
            c.error("資格取得事由", kind + " (構成員区分 " + d.getMemberType() + ") では空白です (" + d.getAcquireReason() + ")");
        }
        if ("2".equals(d.getMemberType()) && !"1".equals(d.getHeadFlag())) {
            c.error("世帯主区分", "擬制世帯主 (構成員区分 2) は世帯主 (世帯主区分 1) です (実際 " + d.getHeadFlag() + ")");
        }
    }

    /** 氏名カナ: half-width katakana (U+FF61–U+FF9F) and spaces; the value is personal and never quoted */
    private static void checkKana(String kana, FieldChecks c) {
        if (kana == null) {
            return;
        }
        for (int i = 0; i < kana.length(); i++) {
            char ch = kana.charAt(i);
            if (ch != ' ' && (ch < '\uFF61' || ch > '\uFF9F')) {
                c.error("氏名カナ", "半角カナ以外の文字があります (" + (i + 1) + " 文字目)");
                return;
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
