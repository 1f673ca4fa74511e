package jp.kokuho.hub.monthlyreport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.config.HubProperties;
import jp.kokuho.hub.jobs.JobContext;
import jp.kokuho.hub.jobs.JobDefinition;
import jp.kokuho.hub.jobs.JobParameter;
import jp.kokuho.hub.jobs.JobParameters;
import jp.kokuho.hub.jobs.JobResult;
import jp.kokuho.hub.outbox.OutboxFiles;
import jp.kokuho.hub.outbox.StaffCsv;

/**
 * 事業月報 (6.1.2.1) and 事業月報集計根拠データ (6.1.1.1): {@code POST /api/jobs/monthly-report?month=YYYY-MM}, also
 * scheduled ({@code hub.jobs.monthly-report.cron}, default the 10th at 04:00 for the previous month).
 * The figures and the basis rows come from {@link MonthlyFigures} (their one definition, shared with 事業年報): each
 * basis row is written to the basis CSV and the xlsx basis sheet as it streams by, then the report CSV and sheet.
 */
@Component
public class MonthlyReportJob implements JobDefinition {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportJob.class);
    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("uuuuMM");
    static final List<String> REPORT_HEADER = List.of("項目コード", "項目", "値");
    static final List<String> BASIS_HEADER = MonthlyFigures.BASIS_HEADER;

    private final MonthlyFigures figures;
    private final SnapshotCoverage coverage;
    private final DataDirectories dirs;
    private final HubProperties hub;

    public MonthlyReportJob(MonthlyFigures figures, SnapshotCoverage coverage, DataDirectories dirs,
                            HubProperties hub) {
        this.figures = figures;
        this.coverage = coverage;
        this.dirs = dirs;
        this.hub = hub;
    }

    @Override
    public String name() {
        return "monthly-report";
    }

    @Override
    public String title() {
        return "事業月報・集計根拠データ";
    }

    /** basis rows: one per 被保険者 of the month */
    @Override
    public String progressUnit() {
        return "人";
    }

    @Override
    public List<JobParameter> form(LocalDate today) {
        return List.of(JobParameter.month("対象年月", YearMonth.parse(scheduledParameter(today))));
    }

    @Override
    public String parameter(Map<String, String> request, LocalDate today) {
        YearMonth month = JobParameters.month(request);
        coverage.refusal(month).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        return month.toString();
    }

    /** a scheduled run (the 10th) reports the previous month */
    @Override
    public String scheduledParameter(LocalDate today) {
        return YearMonth.from(today).minusMonths(1).toString();
    }

    @Override
    public JobResult run(String parameter, JobContext context) throws Exception {
        YearMonth month = YearMonth.parse(parameter);
        figures.requireQualificationSnapshot(); // before any file is begun
        coverage.refusal(month).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        coverage.warning(month).ifPresent(context::warn);
        context.total(figures.basisRowCount(month));
        String ym = month.format(YYYYMM);
        Path box = dirs.outbox("monthly-report");
        Path reportCsv = box.resolve("事業月報_" + ym + ".csv");
        Path basisCsv = box.resolve("事業月報集計根拠データ_" + ym + ".csv");
        Path xlsx = box.resolve("事業月報_" + ym + ".xlsx");

        MonthlyFigures.Figures result;
        try (ReportWorkbook workbook = new ReportWorkbook(BASIS_HEADER)) {
            MonthlyFigures.Figures[] held = new MonthlyFigures.Figures[1];
            OutboxFiles.writeText(basisCsv, StaffCsv.MS932, csv -> {
                StaffCsv.row(csv, BASIS_HEADER);
                long[] rows = {0};
                held[0] = figures.of(month, row -> {
                    StaffCsv.row(csv, row);
                    workbook.basisRow(row);
                    context.progress(++rows[0]); // basis rows written, of basisRowCount
                });
            });
            result = held[0];
            Map<String, Object> values = result.values();
            OutboxFiles.writeText(reportCsv, StaffCsv.MS932, csv -> {
                StaffCsv.row(csv, REPORT_HEADER);
                for (ReportItem item : ReportItem.ALL) {
                    StaffCsv.row(csv, List.of(item.code(), item.label(), values.get(item.code())));
                }
            });
            workbook.report(hub.insurerNo(), month, context.today(), values);
            OutboxFiles.writeBytes(xlsx, workbook::write);
        }

        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("basisRows", result.basisRows());
        counts.put("households", result.count("H01"));
        counts.put("insured", result.count("P01"));
        log.info("事業月報 {}: {} basis rows, {} households, {} insured", ym, result.basisRows(),
                result.count("H01"), result.count("P01"));
        JobResult job = JobResult.of(counts, List.of(reportCsv, basisCsv, xlsx));
        return result.collectionHeld() ? job
                : job.withMessage("no IF-COL snapshot has been imported yet: C01–C13 are 0");
    }
}
