package jp.kokuho.hub.intake;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Set;

import jp.kokuho.hub.mapping.bytes.AsciiDigits;

/**
 * Value checks of one record, each adding a specific error (item, what was expected, what was found) to the
 * file's errors. Plain Java: feeds use it in their record rules, and table-driven tests cover it.
 * Values of personal items (個人番号, 氏名) are never quoted in a message.
 */
public final class FieldChecks {

    private final ErrorCollector errors;
    private final int recordNo;
    private boolean failed;

    public FieldChecks(ErrorCollector errors, int recordNo) {
        this.errors = errors;
        this.recordNo = recordNo;
    }

    /** true when any check of this record failed */
    public boolean failed() {
        return failed;
    }

    public int recordNo() {
        return recordNo;
    }

    public void error(String item, String message) {
        failed = true;
        errors.add(recordNo, item, message);
    }

    /** a code value from the table {@code allowed} (e.g. "1/2") */
    public boolean code(String item, String value, Set<String> allowed) {
        if (value != null && allowed.contains(value)) {
            return true;
        }
        error(item, "コード値が不正です (期待 " + String.join("/", allowed.stream().sorted().toList()) + ", 実際 "
                + show(value) + ")");
        return false;
    }

    /** exactly {@code length} ASCII digits */
    public String digits(String item, String value, int length) {
        if (isDigits(value) && value.length() == length) {
            return value;
        }
        error(item, length + " 桁の数字ではありません (" + show(value) + ")");
        return null;
    }

    /** exactly {@code length} digits, or empty; the value is personal and never quoted */
    public String digitsOrBlankSensitive(String item, String value, int length) {
        if (value == null || value.isBlank() || (isDigits(value) && value.length() == length)) {
            return value == null || value.isBlank() ? null : value;
        }
        error(item, length + " 桁の数字または空白ではありません");
        return null;
    }

    public String digitsOrBlank(String item, String value, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return digits(item, value, length);
    }

    /** integer yen ≥ 0 without separators; empty gives null when {@code allowEmpty} */
    public Long amount(String item, String value, boolean allowEmpty) {
        if (value == null || value.isEmpty()) {
            if (!allowEmpty) {
                error(item, "必須です (空)");
            }
            return null;
        }
        if (isDigits(value) && value.length() <= 15) {
            return Long.parseLong(value);
        }
        error(item, "0以上の整数 (円、区切りなし) ではありません (" + show(value) + ")");
        return null;
    }

    /** YYYYMMDD, a real date (20230231 is not) */
    public LocalDate date(String item, String value, boolean allowEmpty) {
        if (value == null || value.isEmpty()) {
            if (!allowEmpty) {
                error(item, "必須です (空)");
            }
            return null;
        }
        if (value.length() == 8 && isDigits(value)) {
            LocalDate date = yyyyMMdd(value);
            if (date != null) {
                return date;
            }
        }
        error(item, "日付ではありません (" + show(value) + ")");
        return null;
    }

    /** eight digits as a real date (as ResolverStyle.STRICT reads "uuuuMMdd"), or null */
    static LocalDate yyyyMMdd(String digits) {
        int year = Integer.parseInt(digits, 0, 4, 10);
        int month = Integer.parseInt(digits, 4, 6, 10);
        int day = Integer.parseInt(digits, 6, 8, 10);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** an integer in [min, max] written with digits only */
    public Integer range(String item, String value, int min, int max) {
        if (isDigits(value) && value.length() <= 9) {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        }
        error(item, min + "～" + max + " の数ではありません (" + show(value) + ")");
        return null;
    }

    /** a year YYYY */
    public Integer year(String item, String value) {
        if (isDigits(value) && value.length() == 4) {
            int y = Integer.parseInt(value);
            if (y >= 1900 && y <= 2999) {
                return y;
            }
        }
        error(item, "年度 (YYYY) ではありません (" + show(value) + ")");
        return null;
    }

    public static boolean isDigits(String s) {
        return AsciiDigits.only(s);
    }

    private static String show(String value) {
        if (value == null || value.isEmpty()) {
            return "空";
        }
        if (value.isBlank()) {
            return "空白";
        }
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
