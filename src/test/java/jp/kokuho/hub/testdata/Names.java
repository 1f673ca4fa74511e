package jp.kokuho.hub.testdata;

import java.nio.charset.Charset;
import java.util.SplittableRandom;

/**
 * Name tables: 氏 (family names) and 名 (given names) in kanji with their half-width katakana reading.
 * Full names are 2 to 10 characters (with or without a full-width space between 氏 and 名); every
 * character encodes in windows-31j (checked once at class load). 髙 and 﨑 are IBM extension
 * characters (trail byte 0xFC / lead 0xFA) on purpose: they are valid MS932 and catch naive converters.
 */
final class Names {
    private Names() {
    }

    static final Charset MS932 = Charset.forName("windows-31j");

    // {kanji, kana}
    static final String[][] FAMILY = {
            {"佐藤", "ｻﾄｳ"}, {"鈴木", "ｽｽﾞｷ"}, {"高橋", "ﾀｶﾊｼ"}, {"田中", "ﾀﾅｶ"}, {"伊藤", "ｲﾄｳ"},
            {"渡辺", "ﾜﾀﾅﾍﾞ"}, {"山本", "ﾔﾏﾓﾄ"}, {"中村", "ﾅｶﾑﾗ"}, {"小林", "ｺﾊﾞﾔｼ"}, {"加藤", "ｶﾄｳ"},
            {"吉田", "ﾖｼﾀﾞ"}, {"山田", "ﾔﾏﾀﾞ"}, {"佐々木", "ｻｻｷ"}, {"山口", "ﾔﾏｸﾞﾁ"}, {"松本", "ﾏﾂﾓﾄ"},
            {"井上", "ｲﾉｳｴ"}, {"木村", "ｷﾑﾗ"}, {"林", "ﾊﾔｼ"}, {"斎藤", "ｻｲﾄｳ"}, {"清水", "ｼﾐｽﾞ"},
            {"山崎", "ﾔﾏｻﾞｷ"}, {"森", "ﾓﾘ"}, {"池田", "ｲｹﾀﾞ"}, {"橋本", "ﾊｼﾓﾄ"}, {"阿部", "ｱﾍﾞ"},
            {"石川", "ｲｼｶﾜ"}, {"長谷川", "ﾊｾｶﾞﾜ"}, {"小笠原", "ｵｶﾞｻﾜﾗ"}, {"勅使河原", "ﾃｼｶﾞﾜﾗ"},
            {"五十嵐", "ｲｶﾞﾗｼ"}, {"渡邊", "ﾜﾀﾅﾍﾞ"}, {"齋藤", "ｻｲﾄｳ"}, {"髙橋", "ﾀｶﾊｼ"}, {"山﨑", "ﾔﾏｻﾞｷ"},
            {"大和田", "ｵｵﾜﾀﾞ"}, {"東海林", "ｼｮｳｼﾞ"}, {"左衛門三郎", "ｻｴﾓﾝｻﾌﾞﾛｳ"}, {"五百旗頭", "ｲｵｷﾍﾞ"},
            {"小鳥遊", "ﾀｶﾅｼ"}, {"結城", "ﾕｳｷ"}, {"津田", "ﾂﾀﾞ"}, {"原", "ﾊﾗ"}, {"堤", "ﾂﾂﾐ"},
    };
    static final String[][] MALE = {
            {"翔", "ｼｮｳ"}, {"蓮", "ﾚﾝ"}, {"大翔", "ﾋﾛﾄ"}, {"太郎", "ﾀﾛｳ"}, {"一郎", "ｲﾁﾛｳ"}, {"健", "ｹﾝ"},
            {"誠", "ﾏｺﾄ"}, {"浩二", "ｺｳｼﾞ"}, {"達也", "ﾀﾂﾔ"}, {"和夫", "ｶｽﾞｵ"}, {"茂", "ｼｹﾞﾙ"}, {"清", "ｷﾖｼ"},
            {"勇", "ｲｻﾑ"}, {"悠真", "ﾕｳﾏ"}, {"健太郎", "ｹﾝﾀﾛｳ"}, {"慎之介", "ｼﾝﾉｽｹ"}, {"林太郎", "ﾘﾝﾀﾛｳ"},
            {"喜久治", "ｷｸｼﾞ"}, {"源五郎", "ｹﾞﾝｺﾞﾛｳ"}, {"宗一郎", "ｿｳｲﾁﾛｳ"}, {"晴", "ﾊﾙ"}, {"伊左衛門", "ｲｻﾞｴﾓﾝ"},
    };
    static final String[][] FEMALE = {
            {"花子", "ﾊﾅｺ"}, {"陽葵", "ﾋﾏﾘ"}, {"結衣", "ﾕｲ"}, {"美咲", "ﾐｻｷ"}, {"恵子", "ｹｲｺ"}, {"幸子", "ｻﾁｺ"},
            {"由美子", "ﾕﾐｺ"}, {"智子", "ﾄﾓｺ"}, {"裕子", "ﾕｳｺ"}, {"和子", "ｶｽﾞｺ"}, {"節子", "ｾﾂｺ"}, {"芽衣", "ﾒｲ"},
            {"凛", "ﾘﾝ"}, {"咲", "ｻｷ"}, {"千代", "ﾁﾖ"}, {"美奈子", "ﾐﾅｺ"}, {"小百合", "ｻﾕﾘ"}, {"紗也加", "ｻﾔｶ"},
            {"菜々子", "ﾅﾅｺ"}, {"志津江", "ｼﾂﾞｴ"}, {"澪", "ﾐｵ"}, {"千代乃", "ﾁﾖﾉ"},
    };

    static {
        var enc = MS932.newEncoder();
        for (String[][] table : new String[][][] {FAMILY, MALE, FEMALE}) {
            for (String[] n : table) {
                if (!enc.canEncode(n[0]) || !enc.canEncode(n[1])) {
                    throw new IllegalStateException("not windows-31j: " + n[0] + " " + n[1]);
                }
            }
        }
    }

    static String[] family(SplittableRandom rnd) {
        return FAMILY[rnd.nextInt(FAMILY.length)];
    }

    static String[] given(SplittableRandom rnd, int sex) {
        String[][] t = sex == 1 ? MALE : FEMALE;
        return t[rnd.nextInt(t.length)];
    }

    /** 氏名: 氏 + (full-width space in about 40% of names) + 名. */
    static String fullName(String[] family, String[] given, boolean withSpace) {
        return family[0] + (withSpace ? "\u3000" : "") + given[0];
    }

    /** 氏名カナ: half-width katakana, a half-width space between 氏 and 名 (e.g. "ﾔﾏﾀﾞ ﾀﾛｳ"). */
    static String kana(String[] family, String[] given) {
        return family[1] + " " + given[1];
    }
}
