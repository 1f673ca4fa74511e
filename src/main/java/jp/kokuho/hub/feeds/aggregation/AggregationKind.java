package jp.kokuho.hub.feeds.aggregation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.intake.FileNameRule;
import jp.kokuho.hub.intake.FixedLengthFeedImport;
import jp.kokuho.hub.intake.ImportContext;
import jp.kokuho.hub.intake.RecordSink;
import jp.kokuho.hub.intake.RegistrationRecorder;
import jp.kokuho.hub.intake.RegistrationResultListLayout;
import jp.kokuho.hub.intake.RegistrationStage;
import jp.kokuho.hub.mapping.layout.AggregationHeader;
import jp.kokuho.hub.mapping.layout.FixedLayoutSet;
import jp.kokuho.hub.qualification.CheckOutcome;
import jp.kokuho.hub.qualification.QualificationCheck;

/**
 * The one route shape both 情報集約 files share (6.2.1.1 取込 + 6.2.2.1 登録); a kind adds only its layout and rules.
 * <ol>
 *   <li>import: the shared fixed-length structure, the kind's import rules, every valid record staged with its
 *       連携番号; a 連携番号 twice in the file rejects the file;</li>
 *   <li>registration (same transaction, only for a file without import errors), record by record: the kind's
 *       registration rules, 被保険者資格確認 (result must be 1), 連携番号 not registered by an earlier file; a good
 *       record is registered, every record's outcome goes to the 登録結果リスト.</li>
 * </ol>
 */
abstract class AggregationKind<H extends AggregationHeader, D> extends FixedLengthFeedImport<H, D> {

    /** 連携番号 is unique across all files of both kinds (docs/aggregation.md) */
    private static final String REGISTERED_BEFORE = "select receipt_id from aggregation_move where link_no = ?"
            + " union all select receipt_id from aggregation_75 where link_no = ? limit 1";

    private final String namePrefix;
    private final Class<D> dataClass;
    private final QualificationCheck qualificationCheck;

    protected AggregationKind(FixedLayoutSet layout, String namePrefix, Class<D> dataClass,
                              QualificationCheck qualificationCheck) {
        super(layout, new FileNameRule(namePrefix + "_<保険者番号>_<作成年月日>.dat",
                namePrefix + "_(?<insurer>\\d{6})_(?<date>\\d{8})\\.dat"));
        this.namePrefix = namePrefix;
        this.dataClass = dataClass;
        this.qualificationCheck = qualificationCheck;
    }

    /** the name pattern as staff read it, e.g. {@code AGGMOV_<保険者番号>_<作成年月日>.dat} */
    String namePattern() {
        return namePrefix + "_<保険者番号>_<作成年月日>.dat";
    }

    /** true when the file name says this kind (its prefix) */
    boolean namedBy(String fileName) {
        return fileName.startsWith(namePrefix + "_");
    }

    @Override
    public String feed() {
        return AggregationImport.FEED;
    }

    @Override
    protected String headerDateItem() {
        return "作成年月日";
    }

    @Override
    protected LocalDate headerDate(H header) {
        return header == null ? null : header.getCreatedOn();
    }

    @Override
    protected void checkHeader(H header, ImportContext ctx) {
        String month = header.getProcessMonth();
        if (AggregationRecordRules.yearMonth(month) == null) {
            ctx.errors().add(1, "処理年月", "年月 (YYYYMM) ではありません (" + month + ")");
        }
    }

    // ---- what a kind declares ----

    /** import rules of one data record (errors reject the file) */
    protected abstract void importChecks(D record, FieldChecks checks);

    protected abstract String linkNo(D record);

    protected abstract String insuredNo(D record);

    protected abstract String branchNo(D record);

    /** registration rules: the reasons not to register (資格確認 and 連携番号 aside) */
    protected abstract List<String> registrationReasons(D record, String ourInsurerNo);

    /** 被保険者資格確認 on the date or month rules/qualification-check.md names for this kind */
    protected abstract CheckOutcome qualify(QualificationCheck check, D record);

    /** the date or month checked, for the reason, e.g. {@code 転入年月日 20261005} */
    protected abstract String qualifiedOn(D record);

    /** insert statement of a registered record */
    protected abstract String insertSql();

    protected abstract void bindInsert(PreparedStatement insert, D record, int recordNo, long receiptId)
            throws SQLException;

    @Override
    protected RecordSink<D> openSink(H header, ImportContext ctx) throws SQLException {
        return new Sink(ctx);
    }

    private final class Sink implements RecordSink<D> {

        private final ImportContext ctx;
        private final RegistrationStage<D> stage;

        Sink(ImportContext ctx) throws SQLException {
            this.ctx = ctx;
            this.stage = new RegistrationStage<>(ctx.connection(), dataClass);
        }

        @Override
        public void accept(D record, int recordNo) throws SQLException {
            FieldChecks checks = new FieldChecks(ctx.errors(), recordNo);
            importChecks(record, checks);
            if (!checks.failed()) {
                stage.add(recordNo, linkNo(record), record);
            }
        }

        @Override
        public void checkFile() throws SQLException {
            stage.rejectDuplicateKeys(ctx.errors(), "連携番号");
        }

        @Override
        public void register() throws SQLException {
            Connection c = ctx.connection();
            try (RegistrationRecorder recorder = new RegistrationRecorder(ctx);
                 PreparedStatement insert = c.prepareStatement(insertSql());
                 PreparedStatement registeredBefore = c.prepareStatement(REGISTERED_BEFORE)) {
                int[] pending = {0};
                stage.forEach((recordNo, record) -> {
                    List<String> reasons = new ArrayList<>();
                    Long earlier = registeredBefore(registeredBefore, linkNo(record));
                    if (earlier != null) {
                        reasons.add("連携番号: 登録済みです (受付番号 " + earlier + " で登録)");
                    }
                    reasons.addAll(registrationReasons(record, ctx.insurerNo()));
                    CheckOutcome outcome = qualify(qualificationCheck, record);
                    String notQualified = AggregationRecordRules.qualification(outcome, qualifiedOn(record));
                    if (notQualified != null) {
                        reasons.add(notQualified);
                    }
                    boolean ok = reasons.isEmpty();
                    if (ok) {
                        bindInsert(insert, record, recordNo, ctx.receiptId());
                        insert.addBatch();
                        if (++pending[0] >= 500) {
                            insert.executeBatch();
                            pending[0] = 0;
                        }
                    }
                    recorder.record(recordNo, ok, RegistrationResultListLayout.cells(linkNo(record), insuredNo(record),
                            branchNo(record), String.valueOf(outcome.result().code()), String.join(" / ", reasons)));
                });
                if (pending[0] > 0) {
                    insert.executeBatch();
                }
                recorder.flush();
            }
        }

        private Long registeredBefore(PreparedStatement ps, String linkNo) throws SQLException {
            ps.setString(1, linkNo);
            ps.setString(2, linkNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }

        @Override
        public void close() throws SQLException {
            stage.close();
        }
    }

    static java.sql.Date sqlDate(LocalDate d) {
        return d == null ? null : java.sql.Date.valueOf(d);
    }
}
