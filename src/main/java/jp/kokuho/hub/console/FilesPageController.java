package jp.kokuho.hub.console;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.kokuho.hub.history.FileError;
import jp.kokuho.hub.history.FileErrorRepository;
import jp.kokuho.hub.intake.ImportError;
import jp.kokuho.hub.intake.OperatorRetry;
import jp.kokuho.hub.intake.ReasonText;
import jp.kokuho.hub.intake.ReceiptStatus;

/**
 * 取込履歴: the received files filtered by feed, status and day; a file's page with every error (レコード番号, 項目,
 * 内容 — the stored messages never quote personal items), its 取込結果リスト, 登録結果リスト and reason as downloads,
 * and 確認済 for a rejected file.
 */
@Controller
public class FilesPageController {

    private final ReceiptHistory history;
    private final FileErrorRepository errors;
    private final OutboxCatalog outbox;
    private final OperatorRetry retry;

    public FilesPageController(ReceiptHistory history, FileErrorRepository errors, OutboxCatalog outbox,
                               OperatorRetry retry) {
        this.retry = retry;
        this.history = history;
        this.errors = errors;
        this.outbox = outbox;
    }

    @GetMapping("/files")
    public String list(@RequestParam(required = false) String feed, @RequestParam(required = false) String status,
                       @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                       Model model) {
        LocalDate fromDate = date(from, "開始日", model);
        LocalDate toDate = date(to, "終了日", model);
        model.addAttribute("page", "files");
        model.addAttribute("feeds", ConsoleLabels.FEEDS);
        model.addAttribute("statuses", ReceiptStatus.values());
        model.addAttribute("feed", feed == null ? "" : feed);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        String statusFilter = status == null || status.isBlank() ? null : status;
        if (statusFilter != null && java.util.Arrays.stream(ReceiptStatus.values()).noneMatch(s -> s.name().equals(statusFilter))) {
            model.addAttribute("filterError", "結果の指定が正しくありません (" + status + ")。");
            model.addAttribute("files", List.of());
            return "console/files";
        }
        model.addAttribute("files", history.find(feed, statusFilter, fromDate, toDate, 500));
        return "console/files";
    }

    @GetMapping("/files/{id}")
    public String detail(@PathVariable long id, Model model) {
        ReceiptHistory.Row file = history.one(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "受付番号 " + id + " のファイルはありません"));
        model.addAttribute("page", "files");
        model.addAttribute("file", file);
        model.addAttribute("errors", errors.findByReceiptIdOrderBySeq(id));
        model.addAttribute("resultList", outbox.byRelativePath(file.resultList()).orElse(null));
        model.addAttribute("registrationList", outbox.byRelativePath(file.registrationList()).orElse(null));
        return "console/file";
    }

    /** the reason of a rejected file, as its reason.txt says it (made from this receipt's stored errors) */
    @GetMapping("/files/{id}/reason")
    public ResponseEntity<String> reason(@PathVariable long id) throws java.io.IOException {
        ReceiptHistory.Row file = history.one(id).orElse(null);
        if (file == null || !file.rejected()) {
            return ResponseEntity.notFound().build();
        }
        List<ImportError> list = errors.findByReceiptIdOrderBySeq(id).stream()
                .map(FilesPageController::importError).toList();
        StringWriter w = new StringWriter();
        ReasonText.write(w, file.fileName(), file.statusLabel(),
                file.errorCount() == null ? list.size() : file.errorCount(), list);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(file.fileName() + ".reason.txt"))
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(w.toString());
    }

    /**
     * The operator retry of the reliability issue ({@link OperatorRetry}, also {@code POST /api/files/{id}/retry}):
     * the rejected file goes back to its inbox and is taken in again as a new receipt; audited there.
     */
    @PostMapping("/files/{id}/retry")
    public String retry(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        OperatorRetry.Result result = retry.retry(id, principal.getName());
        switch (result.outcome()) {
            case RETRIED -> redirect.addFlashAttribute("message",
                    "ファイルを取込フォルダ (" + result.message() + ") に戻しました。新しい受付として取り込まれます。");
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "受付番号 " + id + " のファイルはありません");
            case CONFLICT -> redirect.addFlashAttribute("error", "再取込できません: " + result.message());
        }
        return "redirect:/files/" + id;
    }

    @PostMapping("/files/{id}/review")
    public String review(@PathVariable long id, @RequestParam(required = false) String note,
                         @RequestParam(required = false) String back, Principal principal,
                         RedirectAttributes redirect) {
        ReceiptHistory.Row file = history.one(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (note != null && note.length() > 500) {
            redirect.addFlashAttribute("error", "メモは 500 文字以内で入力してください。");
        } else {
            history.review(id, principal.getName(), note);
            redirect.addFlashAttribute("message", file.fileName() + " を確認済にしました。");
        }
        return "redirect:" + ("home".equals(back) ? "/" : "/files/" + id);
    }

    private static ImportError importError(FileError e) {
        return new ImportError(e.getRecordNo(), e.getItem(), e.getMessage());
    }

    private static LocalDate date(String value, String label, Model model) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            model.addAttribute("filterError", label + "は YYYY-MM-DD の形式で入力してください (入力: " + value + ")。");
            return null;
        }
    }
}
