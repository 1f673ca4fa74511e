package jp.kokuho.hub.qualification;

import java.util.Objects;

/**
 * Result of one qualification check.
 *
 * @param result the 資格確認結果
 * @param person the 被保険者 found; null when {@link CheckResult#NOT_FOUND}
 */
public record CheckOutcome(CheckResult result, InsuredPerson person) {

    public CheckOutcome {
        Objects.requireNonNull(result, "result");
    }
}
