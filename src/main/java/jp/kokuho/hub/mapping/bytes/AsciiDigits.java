package jp.kokuho.hub.mapping.bytes;

/** The one check "only ASCII digits" of the byte layer and of the intake's field checks. */
public final class AsciiDigits {

    private AsciiDigits() {
    }

    /** non-null, non-empty and only '0'–'9' (a loop, not a stream: it runs for every numeric item of every record) */
    public static boolean only(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
