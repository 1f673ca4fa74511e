package jp.kokuho.hub.arrears;

/** 滞納区分 (rules/arrears.md): the code written to IF-SOGO-ARR and the staff list. */
public enum ArrearsClass {
    /** 0 滞納なし */
    NONE('0', "滞納なし"),
    /** 1 滞納あり */
    ARREARS('1', "滞納あり"),
    /** 2 特別療養費 (due for the measure) */
    SPECIAL_MEDICAL('2', "特別療養費"),
    /** 3 一時差止 (保険給付の一時差止; due for the measure) */
    SUSPENSION('3', "一時差止"),
    /** 9 特別の事情 */
    SPECIAL_CIRCUMSTANCE('9', "特別の事情");

    private final char code;
    private final String label;

    ArrearsClass(char code, String label) {
        this.code = code;
        this.label = label;
    }

    /** the meaning staff read beside the code (rules/arrears.md), e.g. 特別の事情 */
    public String label() {
        return label;
    }

    public String code() {
        return String.valueOf(code);
    }

    public static ArrearsClass ofCode(String code) {
        for (ArrearsClass c : values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no 滞納区分 " + code);
    }
}
