package jp.kokuho.hub.outbox;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import jp.kokuho.hub.mapping.bytes.ByteLayout;
import jp.kokuho.hub.mapping.layout.FixedLayoutSet;
import jp.kokuho.hub.mapping.layout.TrailerRecord;

/**
 * The outbound twin of {@code intake.FixedLengthFeedImport}: writes one fixed-length interface file (spec "File
 * conventions") — the header record '1', the data records '2' the caller hands over, the trailer '9' with their
 * count — each record followed by CRLF, encoded byte-true in MS932 by {@link ByteLayout} from the layout classes in
 * {@code mappings/}. The file appears in the outbox complete or not at all ({@link OutboxFiles#writeBytes}).
 * Thread-safe; one instance per layout.
 *
 * @param <H> header record class
 * @param <D> data record class
 */
public final class FixedLengthFileWriter<H, D> {

    private static final byte[] CRLF = {'\r', '\n'};

    private final FixedLayoutSet layout;
    private final ByteLayout<H> headerLayout;
    private final ByteLayout<D> dataLayout;
    private final ByteLayout<TrailerRecord> trailerLayout;

    /** The data records of one file, handed to the writer in file order. */
    public interface Records<D> {

        /** Writes one data record (and its CRLF). */
        void add(D record) throws IOException;

        /** Data records written so far. */
        long count();
    }

    /** Produces the data records of one file. */
    @FunctionalInterface
    public interface Body<D> {
        void writeTo(Records<D> records) throws IOException;
    }

    @SuppressWarnings("unchecked")
    private FixedLengthFileWriter(FixedLayoutSet layout, Class<H> headerClass, Class<D> dataClass) {
        if (layout.headerClass() != headerClass || layout.dataClass() != dataClass) {
            throw new IllegalArgumentException(layout.id() + " is written with " + layout.headerClass().getSimpleName()
                    + " / " + layout.dataClass().getSimpleName());
        }
        this.layout = layout;
        this.headerLayout = ByteLayout.of(headerClass);
        this.dataLayout = ByteLayout.of(dataClass);
        this.trailerLayout = (ByteLayout<TrailerRecord>) ByteLayout.of(layout.trailerClass());
        for (ByteLayout<?> l : new ByteLayout<?>[] {headerLayout, dataLayout, trailerLayout}) {
            if (l.recordLength() != layout.recordLength()) {
                throw new IllegalStateException(layout.id() + ": " + l.recordClass().getSimpleName() + " has "
                        + l.recordLength() + " bytes, the layout " + layout.recordLength());
            }
        }
    }

    public static <H, D> FixedLengthFileWriter<H, D> of(FixedLayoutSet layout, Class<H> headerClass,
                                                        Class<D> dataClass) {
        return new FixedLengthFileWriter<>(layout, headerClass, dataClass);
    }

    /**
     * Writes {@code target}: {@code header}, the records {@code body} adds, the trailer with their データ件数. When
     * anything fails (the body, a value that does not fit its bytes, a count that does not fit データ件数) the exception
     * propagates, no temporary file is left and an earlier {@code target} stays as it was.
     *
     * @return the number of data records written
     */
    public long write(Path target, H header, Body<D> body) {
        long[] written = {0};
        OutboxFiles.writeBytes(target, raw -> {
            OutputStream out = new BufferedOutputStream(raw, 1 << 16);
            out.write(headerLayout.encode(header));
            out.write(CRLF);
            Records<D> records = new Records<>() {
                long count;

                @Override
                public void add(D record) throws IOException {
                    out.write(dataLayout.encode(record));
                    out.write(CRLF);
                    count++;
                }

                @Override
                public long count() {
                    return count;
                }
            };
            body.writeTo(records);
            out.write(trailer(records.count()));
            out.write(CRLF);
            out.flush();
            written[0] = records.count();
        });
        return written[0];
    }

    private byte[] trailer(long count) throws IOException {
        try {
            TrailerRecord trailer = layout.trailerClass().getDeclaredConstructor().newInstance();
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("データ件数: " + count);
            }
            trailer.setRecordCount((int) count);
            return trailerLayout.encode(trailer);
        } catch (IllegalArgumentException e) {
            throw new IOException(layout.id() + ": " + count + " records do not fit データ件数 (" + e.getMessage() + ")",
                    e);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                 | NoSuchMethodException e) {
            throw new IllegalStateException("cannot create " + layout.trailerClass().getName(), e);
        }
    }
}
