package jp.kokuho.hub.monthlyreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.intake.FeedSnapshots;

/**
 * Which months the held IF-QUA snapshot can answer for a report (issue 15: {@code monthly-report?month=1999-01} had
 * succeeded silently from the 2026 snapshot). A month that ends before anyone in the snapshot was insured is
 * refused; a month that ends after the snapshot's 基準日 is reported with a warning (later changes are not known).
 */
@Component
public class SnapshotCoverage {

    private final JdbcTemplate jdbc;
    private final FeedSnapshots snapshots;

    public SnapshotCoverage(JdbcTemplate jdbc, FeedSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    /** why the month cannot be reported from the held snapshot; empty when it can (or no snapshot is held) */
    public Optional<String> refusal(YearMonth month) {
        LocalDate base = baseDate();
        if (base == null) {
            return Optional.empty();
        }
        LocalDate earliest = jdbc.queryForObject("select min(acquired_on) from qualification where member_type = 1",
                LocalDate.class);
        if (earliest == null || month.atEndOfMonth().isBefore(earliest)) {
            return Optional.of(month + " lies before what the IF-QUA snapshot of " + base + " covers"
                    + (earliest == null ? " (it holds no 被保険者)" : " (its earliest 資格取得 is " + earliest + ")")
                    + ": no report for it");
        }
        return Optional.empty();
    }

    /** a warning for a month that ends after the snapshot's 基準日 */
    public Optional<String> warning(YearMonth month) {
        LocalDate base = baseDate();
        if (base != null && month.atEndOfMonth().isAfter(base)) {
            return Optional.of(month + " ends after the IF-QUA snapshot of " + base
                    + ": changes after that day are not known to this report");
        }
        return Optional.empty();
    }

    private LocalDate baseDate() {
        return snapshots.baseDate(FeedSnapshots.QUALIFICATION);
    }
}
