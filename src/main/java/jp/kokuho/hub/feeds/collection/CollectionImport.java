package jp.kokuho.hub.feeds.collection;

import java.sql.SQLException;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.intake.CsvFeedImport;
import jp.kokuho.hub.intake.DuplicateKeys;
import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.intake.FileNameRule;
import jp.kokuho.hub.intake.ImportContext;
import jp.kokuho.hub.intake.PgCopy;
import jp.kokuho.hub.intake.RecordSink;
import jp.kokuho.hub.intake.SetChecks;
import jp.kokuho.hub.intake.SnapshotTable;
import jp.kokuho.hub.mapping.layout.CollectionRecord;

/**
 * IF-COL 収納情報 (inbox/collection): a full snapshot as of the 基準年月日 in its name, replacing the held one.
 * (世帯番号, 賦課年度, 期別) is unique; 特別事情区分 is the same on every row of one household.
 */
@Component
public class CollectionImport extends CsvFeedImport<CollectionRecord> {

    static final String FEED = "collection";
    private static final SnapshotTable SNAPSHOT = new SnapshotTable(FEED, "collection");
    /** the key of the unique index collection_key (V2) */
    private static final DuplicateKeys KEY = DuplicateKeys.of("期別", "世帯番号・賦課年度・期別", "household_no",
            "fiscal_year", "installment");

    public CollectionImport() {
        super("IF-COL", CollectionRecord.class, new FileNameRule("COL_<保険者番号>_<基準年月日>.csv",
                "COL_(?<insurer>\\d{6})_(?<date>\\d{8})\\.csv"));
    }

    @Override
    public String feed() {
        return FEED;
    }

    @Override
    protected void checkFileDate(LocalDate nameDate, ImportContext ctx) throws SQLException {
        SNAPSHOT.rejectOlder(ctx, nameDate, null);
    }

    @Override
    protected RecordSink<CollectionRecord> openSink(LocalDate nameDate, ImportContext ctx) throws SQLException {
        return new Sink(ctx, nameDate);
    }

    private static final class Sink implements RecordSink<CollectionRecord> {

        private final ImportContext ctx;
        private final LocalDate baseDate;
        private final SnapshotTable.Load load;
        private final PgCopy copy;
        /** the 世帯番号 and 特別事情区分 of the last checked row */
        private String household;
        private int special;
        /** every household's rows so far came together, households in ascending order (so no household comes back) */
        private boolean grouped = true;
        /** a household so far had two 特別事情区分 on consecutive rows */
        private boolean mixed;

        /** rows go straight into the snapshot table; its unique key index, built once they are in, checks the key */
        Sink(ImportContext ctx, LocalDate baseDate) throws SQLException {
            this.ctx = ctx;
            this.baseDate = baseDate;
            this.load = SNAPSHOT.open(ctx);
            this.copy = new PgCopy(ctx.connection(), load.table() + " (household_no, fiscal_year, installment, due_date,"
                    + " assessed, paid, last_paid_on, special_circumstance, record_no, receipt_id)");
        }

        @Override
        public void accept(CollectionRecord r, int recordNo) throws SQLException {
            CollectionRecordRules.Checked k = CollectionRecordRules.check(r, new FieldChecks(ctx.errors(), recordNo));
            if (k == null) {
                return;
            }
            copy.add(k.householdNo()).add(k.fiscalYear()).add(k.installment()).add(k.dueDate()).add(k.assessed())
                    .add(k.paid()).add(k.lastPaidOn()).add(k.special()).add(recordNo).add(ctx.receiptId());
            copy.endRow();
            if (!k.householdNo().equals(household)) {
                // 世帯番号 is 10 digits: comparing the strings compares the numbers
                grouped &= household == null || k.householdNo().compareTo(household) > 0;
                household = k.householdNo();
            } else {
                mixed |= k.special() != special;
            }
            special = k.special();
        }

        @Override
        public void checkFile() throws SQLException {
            copy.finish();
            if (!load.buildUniqueIndexes()) {
                KEY.list(ctx.connection(), load.table(), ctx.errors());
            }
            // one 特別事情区分 per household: seen while the rows went in when the file is grouped by household in
            // ascending order (as files usually come); otherwise, or when a household has two, the query lists every
            // household that has two (at 1,000,000 persons it reads 3.3 million rows: 2.2 s of CPU)
            if (!grouped || mixed) {
                SetChecks.run(ctx.connection(), ctx.errors(), "特別事情区分",
                        "select min(record_no), '同じ世帯で特別事情区分が異なります (世帯番号 ' || household_no || ')'"
                                + " from " + load.table() + " group by household_no"
                                + " having count(distinct special_circumstance) > 1 order by 1");
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
    }
}
