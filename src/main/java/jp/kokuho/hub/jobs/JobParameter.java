package jp.kokuho.hub.jobs;

/**
 * The request parameter a job reads, as the API documents it (OpenAPI, {@link JobsOpenApi}).
 *
 * @param name     the query parameter, e.g. {@code month}
 * @param pattern  its format as a regular expression
 * @param example  an example value
 * @param required whether a request must give it
 * @param meaning  what it means when absent or present, for a person
 */
public record JobParameter(String name, String pattern, String example, boolean required, String meaning) {

    public static final JobParameter MONTH = new JobParameter("month", "^\\d{4}-\\d{2}$", "2026-10", true,
            "the month (YYYY-MM), required");
    public static final JobParameter DATE = new JobParameter("date", "^\\d{4}-\\d{2}-\\d{2}$", "2026-11-05", false,
            "the processing date (YYYY-MM-DD); today (Japan time) when absent");
    public static final JobParameter FISCAL_YEAR = new JobParameter("fiscalYear", "^\\d{4}$", "2026", true,
            "the fiscal year 年度 (YYYY: April YYYY to March YYYY+1), required");
}
