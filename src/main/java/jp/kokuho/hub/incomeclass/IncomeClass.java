package jp.kokuho.hub.incomeclass;

/** Code table 所得区分 (rules/income-class.md): our 2-character interface code. */
public enum IncomeClass {
    A1("ア", 1), A2("イ", 1), A3("ウ", 1), A4("エ", 1), A5("オ", 1),
    B1("現役並みⅢ", 2), B2("現役並みⅡ", 2), B3("現役並みⅠ", 2), B4("一般", 2), B5("低所得Ⅱ", 2), B6("低所得Ⅰ", 2);

    private final String label;
    private final int ageGroup;

    IncomeClass(String label, int ageGroup) {
        this.label = label;
        this.ageGroup = ageGroup;
    }

    public String label() {
        return label;
    }

    /** 年齢区分: 1 70歳未満, 2 70歳以上75歳未満 */
    public int ageGroup() {
        return ageGroup;
    }
}
