package jp.kokuho.hub.incomeclass;

import java.util.Collection;
import java.util.Comparator;

/**
 * One IF-TAX record of a person for a 課税年度 (amounts null when 課税区分 3).
 *
 * @param source    情報源区分 1 住民税, 2 国保簡易申告, 3 他市町村照会
 * @param taxStatus 課税区分 1 課税, 2 非課税, 3 未申告
 */
public record TaxFigures(int source, int taxStatus, long totalIncome, long taxableBase, long salaryRevenue,
                         long salaryIncome, long pensionRevenue, long pensionIncome, long otherRevenue) {

    public static TaxFigures unreported() {
        return new TaxFigures(0, 3, 0, 0, 0, 0, 0, 0, 0);
    }

    public boolean isUnreported() {
        return taxStatus != 1 && taxStatus != 2;
    }

    public boolean isNonTaxable() {
        return taxStatus == 2;
    }

    /** rank of 情報源区分 precedence 1 住民税 &gt; 3 他市町村照会 &gt; 2 国保簡易申告 (lower wins) */
    public static int sourceRank(int source) {
        return switch (source) {
            case 1 -> 0;
            case 3 -> 1;
            case 2 -> 2;
            default -> 3;
        };
    }

    /**
     * The record used among a person's records of one 課税年度: a record with figures (課税区分 1 or 2) always wins
     * over 課税区分 3; among those, 情報源区分 1 &gt; 3 &gt; 2. None → 未申告.
     */
    public static TaxFigures choose(Collection<TaxFigures> records) {
        return records.stream()
                .min(Comparator.comparingInt((TaxFigures t) -> t.isUnreported() ? 1 : 0)
                        .thenComparingInt(t -> sourceRank(t.source())))
                .filter(t -> !t.isUnreported())
                .orElse(unreported());
    }
}
