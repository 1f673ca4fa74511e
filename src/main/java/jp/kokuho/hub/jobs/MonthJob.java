package jp.kokuho.hub.jobs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** A job of a month: {@code month=YYYY-MM} (required); a scheduled run takes the month it runs in. */
public interface MonthJob extends JobDefinition {

    @Override
    default String parameter(Map<String, String> request, LocalDate today) {
        return JobParameters.month(request).toString();
    }

    @Override
    default List<JobParameter> form(LocalDate today) {
        return List.of(JobParameter.month("対象年月", YearMonth.parse(scheduledParameter(today))));
    }

    @Override
    default String scheduledParameter(LocalDate today) {
        return YearMonth.from(today).toString();
    }

}
