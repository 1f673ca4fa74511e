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
                try (PreparedStatement ps = c.prepareStatement("select * from income_class_effective r"
                        + " where r.target_month = ? order by r.household_no, r.insured_no, r.branch_no")) {
                    ps.setFetchSize(10_000);
                    ps.setString(1, m);
                    try (ResultSet rs = ps.executeQuery()) {
                        AggIncData d = new AggIncData();
                        d.setInsurerNo(hub.insurerNo());
                        d.setTargetMonth(m);
                        while (rs.next()) {
                            IncomeClassService.ClassAnswer a = IncomeClassService.answer(rs);
                            d.setHouseholdNo(a.householdNo());
                            d.setInsuredNo(a.insuredNo());
                            d.setBranchNo(a.branchNo());
                            d.setAgeGroup(Integer.toString(a.ageGroup()));
                            d.setIncomeClass(a.incomeClass().trim());
                            d.setTaxYear(Integer.toString(a.taxYear()));
                            d.setUnreported(a.unreported() ? "1" : "0");
                            d.setDecidedOn(a.decidedOn());
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
