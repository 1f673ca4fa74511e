package jp.kokuho.hub.mapping.bytes;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams CSV records (MS932, CRLF, comma-separated, no header row) into String fields with constant memory.
 * Quote-aware: a field may be enclosed in double quotes, "" inside quotes is one quote, a quoted field may hold a
 * comma. Works on bytes: comma, quote, CR and LF are below 0x40 and so never the trail byte of a full-width char.
 */
public final class CsvRecordReader implements Closeable {

    /** Longest line kept; a longer line is reported, not stored. */
    public static final int MAX_LINE_BYTES = 64 * 1024;

    private final LineReader lines;
    private final byte[] scratch = new byte[MAX_LINE_BYTES + 1];

    public CsvRecordReader(InputStream in) {
        this.lines = new LineReader(in, MAX_LINE_BYTES, 64 * 1024);
    }

    /** The next row, or null at EOF. */
    public CsvRow next() throws IOException {
        if (!lines.read()) {
            return null;
        }
        List<String> problems = new ArrayList<>(0);
        if (lines.length > MAX_LINE_BYTES) {
            problems.add("レコードが長すぎます (" + lines.length + " バイト, 最大 " + MAX_LINE_BYTES + " バイト)");
        }
        String[] fields = parse(lines.line, lines.kept, problems);
        String lineEnd = lines.lineEndProblem();
        if (lineEnd != null) {
            problems.add(lineEnd);
        }
        return new CsvRow(lines.lineNo, fields, problems.isEmpty() ? null : String.join("; ", problems));
    }

    private String[] parse(byte[] b, int n, List<String> problems) {
        List<String> fields = new ArrayList<>(16);
        int i = 0;
        while (true) {
            int column = fields.size() + 1;
            int start = i;
            int len = 0;
            if (i < n && b[i] == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    if (b[i] == '"') {
                        if (i + 1 < n && b[i + 1] == '"') {
                            scratch[len++] = '"';
                            i += 2;
                        } else {
                            i++;
                            closed = true;
                            break;
                        }
                    } else {
                        scratch[len++] = b[i++];
                    }
                }
                if (!closed) {
                    problems.add("引用符が閉じていません (項目 " + column + ")");
                } else if (i < n && b[i] != ',') {
                    problems.add("引用符の後に区切り文字がありません (項目 " + column + ", 位置 " + (i + 1) + ")");
                    while (i < n && b[i] != ',') {
                        scratch[len++] = b[i++];
                    }
                }
            } else {
                while (i < n && b[i] != ',') {
                    i++;
                }
                // the usual field: valid MS932 without quotes, decoded straight from the line in one pass
                String plain = Ms932.decodeValid(b, start, i);
                if (plain != null) {
                    fields.add(plain);
                    if (i < n) {
                        i++; // the comma
                        continue;
                    }
                    break;
                }
                System.arraycopy(b, start, scratch, 0, i - start);
                len = i - start;
            }
            int bad = Ms932.firstInvalid(b, start, i);
            if (bad >= 0) {
                problems.add("MS932として不正なバイトがあります (項目 " + column + ", 位置 " + (bad + 1) + ")");
            }
            fields.add(Ms932.isPrintableAscii(scratch, 0, len)
                    ? new String(scratch, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1)
                    : new String(scratch, 0, len, Ms932.CHARSET));
            if (i < n && b[i] == ',') {
                i++;
            } else {
                break;
            }
        }
        return fields.toArray(String[]::new);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
