package jp.kokuho.hub.testdata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/** Streaming writers of the three base feeds (and the \copy CSV). Each writes to a temporary name and renames. */
final class FeedWriters {
    private FeedWriters() {
    }

    static final byte[] CRLF = {'\r', '\n'};

    /** Common part: a buffered stream to {@code <name>.part}, renamed on close; counts records and bytes. */
    abstract static class FeedWriter implements AutoCloseable {
        final Path target;
        private final Path part;
        final OutputStream out;
        long records;
        long bytes;

        FeedWriter(Path target) throws IOException {
            this.target = target;
            this.part = target.resolveSibling(target.getFileName() + ".part");
            this.out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 20);
        }

        void write(byte[] b) throws IOException {
            out.write(b);
            bytes += b.length;
        }

        void line(byte[] b) throws IOException {
            write(b);
            write(CRLF);
        }

        void finish() throws IOException {
        }

        @Override
        public void close() throws IOException {
            finish();
            out.close();
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** IF-QUA 資格情報ファイル: 200 bytes + CRLF per record, header '1', data '2', trailer '9'. */
    static final class QuaWriter extends FeedWriter {
        static final int LENGTH = 200;
        private final FixedRecord rec = new FixedRecord(LENGTH);

        QuaWriter(Path target, String insurerNo, LocalDate createdOn, LocalDate baseDate) throws IOException {
            super(target);
            rec.clear().text(1, 1, "1").text(2, 8, "QUA00001").number(10, 6, Long.parseLong(insurerNo))
                    .date(16, createdOn).date(24, baseDate);
            line(rec.bytes());
        }

        void person(Person p) throws IOException {
            rec.clear()
                    .text(1, 1, "2")
                    .number(2, 10, Long.parseLong(p.householdNo))
                    .number(12, 15, Long.parseLong(p.personNo))
                    .text(27, 8, p.insuredNo)
                    .text(35, 2, p.branchNo)
                    .text(37, 12, p.myNumber)
                    .text(49, 40, p.nameKana)
                    .text(89, 40, p.name)
                    .date(129, p.birthDate)
                    .number(137, 1, p.sex)
                    .number(138, 1, p.memberType)
                    .number(139, 1, p.head ? 1 : 0)
                    .date(140, p.acquiredOn)
                    .text(148, 2, p.acquireReason)
                    .date(150, p.lostOn)
                    .text(158, 2, p.lossReason)
                    .text(160, 6, p.previousInsurerNo);
            line(rec.bytes());
            records++;
        }

        @Override
        void finish() throws IOException {
            rec.clear().text(1, 1, "9").number(2, 7, records);
            line(rec.bytes());
        }
    }

    /** IF-TAX 住民税・所得情報: 12 columns, MS932, CRLF, no header. */
    static final class TaxWriter extends FeedWriter {
        private final StringBuilder sb = new StringBuilder(128);

        TaxWriter(Path target) throws IOException {
            super(target);
        }

        void row(TaxRecord t) throws IOException {
            sb.setLength(0);
            sb.append(t.personNo()).append(',').append(t.taxYear()).append(',').append(t.source()).append(',')
                    .append(t.taxClass());
            for (Long v : new Long[] {t.totalIncome(), t.taxableBase(), t.salaryRevenue(), t.salaryIncome(),
                    t.pensionRevenue(), t.pensionIncome(), t.otherRevenue()}) {
                sb.append(',');
                if (v != null) {
                    sb.append(v.longValue());
                }
            }
            sb.append(',').append(FixedRecord.yyyymmdd(t.updatedOn()));
            line(sb.toString().getBytes(Names.MS932));
            records++;
        }
    }

    /** IF-COL 収納情報: 8 columns, MS932, CRLF, no header. */
    static final class ColWriter extends FeedWriter {
        private final StringBuilder sb = new StringBuilder(96);

        ColWriter(Path target) throws IOException {
            super(target);
        }

        void row(Installment i) throws IOException {
            sb.setLength(0);
            sb.append(i.householdNo()).append(',').append(i.fiscalYear()).append(',').append(i.period()).append(',')
                    .append(FixedRecord.yyyymmdd(i.dueDate())).append(',').append(i.levied()).append(',')
                    .append(i.paid()).append(',').append(FixedRecord.yyyymmdd(i.lastPaidOn())).append(',')
                    .append(i.specialCircumstance());
            line(sb.toString().getBytes(Names.MS932));
            records++;
        }
    }

    /**
     * The IF-QUA data records once more as UTF-8 CSV for {@code psql \copy t from 'file' with (format csv)}:
     * no header; columns in layout order without レコード区分 and 予備: 世帯番号, 宛名番号, 被保険者番号, 枝番,
     * 個人番号, 氏名カナ, 氏名, 生年月日, 性別, 構成員区分, 世帯主区分, 資格取得年月日, 資格取得事由, 資格喪失年月日,
     * 資格喪失事由, 転入前保険者番号. Blank fields are empty (NULL), dates YYYY-MM-DD, names double-quoted.
     */
    static final class CopyCsvWriter extends FeedWriter {
        static final String COLUMNS = "household_no,person_no,insured_no,branch_no,my_number,name_kana,name,"
                + "birth_date,sex,member_type,head_flag,acquired_on,acquire_reason,lost_on,loss_reason,previous_insurer_no";
        private final StringBuilder sb = new StringBuilder(256);

        CopyCsvWriter(Path target) throws IOException {
            super(target);
        }

        void person(Person p) throws IOException {
            sb.setLength(0);
            sb.append(p.householdNo).append(',').append(p.personNo).append(',');
            opt(p.insuredNo).append(',');
            opt(p.branchNo).append(',');
            opt(p.myNumber).append(',');
            quoted(p.nameKana).append(',');
            quoted(p.name).append(',');
            iso(p.birthDate).append(',').append(p.sex).append(',').append(p.memberType).append(',')
                    .append(p.head ? 1 : 0).append(',');
            iso(p.acquiredOn).append(',');
            opt(p.acquireReason).append(',');
            iso(p.lostOn).append(',');
            opt(p.lossReason).append(',');
            opt(p.previousInsurerNo);
            write(sb.toString().getBytes(StandardCharsets.UTF_8));
            write(new byte[] {'\n'});
            records++;
        }

        private StringBuilder opt(String s) {
            return s == null ? sb : sb.append(s);
        }

        private StringBuilder quoted(String s) {
            return sb.append('"').append(s.replace("\"", "\"\"")).append('"');
        }

        private StringBuilder iso(LocalDate d) {
            return d == null ? sb : sb.append(d);
        }
    }
}
