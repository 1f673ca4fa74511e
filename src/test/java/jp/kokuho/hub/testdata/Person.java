package jp.kokuho.hub.testdata;

import java.time.LocalDate;

/** One IF-QUA data record (資格情報), short-lived: built per household and written at once. */
final class Person {
    /** 構成員区分 */
    static final int INSURED = 1, FICTIVE_HEAD = 2, SPECIFIC_SAME_HOUSEHOLD = 3;

    String householdNo;      // 世帯番号 10 digits
    String personNo;         // 宛名番号 15 digits
    String insuredNo;        // 被保険者番号 8 digits or null (構成員区分 2/3)
    String branchNo;         // 枝番 2 digits or null
    String myNumber;         // 個人番号 12 digits or null
    String nameKana;         // 氏名カナ (half-width)
    String name;             // 氏名 (full-width)
    LocalDate birthDate;     // 生年月日
    int sex;                 // 性別 1 男 2 女
    int memberType;          // 構成員区分
    boolean head;            // 世帯主区分 1
    LocalDate acquiredOn;    // 資格取得年月日 (null unless 構成員区分 1)
    String acquireReason;    // 資格取得事由
    LocalDate lostOn;        // 資格喪失年月日 (first day without 資格)
    String lossReason;       // 資格喪失事由
    String previousInsurerNo; // 転入前保険者番号 or null
    TaxMode taxMode = TaxMode.AUTO; // how IF-TAX rows are made for this person

    /** Forced IF-TAX patterns for showcase households; AUTO draws at random. */
    enum TaxMode { AUTO, UNREPORTED_ROW, ALL_SOURCES, OTHER_MUNICIPALITY, HIGH_INCOME }

    /** Age in full years on the given day (the birthday itself counts; good enough for test data). */
    int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }
}
