package jp.kokuho.hub.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.kokuho.hub.monthlyreport.SnapshotCoverage;

/** The job's parameter rules, without Spring. */
class AnnualReportJobTest {

    /** the IF-QUA snapshot answers every month from April 2000 */
    private final SnapshotCoverage coverage = new SnapshotCoverage(null, null) {
        @Override
        public Optional<String> refusal(YearMonth month) {
            return month.isBefore(YearMonth.of(2000, 4)) ? Optional.of(month + " lies before the snapshot")
                    : Optional.empty();
        }
    };
    private final AnnualReportJob job = new AnnualReportJob(null, coverage, null, null, null);
    private final LocalDate today = LocalDate.of(2026, 11, 30);

    @Test
    void scheduledRunReportsTheFiscalYearJustEnded() {
        assertThat(job.name()).isEqualTo("annual-report");
        assertThat(job.scheduledParameter(LocalDate.of(2027, 4, 15))).isEqualTo("2026");
        assertThat(job.scheduledParameter(LocalDate.of(2026, 4, 15))).isEqualTo("2025");
    }

    @Test
    void parameterIsAFiscalYearWithAnEndedMonth() {
        assertThat(job.parameter(Map.of("fiscalYear", "2026"), today)).isEqualTo("2026");
        assertThat(job.parameter(Map.of("fiscalYear", "2025"), today)).isEqualTo("2025");
        assertThatThrownBy(() -> job.parameter(Map.of(), today)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fiscalYear=YYYY is required");
        assertThatThrownBy(() -> job.parameter(Map.of("fiscalYear", "26"), today))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("four digits");
        assertThatThrownBy(() -> job.parameter(Map.of("fiscalYear", "2026-04"), today))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> job.parameter(Map.of("fiscalYear", "2027"), today))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none of its months has ended");
        assertThatThrownBy(() -> job.parameter(Map.of("fiscalYear", "1999"), today))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fiscal year 1999: 1999-04 lies before the snapshot");
        assertThat(job.parameter(Map.of("fiscalYear", "2000"), today)).isEqualTo("2000");
    }
}
