package jp.kokuho.hub.console;

import java.security.Principal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kokuho.hub.audit.AuditAction;
import jp.kokuho.hub.audit.AuditLog;
import jp.kokuho.hub.incomeclass.IncomeClass;
import jp.kokuho.hub.incomeclass.IncomeClassOverrides;

/**
 * 所得区分照会: by 被保険者番号 + 枝番 (12 months with their 判定根拠 in words) or by 世帯番号 (the household's members
 * and its 職権修正). An admin adds or withdraws a 職権修正 with a reason here; {@link IncomeClassOverrides} applies
 * its rules and keeps its audit rows, as for the HTTP API.
 */
@Controller
public class IncomeClassPageController {

    private final IncomeClassInquiry inquiry;
    private final IncomeClassOverrides overrides;
    private final AuditLog audit;

    public IncomeClassPageController(IncomeClassInquiry inquiry, IncomeClassOverrides overrides, AuditLog audit) {
        this.audit = audit;
        this.inquiry = inquiry;
        this.overrides = overrides;
    }

    @GetMapping("/income-class")
    public String page(@RequestParam(required = false) String insuredNo, @RequestParam(required = false) String branchNo,
                       @RequestParam(required = false) String householdNo, Model model) {
        model.addAttribute("page", "income-class");
        model.addAttribute("insuredNo", insuredNo == null ? "" : insuredNo.trim());
        model.addAttribute("branchNo", branchNo == null ? "" : branchNo.trim());
        model.addAttribute("householdNo", householdNo == null ? "" : householdNo.trim());
        model.addAttribute("classes", IncomeClassInquiry.classes());
        model.addAttribute("sMeaning", jp.kokuho.hub.incomeclass.BasisWords.S_MEANING);
        model.addAttribute("kMeaning", jp.kokuho.hub.incomeclass.BasisWords.K_MEANING);
        List<String> problems = new ArrayList<>();
        String household = null;
        if (insuredNo != null && !insuredNo.isBlank()) {
            String ins = insuredNo.trim();
            String br = branchNo == null ? "" : branchNo.trim();
            if (!ins.matches("\\d{1,8}")) {
                problems.add("被保険者番号は 8 桁までの数字で入力してください (入力: " + ins + ")。");
            }
            if (!br.matches("\\d{1,2}")) {
                problems.add("枝番は 2 桁までの数字で入力してください (入力: " + br + ")。");
            }
            if (problems.isEmpty()) {
                String i8 = String.format("%08d", Long.parseLong(ins));
                String b2 = String.format("%02d", Integer.parseInt(br));
                var person = inquiry.person(i8, b2);
                if (person.isEmpty()) {
                    problems.add("被保険者番号 " + i8 + " 枝番 " + b2 + " の被保険者は資格情報にありません。");
                } else {
                    model.addAttribute("person", person.get());
                    model.addAttribute("months", inquiry.months(person.get()));
                    household = person.get().householdNo();
                }
            }
        } else if (householdNo != null && !householdNo.isBlank()) {
            String h = householdNo.trim();
            if (!h.matches("\\d{1,10}")) {
                problems.add("世帯番号は 10 桁までの数字で入力してください (入力: " + h + ")。");
            } else {
                String h10 = String.format("%010d", Long.parseLong(h));
                List<IncomeClassInquiry.Member> members = inquiry.household(h10);
                if (members.isEmpty()) {
                    problems.add("世帯番号 " + h10 + " の世帯は資格情報にありません。");
                } else {
                    model.addAttribute("members", members);
                    household = h10;
                }
            }
        }
        if (household != null) {
            model.addAttribute("household", household);
            model.addAttribute("overrides", overrides.list(household).stream().map(o -> {
                java.util.Map<String, Object> row = new java.util.LinkedHashMap<>(o);
                row.put("incomeClassLabel", jp.kokuho.hub.outbox.CodeTables.INCOME_CLASS.label((String) o.get("incomeClass")));
                return row;
            }).toList());
        }
        model.addAttribute("problems", problems);
        return "console/income-class";
    }

    @PostMapping("/income-class/overrides")
    public String add(@RequestParam String householdNo, @RequestParam(required = false) String fromMonth,
                      @RequestParam(required = false) String toMonth, @RequestParam(required = false) String incomeClass,
                      @RequestParam(required = false) String reason, @RequestParam(required = false) String back,
                      Principal principal, RedirectAttributes redirect, Model model,
                      jakarta.servlet.http.HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        YearMonth from = month(fromMonth, "開始年月", problems);
        YearMonth to = month(toMonth, "終了年月", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("終了年月が開始年月より前です。");
        }
        if (incomeClass == null || java.util.Arrays.stream(IncomeClass.values()).noneMatch(c -> c.name().equals(incomeClass))) {
            problems.add("所得区分を選んでください。");
        }
        if (reason == null || reason.isBlank()) {
            problems.add("理由を入力してください。");
        } else if (reason.length() > 500) {
            problems.add("理由は 500 文字以内で入力してください。");
        }
        if (problems.isEmpty()) {
            try {
                long id = overrides.set(householdNo, from, to, incomeClass, reason.trim(), principal.getName());
                audit.record(principal.getName(), AuditAction.OVERRIDE_ADDED, "職権修正 " + id + " 世帯 " + householdNo,
                        from + ".." + to + " " + incomeClass);
                redirect.addFlashAttribute("message", "職権修正 " + id + " を登録しました (" + from + "〜" + to + " "
                        + IncomeClassInquiry.classes().stream().filter(e -> e.getKey().equals(incomeClass))
                        .findFirst().map(java.util.Map.Entry::getValue).orElse(incomeClass) + ")。");
            } catch (IllegalArgumentException e) {
                problems.add("職権修正を登録できません: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            // the household's page again with the reasons (nothing stored)
            response.setStatus(400);
            model.addAttribute("overrideProblems", problems);
            return page(null, null, householdNo, model);
        }
        return "redirect:" + back(back, householdNo);
    }

    @PostMapping("/income-class/overrides/{id}/withdraw")
    public String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
                           @RequestParam String householdNo, @RequestParam(required = false) String back,
                           Principal principal, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("overrideProblems", List.of("取り消す理由を入力してください。"));
        } else {
            try {
                overrides.withdraw(id, reason.trim(), principal.getName());
                audit.record(principal.getName(), AuditAction.OVERRIDE_REMOVED, "職権修正 " + id + " 世帯 " + householdNo, null);
                redirect.addFlashAttribute("message", "職権修正 " + id + " を取り消しました。");
            } catch (IllegalArgumentException | IllegalStateException e) {
                redirect.addFlashAttribute("overrideProblems", List.of("職権修正 " + id + " を取り消せません: " + e.getMessage()));
            }
        }
        return "redirect:" + back(back, householdNo);
    }

    /** back to the inquiry the form was on (only a path of this page) */
    private static String back(String back, String householdNo) {
        if (back != null && back.startsWith("/income-class?") && !back.contains("//")) {
            return back;
        }
        return "/income-class?householdNo=" + householdNo;
    }

    private static YearMonth month(String value, String label, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(label + "を入力してください。");
            return null;
        }
        try {
            if (!value.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("", value, 0);
            }
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(label + "は YYYY-MM の形式で入力してください (入力: " + value + ")。");
            return null;
        }
    }
}
