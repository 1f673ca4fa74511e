package jp.kokuho.hub.mapping.bytes;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads LF-terminated lines of bytes from a stream with a fixed buffer; keeps at most {@code maxLineBytes} of a line
 * (the rest is counted, not stored), so memory stays constant whatever the input.
 */
final class LineReader {

    private final InputStream in;
    private final byte[] buffer;
    private int pos;
    private int limit;
    private boolean eof;

    /** The current line's bytes without LF (and without a final CR if {@link #crlf}); valid until the next read. */
    final byte[] line;
    /** Bytes of the line kept in {@link #line}. */
    int kept;
    /** Real length of the line without its terminator (may exceed {@link #kept}). */
    int length;
    /** The line ended with LF. */
    boolean lf;
    /** The byte before LF (or before EOF) was CR; the CR is not part of {@link #length}. */
    boolean crlf;
    /** 1-based line number of the current line. */
    int lineNo;

    LineReader(InputStream in, int maxLineBytes, int bufferSize) {
        this.in = in;
        this.buffer = new byte[Math.max(16, bufferSize)];
        this.line = new byte[maxLineBytes];
    }

    /** Reads the next line; false at EOF (a final line without LF is still returned). */
    boolean read() throws IOException {
        int count = 0;
        boolean sawLf = false;
        byte last = 0;
        while (true) {
            if (pos >= limit && !fill()) {
                break;
            }
            final byte[] buf = buffer;
            final int start = pos;
            final int end = limit;
            int i = start;
            while (i < end && buf[i] != '\n') {
                i++;
            }
            int n = i - start;
            if (n > 0) {
                int room = line.length - count;
                if (room > 0) {
                    System.arraycopy(buf, start, line, count, Math.min(n, room));
                }
                count += n;
                last = buf[i - 1];
            }
            if (i < end) {
                sawLf = true;
                pos = i + 1;
                break;
            }
            pos = end;
        }
        if (!sawLf && count == 0) {
            return false;
        }
        boolean lastCr = count > 0 && last == '\r';
        lineNo++;
        lf = sawLf;
        crlf = lastCr;
        length = lastCr ? count - 1 : count;
        kept = Math.min(length, line.length);
        return true;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /** Japanese description of a bad line end, or null for CRLF. */
    String lineEndProblem() {
        if (lf && crlf) {
            return null;
        }
        if (!lf) {
            return "最終レコードの後に改行コード(CRLF)がありません";
        }
        return "改行コードがCRLFではありません (LFのみ)";
    }

    void close() throws IOException {
        in.close();
    }
}
