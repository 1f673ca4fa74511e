package jp.kokuho.hub.arrears.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.arrears.ArrearsClass;
import jp.kokuho.hub.arrears.HouseholdArrears;
import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.config.HubProperties;
import jp.kokuho.hub.intake.FeedSnapshots;
import jp.kokuho.hub.intake.PgCopy;
import jp.kokuho.hub.jobs.JobContext;
import jp.kokuho.hub.jobs.DateJob;
import jp.kokuho.hub.jobs.JobResult;
import jp.kokuho.hub.mapping.layout.Layouts;
import jp.kokuho.hub.mapping.layout.SogoArrData;
import jp.kokuho.hub.mapping.layout.SogoArrHeader;
import jp.kokuho.hub.outbox.FixedLengthFileWriter;
import jp.kokuho.hub.outbox.OutboxFiles;
import jp.kokuho.hub.outbox.StaffCsv;

/**
 * 6.3.1.1 滞納区分データ作成: {@code POST /api/jobs/arrears?date=YYYY-MM-DD} (基準年月日, default today), also
 * scheduled ({@code hub.jobs.arrears.cron}). Judges every household of the held IF-COL snapshot (rules/arrears.md)
 * in one streamed pass and writes, at the same time, IF-SOGO-ARR to {@code outbox/to-sogo}, the 滞納区分一覧 to
 * {@code outbox/arrears} and the per-household results (for the next run's 前回滞納区分) to {@code arrears_result}.
 */
@Component
public class ArrearsJob implements DateJob {

    private static final Logger log = LoggerFactory.getLogger(ArrearsJob.class);
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final FixedLengthFileWriter<SogoArrHeader, SogoArrData> IF_SOGO_ARR =
            FixedLengthFileWriter.of(Layouts.IF_SOGO_ARR, SogoArrHeader.class, SogoArrData.class);
    static final List<String> LIST_HEADER = List.of("世帯番号", "滞納区分", "最古未納納期限", "未納額", "未納期数",
            "前回滞納区分", "変更");

    private final ArrearsSource source;
    private final DataSource dataSource;
    private final DataDirectories dirs;
    private final HubProperties hub;
    private final Clock clock;
    private final FeedSnapshots snapshots;

    public ArrearsJob(ArrearsSource source, DataSource dataSource, DataDirectories dirs, HubProperties hub,
                      Clock clock, FeedSnapshots snapshots) {
        this.snapshots = snapshots;
        this.source = source;
        this.dataSource = dataSource;
        this.dirs = dirs;
        this.hub = hub;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "arrears";
    }

    @Override
    public String title() {
        return "滞納区分データ作成 (IF-SOGO-ARR・滞納区分一覧)";
    }

    @Override
    public String progressUnit() {
        return "世帯";
    }

    @Override
    public JobResult run(String parameter, JobContext context) throws Exception {
        LocalDate baseDate = LocalDate.parse(parameter);
        String ymd = baseDate.format(YMD);
        Path sogo = dirs.outbox("to-sogo").resolve("SOGOARR_" + hub.insurerNo() + "_" + ymd + ".dat");
        Path list = dirs.outbox("arrears").resolve("滞納区分一覧_" + ymd + ".csv");
        // without both snapshots an empty file would tell 国保総合システム "nobody in arrears": fail instead
        LocalDate colDate = snapshots.baseDate(FeedSnapshots.COLLECTION);
        LocalDate quaDate = snapshots.baseDate(FeedSnapshots.QUALIFICATION);
        if (colDate == null || quaDate == null) {
            throw new IllegalStateException("no " + (colDate == null ? "IF-COL" : "IF-QUA")
                    + " snapshot has been imported yet: no IF-SOGO-ARR written");
        }
        if (baseDate.isBefore(colDate)) {
            context.warn("基準年月日 " + baseDate + " lies before the IF-COL snapshot of " + colDate + ": payments made"
                    + " after " + baseDate + " already count as paid");
        }
        LocalDate previousRun = source.previousRun(baseDate);
        Stats stats = new Stats();

        // the results commit in their own transaction (the snapshot is read through a cursor on another
        // connection; COPY cannot share a connection with an open cursor); the files are complete before it
        try (Connection results = dataSource.getConnection()) {
            results.setAutoCommit(false);
            try {
                replaceRun(results, baseDate, context.runId(), colDate, quaDate);
                try (PgCopy copy = new PgCopy(results, "arrears_result (base_date, household_no, arrears_class,"
                        + " oldest_unpaid_due, unpaid_amount, unpaid_count, insured_members)")) {
                    IF_SOGO_ARR.write(sogo, header(context.today(), baseDate),
                            records -> OutboxFiles.writeText(list, StaffCsv.MS932, csv -> {
                                StaffCsv.row(csv, LIST_HEADER);
                                // the total (households) comes with the first household
                                source.stream(baseDate, previousRun, context::total, h -> {
                                    try {
                                        write(h, baseDate, previousRun != null, records, csv, copy, stats);
                                        context.progress(stats.households);
                                    } catch (IOException e) {
                                        throw new UncheckedIOException(e);
                                    } catch (SQLException e) {
                                        throw new IllegalStateException(e);
                                    }
                                });
                            }));
                    copy.finish();
                }
                try (PreparedStatement ps = results.prepareStatement(
                        "update arrears_run set households = ?, records = ? where base_date = ?")) {
                    ps.setLong(1, stats.households);
                    ps.setLong(2, stats.records);
                    ps.setObject(3, baseDate);
                    ps.executeUpdate();
                }
                results.commit();
            } catch (Exception | Error e) {
                results.rollback();
                throw e;
            }
        }

        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("households", stats.households);
        counts.put("records", stats.records);
        counts.put("householdsWithoutInsured", stats.withoutInsured);
        for (Map.Entry<ArrearsClass, Long> e : stats.byClass.entrySet()) {
            counts.put("class" + e.getKey().code(), e.getValue());
        }
        counts.put("listed", stats.listed);
        counts.put("changed", stats.changed);
        // no personal data: counts only
        log.info("arrears {}: {} households judged, {} IF-SOGO-ARR records, {} households without an insured"
                        + " member on the base date left out, classes {}, {} changed since {}", baseDate,
                stats.households, stats.records, stats.withoutInsured, stats.byClass, stats.changed,
                previousRun == null ? "(no previous run)" : previousRun);
        return JobResult.of(counts, List.of(sogo, list))
                .withMessage("IF-COL " + colDate + ", IF-QUA " + quaDate + "; "
                        + (previousRun == null ? "no previous run" : "previous run " + previousRun));
    }

