package jp.kokuho.hub.testdata;

import java.util.ArrayList;
import java.util.List;

/** One 世帯 as generated: its members (IF-QUA order) and household-level facts for IF-COL. */
final class Household {
    /** 収納 pattern of the household. */
    enum Payment { PAID, RECENT_ARREARS, LONG_ARREARS, OVERPAID, PARTIAL }

    final long index;
    final String householdNo;
    final Scenario scenario;
    final List<Person> persons = new ArrayList<>(6);
    Payment payment = Payment.PAID;
    int specialCircumstance; // 特別事情区分 0/1

    Household(long index, String householdNo, Scenario scenario) {
        this.index = index;
        this.householdNo = householdNo;
        this.scenario = scenario;
    }

    /**
     * Fixed showcase households: household index i (0-based) &lt; values().length is always built as
     * values()[i], so every generated file, whatever the seed, contains these cases (samples/README.md).
     */
    enum Scenario {
        /** 01 転入 in the month of 基準年月日, with 転入前保険者番号; IF-TAX from 他市町村照会 (3). */
        TRANSFER_IN_BASE_MONTH(1),
        /** 擬制世帯主 (構成員区分 2) + 2 被保険者. */
        FICTIVE_HEAD(3),
        /** 特定同一世帯所属者 (構成員区分 3) as 世帯主 + a 70–74 被保険者. */
        SPECIFIC_SAME_HOUSEHOLD(2),
        /** 被保険者 who lost 資格 on the 75th birthday (喪失事由 05). */
        LOST_AT_75(1),
        /** two 70–74 被保険者, the head born on the 1st of a month, high income (現役並み candidate). */
        ELDERLY_70_74(2),
        /** 5 persons incl. a 未申告 (課税区分 3, empty amounts) 19-year-old and a baby (取得事由 03 出生). */
        FAMILY_OF_5(5),
        /** one person with IF-TAX rows from all three 情報源区分. */
        MULTI_SOURCE(1),
        /** 特別事情区分 1 with unpaid installments more than a year old. */
        SPECIAL_CIRCUMSTANCES(2),
        /** unpaid installments more than 18 months old (一時差止 candidate). */
        LONG_ARREARS(1),
        /** one installment over-paid (過納: 収納額 &gt; 調定額). */
        OVERPAID(4),
        /** recent arrears (less than a year). */
        RECENT_ARREARS(3);

        final int size;

        Scenario(int size) {
            this.size = size;
        }

        static Scenario forIndex(long index) {
            return index < values().length ? values()[(int) index] : null;
        }
    }
}
