package jp.kokuho.hub.mapping.bytes;

/**
 * One line of a CSV file.
 *
 * @param recordNo 1-based line number
 * @param fields   the fields, unquoted and decoded from MS932 (invalid bytes decoded leniently)
 * @param problem  null when the line is structurally fine; else a Japanese message (invalid MS932, unterminated
 *                 quote, not CRLF, too long)
 */
public record CsvRow(int recordNo, String[] fields, String problem) {

    public boolean ok() {
        return problem == null;
    }
}
