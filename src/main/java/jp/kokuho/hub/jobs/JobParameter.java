package jp.kokuho.hub.jobs;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * One parameter of a job as the staff console's form asks for it: the request name ({@code month}, {@code date},
 * {@code fiscalYear}), a Japanese label, the input kind (month / date picker, year), whether it is required and the
 * value filled in (what a scheduled run today would use). {@link #problem} gives the reason in Japanese.
 */
public record JobParameter(String name, String label, Kind kind, boolean required, String defaultValue) {

    public enum Kind {
        /** YYYY-MM, {@code <input type="month">} */
        MONTH("month", "YYYY-MM", "2026-10"),
        /** YYYY-MM-DD, {@code <input type="date">} */
        DATE("date", "YYYY-MM-DD", "2026-10-31"),
        /** YYYY, {@code <input type="number">} */
        YEAR("number", "YYYY", "2026");

        private final String inputType;
        private final String pattern;
        private final String example;

        Kind(String inputType, String pattern, String example) {
            this.inputType = inputType;
            this.pattern = pattern;
            this.example = example;
        }

        public String inputType() {
            return inputType;
        }

        public String pattern() {
            return pattern;
        }

        public String example() {
            return example;
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    public static JobParameter month(String label, YearMonth defaultValue) {
        return new JobParameter("month", label, Kind.MONTH, true, defaultValue.toString());
    }

    public static JobParameter date(String label, LocalDate defaultValue) {
        return new JobParameter("date", label, Kind.DATE, false, defaultValue.toString());
    }

    /** the reason a value is not accepted, in Japanese; null when it is */
    public String problem(String value) {
        if (value == null || value.isBlank()) {
            return required ? label + "を入力してください。" : null;
        }
        String v = value.trim();
        try {
            switch (kind) {
                case MONTH -> {
                    if (!v.matches("\\d{4}-\\d{2}")) {
                        throw new DateTimeParseException("", v, 0);
                    }
                    YearMonth.parse(v);
                }
                case DATE -> LocalDate.parse(v, DATE);
                case YEAR -> {
                    if (!v.matches("\\d{4}")) {
                        throw new DateTimeParseException("", v, 0);
                    }
                    Year.parse(v);
                }
                default -> {
                }
            }
            return null;
        } catch (DateTimeParseException e) {
            return label + "は " + kind.pattern() + " の形式の正しい" + (kind == Kind.DATE ? "日付" : kind == Kind.MONTH
                    ? "年月" : "年") + "で入力してください (例: " + kind.example() + "、入力: " + v + ")。";
        }
    }
}
