package jp.kokuho.hub.mapping.bytes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FixedLengthRecordReaderTest {

    private static byte[] record(char type, int length) {
        byte[] b = new byte[length];
        java.util.Arrays.fill(b, (byte) ' ');
        b[0] = (byte) type;
        return b;
    }

    private static List<RawRecord> readAll(byte[] file, int length, int buffer) throws IOException {
        List<RawRecord> out = new ArrayList<>();
        try (FixedLengthRecordReader r = new FixedLengthRecordReader(new ByteArrayInputStream(file), length, buffer)) {
            for (RawRecord rec; (rec = r.next()) != null; ) {
                out.add(rec);
            }
        }
        return out;
    }

    private static byte[] concat(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes(p instanceof String s ? s.getBytes(Ms932.CHARSET) : (byte[]) p);
        }
        return out.toByteArray();
    }

    @Test
    void wellFormedRecordsWithSmallBuffer() throws IOException {
        byte[] file = concat(record('1', 200), "\r\n", record('2', 200), "\r\n", record('9', 200), "\r\n");
        List<RawRecord> recs = readAll(file, 200, 1024);
        assertThat(recs).hasSize(3);
        assertThat(recs).allMatch(RawRecord::ok);
        assertThat(recs).extracting(RawRecord::recordNo).containsExactly(1, 2, 3);
        assertThat(recs).extracting(RawRecord::recordType).containsExactly((int) '1', (int) '2', (int) '9');
        assertThat(recs.get(1).bytes()).isEqualTo(record('2', 200));
    }

    @Test
    void manyRecordsAcrossBufferBoundaries() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            sb.append(String.format("2%0199d", i)).append("\r\n");
        }
        List<RawRecord> recs = readAll(sb.toString().getBytes(Ms932.CHARSET), 200, 1024);
        assertThat(recs).hasSize(50).allMatch(RawRecord::ok);
        assertThat(new String(recs.get(49).bytes(), Ms932.CHARSET)).isEqualTo(String.format("2%0199d", 49));
    }

    @Test
    void lfOnly() throws IOException {
        List<RawRecord> recs = readAll(concat(record('2', 200), "\n", record('2', 200), "\r\n"), 200, 1024);
        assertThat(recs.get(0).problem()).isEqualTo("改行コードがCRLFではありません (LFのみ)");
        assertThat(recs.get(0).bytes()).hasSize(200);
        assertThat(recs.get(1).ok()).isTrue();
    }

    @Test
    void tooShortAndTooLong() throws IOException {
        List<RawRecord> recs = readAll(concat(record('2', 199), "\r\n", record('2', 5000), "\r\n", "\r\n"), 200, 1024);
        assertThat(recs).extracting(RawRecord::problem).containsExactly(
                "レコード長が不正です (期待 200 バイト, 実際 199 バイト)",
                "レコード長が不正です (期待 200 バイト, 実際 5000 バイト)",
                "レコード長が不正です (期待 200 バイト, 実際 0 バイト)");
        assertThat(recs.get(1).bytes()).hasSize(201);
        assertThat(recs).extracting(RawRecord::recordNo).containsExactly(1, 2, 3);
    }

    @Test
    void lastRecordWithoutCrlf() throws IOException {
        List<RawRecord> recs = readAll(concat(record('2', 200), "\r\n", record('9', 200)), 200, 1024);
        assertThat(recs).hasSize(2);
        assertThat(recs.get(1).problem()).isEqualTo("最終レコードの後に改行コード(CRLF)がありません");
        assertThat(recs.get(1).bytes()).isEqualTo(record('9', 200));
    }

    @Test
    void emptyStream() throws IOException {
        assertThat(readAll(new byte[0], 200, 1024)).isEmpty();
    }

    @Test
    void streamsManyRecordsWithoutHoldingThem() throws IOException {
        int total = 100_000;
        byte[] line = concat(record('2', 200), "\r\n");
        InputStream endless = new InputStream() {
            private long pos;

            @Override
            public int read() {
                return pos >= (long) total * line.length ? -1 : line[(int) (pos++ % line.length)] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        return n == 0 ? -1 : n;
                    }
                    b[off + n++] = (byte) c;
                }
                return n;
            }
        };
        int count = 0;
        try (FixedLengthRecordReader r = new FixedLengthRecordReader(endless, 200)) {
            for (RawRecord rec; (rec = r.next()) != null; ) {
                assertThat(rec.problem()).isNull();
                count++;
            }
        }
        assertThat(count).isEqualTo(total);
    }
}
