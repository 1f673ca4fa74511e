package jp.kokuho.hub.jobs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A job of a fiscal year (年度, April … March): {@code fiscalYear=YYYY} (required); a scheduled run takes the fiscal
 * year before the one it runs in (on 15 April 2027: 2026, the year that has just ended).
 */
public interface FiscalYearJob extends JobDefinition {

    @Override
    default String parameter(Map<String, String> request, LocalDate today) {
        return String.valueOf(JobParameters.fiscalYear(request));
    }

    @Override
    default List<JobParameter> form(LocalDate today) {
        return List.of(new JobParameter("fiscalYear", "年度", JobParameter.Kind.YEAR, true, scheduledParameter(today)));
    }

    @Override
    default String scheduledParameter(LocalDate today) {
        int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        return String.valueOf(current - 1);
    }

}
