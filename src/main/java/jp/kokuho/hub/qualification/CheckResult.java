package jp.kokuho.hub.qualification;

/** 資格確認結果 (requirement 2.1.1). */
public enum CheckResult {
    /** 資格あり: found, identity matches, insured on the date / in the month. */
    QUALIFIED(1, "資格あり"),
    /** 資格なし: found, identity matches, not insured on the date / in the month. */
    NOT_QUALIFIED(2, "資格なし"),
    /** 該当者なし: no 被保険者 with that 被保険者番号 and 枝番. */
    NOT_FOUND(3, "該当者なし"),
    /** 本人情報不一致: found, but 生年月日 or (given) 氏名カナ differs. */
    IDENTITY_MISMATCH(4, "本人情報不一致");

    private final int code;
    private final String label;

    CheckResult(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The 資格確認結果 code 1–4 as written to interface files. */
    public int code() {
        return code;
    }

    /** The Japanese label, e.g. 資格あり. */
    public String label() {
        return label;
    }
}
