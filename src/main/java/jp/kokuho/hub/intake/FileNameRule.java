package jp.kokuho.hub.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed's file-name pattern, e.g. {@code QUA_<保険者番号>_<基準年月日>.dat}: the 保険者番号 must be ours and the
 * date a real date. A file whose name does not match is rejected whole, with the pattern in the reason.
 */
public final class FileNameRule {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final String display;
    private final Pattern pattern;

    /** @param regex with the named groups {@code insurer} and {@code date} */
    public FileNameRule(String display, String regex) {
        this.display = display;
        this.pattern = Pattern.compile(regex);
    }

    public String display() {
        return display;
    }

    /** The date in the name, or null after adding the reason to {@code errors}. */
    public LocalDate check(String fileName, String insurerNo, ErrorCollector errors) {
        Matcher m = pattern.matcher(fileName);
        if (!m.matches()) {
            errors.add(ImportError.ofFile("ファイル名", "ファイル名が規定の形式ではありません (期待 " + display
                    + ", 実際 " + fileName + ")"));
            return null;
        }
        if (!insurerNo.equals(m.group("insurer"))) {
            errors.add(ImportError.ofFile("ファイル名", "ファイル名の保険者番号が当市町村のものではありません (期待 "
                    + insurerNo + ", 実際 " + m.group("insurer") + ")"));
        }
        try {
            return LocalDate.parse(m.group("date"), YYYYMMDD);
        } catch (DateTimeParseException e) {
            errors.add(ImportError.ofFile("ファイル名", "ファイル名の日付が日付ではありません (" + m.group("date") + ")"));
            return null;
        }
    }
}
