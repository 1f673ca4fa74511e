package jp.kokuho.hub.jobs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A job of a day: {@code date=YYYY-MM-DD}, today when absent; a scheduled run takes the day it runs. */
public interface DateJob extends JobDefinition {

    @Override
    default String parameter(Map<String, String> request, LocalDate today) {
        return JobParameters.date(request, today).toString();
    }

    /** the label of the date on the console's form */
    default String dateLabel() {
        return "基準年月日";
    }

    @Override
    default List<JobParameter> form(LocalDate today) {
        return List.of(JobParameter.date(dateLabel(), today));
    }

    @Override
    default String scheduledParameter(LocalDate today) {
        return today.toString();
    }

}
