package jp.kokuho.hub.intake;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.LocalDate;

import jp.kokuho.hub.mapping.bytes.CsvLayout;
import jp.kokuho.hub.mapping.bytes.CsvRecordReader;
import jp.kokuho.hub.mapping.bytes.CsvRow;
import jp.kokuho.hub.mapping.bytes.Decoded;
import jp.kokuho.hub.mapping.bytes.FieldError;

/**
 * The structure every inbound CSV file shares (spec "File conventions"): MS932, CRLF, no header row, the
 * layout's number of fields, our 保険者番号 in the file name, at least one record. A feed adds its record checks
 * and registration ({@link RecordSink}).
 *
 * @param <R> the record class (declared with Bindy's {@code @CsvRecord})
 */
public abstract class CsvFeedImport<R> implements FeedImport {

    private final String interfaceId;
    private final FileNameRule fileName;
    private final CsvLayout<R> layout;

    protected CsvFeedImport(String interfaceId, Class<R> recordClass, FileNameRule fileName) {
        this.interfaceId = interfaceId;
        this.fileName = fileName;
        this.layout = CsvLayout.of(recordClass);
    }

    @Override
    public String interfaceId() {
        return interfaceId;
    }

    /** Further checks on the date of the file name (e.g. an older snapshot). */
    protected void checkFileDate(LocalDate nameDate, ImportContext ctx) throws SQLException {
    }

    protected abstract RecordSink<R> openSink(LocalDate nameDate, ImportContext ctx) throws SQLException;

    @Override
    public final ImportSummary importFile(ImportContext ctx) throws IOException, SQLException {
        ErrorCollector errors = ctx.errors();
        LocalDate nameDate = fileName.check(ctx.fileName(), ctx.insurerNo(), errors);
        if (nameDate != null) {
            checkFileDate(nameDate, ctx);
        }
        long count = 0;
        long started = System.nanoTime();
        try (InputStream in = ctx.openFile();
             CsvRecordReader reader = new CsvRecordReader(in);
             RecordSink<R> sink = openSink(nameDate, ctx)) {
            for (CsvRow row; (row = reader.next()) != null; ) {
                count++;
                if (!row.ok()) {
                    errors.add(row.recordNo(), null, row.problem());
                    continue;
                }
                Decoded<R> decoded = layout.decode(row);
                if (decoded.ok()) {
                    sink.accept(decoded.value(), row.recordNo());
                } else {
                    for (FieldError e : decoded.errors()) {
                        errors.add(row.recordNo(), e.item(), e.message());
                    }
                }
            }
            if (count == 0) {
                errors.add(ImportError.ofFile("データレコードがありません"));
            }
            RegistrationGate.checkThenRegister(sink, ctx, interfaceId, count, started);
        }
        return new ImportSummary(count, nameDate);
    }
}
