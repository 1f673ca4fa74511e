package jp.kokuho.hub.qualification;

import java.text.Normalizer;

/**
 * Normalises 氏名カナ for comparison: NFKC (half-width ｶﾞ → ガ), hiragana → katakana, every space removed,
 * small kana → large (ッ → ツ, ャ → ヤ, ヮ → ワ, ヵ → カ, ヶ → ケ …), ヴ stays ヴ,
 * every long-vowel or dash mark (ー ｰ - − ‐ ‑ ‒ – — ―) → ー.
 */
public final class KanaNormalizer {

    private static final String SMALL = "ァィゥェォッャュョヮヵヶ";
    private static final String LARGE = "アイウエオツヤユヨワカケ";
    /** Long-vowel and dash marks as they look after NFKC (ｰ → ー, － → -, ‑ → ‐). */
    private static final String DASHES = "ー-−‐‑‒–—―";
    private static final char LONG_VOWEL = 'ー';

    private KanaNormalizer() {
    }

    /** Returns the normalised form; null stays null. */
    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        // 単独の濁点・半濁点 (゛゜) は NFKC で「空白+結合文字」になるため、先に結合文字へ置き換える
        String pre = s.replace('゛', '\u3099').replace('゜', '\u309A');
        String nfkc = Normalizer.normalize(pre, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue; // 空白 (半角・全角) はすべて除去
            }
            out.append(normalizeChar(c));
        }
        // 空白除去で隣り合った文字と結合文字を合成し直す
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static char normalizeChar(char c) {
        char k = toKatakana(c);
        int small = SMALL.indexOf(k);
        if (small >= 0) {
            return LARGE.charAt(small); // 小書き文字 → 大書き
        }
        if (DASHES.indexOf(k) >= 0) {
            return LONG_VOWEL; // 長音・ハイフン類 → ー
        }
        return k;
    }

    /** ひらがな (ぁ–ゖ, ゝゞ) → カタカナ; ゔ → ヴ. */
    private static char toKatakana(char c) {
        if ((c >= 'ぁ' && c <= 'ゖ') || c == 'ゝ' || c == 'ゞ') {
            return (char) (c + 0x60);
        }
        return c;
    }
}
