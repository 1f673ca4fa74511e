package jp.kokuho.hub.incomeclass;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.config.HubProperties;
import jp.kokuho.hub.jobs.JobContext;
import jp.kokuho.hub.jobs.MonthJob;
import jp.kokuho.hub.jobs.JobResult;
import jp.kokuho.hub.mapping.layout.AggIncData;
import jp.kokuho.hub.mapping.layout.AggIncHeader;
import jp.kokuho.hub.mapping.layout.Layouts;
import jp.kokuho.hub.outbox.FixedLengthFileWriter;

/**
 * {@code POST /api/jobs/household-income-file?month=YYYY-MM}: IF-AGG-INC 世帯所得区分情報連携ファイル (6.2.3.1) —
 * one record per 被保険者 insured in M with the effective class, sorted by 世帯番号, 被保険者番号, 枝番, streamed
 * from PostgreSQL into {@code outbox/to-aggregation/AGGINC_<保険者番号>_<YYYYMM>.dat}. Judges M first if needed.
 */
@Component
public class HouseholdIncomeFileJob implements MonthJob {

    private static final Logger log = LoggerFactory.getLogger(HouseholdIncomeFileJob.class);
    private static final FixedLengthFileWriter<AggIncHeader, AggIncData> IF_AGG_INC =
            FixedLengthFileWriter.of(Layouts.IF_AGG_INC, AggIncHeader.class, AggIncData.class);

    /**
     * the file's records: the effective class (the view, V230) of each 被保険者 judged in the month, in file order,
     * only the columns the record carries. The order is that of the index income_class_result_file_order (V250), so
     * PostgreSQL reads the rows in order instead of sorting 900,000 of them (docs/benchmark.md).
     */
    static final String RECORDS_SQL = """
            select r.household_no, r.insured_no, r.branch_no, r.age_group, r.effective_class, r.tax_year, r.unreported,
                   r.override_id, r.decided_on
            from income_class_effective r
            where r.target_month = ?
            order by r.household_no, r.insured_no, r.branch_no""";

    private final IncomeClassService service;
    private final DataSource dataSource;
    private final DataDirectories dirs;
    private final HubProperties hub;
    private final Clock clock;

    public HouseholdIncomeFileJob(IncomeClassService service, DataSource dataSource, DataDirectories dirs,
                                  HubProperties hub, Clock clock) {
        this.service = service;
        this.dataSource = dataSource;
        this.dirs = dirs;
        this.hub = hub;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "household-income-file";
    }

    @Override
    public String title() {
        return "世帯所得区分情報連携ファイル作成 (IF-AGG-INC)";
    }

    @Override
    public JobResult run(String parameter, JobContext context) throws Exception {
        YearMonth month = YearMonth.parse(parameter);
        Written file = write(month, LocalDate.now(clock), context);
        return JobResult.of(Map.of("records", file.records()), List.of(file.path()));
    }

    /** the file and its number of data records */
    public record Written(Path path, long records) {
    }

    /**
     * writes the file for the month (judging it first if it never was); the context hears the records written of
     * those the month has
     */
    public Written write(YearMonth month, LocalDate createdOn, JobContext context) {
        service.ensureJudged(month);
        String m = IncomeClassService.yyyymm(month);
        context.total(service.judgedPersons(month));
        Path target = dirs.outbox("to-aggregation").resolve("AGGINC_" + hub.insurerNo() + "_" + m + ".dat");
        AggIncHeader header = new AggIncHeader();
        header.setInsurerNo(hub.insurerNo());
        header.setCreatedOn(createdOn);
        header.setTargetMonth(m);
        long[] written = {0};
        long count = IF_AGG_INC.write(target, header, records -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement(RECORDS_SQL)) {
                    ps.setFetchSize(10_000);
                    ps.setString(1, m);
                    try (ResultSet rs = ps.executeQuery()) {
                        AggIncData d = new AggIncData();
                        d.setInsurerNo(hub.insurerNo());
                        d.setTargetMonth(m);
                        String decidedText = null;
                        LocalDate decidedOn = null;
                        while (rs.next()) {
                            d.setHouseholdNo(rs.getString(1));
                            d.setInsuredNo(rs.getString(2));
                            d.setBranchNo(rs.getString(3));
                            d.setAgeGroup(rs.getString(4));
                            d.setIncomeClass(rs.getString(5).trim());
                            d.setTaxYear(rs.getString(6));
                            rs.getLong(8);
                            boolean overridden = !rs.wasNull();
                            d.setUnreported(IncomeClassService.effectiveUnreported(rs.getInt(7) == 1, overridden) ? "1" : "0");
                            // a month's results share one or a few 判定年月日: parse each distinct one once
                            String decided = rs.getString(9);
                            if (!decided.equals(decidedText)) {
                                decidedText = decided;
                                decidedOn = LocalDate.parse(decided);
                            }
                            d.setDecidedOn(decidedOn);
                            records.add(d);
                            context.progress(++written[0]);
                        }
                    }
                }
                c.commit();
            } catch (java.sql.SQLException e) {
                throw new IOException("IF-AGG-INC " + m + ": " + e.getMessage(), e);
            }
        });
        log.info("IF-AGG-INC {}: {} records written to {}", month, count, dirs.relative(target));
        return new Written(target, count);
    }
}
