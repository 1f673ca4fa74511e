package jp.kokuho.hub.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.kokuho.hub.history.FileReceipt;

/**
 * 登録結果リスト (spec "Import and registration"):
 * {@code outbox/registration-results/登録結果_<feed>_<yyyyMMddHHmmss>_<file>.csv}, one row per data record.
 * A feed records its outcomes with {@link #cells}; 処理日時 is when the import and registration committed, the
 * stamp in the name is the 受付日時 (as in the 取込結果リスト's name).
 */
public final class RegistrationResultListLayout implements RegistrationListLayout {

    public static final String OUTBOX = "registration-results";
    static final List<String> HEADER = List.of("処理日時", "ファイル名", "インタフェース", "レコード番号", "連携番号",
            "被保険者番号", "枝番", "結果", "資格確認結果", "エラー内容");

    /** The list's own columns of one record, for {@link RegistrationRecorder#record}. */
    public static List<String> cells(String linkNo, String insuredNo, String branchNo, String qualificationResult,
                                     String errors) {
        return Arrays.asList(linkNo, insuredNo, branchNo, qualificationResult, errors);
    }

    @Override
    public String outbox() {
        return OUTBOX;
    }

    @Override
    public String fileName(FileReceipt receipt) {
        return "登録結果_" + receipt.getFeed() + "_" + ResultListFormat.stamp(receipt.getReceivedAt()) + "_"
                + receipt.getFileName() + ".csv";
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<Object> row(FileReceipt receipt, RegistrationOutcome o) {
        List<Object> row = new ArrayList<>(HEADER.size());
        row.add(ResultListFormat.timestamp(receipt.getFinishedAt()));
        row.add(receipt.getFileName());
        row.add(receipt.getInterfaceId());
        row.add(o.recordNo());
        row.add(o.cell(0));
        row.add(o.cell(1));
        row.add(o.cell(2));
        row.add(o.registered() ? "登録" : "エラー");
        row.add(o.cell(3));
        row.add(o.cell(4));
        return row;
    }
}
