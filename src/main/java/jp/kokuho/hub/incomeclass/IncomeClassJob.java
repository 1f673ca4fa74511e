package jp.kokuho.hub.incomeclass;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.jobs.JobContext;
import jp.kokuho.hub.jobs.MonthJob;
import jp.kokuho.hub.jobs.JobResult;

/** {@code POST /api/jobs/income-class?month=YYYY-MM}: 所得区分判定 of a month, then the 所得区分変更一覧. */
@Component
public class IncomeClassJob implements MonthJob {

    private final IncomeClassService service;
    private final IncomeClassChangeList changeList;

    public IncomeClassJob(IncomeClassService service, IncomeClassChangeList changeList) {
        this.service = service;
        this.changeList = changeList;
    }

    @Override
    public String name() {
        return "income-class";
    }

    @Override
    public String title() {
        return "所得区分判定";
    }

    @Override
    public String progressUnit() {
        return "世帯";
    }

    @Override
    public JobResult run(String parameter, JobContext context) {
        YearMonth month = YearMonth.parse(parameter);
        if (!service.isCurrent(month)) { // a current month judges nothing: no total of households to show
            context.total(service.householdsToJudge(month));
        }
        if (!service.taxYearHeld(month)) {
            context.warn("no IF-TAX record of 課税年度 " + IncomeClassJudge.taxYearOf(month) + " is held: every"
                    + " member is judged 未申告; import that year's IF-TAX and run " + month + " again");
        }
        // households; nothing judged when the month is current (judged, and re-judged after every import since)
        IncomeClassService.RunSummary summary = service.judgeMonthUnlessCurrent(month, context::progress);
        IncomeClassChangeList.Written list = changeList.write(IncomeClassService.yyyymm(month));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("households", summary.households());
        counts.put("persons", summary.persons());
        // rows of the 所得区分変更一覧 written now: every change not listed before (this run's and those of the
        // re-judgements after IF-QUA / IF-TAX imports since the last list); newChanges: of them, this run's
        counts.put("changes", list.rows());
        counts.put("newChanges", summary.changes());
        List<Path> files = new ArrayList<>();
        if (list.path() != null) {
            files.add(list.path());
        }
        List<String> message = new ArrayList<>();
        if (summary.current()) {
            message.add(month + " is current: no IF-QUA / IF-TAX import and no rule change since it was judged,"
                    + " nothing judged again");
        } else if (!summary.baseline()) {
            message.add("the first month judged: no class of " + month + " or " + month.minusMonths(1)
                    + " to compare with, so no change is listed (the next month's list compares with this one)");
        }
        if (list.path() == null) {
            message.add("所得区分変更一覧: no change");
        }
        return JobResult.of(counts, files).withMessage(message.isEmpty() ? null : String.join("; ", message));
    }
}
