package jp.kokuho.hub.feeds.disease;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.config.HubProperties;
import jp.kokuho.hub.incomeclass.IncomeClassService;
import jp.kokuho.hub.jobs.JobContext;
import jp.kokuho.hub.jobs.DateJob;
import jp.kokuho.hub.jobs.JobResult;
import jp.kokuho.hub.mapping.layout.DisAnsData;
import jp.kokuho.hub.mapping.layout.DisAnsHeader;
import jp.kokuho.hub.mapping.layout.Layouts;
import jp.kokuho.hub.outbox.FixedLengthFileWriter;
import jp.kokuho.hub.outbox.OutboxFiles;
import jp.kokuho.hub.outbox.StaffCsv;
import jp.kokuho.hub.qualification.CheckOutcome;
import jp.kokuho.hub.qualification.CheckResult;
import jp.kokuho.hub.qualification.PersonQuery;
import jp.kokuho.hub.qualification.QualificationCheck;

/**
 * {@code POST /api/jobs/disease-answer?date=YYYY-MM-DD} (6.4.2.1 特定疾患報告資料作成): answers every open 連絡番号 in
 * IF-DIS-ANS {@code outbox/to-prefecture/DISANS_<保険者番号>_<回答年月日>.dat} (sorted by 連絡番号), 資格確認 again on
 * 有効期間開始年月日 against the latest IF-QUA, and for 資格確認結果 1 the 世帯番号 and the 所得区分 of the month of
 * 有効期間開始年月日 (judged on demand). The answered 連絡番号 are closed after the file is in the outbox. Then
 * {@code outbox/disease-subjects/特定疾患対象者一覧_<回答年月日>.csv} lists every registered subject — also when
 * nothing was open (docs/disease.md).
 */
@Component
public class DiseaseAnswerJob implements DateJob {

    private static final Logger log = LoggerFactory.getLogger(DiseaseAnswerJob.class);
    private static final FixedLengthFileWriter<DisAnsHeader, DisAnsData> IF_DIS_ANS =
            FixedLengthFileWriter.of(Layouts.IF_DIS_ANS, DisAnsHeader.class, DisAnsData.class);
    static final List<String> SUBJECTS_HEADER = List.of("連絡番号", "受給者番号", "疾病区分", "疾病番号", "被保険者番号",
            "枝番", "氏名カナ", "資格確認結果", "世帯番号", "所得区分基準年月", "所得区分", "有効期間開始年月日",
            "有効期間終了年月日", "回答年月日");
    public static final String NOTHING_OPEN = "no open 連絡番号: no IF-DIS-ANS written (特定疾患対象者一覧 written)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final QualificationCheck qualificationCheck;
    private final IncomeClassService incomeClass;
    private final DataDirectories dirs;
    private final HubProperties hub;

