package jp.kokuho.hub.qualification.jdbc;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kokuho.hub.qualification.InsuredDirectory;
import jp.kokuho.hub.qualification.InsuredPerson;

/**
 * {@link InsuredDirectory} backed by the held IF-QUA snapshot (table {@code qualification}, 構成員区分 1 only).
 * Runs on the caller's transaction when there is one (e.g. inside an import), so a registration sees exactly the
 * snapshot its transaction sees.
 */
@Component
public class JdbcInsuredDirectory implements InsuredDirectory {

    private final JdbcTemplate jdbc;

    public JdbcInsuredDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<InsuredPerson> find(String insuredNo, String branchNo) {
        if (insuredNo == null || branchNo == null) {
            return Optional.empty();
        }
        List<InsuredPerson> found = jdbc.query("select household_no, insured_no, branch_no, birth_date, name_kana,"
                        + " acquired_on, lost_on from qualification where member_type = 1 and insured_no = ?"
                        + " and branch_no = ?",
                (rs, i) -> new InsuredPerson(rs.getString(1), rs.getString(2), rs.getString(3),
                        date(rs.getDate(4)), rs.getString(5), date(rs.getDate(6)), date(rs.getDate(7))),
                insuredNo, branchNo);
        return found.stream().findFirst();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
