package jp.kokuho.hub.intake;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jp.kokuho.hub.mapping.bytes.ByteLayout;
import jp.kokuho.hub.mapping.bytes.Decoded;
import jp.kokuho.hub.mapping.bytes.FieldError;
import jp.kokuho.hub.mapping.bytes.FixedLengthRecordReader;
import jp.kokuho.hub.mapping.bytes.RawRecord;
import jp.kokuho.hub.mapping.layout.FixedLayoutSet;
import jp.kokuho.hub.mapping.layout.HeaderRecord;
import jp.kokuho.hub.mapping.layout.TrailerRecord;

/**
 * The structure every inbound fixed-length file shares (spec "File conventions"): one header '1' first, data
 * records '2', one trailer '9' last with the data count; our 保険者番号 and the expected ファイル識別 in the
 * header; the header's date equal to the date in the file name; at least one data record. A feed adds its
 * header date, its data checks and its registration ({@link RecordSink}).
 *
 * @param <H> header record class
 * @param <D> data record class
 */
public abstract class FixedLengthFeedImport<H extends HeaderRecord, D> implements FeedImport {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final FixedLayoutSet layout;
    private final FileNameRule fileName;
    private final ByteLayout<H> headerLayout;
    private final ByteLayout<D> dataLayout;
    private final ByteLayout<? extends TrailerRecord> trailerLayout;

    @SuppressWarnings("unchecked")
    protected FixedLengthFeedImport(FixedLayoutSet layout, FileNameRule fileName) {
        this.layout = layout;
        this.fileName = fileName;
        this.headerLayout = (ByteLayout<H>) ByteLayout.of(layout.headerClass());
        this.dataLayout = (ByteLayout<D>) ByteLayout.of(layout.dataClass());
        this.trailerLayout = ByteLayout.of(layout.trailerClass());
    }

    @Override
    public String interfaceId() {
        return layout.id();
    }

    /** 項目名 and value of the header date that must equal the date in the file name */
    protected abstract String headerDateItem();

    protected abstract LocalDate headerDate(H header);


    /** Further header checks of the feed (e.g. an older snapshot). */
    protected void checkHeader(H header, ImportContext ctx) throws SQLException {
    }

    /** Opens the sink for the data records; {@code header} is null when the header itself was unreadable. */
    protected abstract RecordSink<D> openSink(H header, ImportContext ctx) throws SQLException;

    @Override
    public final ImportSummary importFile(ImportContext ctx) throws IOException, SQLException {
        ErrorCollector errors = ctx.errors();
        LocalDate nameDate = fileName.check(ctx.fileName(), ctx.insurerNo(), errors);
        H header = null;
        TrailerRecord trailer = null;
        int trailerRecordNo = 0;
        long dataCount = 0;
        RecordSink<D> sink = null;
        long started = System.nanoTime();
        try (InputStream in = ctx.openFile();
             FixedLengthRecordReader reader = new FixedLengthRecordReader(in, layout.recordLength())) {
            for (RawRecord raw; (raw = reader.next()) != null; ) {
                int no = raw.recordNo();
                if (!raw.ok()) {
                    errors.add(no, null, raw.problem());
                    continue;
                }
                int type = raw.recordType();
                if (trailerRecordNo > 0) {
                    errors.add(no, "レコード区分", "トレーラレコードの後にレコードがあります (" + (char) type + ")");
                } else if (no == 1) {
                    if (type != '1') {
                        errors.add(no, "レコード区分", "先頭がヘッダレコードではありません (期待 '1', 実際 '" + (char) type + "')");
                        if (type == '2') {
                            sink = sink == null ? openSink(null, ctx) : sink;
                            dataCount++;
                            acceptData(raw, sink, errors);
                        }
                    } else {
                        header = readHeader(raw, nameDate, ctx);
                        sink = openSink(header, ctx);
                    }
                } else if (type == '2') {
                    sink = sink == null ? openSink(null, ctx) : sink;
                    dataCount++;
                    acceptData(raw, sink, errors);
                } else if (type == '9') {
                    trailerRecordNo = no;
                    Decoded<? extends TrailerRecord> t = trailerLayout.decode(raw.bytes());
                    addAll(errors, no, t);
                    trailer = t.ok() ? t.value() : null;
                } else {
                    errors.add(no, "レコード区分", "レコード区分が不正です (期待 '2' または '9', 実際 '" + (char) type + "')");
                }
            }
            if (trailerRecordNo == 0) {
                errors.add(ImportError.ofFile("トレーラレコードがありません"));
            } else if (trailer != null && trailer.getRecordCount() != dataCount) {
                errors.add(trailerRecordNo, "データ件数", "データ件数がデータレコードの数と一致しません (トレーラ "
                        + trailer.getRecordCount() + " 件, 実際 " + dataCount + " 件)");
            }
            if (dataCount == 0) {
                errors.add(ImportError.ofFile("データレコードがありません"));
            }
            if (sink != null) {
                RegistrationGate.checkThenRegister(sink, ctx, layout.id(), dataCount, started);
            }
        } finally {
            if (sink != null) {
                sink.close();
            }
        }
        return new ImportSummary(dataCount, header == null ? nameDate : headerDate(header));
    }

    private H readHeader(RawRecord raw, LocalDate nameDate, ImportContext ctx) throws SQLException {
        ErrorCollector errors = ctx.errors();
        Decoded<H> decoded = headerLayout.decode(raw.bytes());
        addAll(errors, raw.recordNo(), decoded);
        H header = decoded.value();
        String fileId = header.getFileId();
        if (fileId != null && !layout.fileId().equals(fileId)) {
            errors.add(raw.recordNo(), "ファイル識別", "ファイル識別が不正です (期待 " + layout.fileId() + ", 実際 " + fileId + ")");
        }
        String insurer = header.getInsurerNo();
        if (insurer != null && !ctx.insurerNo().equals(insurer)) {
            errors.add(raw.recordNo(), "保険者番号", "当市町村の保険者番号ではありません (期待 " + ctx.insurerNo()
                    + ", 実際 " + insurer + ")");
        }
        LocalDate date = headerDate(header);
        if (date != null && nameDate != null && !date.equals(nameDate)) {
            errors.add(raw.recordNo(), headerDateItem(), "ファイル名の日付と一致しません (ファイル名 "
                    + nameDate.format(YYYYMMDD) + ", ヘッダ " + date.format(YYYYMMDD) + ")");
        }
        if (decoded.ok()) {
            checkHeader(header, ctx);
        }
        return decoded.ok() ? header : null;
    }

    private void acceptData(RawRecord raw, RecordSink<D> sink, ErrorCollector errors) throws SQLException {
        Decoded<D> decoded = dataLayout.decode(raw.bytes());
        if (decoded.ok()) {
            sink.accept(decoded.value(), raw.recordNo());
        } else {
            addAll(errors, raw.recordNo(), decoded);
        }
    }

    private static void addAll(ErrorCollector errors, int recordNo, Decoded<?> decoded) {
        for (FieldError e : decoded.errors()) {
            errors.add(recordNo, e.item(), e.message());
        }
    }
}
