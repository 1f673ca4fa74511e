package jp.kokuho.hub.feeds.tax;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.intake.CsvFeedImport;
import jp.kokuho.hub.intake.DuplicateKeys;
import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.intake.FileNameRule;
import jp.kokuho.hub.intake.ImportContext;
import jp.kokuho.hub.intake.PgCopy;
import jp.kokuho.hub.intake.RecordSink;
import jp.kokuho.hub.intake.UniqueAttempt;
import jp.kokuho.hub.mapping.layout.TaxRecord;

/**
 * IF-TAX 住民税・所得情報 (inbox/tax): incremental. Each record adds or replaces the one with the same
 * (宛名番号, 課税年度, 情報源区分); that key appears at most once in a file. A 宛名番号 not (yet) in IF-QUA is kept.
 */
@Component
public class TaxImport extends CsvFeedImport<TaxRecord> {

    static final String COLUMNS = "person_no, tax_year, source, tax_status, total_income, taxable_base, salary_revenue,"
            + " salary_income, pension_revenue, pension_income, other_revenue, updated_on";

    public TaxImport() {
        super("IF-TAX", TaxRecord.class, new FileNameRule("TAX_<保険者番号>_<作成年月日>[_<seq>].csv",
                "TAX_(?<insurer>\\d{6})_(?<date>\\d{8})(_(0[1-9]|[1-9]\\d))?\\.csv"));
    }

    @Override
    public String feed() {
        return "tax";
    }

    @Override
    protected RecordSink<TaxRecord> openSink(LocalDate nameDate, ImportContext ctx) throws SQLException {
        return new Sink(ctx);
    }

    /** (宛名番号, 課税年度, 情報源区分): tax_income's primary key, at most once in a file */
    private static final DuplicateKeys KEY = DuplicateKeys.of("宛名番号", "宛名番号・課税年度・情報源区分", "person_no",
            "tax_year", "source");

    /** What a record adds or replaces: every column but the key. */
    private static final String MERGE = "insert into tax_income (" + COLUMNS + ", receipt_id) select " + COLUMNS
            + ", receipt_id from tax_stage on conflict (person_no, tax_year, source) do update set"
            + " tax_status = excluded.tax_status, total_income = excluded.total_income,"
            + " taxable_base = excluded.taxable_base, salary_revenue = excluded.salary_revenue,"
            + " salary_income = excluded.salary_income, pension_revenue = excluded.pension_revenue,"
            + " pension_income = excluded.pension_income, other_revenue = excluded.other_revenue,"
            + " updated_on = excluded.updated_on, receipt_id = excluded.receipt_id";

    /**
     * The checked rows are copied into a temporary table of the import transaction (dropped at commit), then merged
     * into tax_income in one statement: a held key is updated, a new one inserted. A key given twice in the file
     * makes the merge fail (it would change one row twice); it is undone to a savepoint and the duplicates are listed
     * from the staged rows. A file with other errors is not merged; its duplicates are listed too.
     */
    private static final class Sink implements RecordSink<TaxRecord> {

        private final ImportContext ctx;
        private final PgCopy copy;

        Sink(ImportContext ctx) throws SQLException {
            this.ctx = ctx;
            try (Statement st = ctx.connection().createStatement()) {
                st.execute("create temporary table tax_stage (like tax_income including defaults,"
                        + " record_no integer not null) on commit drop");
            }
            this.copy = new PgCopy(ctx.connection(), "tax_stage (" + COLUMNS + ", receipt_id, record_no)");
        }

        @Override
        public void accept(TaxRecord r, int recordNo) throws SQLException {
            TaxRecordRules.Checked t = TaxRecordRules.check(r, new FieldChecks(ctx.errors(), recordNo));
            if (t == null) {
                return;
            }
            copy.add(t.personNo()).add(t.taxYear()).add(t.source()).add(t.taxType()).add(t.totalIncome())
                    .add(t.taxableBase()).add(t.salaryRevenue()).add(t.salaryIncome()).add(t.pensionRevenue())
                    .add(t.pensionIncome()).add(t.otherRevenue()).add(t.updatedOn()).add(ctx.receiptId())
                    .add(recordNo);
            copy.endRow();
        }

        @Override
        public void checkFile() throws SQLException {
            copy.finish();
            if (!ctx.errors().isEmpty()) {
                KEY.list(ctx.connection(), "tax_stage", ctx.errors()); // no merge to find them: all reasons at once
            }
        }

        @Override
        public void register() throws SQLException {
            Connection c = ctx.connection();
            if (!UniqueAttempt.run(c, () -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate(MERGE);
                }
            })) {
                KEY.list(c, "tax_stage", ctx.errors());
                if (ctx.errors().isEmpty()) {
                    throw new IllegalStateException("tax_income refused a key that the file does not give twice");
                }
            }
        }

        @Override
        public void close() throws SQLException {
            copy.close();
        }
    }
}
