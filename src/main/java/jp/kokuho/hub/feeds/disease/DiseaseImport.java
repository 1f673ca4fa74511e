package jp.kokuho.hub.feeds.disease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.intake.FileNameRule;
import jp.kokuho.hub.intake.FixedLengthFeedImport;
import jp.kokuho.hub.intake.ImportContext;
import jp.kokuho.hub.intake.RecordSink;
import jp.kokuho.hub.intake.RegistrationListLayout;
import jp.kokuho.hub.intake.RegistrationRecorder;
import jp.kokuho.hub.intake.RegistrationStage;
import jp.kokuho.hub.mapping.layout.DisInData;
import jp.kokuho.hub.mapping.layout.DisInHeader;
import jp.kokuho.hub.mapping.layout.Layouts;
import jp.kokuho.hub.qualification.CheckOutcome;
import jp.kokuho.hub.qualification.PersonQuery;
import jp.kokuho.hub.qualification.QualificationCheck;

/**
 * IF-DIS-IN 特定疾患対象者連絡情報 (inbox/disease, 6.4.1.1) through the shared intake pipeline:
 * <ol>
 *   <li>import: the shared fixed-length structure, our 都道府県コード in the header, the record's code values; a
 *       連絡番号 twice in the file rejects the file;</li>
 *   <li>registration (same transaction), record by record: 連絡区分 against what is registered, 有効期間, and
 *       被保険者資格確認 on 有効期間開始年月日 with 氏名カナ (flagged, not a reason); 新規 inserts, 更新/変更 replace the
 *       registered data and re-open the 連絡番号; every outcome goes to the 特定疾患情報登録リスト.</li>
 * </ol>
 */
@Component
public class DiseaseImport extends FixedLengthFeedImport<DisInHeader, DisInData> {

    static final String FEED = "disease";
    private static final RegistrationListLayout LIST = new DiseaseRegistrationList();

    private static final String REGISTERED_BY = "select receipt_id from disease_subject where contact_no = ?";
    private static final String INSERT = "insert into disease_subject (recipient_no, disease_kind, disease_no,"
            + " insured_no, branch_no, name_kana, birth_date, sex, applied_on, valid_from, valid_to, contact_type,"
            + " registered_check, record_no, receipt_id, contact_no) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String REPLACE = "update disease_subject set recipient_no = ?, disease_kind = ?,"
            + " disease_no = ?, insured_no = ?, branch_no = ?, name_kana = ?, birth_date = ?, sex = ?, applied_on = ?,"
            + " valid_from = ?, valid_to = ?, contact_type = ?, registered_check = ?, record_no = ?, receipt_id = ?,"
            + " version = version + 1, is_open = true, answered_on = null, answer_check = null, household_no = null,"
            + " class_month = null, income_class = null where contact_no = ?";

    private final QualificationCheck qualificationCheck;

    public DiseaseImport(QualificationCheck qualificationCheck) {
        super(Layouts.IF_DIS_IN, new FileNameRule("DISIN_<保険者番号>_<作成年月日>.dat",
                "DISIN_(?<insurer>\\d{6})_(?<date>\\d{8})\\.dat"));
        this.qualificationCheck = qualificationCheck;
    }

    @Override
    public String feed() {
        return FEED;
    }

    @Override
    public Optional<RegistrationListLayout> registrationList() {
        return Optional.of(LIST);
    }

    @Override
    protected String headerDateItem() {
        return "作成年月日";
    }

    @Override
    protected LocalDate headerDate(DisInHeader header) {
        return header == null ? null : header.getCreatedOn();
    }



    /** 都道府県コード must be ours: the first two digits of hub.insurer-no (spec "特定疾患 (6.4)") */
    @Override
    protected void checkHeader(DisInHeader header, ImportContext ctx) {
        String ours = ctx.insurerNo().substring(0, 2);
        if (!ours.equals(header.getPrefectureCode())) {
            ctx.errors().add(1, "都道府県コード", "当都道府県のコードではありません (期待 " + ours + ", 実際 "
                    + header.getPrefectureCode() + ")");
        }
    }

