package jp.kokuho.hub.annualreport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.config.HubProperties;
import jp.kokuho.hub.incomeclass.IncomeClassService;
import jp.kokuho.hub.jobs.FiscalYearJob;
import jp.kokuho.hub.jobs.JobContext;
import jp.kokuho.hub.jobs.JobResult;
import jp.kokuho.hub.monthlyreport.MonthlyFigures;
import jp.kokuho.hub.monthlyreport.MonthlyFigures.BasisSink;
import jp.kokuho.hub.monthlyreport.MonthlyFigures.Figures;
import jp.kokuho.hub.monthlyreport.SnapshotCoverage;
import jp.kokuho.hub.outbox.OutboxFiles;
import jp.kokuho.hub.outbox.StaffCsv;

/**
 * 事業年報 (国民健康保険事業状況報告書, flow 6.1; reports/annual-report.md): {@code POST
 * /api/jobs/annual-report?fiscalYear=YYYY}, also scheduled ({@code hub.jobs.annual-report.cron}, default 15 April
 * 05:00 for the fiscal year just ended). The months of the year that have ended by the hub's clock are each computed
 * by {@link MonthlyFigures} (the monthly report's own definition; a month whose 所得区分 is judged is reused, the
 * others judged once), one month at a time with no basis rows kept, and combined by {@link AnnualFigures}.
 */
@Component
public class AnnualReportJob implements FiscalYearJob {

    private static final Logger log = LoggerFactory.getLogger(AnnualReportJob.class);
    static final List<String> HEADER = List.of("項目コード", "項目", "値");

    private final MonthlyFigures figures;
    private final DataDirectories dirs;
    private final HubProperties hub;
    private final IncomeClassService incomeClasses;
    private final SnapshotCoverage coverage;

    public AnnualReportJob(MonthlyFigures figures, SnapshotCoverage coverage, IncomeClassService incomeClasses,
                           DataDirectories dirs, HubProperties hub) {
        this.figures = figures;
        this.coverage = coverage;
        this.incomeClasses = incomeClasses;
        this.dirs = dirs;
        this.hub = hub;
    }

    @Override
    public String name() {
        return "annual-report";
    }

    @Override
    public String title() {
        return "事業年報";
    }

    /** the months of the fiscal year counted (each one pass over the basis of that month) */
    @Override
    public String progressUnit() {
        return "か月";
    }

    /**
     * fiscalYear=YYYY; refused here (HTTP 400) when none of the year's months has ended, or when one of them is a
     * month the 事業月報 refuses (before what the IF-QUA snapshot covers)
     */
    @Override
    public String parameter(Map<String, String> request, LocalDate today) {
        String fiscalYear = FiscalYearJob.super.parameter(request, today);
        FiscalYearMonths period = FiscalYearMonths.endedBy(Integer.parseInt(fiscalYear), today);
        refusal(period).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        return fiscalYear;
    }

    /** the 事業月報's refusal of the first month that has one: the annual report is made of the monthly ones */
    private Optional<String> refusal(FiscalYearMonths period) {
        for (YearMonth month : period.months()) {
            Optional<String> reason = coverage.refusal(month);
            if (reason.isPresent()) {
                return Optional.of("fiscal year " + period.fiscalYear() + ": " + reason.get());
            }
        }
        return Optional.empty();
    }

    @Override
    public JobResult run(String parameter, JobContext context) throws Exception {
        int fiscalYear = Integer.parseInt(parameter);
        FiscalYearMonths period;
        try {
            period = FiscalYearMonths.endedBy(fiscalYear, context.today());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage()); // a scheduled run for a year not begun: FAILED
        }
        figures.requireQualificationSnapshot();
        refusal(period).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        // the 事業月報's warnings of the months (e.g. a month after the IF-QUA snapshot's 基準日)
        period.months().forEach(month -> coverage.warning(month).ifPresent(context::warn));
        context.total(period.count());

        List<Figures> months = new ArrayList<>(period.count());
        boolean collectionHeld = true;
        long judgedNow = 0;
        for (var month : period.months()) {
            long t0 = System.nanoTime();
            boolean judged = incomeClasses.isJudged(month);
            Figures f = figures.of(month, BasisSink.NONE);
            judgedNow += judged ? 0 : 1;
            log.info("事業年報 {}: {} counted in {} ms ({}; {} insured, {} households)", fiscalYear, month,
                    (System.nanoTime() - t0) / 1_000_000, judged ? "所得区分 already judged" : "所得区分 judged now",
                    f.count("P01"), f.count("H01"));
            months.add(f);
            collectionHeld &= f.collectionHeld();
            context.progress(months.size(), period.count()); // months counted
        }
        Map<String, Object> annual = AnnualFigures.combine(months.stream().map(Figures::values).toList());

        Path box = dirs.outbox("annual-report");
        Path csv = box.resolve("事業年報_" + fiscalYear + ".csv");
        Path xlsx = box.resolve("事業年報_" + fiscalYear + ".xlsx");
        OutboxFiles.writeText(csv, StaffCsv.MS932, w -> {
            StaffCsv.row(w, HEADER);
            for (AnnualItem item : AnnualItem.ALL) {
                StaffCsv.row(w, List.of(item.code(), item.label(), annual.get(item.code())));
            }
        });
        try (AnnualWorkbook workbook = new AnnualWorkbook()) {
            workbook.report(hub.insurerNo(), period, context.today(), annual);
            workbook.trend(period, months.stream().map(Figures::values).toList(), annual);
            OutboxFiles.writeBytes(xlsx, workbook::write);
        }

        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("months", (long) period.count());
        counts.put("monthsJudgedNow", judgedNow);
        counts.put("households", (Long) annual.get("H01"));
        counts.put("insured", (Long) annual.get("P01"));
        String message = period.status() + " " + period.coverage()
                + (collectionHeld ? "" : "; no IF-COL snapshot has been imported yet: C01–C13 are 0");
        log.info("事業年報 {} {}: {}", fiscalYear, period.status(), period.coverage());
        return JobResult.of(counts, List.of(csv, xlsx)).withMessage(message);
    }
}
