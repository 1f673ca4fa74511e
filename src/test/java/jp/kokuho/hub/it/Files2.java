package jp.kokuho.hub.it;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Byte-level edits of CRLF files, for tests that corrupt what a builder wrote. */
final class Files2 {

    private Files2() {
    }

    static List<byte[]> lines(byte[] file) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < file.length; i++) {
            if (file[i] == '\r' && file[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(file, start, i));
                start = i + 2;
                i++;
            }
        }
        if (start < file.length) {
            lines.add(Arrays.copyOfRange(file, start, file.length));
        }
        return lines;
    }

    static byte[] join(List<byte[]> lines, String eol) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.writeBytes(eol.getBytes());
        }
        return out.toByteArray();
    }

    /** Changes line {@code lineNo} (1-based) of a CRLF file. */
    static byte[] editLine(byte[] file, int lineNo, UnaryOperator<byte[]> edit) {
        List<byte[]> lines = lines(file);
        lines.set(lineNo - 1, edit.apply(lines.get(lineNo - 1)));
        return join(lines, "\r\n");
    }

    static byte[] dropLine(byte[] file, int lineNo) {
        List<byte[]> lines = lines(file);
        lines.remove(lineNo - 1);
        return join(lines, "\r\n");
    }

    /** Sets bytes at a 1-based position of a record. */
    static UnaryOperator<byte[]> put(int position, int... bytes) {
        return line -> {
            byte[] copy = line.clone();
            for (int i = 0; i < bytes.length; i++) {
                copy[position - 1 + i] = (byte) bytes[i];
            }
            return copy;
        };
    }
}
