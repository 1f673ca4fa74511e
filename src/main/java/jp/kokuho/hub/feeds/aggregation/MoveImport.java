package jp.kokuho.hub.feeds.aggregation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jp.kokuho.hub.intake.FieldChecks;
import jp.kokuho.hub.mapping.layout.AggMovData;
import jp.kokuho.hub.mapping.layout.AggMovHeader;
import jp.kokuho.hub.mapping.layout.Layouts;
import jp.kokuho.hub.qualification.CheckOutcome;
import jp.kokuho.hub.qualification.PersonQuery;
import jp.kokuho.hub.qualification.QualificationCheck;

/** IF-AGG-MOV 転居に伴う負担限度額特例対象世帯情報: 資格確認 on 転入年月日. */
final class MoveImport extends AggregationKind<AggMovHeader, AggMovData> {

    MoveImport(QualificationCheck check) {
        super(Layouts.IF_AGG_MOV, "AGGMOV", AggMovData.class, check);
    }





    @Override
    protected void importChecks(AggMovData d, FieldChecks checks) {
        AggregationRecordRules.importMove(d, checks);
    }

    @Override
    protected String linkNo(AggMovData d) {
        return d.getLinkNo();
    }

    @Override
    protected String insuredNo(AggMovData d) {
        return d.getInsuredNo();
    }

    @Override
    protected String branchNo(AggMovData d) {
        return d.getBranchNo();
    }

    @Override
    protected List<String> registrationReasons(AggMovData d, String ourInsurerNo) {
        return AggregationRecordRules.registerMove(d, ourInsurerNo);
    }

    @Override
    protected CheckOutcome qualify(QualificationCheck check, AggMovData d) {
        return check.onDate(new PersonQuery(d.getInsuredNo(), d.getBranchNo(), d.getBirthDate(), null), d.getMovedOn());
    }

    @Override
    protected String qualifiedOn(AggMovData d) {
        return "転入年月日 " + AggregationRecordRules.yyyymmdd(d.getMovedOn());
    }

    @Override
    protected String insertSql() {
        return "insert into aggregation_move (link_no, insurer_no, previous_insurer_no, insured_no, branch_no,"
                + " birth_date, moved_on, high_cost_count, last_high_cost_month, continuity, record_no, receipt_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    protected void bindInsert(PreparedStatement ps, AggMovData d, int recordNo, long receiptId) throws SQLException {
        ps.setString(1, d.getLinkNo());
        ps.setString(2, d.getInsurerNo());
        ps.setString(3, d.getPreviousInsurerNo());
        ps.setString(4, d.getInsuredNo());
        ps.setString(5, d.getBranchNo());
        ps.setDate(6, sqlDate(d.getBirthDate()));
        ps.setDate(7, sqlDate(d.getMovedOn()));
        ps.setInt(8, d.getHighCostCount());
        String last = d.getLastHighCostMonth();
        ps.setString(9, last == null || last.isBlank() ? null : last);
        ps.setInt(10, Integer.parseInt(d.getContinuity()));
        ps.setInt(11, recordNo);
        ps.setLong(12, receiptId);
    }
}
