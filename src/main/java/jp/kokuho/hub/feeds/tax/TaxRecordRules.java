package jp.kokuho.hub.feeds.tax;

import java.time.LocalDate;
import java.util.Set;

import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.mapping.layout.TaxRecord;

/** The checks of one IF-TAX 住民税・所得情報 record (spec README "IF-TAX"), in plain Java. */
public final class TaxRecordRules {

    /** 情報源区分: 1 住民税, 2 国保簡易申告, 3 他市町村照会 */
    static final Set<String> SOURCE = Set.of("1", "2", "3");
    /** 課税区分: 1 課税, 2 非課税, 3 未申告 */
    static final Set<String> TAX_TYPE = Set.of("1", "2", "3");
    static final String UNREPORTED = "3";

    private TaxRecordRules() {
    }

    /** A checked record, ready to register; amounts are null for 未申告. */
    public record Checked(String personNo, int taxYear, int source, int taxType, Long totalIncome, Long taxableBase,
                          Long salaryRevenue, Long salaryIncome, Long pensionRevenue, Long pensionIncome,
                          Long otherRevenue, LocalDate updatedOn) {
    }

    /** @return the checked record, or null when it has an error (the errors are in {@code c}) */
    public static Checked check(TaxRecord r, FieldChecks c) {
        String personNo = c.digits("宛名番号", r.getPersonNo(), 15);
        Integer year = c.year("課税年度", r.getTaxYear());
        boolean sourceOk = c.code("情報源区分", r.getSourceType(), SOURCE);
        boolean typeOk = c.code("課税区分", r.getTaxType(), TAX_TYPE);
        LocalDate updatedOn = c.date("更新年月日", r.getUpdatedOn(), false);
        boolean unreported = UNREPORTED.equals(r.getTaxType());
        Long total = c.amount("総所得金額等", r.getTotalIncome(), unreported);
        Long base = c.amount("課税標準額", r.getTaxableBase(), unreported);
        Long salaryRevenue = c.amount("給与収入", r.getSalaryRevenue(), unreported);
        Long salaryIncome = c.amount("給与所得", r.getSalaryIncome(), unreported);
        Long pensionRevenue = c.amount("公的年金等収入", r.getPensionRevenue(), unreported);
        Long pensionIncome = c.amount("公的年金等所得", r.getPensionIncome(), unreported);
        Long other = c.amount("その他収入", r.getOtherRevenue(), unreported);
        if (!unreported) {
            notAbove(c, "給与所得", salaryIncome, "給与収入", salaryRevenue);
            notAbove(c, "公的年金等所得", pensionIncome, "公的年金等収入", pensionRevenue);
        }
        if (c.failed() || !sourceOk || !typeOk) {
            return null;
        }
        if (unreported) {
            // with 課税区分 3 the amounts are ignored
            return new Checked(personNo, year, Integer.parseInt(r.getSourceType()), 3, null, null, null, null, null,
                    null, null, updatedOn);
        }
        return new Checked(personNo, year, Integer.parseInt(r.getSourceType()), Integer.parseInt(r.getTaxType()),
                total, base, salaryRevenue, salaryIncome, pensionRevenue, pensionIncome, other, updatedOn);
    }

    private static void notAbove(FieldChecks c, String item, Long income, String revenueItem, Long revenue) {
        if (income != null && revenue != null && income > revenue) {
            c.error(item, item + "が" + revenueItem + "を超えています (" + item + " " + income + ", " + revenueItem + " "
                    + revenue + ")");
        }
    }
}
