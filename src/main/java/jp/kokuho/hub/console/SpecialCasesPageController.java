package jp.kokuho.hub.console;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.kokuho.hub.api.SpecialCasesController;
import jp.kokuho.hub.outbox.CodeTables;

/**
 * 特例・特定疾患: the registered 特例 of a 被保険者 in a month (the same answer as {@code GET /api/special-cases})
 * and the registered 特定疾患 連絡番号 with their status and last answer.
 */
@Controller
public class SpecialCasesPageController {

    /** one registered 特定疾患 subject */
    public record Subject(String contactNo, String recipientNo, String diseaseKind, String diseaseNo, String insuredNo,
                          String branchNo, LocalDate validFrom, LocalDate validTo, String contactType,
                          String registeredCheck, boolean open, LocalDate answeredOn, String answerCheck,
                          String classMonth, String incomeClass) {
    }

    private final SpecialCasesController specialCases;
    private final JdbcTemplate jdbc;

    public SpecialCasesPageController(SpecialCasesController specialCases, JdbcTemplate jdbc) {
        this.specialCases = specialCases;
        this.jdbc = jdbc;
    }

    @GetMapping("/special-cases")
    public String page(@RequestParam(required = false) String insuredNo, @RequestParam(required = false) String branchNo,
                       @RequestParam(required = false) String month,
                       @RequestParam(required = false, defaultValue = "open") String subjects, Model model) {
        model.addAttribute("page", "special-cases");
        model.addAttribute("insuredNo", insuredNo == null ? "" : insuredNo.trim());
        model.addAttribute("branchNo", branchNo == null ? "" : branchNo.trim());
        model.addAttribute("month", month == null ? "" : month.trim());
        if (insuredNo != null && !insuredNo.isBlank()) {
            try {
                ResponseEntity<?> answer = specialCases.find(insuredNo.trim(), branchNo == null ? null : branchNo.trim(),
                        month == null ? null : month.trim());
                if (answer.getBody() instanceof SpecialCasesController.SpecialCasesView view) {
                    model.addAttribute("cases", view);
                }
            } catch (jp.kokuho.hub.api.ApiException problem) { // 400: the reason, shown on the page
                model.addAttribute("problem", problem.getMessage());
            }
        }
        boolean openOnly = !"all".equals(subjects);
        model.addAttribute("subjects", openOnly ? "open" : "all");
        model.addAttribute("diseaseSubjects", subjects(openOnly));
        return "console/special-cases";
    }

    private List<Subject> subjects(boolean openOnly) {
        return jdbc.query("""
                select contact_no, recipient_no, disease_kind, disease_no, insured_no, branch_no, valid_from, valid_to,
                       contact_type, registered_check, is_open, answered_on, answer_check, class_month, income_class
                from disease_subject""" + (openOnly ? " where is_open" : "") + " order by contact_no limit 1000",
                (rs, i) -> new Subject(rs.getString(1), rs.getString(2), CodeTables.DISEASE_KIND.label(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(),
                        rs.getDate(8).toLocalDate(), CodeTables.CONTACT_TYPE.label(rs.getString(9)),
                        CodeTables.CHECK_RESULT.label(rs.getString(10)), rs.getBoolean(11),
                        rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate(),
                        rs.getString(13) == null ? null : CodeTables.CHECK_RESULT.label(rs.getString(13)),
                        rs.getString(14), rs.getString(15) == null ? null : CodeTables.INCOME_CLASS.label(rs.getString(15))));
    }
}
