package jp.kokuho.hub.feeds.tax;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.intake.CsvFeedImport;
import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.intake.FileNameRule;
import jp.kokuho.hub.intake.ImportContext;
import jp.kokuho.hub.intake.PgCopy;
import jp.kokuho.hub.intake.RecordSink;
import jp.kokuho.hub.intake.SetChecks;
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

    /**
     * Fast pass: rows are copied straight into tax_income, whose primary key refuses a key already held or given
     * twice. Detailed pass (after such a refusal): rows are staged in a temporary table (dropped at commit), keys
     * given twice in the file are listed, and — without errors — the rows are upserted.
     */
    private static final class Sink implements RecordSink<TaxRecord> {

        private final ImportContext ctx;
        private final PgCopy copy;

        Sink(ImportContext ctx) throws SQLException {
            this.ctx = ctx;
            if (ctx.detailed()) {
                try (Statement st = ctx.connection().createStatement()) {
                    st.execute("create temporary table tax_stage (like tax_income including defaults,"
                            + " record_no integer not null) on commit drop");
                }
                this.copy = new PgCopy(ctx.connection(), "tax_stage (" + COLUMNS + ", receipt_id, record_no)");
            } else {
                this.copy = new PgCopy(ctx.connection(), "tax_income (" + COLUMNS + ", receipt_id)");
            }
        }

        @Override
        public void accept(TaxRecord r, int recordNo) throws SQLException {
            TaxRecordRules.Checked t = TaxRecordRules.check(r, new FieldChecks(ctx.errors(), recordNo));
            if (t == null) {
                return;
            }
            copy.add(t.personNo()).add(t.taxYear()).add(t.source()).add(t.taxType()).add(t.totalIncome())
                    .add(t.taxableBase()).add(t.salaryRevenue()).add(t.salaryIncome()).add(t.pensionRevenue())
                    .add(t.pensionIncome()).add(t.otherRevenue()).add(t.updatedOn()).add(ctx.receiptId());
            if (ctx.detailed()) {
                copy.add(recordNo);
            }
            copy.endRow();
        }

        @Override
        public void checkFile() throws SQLException {
            copy.finish();
            if (!ctx.detailed()) {
                return;
            }
            SetChecks.run(ctx.connection(), ctx.errors(), "宛名番号",
                    "select s.record_no, '宛名番号・課税年度・情報源区分が重複しています (レコード ' || f.first_no || ' と同じ)'"
                            + " from tax_stage s join (select person_no, tax_year, source, min(record_no) first_no"
                            + " from tax_stage group by person_no, tax_year, source having count(*) > 1) f"
                            + " on (f.person_no, f.tax_year, f.source) = (s.person_no, s.tax_year, s.source)"
                            + " where s.record_no <> f.first_no order by s.record_no");
        }

        @Override
        public void register() throws SQLException {
            if (!ctx.detailed()) {
                return; // copied in already
            }
            try (Statement st = ctx.connection().createStatement()) {
                st.executeUpdate("insert into tax_income (" + COLUMNS + ", receipt_id) select " + COLUMNS
                        + ", receipt_id from tax_stage on conflict (person_no, tax_year, source) do update set"
                        + " tax_status = excluded.tax_status, total_income = excluded.total_income,"
                        + " taxable_base = excluded.taxable_base, salary_revenue = excluded.salary_revenue,"
                        + " salary_income = excluded.salary_income, pension_revenue = excluded.pension_revenue,"
                        + " pension_income = excluded.pension_income, other_revenue = excluded.other_revenue,"
                        + " updated_on = excluded.updated_on, receipt_id = excluded.receipt_id");
            }
        }

        @Override
        public void close() throws SQLException {
            copy.close();
        }
    }
}
