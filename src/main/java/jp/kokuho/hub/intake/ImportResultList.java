package jp.kokuho.hub.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import jp.kokuho.hub.config.DataDirectories;
import jp.kokuho.hub.history.FileReceipt;
import jp.kokuho.hub.outbox.OutboxFiles;
import jp.kokuho.hub.outbox.StaffCsv;

/**
 * 取込結果リスト: {@code outbox/import-results/取込結果_<feed>_<yyyyMMddHHmmss>_<file>.csv}, one row per error,
 * or one row with an empty レコード番号 when the file has none.
 */
@Component
public class ImportResultList {

    static final List<String> HEADER = List.of("受付日時", "ファイル名", "インタフェース", "結果", "データ件数",
            "レコード番号", "項目名", "エラー内容");

    private final DataDirectories dirs;

    public ImportResultList(DataDirectories dirs) {
        this.dirs = dirs;
    }

    public Path write(FileReceipt receipt, String interfaceId, List<ImportError> errors, long errorCount) {
        String name = "取込結果_" + receipt.getFeed() + "_" + ResultListFormat.stamp(receipt.getReceivedAt()) + "_"
                + receipt.getFileName() + ".csv";
        Path target = dirs.outbox("import-results").resolve(name);
        String count = receipt.getRecordCount() == null ? "" : receipt.getRecordCount().toString();
        List<Object> common = Arrays.asList(ResultListFormat.timestamp(receipt.getReceivedAt()),
                receipt.getFileName(), interfaceId, receipt.getStatus().label(), count);
        return OutboxFiles.writeText(target, StaffCsv.MS932, w -> {
            StaffCsv.row(w, HEADER);
            if (errors.isEmpty()) {
                StaffCsv.row(w, concat(common, null, null, null));
            }
            for (ImportError e : errors) {
                StaffCsv.row(w, concat(common, e.recordNo(), e.item(),
                        e.item() == null ? e.message() : e.item() + ": " + e.message()));
            }
            if (errorCount > errors.size()) {
                StaffCsv.row(w, concat(common, null, null, "ほか " + (errorCount - errors.size())
                        + " 件のエラーは省略しました (全 " + errorCount + " 件、一覧の上限 " + errors.size() + " 件)"));
            }
        });
    }

    private static List<Object> concat(List<Object> common, Object recordNo, Object item, Object message) {
        List<Object> row = new ArrayList<>(common);
        row.add(recordNo);
        row.add(item);
        row.add(message);
        return row;
    }
}
