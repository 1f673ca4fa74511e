package jp.kokuho.hub.outbox;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.List;

/** Staff lists: CSV in MS932 with CRLF and a Japanese header row, so that Excel opens them as they are. */
public final class StaffCsv {

    public static final Charset MS932 = Charset.forName("windows-31j");

    private StaffCsv() {
    }

    public static void row(Writer w, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(values.get(i)));
        }
        w.write("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
