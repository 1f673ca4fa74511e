package jp.kokuho.hub.mapping.bytes;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * The spec's rule for valid MS932 (README "File conventions"): single bytes 0x20–0x7E and 0xA1–0xDF; double-byte
 * pairs with lead 0x81–0x9F / 0xE0–0xFC and trail 0x40–0x7E / 0x80–0xFC that Java's windows-31j decodes to a
 * character (not U+FFFD). Every other byte (controls, 0x7F, 0x80, 0xA0, 0xFD–0xFF, a lead byte at the end) is
 * invalid.
 */
public final class Ms932 {

    public static final Charset CHARSET = Charset.forName("windows-31j");

    /** PAIR_CHAR[(lead << 8) | trail]: the one real character windows-31j decodes the pair to, or 0 (not valid). */
    private static final char[] PAIR_CHAR = buildPairTable();
    /** SINGLE_CHAR[b]: the character of a valid single byte, or 0 */
    private static final char[] SINGLE_CHAR = buildSingleTable();

    private Ms932() {
    }

    /** Single byte that is a character on its own. */
    public static boolean isSingle(int b) {
        return (b >= 0x20 && b <= 0x7E) || (b >= 0xA1 && b <= 0xDF);
    }

    /** First byte of a double-byte character. */
    public static boolean isLead(int b) {
        return (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC);
    }

    /** Index of the first invalid byte in [from, to), or -1 when all of it is valid MS932 on its own. */
    public static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (isSingle(c)) {
                i++;
            } else if (isLead(c) && i + 1 < to && PAIR_CHAR[(c << 8) | (b[i + 1] & 0xFF)] != 0) {
                i += 2;
            } else {
                return i;
            }
        }
        return -1;
    }

    /**
     * Decodes [from, to) when all of it is valid MS932 (as {@link #firstInvalid} defines it), in one pass over the
     * bytes; null when it is not (the caller then asks {@link #firstInvalid} where). Same characters as windows-31j.
     */
    public static String decodeValid(byte[] b, int from, int to) {
        int i = from;
        while (i < to && b[i] >= 0x20 && b[i] <= 0x7E) {
            i++;
        }
        if (i == to) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
        char[] out = new char[to - from];
        int n = 0;
        for (int k = from; k < i; k++) {
            out[n++] = (char) b[k];
        }
        while (i < to) {
            int c = b[i] & 0xFF;
            char ch = SINGLE_CHAR[c];
            if (ch != 0) {
                out[n++] = ch;
                i++;
            } else if (i + 1 < to && (ch = PAIR_CHAR[(c << 8) | (b[i + 1] & 0xFF)]) != 0) {
                out[n++] = ch;
                i += 2;
            } else {
                return null;
            }
        }
        return new String(out, 0, n);
    }

    /** True when [from, to) holds only bytes 0x20–0x7E (then ISO-8859-1 decoding equals MS932 decoding). */
    static boolean isPrintableAscii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** Decodes [from, to) after checking it with {@link #firstInvalid}; throws on the first invalid byte. */
    public static String decodeStrict(byte[] b, int from, int to) throws CharacterCodingException {
        int bad = firstInvalid(b, from, to);
        if (bad >= 0) {
            throw new MalformedInputException(bad - from + 1);
        }
        return new String(b, from, to - from, CHARSET);
    }

    private static char[] buildPairTable() {
        char[] table = new char[1 << 16];
        CharsetDecoder decoder = CHARSET.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] pair = new byte[2];
        for (int lead = 0x81; lead <= 0xFC; lead++) {
            if (!isLead(lead)) {
                continue;
            }
            for (int trail = 0x40; trail <= 0xFC; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                pair[0] = (byte) lead;
                pair[1] = (byte) trail;
                try {
                    CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(pair));
                    if (chars.length() == 1 && chars.get(0) != '\uFFFD' && chars.get(0) != 0) {
                        table[(lead << 8) | trail] = chars.get(0);
                    }
                } catch (CharacterCodingException e) {
                    // not a character: stays 0
                }
            }
        }
        return table;
    }

    private static char[] buildSingleTable() {
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            if (isSingle(b)) {
                String s = new String(new byte[] {(byte) b}, CHARSET);
                if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
                    table[b] = s.charAt(0);
                }
            }
        }
        return table;
    }
}
