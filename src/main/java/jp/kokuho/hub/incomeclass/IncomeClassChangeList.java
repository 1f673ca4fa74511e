package jp.kokuho.hub.incomeclass;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.outbox.OutboxFiles;
import jp.kokuho.hub.outbox.StaffCsv;

/**
 * 所得区分変更一覧 (staff list, per run): every change recorded since the last list (monthly runs, re-judgements,
 * 職権修正), written to {@code outbox/income-class-changes/所得区分変更一覧_<YYYYMM>_<yyyyMMddHHmmss>.csv}; the
 * rows are then marked listed in the same transaction.
 */
@Component
public class IncomeClassChangeList {

    static final List<String> HEADER = List.of("世帯番号", "被保険者番号", "枝番", "氏名カナ", "年齢区分", "対象年月",
            "変更前所得区分", "変更後所得区分", "変更事由", "判定根拠");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private final JdbcTemplate jdbc;
    private final DataDirectories dirs;
    private final TransactionTemplate tx;
    private final Clock clock;

    public IncomeClassChangeList(JdbcTemplate jdbc, DataDirectories dirs, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.dirs = dirs;
        this.tx = tx;
        this.clock = clock;
    }

    /** the list written (null when nothing changed) and the number of rows */
    public record Written(Path path, long rows) {
    }

    public Written write(String runMonth) {
        return tx.execute(status -> {
            Long maxId = jdbc.queryForObject("select max(id) from income_class_change where listed_at is null", Long.class);
            if (maxId == null) {
                return new Written(null, 0);
            }
            Path target = dirs.outbox("income-class-changes").resolve(
                    "所得区分変更一覧_" + runMonth + "_" + LocalDateTime.now(clock).format(STAMP) + ".csv");
            long[] rows = {0};
            OutboxFiles.writeText(target, StaffCsv.MS932, w -> {
                StaffCsv.row(w, HEADER);
                jdbc.query("""
                        select c.household_no, c.insured_no, c.branch_no, q.name_kana, c.age_group, c.target_month,
                               c.before_class, c.after_class, c.reason, c.basis
                        from income_class_change c left join qualification q on q.person_no = c.person_no
                        where c.listed_at is null and c.id <= ?
                        order by c.target_month, c.household_no, c.insured_no, c.branch_no, c.id""", rs -> {
                    try {
                        StaffCsv.row(w, List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4) == null ? "" : rs.getString(4),
                                rs.getInt(5) == 1 ? "70歳未満" : "70歳以上75歳未満", rs.getString(6),
                                label(rs.getString(7)), label(rs.getString(8)), rs.getString(9), rs.getString(10)));
                        rows[0]++;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, maxId);
            });
            jdbc.update("update income_class_change set listed_at = now() where listed_at is null and id <= ?", maxId);
            return new Written(target, rows[0]);
        });
    }

    /** code and name, e.g. {@code A3 ウ}; empty when none */
    static String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return code.trim() + " " + IncomeClass.valueOf(code.trim()).label();
    }
}
