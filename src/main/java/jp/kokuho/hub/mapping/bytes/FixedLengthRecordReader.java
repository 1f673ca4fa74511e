package jp.kokuho.hub.mapping.bytes;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Streams CRLF-terminated fixed-length records from an InputStream with constant memory (a fixed buffer; the file is
 * never read whole). Every line is returned, with a problem when its length or line end is wrong.
 */
public final class FixedLengthRecordReader implements Closeable {

    private static final int DEFAULT_BUFFER = 64 * 1024;

    private final LineReader lines;
    private final int recordLength;

    public FixedLengthRecordReader(InputStream in, int recordLength) {
        this(in, recordLength, DEFAULT_BUFFER);
    }

    public FixedLengthRecordReader(InputStream in, int recordLength, int bufferSize) {
        this.recordLength = recordLength;
        this.lines = new LineReader(in, recordLength + 1, bufferSize);
    }

    /** The next record, or null at EOF. */
    public RawRecord next() throws IOException {
        if (!lines.read()) {
            return null;
        }
        String problem = null;
        if (lines.length != recordLength) {
            problem = "レコード長が不正です (期待 " + recordLength + " バイト, 実際 " + lines.length + " バイト)";
        }
        String lineEnd = lines.lineEndProblem();
        if (lineEnd != null) {
            problem = problem == null ? lineEnd : problem + "; " + lineEnd;
        }
        return new RawRecord(lines.lineNo, Arrays.copyOf(lines.line, lines.kept), problem);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
