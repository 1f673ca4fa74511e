package jp.kokuho.hub.jobs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;

/** The parameter shapes of jobs: {@code month=YYYY-MM}, {@code date=YYYY-MM-DD} and {@code fiscalYear=YYYY}. */
public final class JobParameters {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private JobParameters() {
    }

    /** month=YYYY-MM, required */
    public static YearMonth month(Map<String, String> request) {
        String value = request.get("month");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("month=YYYY-MM is required");
        }
        if (!value.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("month must be YYYY-MM, found " + value);
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month must be YYYY-MM, found " + value);
        }
    }

    /** date=YYYY-MM-DD, or {@code today} when absent */
    public static LocalDate date(Map<String, String> request, LocalDate today) {
        String value = request.get("date");
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date must be a real date YYYY-MM-DD, found " + value);
        }
    }

    /** fiscalYear=YYYY (年度: April YYYY … March YYYY+1), required, four digits */
    public static int fiscalYear(Map<String, String> request) {
        String value = request.get("fiscalYear");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("fiscalYear=YYYY is required");
        }
        if (!value.matches("\\d{4}")) {
            throw new IllegalArgumentException("fiscalYear must be four digits YYYY, found " + value);
        }
        return Integer.parseInt(value);
    }
}
