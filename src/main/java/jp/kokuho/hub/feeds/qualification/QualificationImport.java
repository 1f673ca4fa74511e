package jp.kokuho.hub.feeds.qualification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.intake.DuplicateKeys;
import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.intake.FileNameRule;
import jp.kokuho.hub.intake.FixedLengthFeedImport;
import jp.kokuho.hub.intake.ImportContext;
import jp.kokuho.hub.intake.PgCopy;
import jp.kokuho.hub.intake.RecordSink;
import jp.kokuho.hub.intake.SetChecks;
import jp.kokuho.hub.intake.SnapshotTable;
import jp.kokuho.hub.mapping.layout.Layouts;
import jp.kokuho.hub.mapping.layout.QuaData;
import jp.kokuho.hub.mapping.layout.QuaHeader;

/**
 * IF-QUA 資格情報 (inbox/qualification): a full snapshot as of its 基準年月日 that replaces the held one as a whole.
 * An older snapshot is rejected; one with the same 基準年月日 is a corrected re-send and replaces it.
 */
@Component
public class QualificationImport extends FixedLengthFeedImport<QuaHeader, QuaData> {

    static final String FEED = "qualification";
    private static final SnapshotTable SNAPSHOT = new SnapshotTable(FEED, "qualification");
    /** the keys of the unique indexes qualification_person and qualification_insured (V2) */
    private static final DuplicateKeys PERSON_NO = DuplicateKeys.of("宛名番号", "宛名番号", "person_no");
    private static final DuplicateKeys INSURED_NO = DuplicateKeys.of("被保険者番号", "被保険者番号・枝番", "insured_no",
            "branch_no").where("member_type = 1");

    public QualificationImport() {
        super(Layouts.IF_QUA, new FileNameRule("QUA_<保険者番号>_<基準年月日>.dat",
                "QUA_(?<insurer>\\d{6})_(?<date>\\d{8})\\.dat"));
    }

    @Override
    public String feed() {
        return FEED;
    }

    @Override
    protected String headerDateItem() {
        return "基準年月日";
    }

    @Override
    protected LocalDate headerDate(QuaHeader header) {
        return header == null ? null : header.getBaseDate();
    }



    @Override
    protected void checkHeader(QuaHeader header, ImportContext ctx) throws SQLException {
        SNAPSHOT.rejectOlder(ctx, header.getBaseDate(), 1);
    }

    @Override
    protected RecordSink<QuaData> openSink(QuaHeader header, ImportContext ctx) throws SQLException {
        return new Sink(ctx, header == null ? null : header.getBaseDate());
    }

    /**
     * Rows go straight into the snapshot table, emptied in this transaction (a rollback restores the old one); its
     * unique indexes, built again once the rows are in, check 宛名番号, 被保険者番号+枝番 and "at most one 世帯主".
     * When one refuses, SQL lists every duplicate from the same rows.
     */
    private static final class Sink implements RecordSink<QuaData> {

        private final ImportContext ctx;
        private final LocalDate baseDate;
        private final SnapshotTable.Load load;
        private final PgCopy copy;
        /** 世帯主 rows copied */
        private long heads;
        /** runs of rows with the same 世帯番号 (a file grouped by household has one run per household) */
        private long householdRuns;
        private String lastHousehold;

        Sink(ImportContext ctx, LocalDate baseDate) throws SQLException {
            this.ctx = ctx;
            this.baseDate = baseDate;
            this.load = SNAPSHOT.open(ctx);
            this.copy = new PgCopy(ctx.connection(), load.table() + " (household_no, person_no, insured_no, branch_no,"
                    + " my_number, name_kana, name, birth_date, sex, member_type, head_flag, acquired_on,"
                    + " acquire_reason, lost_on, loss_reason, previous_insurer_no, record_no, receipt_id)");
        }

        @Override
        public void accept(QuaData d, int recordNo) throws SQLException {
            FieldChecks checks = new FieldChecks(ctx.errors(), recordNo);
            QualificationRecordRules.check(d, baseDate, checks);
            if (checks.failed()) {
                return;
            }
            copy.add(d.getHouseholdNo()).add(d.getPersonNo()).add(blankToNull(d.getInsuredNo()))
                    .add(blankToNull(d.getBranchNo())).add(blankToNull(d.getMyNumber())).add(d.getNameKana())
                    .add(d.getName()).add(d.getBirthDate()).add(d.getSex()).add(d.getMemberType())
                    .add(d.getHeadFlag()).add(d.getAcquiredOn()).add(blankToNull(d.getAcquireReason()))
                    .add(d.getLostOn()).add(blankToNull(d.getLossReason())).add(blankToNull(d.getPreviousInsurerNo()))
                    .add(recordNo).add(ctx.receiptId());
            copy.endRow();
            if ("1".equals(d.getHeadFlag())) {
                heads++;
            }
            if (!d.getHouseholdNo().equals(lastHousehold)) {
                householdRuns++;
                lastHousehold = d.getHouseholdNo();
            }
        }

        @Override
        public void checkFile() throws SQLException {
            copy.finish();
            boolean keysUnique = load.buildUniqueIndexes();
            Connection c = ctx.connection();
            if (!keysUnique) {
                PERSON_NO.list(c, load.table(), ctx.errors());
                INSURED_NO.list(c, load.table(), ctx.errors());
            }
            // exactly one 世帯主 per household: at most one is a unique index; count the rest
            if (!keysUnique || headsDifferFromHouseholds(c)) {
                SetChecks.run(c, ctx.errors(), "世帯主区分",
                        "select min(record_no), '世帯主が1人ではありません (世帯番号 ' || household_no || ': '"
                                + " || count(*) filter (where head_flag = 1) || ' 人)' from " + load.table()
                                + " group by household_no having count(*) filter (where head_flag = 1) <> 1 order by 1");
            }
        }

        /**
         * With at most one 世帯主 per household (the unique index), as many households as heads means one each.
         * Households ≤ runs of the same 世帯番号, and heads ≤ households: when runs equal heads (a file grouped by
         * household with a head in each), households equal heads without counting them in SQL.
         */
        private boolean headsDifferFromHouseholds(Connection c) throws SQLException {
            if (householdRuns == heads) {
                return false;
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select count(distinct household_no) from qualification")) {
                rs.next();
                return rs.getLong(1) != heads;
            }
        }

        @Override
        public void register() throws SQLException {
            SNAPSHOT.hold(ctx, load, baseDate);
        }

        @Override
        public void close() throws SQLException {
            copy.close();
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
