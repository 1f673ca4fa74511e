package jp.kokuho.hub.jobs;

import java.time.LocalDate;
import java.util.Map;

/** A job of a day: {@code date=YYYY-MM-DD}, today when absent; a scheduled run takes the day it runs. */
public interface DateJob extends JobDefinition {

    @Override
    default String parameter(Map<String, String> request, LocalDate today) {
        return JobParameters.date(request, today).toString();
    }

    @Override
    default String scheduledParameter(LocalDate today) {
        return today.toString();
    }

    @Override
    default JobParameter requestParameter() {
        return JobParameter.DATE;
    }
}