    @Override
    protected RecordSink<DisInData> openSink(DisInHeader header, ImportContext ctx) throws SQLException {
        return new Sink(ctx);
    }

    private final class Sink implements RecordSink<DisInData> {

        private final ImportContext ctx;
        private final RegistrationStage<DisInData> stage;

        Sink(ImportContext ctx) throws SQLException {
            this.ctx = ctx;
            this.stage = new RegistrationStage<>(ctx.connection(), DisInData.class);
        }

        @Override
        public void accept(DisInData record, int recordNo) throws SQLException {
            FieldChecks checks = new FieldChecks(ctx.errors(), recordNo);
            DiseaseRecordRules.importChecks(record, checks);
            if (!checks.failed()) {
                stage.add(recordNo, record.getContactNo(), record);
            }
        }

        @Override
        public void checkFile() throws SQLException {
            stage.rejectDuplicateKeys(ctx.errors(), "連絡番号");
        }

        @Override
        public void register() throws SQLException {
            Connection c = ctx.connection();
            try (RegistrationRecorder recorder = new RegistrationRecorder(ctx);
                 PreparedStatement insert = c.prepareStatement(INSERT);
                 PreparedStatement replace = c.prepareStatement(REPLACE);
                 PreparedStatement registeredBy = c.prepareStatement(REGISTERED_BY)) {
                stage.forEach((recordNo, d) -> {
                    Long earlier = registeredBy(registeredBy, d.getContactNo());
                    List<String> reasons = new ArrayList<>(DiseaseRecordRules.registrationReasons(d, earlier));
                    CheckOutcome outcome = qualificationCheck.onDate(new PersonQuery(d.getInsuredNo(),
                            d.getBranchNo(), d.getBirthDate(), d.getNameKana()), d.getValidFrom());
                    boolean ok = reasons.isEmpty();
                    if (ok) {
                        // 連絡番号 is unique in the file: executed at once, so a later record sees it
                        PreparedStatement ps = earlier == null ? insert : replace;
                        bind(ps, d, outcome.result().code(), recordNo, ctx.receiptId());
                        ps.executeUpdate();
                    }
                    String flag = DiseaseRecordRules.qualificationFlag(outcome, d.getValidFrom());
                    if (flag != null) {
                        reasons.add(flag);
                    }
                    recorder.record(recordNo, ok, DiseaseRegistrationList.cells(d.getContactNo(), d.getRecipientNo(),
                            d.getDiseaseKind(), d.getDiseaseNo(), d.getInsuredNo(), d.getBranchNo(), d.getNameKana(),
                            String.valueOf(outcome.result().code()), String.join(" / ", reasons)));
                });
                recorder.flush();
            }
        }

        private Long registeredBy(PreparedStatement ps, String contactNo) throws SQLException {
            ps.setString(1, contactNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }

        @Override
        public void close() throws SQLException {
            stage.close();
        }
    }

    private static void bind(PreparedStatement ps, DisInData d, int check, int recordNo, long receiptId)
            throws SQLException {
        ps.setString(1, d.getRecipientNo());
        ps.setString(2, d.getDiseaseKind());
        ps.setString(3, d.getDiseaseNo());
        ps.setString(4, d.getInsuredNo());
        ps.setString(5, d.getBranchNo());
        ps.setString(6, d.getNameKana());
        ps.setDate(7, java.sql.Date.valueOf(d.getBirthDate()));
        ps.setString(8, d.getSex());
        ps.setDate(9, java.sql.Date.valueOf(d.getAppliedOn()));
        ps.setDate(10, java.sql.Date.valueOf(d.getValidFrom()));
        ps.setDate(11, java.sql.Date.valueOf(d.getValidTo()));
        ps.setString(12, d.getContactType());
        ps.setInt(13, check);
        ps.setInt(14, recordNo);
        ps.setLong(15, receiptId);
        ps.setString(16, d.getContactNo());
    }
}
