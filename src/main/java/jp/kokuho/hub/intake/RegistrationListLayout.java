package jp.kokuho.hub.intake;

import java.util.List;

import jp.kokuho.hub.history.FileReceipt;

/**
 * A registration list (登録結果リスト, 特定疾患情報登録リスト, …): where it goes, its Japanese header and how one
 * stored outcome becomes one row. The pipeline writes it after the import transaction committed, from the
 * outcomes stored in {@code registration_outcome} (one per data record, in record order), so memory does not grow
 * with the file. A feed declares it with {@link FeedImport#registrationList()}.
 */
public interface RegistrationListLayout {

    /** the outbox folder, e.g. {@code registration-results} */
    String outbox();

    /** the list's file name for this file, e.g. {@code 登録結果_aggregation_20261125130500_AGGMOV_….dat.csv} */
    String fileName(FileReceipt receipt);

    /** the header row (Japanese column names) */
    List<String> header();

    /** one row of the list from one stored outcome */
    List<Object> row(FileReceipt receipt, RegistrationOutcome outcome);
}
