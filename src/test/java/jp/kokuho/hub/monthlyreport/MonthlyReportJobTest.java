package jp.kokuho.hub.monthlyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The job's parameter rules and the item table, without Spring. */
class MonthlyReportJobTest {

    /** a snapshot that covers every month (the coverage itself: MonthlyReportIT) */
    private final MonthlyReportJob job = new MonthlyReportJob(null, new SnapshotCoverage(null, null) {
        @Override
        public java.util.Optional<String> refusal(java.time.YearMonth month) {
            return java.util.Optional.empty();
        }
    }, null, null);

    @Test
    void scheduledRunReportsThePreviousMonth() {
        assertThat(job.name()).isEqualTo("monthly-report");
        assertThat(job.scheduledParameter(LocalDate.of(2026, 11, 10))).isEqualTo("2026-10");
        assertThat(job.scheduledParameter(LocalDate.of(2027, 1, 10))).isEqualTo("2026-12");
        assertThat(job.scheduledParameter(LocalDate.of(2027, 4, 10))).isEqualTo("2027-03");
    }

    @Test
    void parameterIsAMonth() {
        assertThat(job.parameter(Map.of("month", "2026-10"), LocalDate.now())).isEqualTo("2026-10");
        assertThatThrownBy(() -> job.parameter(Map.of(), LocalDate.now())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> job.parameter(Map.of("month", "2026-13"), LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemsInTheSpecOrder() {
        assertThat(ReportItem.ALL).extracting(ReportItem::code).containsExactly("H01", "P01", "P02", "P03", "P04",
                "P05", "A01", "A02", "A03", "A04", "A99", "L01", "L02", "L03", "L04", "L05", "L99", "C01", "C02",
                "C03", "C11", "C12", "C13", "KA1", "KA2", "KA3", "KA4", "KA5", "KB1", "KB2", "KB3", "KB4", "KB5",
                "KB6");
        assertThat(ReportItem.ALL).filteredOn(ReportItem::rate).extracting(ReportItem::code)
                .containsExactly("C03", "C13");
    }

    @Test
    void countersGiveRatesWithTwoDecimals() {
        MonthlyFigures.Counters c = new MonthlyFigures.Counters();
        c.set("C01", 200_000);
        c.set("C02", 82_290);
        c.set("C11", 0);
        Map<String, Object> v = c.values();
        assertThat(v.get("C03").toString()).isEqualTo("41.15");
        assertThat(v.get("C13").toString()).isEqualTo("0.00");
        assertThat(v).containsEntry("P01", 0L);
    }
}
