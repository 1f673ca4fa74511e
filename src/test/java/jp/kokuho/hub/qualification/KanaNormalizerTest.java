package jp.kokuho.hub.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 氏名カナ normalisation: which spellings count as the same name. */
class KanaNormalizerTest {

    @ParameterizedTest(name = "[{index}] <{0}> vs <{1}> equal={2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a               | b               | equal
            # half-width vs full-width, 濁点・半濁点
            ｶﾞ                | ガ              | true
            ﾊﾟﾋﾟﾌﾟ            | パピプ          | true
            ﾔﾏﾀﾞ              | ヤマダ          | true
            カ゛               | ガ              | true
            # ひらがな vs カタカナ
            やまだ             | ヤマダ          | true
            がっこう           | ガツコウ        | true
            # spaces: half-width, full-width, inside names
            'ﾔﾏﾀﾞ ﾀﾛｳ'        | ヤマダタロウ    | true
            'ヤマダ　タロウ'   | ヤマダタロウ    | true
            ' ヤマダ タロウ　' | ヤマダタロウ    | true
            'ﾔ ﾏ ﾀﾞ　ﾀ ﾛ ｳ'   | ヤマダタロウ    | true
            # small kana → large
            ｼｮｳ               | シヨウ          | true
            ショウ             | シヨウ          | true
            ｷｯﾄ               | キツト          | true
            ッ                 | ツ              | true
            ァィゥェォ         | アイウエオ      | true
            ャュョヮヵヶ       | ヤユヨワカケ    | true
            ｧｨｩｪｫｯｬｭｮ          | アイウエオツヤユヨ | true
            ぁぃぅぇぉっゃゅょゎゕゖ | アイウエオツヤユヨワカケ | true
            # ヴ stays ヴ
            ヴ                 | ブ              | false
            ｳﾞｨﾝｾﾝﾄ            | ヴインセント    | true
            ゔ                 | ヴ              | true
            # long-vowel and dash marks
            ｺｰﾋｰ              | コーヒー        | true
            コ-ヒ-             | コーヒー        | true
            コ−ヒ−             | コーヒー        | true
            コ‐ヒ‐             | コーヒー        | true
            コ―ヒ―             | コーヒー        | true
            コ‑ヒ‑             | コーヒー        | true
            コ–ヒ–             | コーヒー        | true
            コ—ヒ—             | コーヒー        | true
            コ－ヒ－           | コーヒー        | true
            ｺ-ﾋ−              | コ‐ヒｰ          | true
            # different names
            ヤマダ             | ヤマモト        | false
            ﾀﾛｳ               | ﾀﾛｰ             | false
            ヤマダ             | ヤマダタ        | false
            """)
    void sameName(String a, String b, boolean equal) {
        assertThat(KanaNormalizer.normalize(a).equals(KanaNormalizer.normalize(b))).isEqualTo(equal);
    }

    @ParameterizedTest(name = "[{index}] <{0}> -> <{1}>")
    @CsvSource(delimiter = '|', textBlock = """
            'ﾔﾏﾀﾞ ﾀﾛｳ'        | ヤマダタロウ
            'やまだ　はなこ'  | ヤマダハナコ
            ｼｮｳﾍｲ             | シヨウヘイ
            ｳﾞｧｲｵﾘﾝ           | ヴアイオリン
            ｺｰﾋｰ-             | コーヒーー
            '　 '             | ''
            ''                | ''
            """)
    void normalizedForm(String input, String expected) {
        assertThat(KanaNormalizer.normalize(input)).isEqualTo(expected);
    }

    @Test
    void nullStaysNull() {
        assertThat(KanaNormalizer.normalize(null)).isNull();
    }
}
