package jp.kokuho.hub.feeds.aggregation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.mapping.layout.Agg75Data;
import jp.kokuho.hub.mapping.layout.Agg75Header;
import jp.kokuho.hub.mapping.layout.Layouts;
import jp.kokuho.hub.qualification.CheckOutcome;
import jp.kokuho.hub.qualification.PersonQuery;
import jp.kokuho.hub.qualification.QualificationCheck;

/** IF-AGG-75 転居月75歳到達時特例対象情報: 資格確認 for the month 特例対象年月. */
final class SeventyFiveImport extends AggregationKind<Agg75Header, Agg75Data> {

    SeventyFiveImport(QualificationCheck check) {
        super(Layouts.IF_AGG_75, "AGG75", Agg75Data.class, check);
    }





    @Override
    protected void importChecks(Agg75Data d, FieldChecks checks) {
        AggregationRecordRules.import75(d, checks);
    }

    @Override
    protected String linkNo(Agg75Data d) {
        return d.getLinkNo();
    }

    @Override
    protected String insuredNo(Agg75Data d) {
        return d.getInsuredNo();
    }

    @Override
    protected String branchNo(Agg75Data d) {
        return d.getBranchNo();
    }

    @Override
    protected List<String> registrationReasons(Agg75Data d, String ourInsurerNo) {
        return AggregationRecordRules.register75(d, ourInsurerNo);
    }

    @Override
    protected CheckOutcome qualify(QualificationCheck check, Agg75Data d) {
        return check.inMonth(new PersonQuery(d.getInsuredNo(), d.getBranchNo(), d.getBirthDate(), null),
                AggregationRecordRules.yearMonth(d.getSpecialMonth()));
    }

    @Override
    protected String qualifiedOn(Agg75Data d) {
        return "特例対象年月 " + d.getSpecialMonth();
    }

    @Override
    protected String insertSql() {
        return "insert into aggregation_75 (link_no, insurer_no, insured_no, branch_no, birth_date, reached_75_on,"
                + " special_month, previous_insurer_no, record_no, receipt_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    protected void bindInsert(PreparedStatement ps, Agg75Data d, int recordNo, long receiptId) throws SQLException {
        ps.setString(1, d.getLinkNo());
        ps.setString(2, d.getInsurerNo());
        ps.setString(3, d.getInsuredNo());
        ps.setString(4, d.getBranchNo());
        ps.setDate(5, sqlDate(d.getBirthDate()));
        ps.setDate(6, sqlDate(d.getReached75On()));
        ps.setString(7, d.getSpecialMonth());
        ps.setString(8, d.getPreviousInsurerNo());
        ps.setInt(9, recordNo);
        ps.setLong(10, receiptId);
    }
}