    public DiseaseAnswerJob(JdbcTemplate jdbc, TransactionTemplate tx, QualificationCheck qualificationCheck,
                            IncomeClassService incomeClass, DataDirectories dirs, HubProperties hub) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.qualificationCheck = qualificationCheck;
        this.incomeClass = incomeClass;
        this.dirs = dirs;
        this.hub = hub;
    }

    @Override
    public String name() {
        return "disease-answer";
    }

    @Override
    public String title() {
        return "特定疾患回答・対象者一覧 (IF-DIS-ANS)";
    }

    @Override
    public String dateLabel() {
        return "回答年月日";
    }

    /** one open 連絡番号 as registered */
    record OpenSubject(String contactNo, int version, String recipientNo, String insuredNo, String branchNo,
                       String nameKana, LocalDate birthDate, LocalDate validFrom) {
    }

    /** the answer of one open 連絡番号 */
    record Answer(OpenSubject subject, DisAnsData record) {
    }

    @Override
    public JobResult run(String parameter, JobContext context) {
        LocalDate answeredOn = LocalDate.parse(parameter);
        List<OpenSubject> open = jdbc.query("select contact_no, version, recipient_no, insured_no, branch_no,"
                        + " name_kana, birth_date, valid_from from disease_subject where is_open order by contact_no",
                (rs, i) -> new OpenSubject(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate()));
        List<Path> files = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        // records: the IF-DIS-ANS answers, then the rows of the 対象者一覧 (every registered subject)
        Long subjectCount = jdbc.queryForObject("select count(*) from disease_subject", Long.class);
        context.total(open.size() + (subjectCount == null ? 0 : subjectCount));
        long closed = 0;
        if (!open.isEmpty()) {
            List<Answer> answers = new ArrayList<>(open.size());
            for (OpenSubject s : open) {
                answers.add(new Answer(s, answer(s, answeredOn)));
                context.progress(answers.size());
            }
            files.add(writeAnswerFile(answers, answeredOn));
            closed = close(answers, answeredOn);
        }
        counts.put("answered", (long) open.size());
        counts.put("closed", closed);
        Path subjects = dirs.outbox("disease-subjects").resolve("特定疾患対象者一覧_" + yyyymmdd(answeredOn) + ".csv");
        long[] rows = {0};
        OutboxFiles.writeText(subjects, StaffCsv.MS932, w -> {
            StaffCsv.row(w, SUBJECTS_HEADER);
            jdbc.query("select * from disease_subject order by contact_no", rs -> {
                try {
                    Date answered = rs.getDate("answered_on");
                    int check = rs.getInt("answer_check");
                    boolean hasAnswer = !rs.wasNull();
                    StaffCsv.row(w, java.util.Arrays.asList(rs.getString("contact_no"), rs.getString("recipient_no"),
                            rs.getString("disease_kind"), rs.getString("disease_no"), rs.getString("insured_no"),
                            rs.getString("branch_no"), rs.getString("name_kana"),
                            hasAnswer ? check : rs.getInt("registered_check"), rs.getString("household_no"),
                            rs.getString("class_month"), rs.getString("income_class"),
                            yyyymmdd(rs.getDate("valid_from").toLocalDate()),
                            yyyymmdd(rs.getDate("valid_to").toLocalDate()),
                            answered == null ? null : yyyymmdd(answered.toLocalDate())));
                    rows[0]++;
                    context.progress(open.size() + rows[0]);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        });
        files.add(subjects);
        counts.put("subjects", rows[0]);
        log.info("disease-answer {}: {} answered, {} closed, {} subjects listed", answeredOn, open.size(), closed,
                rows[0]);
        JobResult result = JobResult.of(counts, files);
        return open.isEmpty() ? result.withMessage(NOTHING_OPEN) : result;
    }

    /** one IF-DIS-ANS data record: 資格確認 now, 世帯番号 and 所得区分 for 資格確認結果 1 (layouts.md notes) */
    DisAnsData answer(OpenSubject s, LocalDate answeredOn) {
        CheckOutcome outcome = qualificationCheck.onDate(new PersonQuery(s.insuredNo(), s.branchNo(), s.birthDate(),
                s.nameKana()), s.validFrom());
        CheckResult result = outcome.result();
        DisAnsData d = new DisAnsData();
        d.setContactNo(s.contactNo());
        d.setRecipientNo(s.recipientNo());
        d.setInsuredNo(s.insuredNo());
        d.setBranchNo(s.branchNo());
        d.setCheckResult(Integer.toString(result.code()));
        if (result == CheckResult.QUALIFIED || result == CheckResult.NOT_QUALIFIED) {
            d.setAcquiredOn(outcome.person().acquiredOn());
            d.setLostOn(outcome.person().lostOn());
        }
        if (result == CheckResult.QUALIFIED) {
            YearMonth month = YearMonth.from(s.validFrom());
            d.setHouseholdNo(outcome.person().householdNo());
            d.setClassMonth(IncomeClassService.yyyymm(month));
            Optional<IncomeClassService.ClassAnswer> cls = incomeClass.classOf(s.insuredNo(), s.branchNo(), month);
            if (cls.isPresent()) {
                d.setIncomeClass(cls.get().incomeClass().trim());
            } else {
                log.warn("disease-answer: no 所得区分 for 連絡番号 {} in {} (世帯番号 {})", s.contactNo(), month,
                        outcome.person().householdNo());
            }
        }
        d.setAnsweredOn(answeredOn);
        return d;
    }

    private Path writeAnswerFile(List<Answer> answers, LocalDate answeredOn) {
        Path target = dirs.outbox("to-prefecture").resolve("DISANS_" + hub.insurerNo() + "_" + yyyymmdd(answeredOn)
                + ".dat");
        DisAnsHeader h = new DisAnsHeader();
        h.setInsurerNo(hub.insurerNo());
        h.setCreatedOn(answeredOn);
        h.setPrefectureCode(hub.prefectureCode());
        IF_DIS_ANS.write(target, h, records -> {
            for (Answer a : answers) {
                records.add(a.record());
            }
        });
        log.info("IF-DIS-ANS {}: {} records written to {}", answeredOn, answers.size(), dirs.relative(target));
        return target;
    }

    /** closes what was answered, unless a 更新/変更 replaced it meanwhile (version) */
    private long close(List<Answer> answers, LocalDate answeredOn) {
        Long closed = tx.execute(status -> {
            long n = 0;
            for (Answer a : answers) {
                DisAnsData d = a.record();
                n += jdbc.update("update disease_subject set is_open = false, answered_on = ?, answer_check = ?,"
                                + " household_no = ?, class_month = ?, income_class = ? where contact_no = ?"
                                + " and version = ? and is_open",
                        Date.valueOf(answeredOn), Integer.parseInt(d.getCheckResult()), d.getHouseholdNo(),
                        d.getClassMonth(), d.getIncomeClass(), a.subject().contactNo(), a.subject().version());
            }
            return n;
        });
        return closed == null ? 0 : closed;
    }

    static String yyyymmdd(LocalDate d) {
        return DiseaseRecordRules.yyyymmdd(d);
    }
}