    private void replaceRun(Connection c, LocalDate baseDate, long jobRunId, LocalDate colDate, LocalDate quaDate)
            throws SQLException {
        // a run's results first (arrears_result has no foreign key: V262), then the run
        try (PreparedStatement del = c.prepareStatement("delete from arrears_result where base_date = ?")) {
            del.setObject(1, baseDate);
            del.executeUpdate();
        }
        try (PreparedStatement del = c.prepareStatement("delete from arrears_run where base_date = ?")) {
            del.setObject(1, baseDate);
            if (del.executeUpdate() > 0) {
                log.info("arrears {}: replacing the results of the earlier run for the same date", baseDate);
            }
        }
        try (PreparedStatement ins = c.prepareStatement("insert into arrears_run (base_date, job_run_id, judged_at,"
                + " col_base_date, qua_base_date, households, records) values (?, ?, ?, ?, ?, 0, 0)")) {
            ins.setObject(1, baseDate);
            ins.setLong(2, jobRunId);
            ins.setTimestamp(3, Timestamp.from(clock.instant()));
            ins.setObject(4, colDate);
            ins.setObject(5, quaDate);
            ins.executeUpdate();
        }
    }

    private SogoArrHeader header(LocalDate today, LocalDate baseDate) {
        SogoArrHeader header = new SogoArrHeader();
        header.setInsurerNo(hub.insurerNo());
        header.setCreatedOn(today);
        header.setBaseDate(baseDate);
        return header;
    }

    private void write(ArrearsSource.Household h, LocalDate baseDate, boolean hadPreviousRun,
                       FixedLengthFileWriter.Records<SogoArrData> sogo, Writer csv, PgCopy copy, Stats stats)
            throws IOException, SQLException {
        HouseholdArrears a = h.arrears();
        ArrearsClass cls = a.arrearsClass();
        stats.households++;
        stats.byClass.merge(cls, 1L, Long::sum);
        copy.add(baseDate).add(h.householdNo()).add(cls.code()).add(a.oldestUnpaidDue()).add(a.unpaidAmount())
                .add(a.unpaidCount()).add(h.insured().size());
        copy.endRow();
        if (h.insured().isEmpty()) {
            stats.withoutInsured++;
            return;
        }
        if (cls != ArrearsClass.NONE) {
            for (ArrearsSource.Member m : h.insured()) {
                SogoArrData d = new SogoArrData();
                d.setInsurerNo(hub.insurerNo());
                d.setHouseholdNo(h.householdNo());
                d.setInsuredNo(m.insuredNo());
                d.setBranchNo(m.branchNo());
                d.setArrearsClass(m.arrearsClass().code());
                d.setOldestDueDate(a.oldestUnpaidDue());
                d.setUnpaidAmount(a.unpaidAmount());
                d.setUnpaidCount(a.unpaidCount());
                d.setBaseDate(baseDate);
                sogo.add(d);
                stats.records++;
            }
        }
        // a household absent from the previous run counts as 0 there (it had nothing levied or was not judged)
        ArrearsClass previous = h.previousClass();
        boolean changed = hadPreviousRun && (previous == null ? ArrearsClass.NONE : previous) != cls;
        if (cls != ArrearsClass.NONE || changed) {
            StaffCsv.row(csv, List.of(h.householdNo(), cls.code(),
                    a.oldestUnpaidDue() == null ? "" : a.oldestUnpaidDue().format(YMD),
                    a.unpaidAmount(), a.unpaidCount(), previous == null ? "" : previous.code(),
                    !hadPreviousRun ? "" : changed ? "変更" : ""));
            stats.listed++;
        }
        if (changed) {
            stats.changed++;
        }
    }

    private static final class Stats {
        long households;
        long records;
        long withoutInsured;
        long listed;
        long changed;
        final Map<ArrearsClass, Long> byClass = new EnumMap<>(ArrearsClass.class);
    }
}
