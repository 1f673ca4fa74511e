package jp.kokuho.hub.console;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import jp.kokuho.hub.outbox.StaffListWorkbook;

/**
 * 出力ファイル: the outbox by kind, newest first; each file downloads as it is, and every staff CSV list also opens
 * in Excel ({@code /outbox/xlsx}: an xlsx made on the fly; the CSV keeps the spec's format).
 */
@Controller
public class OutboxPageController {

    private final OutboxCatalog catalog;

    public OutboxPageController(OutboxCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/outbox")
    public String page(@RequestParam(required = false) String box, Model model) {
        Map<OutboxCatalog.Kind, List<Map<String, Object>>> byKind = new LinkedHashMap<>();
        for (OutboxCatalog.Box b : OutboxCatalog.BOXES) {
            if (box != null && !box.isBlank() && !b.name().equals(box)) {
                continue;
            }
            List<OutboxCatalog.Entry> files = catalog.files(b);
            byKind.computeIfAbsent(b.kind(), k -> new java.util.ArrayList<>())
                    .add(Map.of("box", b, "files", files));
        }
        model.addAttribute("page", "outbox");
        model.addAttribute("kinds", byKind);
        model.addAttribute("boxes", OutboxCatalog.BOXES);
        model.addAttribute("selected", box == null ? "" : box);
        return "console/outbox";
    }

    @GetMapping("/outbox/file")
    public ResponseEntity<Resource> download(@RequestParam String box, @RequestParam String name,
                                             @RequestParam(defaultValue = "false") boolean sent) {
        return catalog.find(box, name, sent)
                .map(e -> Downloads.file(catalog.path(e), e.name()))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/outbox/xlsx")
    public ResponseEntity<StreamingResponseBody> excel(@RequestParam String box, @RequestParam String name,
                                                       @RequestParam(defaultValue = "false") boolean sent) {
        return catalog.find(box, name, sent).filter(OutboxCatalog.Entry::staffList).map(e -> {
            String base = e.name().substring(0, e.name().length() - ".csv".length());
            StreamingResponseBody body = out -> {
                try (InputStream in = Files.newInputStream(catalog.path(e))) {
                    StaffListWorkbook.convert(in, sheetName(base), out);
                }
            };
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(base + ".xlsx"))
                    .contentType(Downloads.XLSX)
                    .body(body);
        }).orElse(ResponseEntity.notFound().build());
    }

    /** the list's name without its stamp and file: 取込結果, 滞納区分一覧, … */
    static String sheetName(String base) {
        int cut = base.indexOf('_');
        return cut > 0 ? base.substring(0, cut) : base;
    }

}
