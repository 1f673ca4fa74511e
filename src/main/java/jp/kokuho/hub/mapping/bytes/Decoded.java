package jp.kokuho.hub.mapping.bytes;

import java.util.List;

/**
 * A decoded record and every error found while decoding it. The value is always present; items that failed are
 * null (or 0 for primitive fields).
 */
public record Decoded<T>(T value, List<FieldError> errors) {

    public Decoded {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
