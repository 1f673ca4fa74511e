package jp.kokuho.hub.config;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import jp.kokuho.hub.arrears.ArrearsRule;

/**
 * The rule parameters of 滞納区分 ({@code hub.arrears.*}, rules/arrears.md), as ISO-8601 periods.
 *
 * @param specialMedicalAfter class 2 特別療養費 (and 9 特別の事情) when 基準年月日 &gt; t + this (P1Y)
 * @param suspensionAfter     class 3 一時差止 when 基準年月日 &gt; t + this (P18M = plusMonths(18))
 * @param fetchSize           rows fetched per round trip while the snapshot is streamed
 */
@ConfigurationProperties(prefix = "hub.arrears")
public record ArrearsProperties(@DefaultValue("P1Y") Period specialMedicalAfter,
                                @DefaultValue("P18M") Period suspensionAfter,
                                @DefaultValue("5000") int fetchSize) {

    public ArrearsRule rule() {
        return new ArrearsRule(specialMedicalAfter, suspensionAfter);
    }
}
