package jp.kokuho.hub.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The registered 特例 facts of the 情報集約 files (spec "What the 情報集約 files mean (6.2)"):
 * {@code GET /api/special-cases?insuredNo=12345678&branchNo=01&month=2026-10}.
 * <ul>
 *   <li>IF-AGG-MOV with 転入年月日 in the month: 県内転居月特例, 限度額割合 1/2 and the carried-over
 *       多数回該当通算回数 — when 世帯継続区分 is 1; with 2 the record is registered but the 特例 does not apply
 *       ({@code applies: false}, a note says why);</li>
 *   <li>IF-AGG-75 with 特例対象年月 = the month: 75歳到達月特例 in the month of a move, 限度額割合 1/4 at 国保
 *       (and 1/2 at 後期高齢者医療).</li>
 * </ul>
 * {@code limitRatio} at the top is the share that applies in the month (the smallest), null when none applies.
 */
@RestController
@RequestMapping("/api/special-cases")
public class SpecialCasesController {

    public record SpecialCasesView(String insuredNo, String branchNo, String month, String limitRatio,
                                   Integer highCostCount, List<SpecialCaseView> specialCases) {
    }

    /**
     * @param kind                県内転居月特例 / 75歳到達月特例
     * @param applies             whether the 特例 applies in the month
     * @param limitRatio          国保's 限度額割合 under the 特例 (1/2, 1/4), null when it does not apply
     * @param lateStageLimitRatio 後期高齢者医療's 限度額割合 (IF-AGG-75 only)
     */
    public record SpecialCaseView(String kind, String interfaceId, String linkNo, boolean applies, String limitRatio,
                                  String lateStageLimitRatio, Integer highCostCount, String lastHighCostMonth,
                                  Integer continuity, LocalDate movedOn, LocalDate reached75On,
                                  String previousInsurerNo, long receiptId, String note) {
    }

    private final JdbcTemplate jdbc;

    public SpecialCasesController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    @Operation(operationId = "findSpecialCases", summary = "The 特例 of an insured person in a month")
    public ResponseEntity<SpecialCasesView> find(
            @Parameter(description = "被保険者番号, 8 digits", example = "12345678",
                    schema = @Schema(type = "string", pattern = "^\\d{8}$")) @RequestParam(required = false) String insuredNo,
            @Parameter(description = "枝番, 2 digits", example = "01",
                    schema = @Schema(type = "string", pattern = "^\\d{2}$")) @RequestParam(required = false) String branchNo,
            @Parameter(description = "the month, YYYY-MM", example = "2026-10",
                    schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$")) @RequestParam(required = false) String month) {
        List<String> problems = new ArrayList<>();
        if (insuredNo == null || !insuredNo.matches("\\d{8}")) {
            problems.add("insuredNo: 被保険者番号 8 桁の数字ではありません (" + insuredNo + ")");
        }
        if (branchNo == null || !branchNo.matches("\\d{2}")) {
            problems.add("branchNo: 枝番 2 桁の数字ではありません (" + branchNo + ")");
        }
        YearMonth m = null;
        try {
            m = month == null || !month.matches("\\d{4}-\\d{2}") ? null : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            m = null;
        }
        if (m == null) {
            problems.add("month: 年月 (YYYY-MM) ではありません (" + month + ")");
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(String.join(" / ", problems));
        }
        List<SpecialCaseView> cases = new ArrayList<>();
        cases.addAll(jdbc.query("select link_no, high_cost_count, last_high_cost_month, continuity, moved_on,"
                        + " previous_insurer_no, receipt_id from aggregation_move where insured_no = ? and branch_no = ?"
                        + " and moved_on between ? and ? order by moved_on, link_no",
                (rs, i) -> {
                    boolean applies = rs.getInt(4) == 1;
                    return new SpecialCaseView("県内転居月特例", "IF-AGG-MOV", rs.getString(1), applies,
                            applies ? "1/2" : null, null, rs.getInt(2), rs.getString(3), rs.getInt(4),
                            rs.getDate(5).toLocalDate(), null, rs.getString(6), rs.getLong(7),
                            applies ? "県内転居月特例: 転居月の高額療養費の限度額は各市町村で 1/2、多数回該当通算回数を引き継ぎます"
                                    : "世帯継続区分 2 (継続性なし): 登録済みですが特例は適用されません"
                                    + " (限度額は通常どおり、多数回該当通算回数は引き継ぎません)");
                }, insuredNo, branchNo, m.atDay(1), m.atEndOfMonth()));
        cases.addAll(jdbc.query("select link_no, reached_75_on, previous_insurer_no, receipt_id from aggregation_75"
                        + " where insured_no = ? and branch_no = ? and special_month = ? order by link_no",
                (rs, i) -> new SpecialCaseView("75歳到達月特例", "IF-AGG-75", rs.getString(1), true, "1/4", "1/2",
                        null, null, null, null, rs.getDate(2).toLocalDate(), rs.getString(3), rs.getLong(4),
                        "75歳到達月特例 (転居月): 限度額は各市町村の国保で 1/4、後期高齢者医療で 1/2"),
                insuredNo, branchNo, String.format("%04d%02d", m.getYear(), m.getMonthValue())));
        String limitRatio = cases.stream().anyMatch(c -> c.applies() && "1/4".equals(c.limitRatio())) ? "1/4"
                : cases.stream().anyMatch(c -> c.applies() && "1/2".equals(c.limitRatio())) ? "1/2" : null;
        Integer highCostCount = cases.stream().filter(c -> c.applies() && c.highCostCount() != null)
                .map(SpecialCaseView::highCostCount).reduce((a, b) -> b).orElse(null);
        return ResponseEntity.ok(new SpecialCasesView(insuredNo, branchNo, m.toString(), limitRatio, highCostCount,
                cases));
    }
}
