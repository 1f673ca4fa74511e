package jp.kokuho.hub.intake;

import java.util.List;

/**
 * What registration decided for one data record, as stored in {@code registration_outcome}.
 *
 * @param recordNo   レコード番号 (line number; the header is 1)
 * @param registered true: 登録; false: エラー (not registered; the reasons are in the cells)
 * @param cells      the feed's own columns of its list, in the order its {@link RegistrationListLayout} expects
 */
public record RegistrationOutcome(int recordNo, boolean registered, List<String> cells) {

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }
}
