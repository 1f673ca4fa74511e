package jp.kokuho.hub.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;
import jp.kokuho.hub.audit.AuditAction;
import jp.kokuho.hub.audit.AuditLog;
import jp.kokuho.hub.jobs.JobAlreadyRunningException;
import jp.kokuho.hub.jobs.JobDefinition;
import jp.kokuho.hub.jobs.JobParameter;
import jp.kokuho.hub.jobs.JobRun;
import jp.kokuho.hub.jobs.JobRunner;

/**
 * ジョブ: a form per job, made from the job's own parameters ({@link JobDefinition#form}: month / date pickers
 * with the value a scheduled run would use today), Japanese validation messages, the run's page with a live
 * progress bar and its outputs, and the history of runs with who started them. A job added to the hub (a new
 * {@link JobDefinition} bean) appears here by itself.
 */
@Controller
public class JobsPageController {

    private final JobRunner runner;
    private final RunViews views;
    private final Clock clock;
    private final AuditLog audit;

    public JobsPageController(JobRunner runner, RunViews views, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.runner = runner;
        this.views = views;
        this.clock = clock;
    }

    /** one job's form: its fields with the values shown and the problems found */
    public record JobForm(JobDefinition job, List<Field> fields, List<String> problems) {
    }

    public record Field(JobParameter parameter, String value) {
    }

    @GetMapping("/jobs")
    public String page(Model model) {
        return render(model, null, null, null);
    }

    @PostMapping("/jobs/{job}")
    public String start(@PathVariable String job, @RequestParam Map<String, String> params, Principal principal,
                        Model model, HttpServletResponse response) {
        JobDefinition definition = runner.definition(job).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "ジョブ " + job + " はありません"));
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        Map<String, String> request = new LinkedHashMap<>();
        for (JobParameter p : definition.form(today)) {
            String value = params.get(p.name());
            String problem = p.problem(value);
            if (problem != null) {
                problems.add(problem);
            }
            if (value != null && !value.isBlank()) {
                request.put(p.name(), value.trim());
            }
        }
        String parameter = null;
        if (problems.isEmpty()) {
            try {
                parameter = definition.parameter(request, today);
            } catch (IllegalArgumentException e) {
                problems.add("パラメータが正しくありません: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, job, params, problems);
        }
        try {
            long id = runner.start(definition, parameter, "console", principal.getName());
            audit.record(principal.getName(), AuditAction.JOB_STARTED, job + " " + parameter, "職員画面から (実行番号 " + id + ")");
            return "redirect:/jobs/runs/" + id;
        } catch (JobAlreadyRunningException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            String running = runner.recent(job, 1).stream().filter(r -> "RUNNING".equals(r.status()))
                    .map(r -> " (実行番号 " + r.id() + ")").findFirst().orElse("");
            return render(model, job, params, List.of("このジョブは実行中です" + running + "。終わってから実行してください。"));
        } catch (jp.kokuho.hub.jobs.JobStoppedException e) { // its route was stopped in Hawtio
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return render(model, job, params, List.of("このジョブは運用管理者により停止されています。再開されるまで実行できません。"));
        }
    }

    @GetMapping("/jobs/runs/{id}")
    public String run(@PathVariable long id, Model model) {
        JobRun run = runner.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "実行番号 " + id + " はありません"));
        model.addAttribute("page", "jobs");
        model.addAttribute("run", views.view(run));
        return "console/job-run";
    }

    private String render(Model model, String failedJob, Map<String, String> values, List<String> problems) {
        LocalDate today = LocalDate.now(clock);
        List<JobForm> forms = new ArrayList<>();
        for (String name : runner.names()) {
            JobDefinition d = runner.definition(name).orElseThrow();
            boolean failed = name.equals(failedJob);
            List<Field> fields = d.form(today).stream()
                    .map(p -> new Field(p, failed && values.get(p.name()) != null ? values.get(p.name()) : p.defaultValue()))
                    .toList();
            forms.add(new JobForm(d, fields, failed ? problems : List.of()));
        }
        model.addAttribute("page", "jobs");
        model.addAttribute("forms", forms);
        model.addAttribute("runs", runner.recent(null, 50).stream().map(views::view).toList());
        return "console/jobs";
    }

}
