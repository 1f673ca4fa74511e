package jp.kokuho.hub.mapping.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ms932Test {

    @Test
    void validTextIsValid() {
        byte[] b = "ABC ｱｲｳ 国保髙﨑ー－".getBytes(Ms932.CHARSET);
        assertThat(Ms932.firstInvalid(b, 0, b.length)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x7F, 0x80, 0xA0, 0xFD, 0xFE, 0xFF})
    void invalidSingleBytes(int bad) {
        byte[] b = {'A', (byte) bad, 'B'};
        assertThat(Ms932.firstInvalid(b, 0, 3)).isEqualTo(1);
    }

    @Test
    void unmappedPairIsInvalid() {
        // 0x85 0x40 is in the lead/trail ranges but windows-31j has no character there (decodes to U+FFFD)
        byte[] pair = {(byte) 0x85, 0x40};
        assertThat(new String(pair, Ms932.CHARSET)).contains("\uFFFD");
        assertThat(Ms932.firstInvalid(pair, 0, 2)).isZero();
    }

    @Test
    void leadByteAtTheEndOrWithBadTrailIsInvalid() {
        byte[] kanji = "国".getBytes(Ms932.CHARSET);
        assertThat(Ms932.firstInvalid(kanji, 0, 1)).isZero();
        assertThat(Ms932.firstInvalid(new byte[] {kanji[0], ' '}, 0, 2)).isZero();
        assertThat(Ms932.firstInvalid(new byte[] {'A', kanji[0], kanji[1]}, 1, 3)).isEqualTo(-1);
    }

    @Test
    void decodeStrict() throws CharacterCodingException {
        byte[] b = "ｺｸﾎ国保".getBytes(Ms932.CHARSET);
        assertThat(Ms932.decodeStrict(b, 0, b.length)).isEqualTo("ｺｸﾎ国保");
        assertThatThrownBy(() -> Ms932.decodeStrict(new byte[] {'A', (byte) 0x80}, 0, 2))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void decodeValidAgreesWithWindows31jAndFirstInvalidOnEveryByteAndPair() {
        for (int lead = 0; lead < 256; lead++) {
            for (int trail = 0; trail < 256; trail++) {
                byte[] b = {'A', (byte) lead, (byte) trail, ' '};
                assertAgrees(b);
            }
            assertAgrees(new byte[] {(byte) lead});
        }
    }

    @Test
    void decodeValidAgreesOnRandomMixedText() {
        java.util.Random random = new java.util.Random(42);
        byte[] sample = "ｽｽﾞｷ ｶｽﾞｵ 鈴木和夫 髙橋　健 ①Ⅱ㈱ ~\\ abc 123".getBytes(Ms932.CHARSET);
        for (int n = 0; n < 20_000; n++) {
            byte[] b = java.util.Arrays.copyOfRange(sample, random.nextInt(sample.length), sample.length);
            if (n % 3 == 0 && b.length > 0) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            assertAgrees(b);
        }
    }

    private static void assertAgrees(byte[] b) {
        String decoded = Ms932.decodeValid(b, 0, b.length);
        if (Ms932.firstInvalid(b, 0, b.length) < 0) {
            assertThat(decoded).as(java.util.HexFormat.of().formatHex(b)).isEqualTo(new String(b, Ms932.CHARSET));
        } else {
            assertThat(decoded).as(java.util.HexFormat.of().formatHex(b)).isNull();
        }
    }
}
