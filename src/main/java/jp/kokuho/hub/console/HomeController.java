package jp.kokuho.hub.console;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import jp.kokuho.hub.cluster.ClusterLeadership;
import jp.kokuho.hub.jobs.JobDefinition;
import jp.kokuho.hub.jobs.JobRunner;

/**
 * ホーム (本日の状況): today's files per feed by outcome, files waiting in the inboxes, rejected files nobody has
 * marked 確認済, the last run of each job, and what is new in the outbox since the staff member's last visit.
 */
@Controller
public class HomeController {

    private final ReceiptHistory history;
    private final InboxBacklog backlog;
    private final JobRunner jobs;
    private final OutboxCatalog outbox;
    private final ConsoleVisits visits;
    private final RunViews views;
    private final ObjectProvider<ClusterLeadership> cluster;

    public HomeController(ReceiptHistory history, InboxBacklog backlog, JobRunner jobs, OutboxCatalog outbox,
                          ConsoleVisits visits, RunViews views, ObjectProvider<ClusterLeadership> cluster) {
        this.views = views;
        this.cluster = cluster;
        this.history = history;
        this.backlog = backlog;
        this.jobs = jobs;
        this.outbox = outbox;
        this.visits = visits;
    }

    public record LastRun(JobDefinition job, RunViews.RunView run) {
    }

    /** two-node mode only: this node and the one that leads (takes the files, runs the schedules) */
    public record ClusterLine(String node, boolean leads, String leader) {
    }

    @GetMapping("/")
    public String home(Model model, Principal principal, HttpServletRequest request) {
        Instant since = visits.previous(principal.getName(), request.getSession(true));
        List<LastRun> last = new ArrayList<>();
        for (String name : jobs.names()) {
            JobDefinition d = jobs.definition(name).orElseThrow();
            last.add(new LastRun(d, jobs.recent(name, 1).stream().findFirst().map(views::view).orElse(null)));
        }
        model.addAttribute("page", "home");
        ClusterLeadership leadership = cluster.getIfAvailable();
        model.addAttribute("cluster", leadership == null ? null : new ClusterLine(leadership.nodeId(),
                leadership.leader(), leadership.leaderNode().orElse(null)));
        model.addAttribute("today", history.today());
        model.addAttribute("waiting", backlog.waiting());
        model.addAttribute("rejected", history.unreviewedRejections(50));
        model.addAttribute("lastRuns", last);
        model.addAttribute("since", ReceiptHistory.time(java.sql.Timestamp.from(since)));
        model.addAttribute("newFiles", outbox.newSince(since).stream().limit(100).toList());
        return "console/home";
    }
}
