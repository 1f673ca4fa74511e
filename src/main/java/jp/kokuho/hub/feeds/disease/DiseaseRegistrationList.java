package jp.kokuho.hub.feeds.disease;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.kokuho.hub.history.FileReceipt;
import jp.kokuho.hub.intake.RegistrationListLayout;
import jp.kokuho.hub.intake.RegistrationOutcome;
import jp.kokuho.hub.intake.ResultListFormat;

/**
 * 特定疾患情報登録リスト (spec "特定疾患 (6.4)"):
 * {@code outbox/disease-registrations/特定疾患情報登録リスト_<yyyyMMddHHmmss>_<file>.csv}, one row per data record;
 * the stamp is the 受付日時 (as in the 取込結果リスト's name).
 */
public final class DiseaseRegistrationList implements RegistrationListLayout {

    public static final String OUTBOX = "disease-registrations";
    static final List<String> HEADER = List.of("レコード番号", "連絡番号", "受給者番号", "疾病区分", "疾病番号",
            "被保険者番号", "枝番", "氏名カナ", "資格確認結果", "結果", "エラー内容");

    /** the stored cells of one record (the list's columns but レコード番号 and 結果) */
    static List<String> cells(String contactNo, String recipientNo, String diseaseKind, String diseaseNo,
                              String insuredNo, String branchNo, String nameKana, String checkResult, String errors) {
        return Arrays.asList(contactNo, recipientNo, diseaseKind, diseaseNo, insuredNo, branchNo, nameKana,
                checkResult, errors);
    }

    @Override
    public String outbox() {
        return OUTBOX;
    }

    @Override
    public String fileName(FileReceipt receipt) {
        return "特定疾患情報登録リスト_" + ResultListFormat.stamp(receipt.getReceivedAt()) + "_" + receipt.getFileName()
                + ".csv";
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<Object> row(FileReceipt receipt, RegistrationOutcome o) {
        List<Object> row = new ArrayList<>(HEADER.size());
        row.add(o.recordNo());
        for (int i = 0; i < 8; i++) {
            row.add(o.cell(i));
        }
        row.add(o.registered() ? "登録" : "エラー");
        row.add(o.cell(8));
        return row;
    }
}
