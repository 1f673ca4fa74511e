package jp.kokuho.hub.mapping.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;

import jp.kokuho.hub.mapping.layout.DisAnsData;
import jp.kokuho.hub.mapping.layout.QuaData;
import jp.kokuho.hub.mapping.layout.QuaTrailer;
import jp.kokuho.hub.mapping.layout.SogoArrData;
import org.junit.jupiter.api.Test;

class ByteLayoutTest {

    private static final ByteLayout<QuaData> QUA = ByteLayout.of(QuaData.class);
    /** 20 MS932 full-width characters, including IBM/NEC extensions and the long vowel mark. */
    private static final String FULL_WIDTH = "髙﨑齋藤ー国民健康保険太郎花子山田渡邊纊";

    private static QuaData person() {
        QuaData d = new QuaData();
        d.setHouseholdNo("0000001234");
        d.setPersonNo("000000000012345");
        d.setInsuredNo("12345678");
        d.setBranchNo("01");
        d.setMyNumber("");
        d.setNameKana("ｺｸﾎ ﾀﾛｳ");
        d.setName("国保太郎");
        d.setBirthDate(LocalDate.of(1960, 2, 29));
        d.setSex("1");
        d.setMemberType("1");
        d.setHeadFlag("1");
        d.setAcquiredOn(LocalDate.of(2020, 4, 1));
        d.setAcquireReason("01");
        d.setPreviousInsurerNo("");
        return d;
    }

    @Test
    void cachedPerClass() {
        assertThat(ByteLayout.of(QuaData.class)).isSameAs(QUA);
        assertThat(QUA.recordLength()).isEqualTo(200);
    }

    @Test
    void fullWidthNameOfEveryLengthSitsInBytes89To128() {
        assertThat(FULL_WIDTH).hasSize(20);
        for (int n = 0; n <= 20; n++) {
            QuaData d = person();
            String name = FULL_WIDTH.substring(0, n);
            d.setName(name);
            byte[] bytes = QUA.encode(d);
            assertThat(bytes).hasSize(200);

            byte[] expectedName = Arrays.copyOf(name.getBytes(Ms932.CHARSET), 40);
            Arrays.fill(expectedName, name.length() * 2, 40, (byte) ' ');
            assertThat(Arrays.copyOfRange(bytes, 88, 128)).as("氏名 of %d chars", n).isEqualTo(expectedName);
            assertThat(new String(bytes, 128, 8, Ms932.CHARSET)).isEqualTo("19600229");
            assertThat(new String(bytes, 48, 40, Ms932.CHARSET)).isEqualTo(String.format("%-40s", "ｺｸﾎ ﾀﾛｳ"));

            Decoded<QuaData> decoded = QUA.decode(bytes);
            assertThat(decoded.errors()).isEmpty();
            assertThat(decoded.value().getName()).isEqualTo(name);
            assertThat(decoded.value().getNameKana()).isEqualTo("ｺｸﾎ ﾀﾛｳ");
            assertThat(decoded.value().getBirthDate()).isEqualTo(LocalDate.of(1960, 2, 29));
            assertThat(decoded.value().getPersonNo()).isEqualTo("000000000012345");
        }
    }

    @Test
    void halfWidthKanaOfEveryLengthUpTo40() {
        String kana = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘ";
        assertThat(kana).hasSize(40);
        for (int n = 0; n <= 40; n++) {
            QuaData d = person();
            d.setNameKana(kana.substring(0, n));
            byte[] bytes = QUA.encode(d);
            assertThat(new String(bytes, 48, n, Ms932.CHARSET)).isEqualTo(kana.substring(0, n));
            assertThat(new String(bytes, 88, 8, Ms932.CHARSET)).isEqualTo("国保太郎");
            Decoded<QuaData> decoded = QUA.decode(bytes);
            assertThat(decoded.ok()).isTrue();
            assertThat(decoded.value().getNameKana()).isEqualTo(kana.substring(0, n));
        }
        QuaData d = person();
        d.setNameKana(kana + "ｱ");
        assertThatThrownBy(() -> QUA.encode(d)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("氏名カナ");
    }

    @Test
    void nameOf21FullWidthCharactersDoesNotFit() {
        QuaData d = person();
        d.setName(FULL_WIDTH + "国");
        assertThatThrownBy(() -> QUA.encode(d))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("氏名")
                .hasMessageContaining("42 バイト");
    }

    @Test
    void notMs932OrControlCharacterCannotBeEncoded() {
        QuaData d = person();
        d.setName("𠮷田");
        assertThatThrownBy(() -> QUA.encode(d)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("氏名");
        d.setName("国\t保");
        assertThatThrownBy(() -> QUA.encode(d)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("氏名");
    }

    @Test
    void fullWidthCharacterSplitByFieldBoundaryIsNamed() {
        byte[] bytes = QUA.encode(person());
        byte[] kanji = "国".getBytes(Ms932.CHARSET);
        // 氏名カナ is bytes 49..88: its last byte (index 87) is a lead byte, the trail byte is 氏名's first byte
        bytes[87] = kanji[0];
        bytes[88] = kanji[1];
        Decoded<QuaData> decoded = QUA.decode(bytes);
        assertThat(decoded.errors()).contains(new FieldError("氏名カナ", "全角文字がフィールド境界で分断されています"));
        assertThat(decoded.value().getNameKana()).isNull();
    }

    @Test
    void invalidBytesAreReportedWithTheirPosition() {
        for (int bad : new int[] {0x80, 0xA0, 0xFD, 0x01}) {
            byte[] bytes = QUA.encode(person());
            bytes[99] = (byte) bad; // inside 氏名 (bytes 89..128, "国保太郎" then spaces), position 100
            Decoded<QuaData> decoded = QUA.decode(bytes);
            assertThat(decoded.errors()).as("byte 0x%02X", bad)
                    .containsExactly(new FieldError("氏名", "MS932として不正なバイトがあります (位置 100)"));
        }
        byte[] bytes = QUA.encode(person());
        bytes[100] = (byte) 0x85; // an unmapped pair 0x85 0x40 at position 101
        bytes[101] = 0x40;
        assertThat(QUA.decode(bytes).errors())
                .containsExactly(new FieldError("氏名", "MS932として不正なバイトがあります (位置 101)"));
    }

    @Test
    void invalidByteInFillerIsReported() {
        byte[] bytes = QUA.encode(person());
        bytes[199] = (byte) 0xFF;
        assertThat(QUA.decode(bytes).errors())
                .containsExactly(new FieldError("予備", "MS932として不正なバイトがあります (位置 200)"));
    }

    @Test
    void allErrorsAreCollected() {
        byte[] bytes = QUA.encode(person());
        put(bytes, 2, "00000A1234");          // 世帯番号
        put(bytes, 129, "20230231");          // 生年月日
        put(bytes, 137, " ");                 // 性別
        put(bytes, 140, "2023 0101");         // 資格取得年月日 (optional) + first byte of 資格取得事由
        Decoded<QuaData> decoded = QUA.decode(bytes);
        assertThat(decoded.ok()).isFalse();
        assertThat(decoded.errors()).containsExactly(
                new FieldError("世帯番号", "数字ではありません (00000A1234)"),
                new FieldError("生年月日", "日付ではありません (20230231)"),
                new FieldError("性別", "数字ではありません ( )"),
                new FieldError("資格取得年月日", "日付ではありません (2023 010)"));
        assertThat(decoded.value().getHouseholdNo()).isNull();
        assertThat(decoded.value().getBirthDate()).isNull();
        assertThat(decoded.value().getPersonNo()).isEqualTo("000000000012345");
        assertThat(decoded.value().getRecordType()).isEqualTo("2");
    }

    @Test
    void blankDates() {
        byte[] bytes = QUA.encode(person());
        put(bytes, 129, "        ");  // 生年月日 required
        put(bytes, 140, "        ");  // 資格取得年月日 optional
        Decoded<QuaData> decoded = QUA.decode(bytes);
        assertThat(decoded.errors()).containsExactly(new FieldError("生年月日", "必須です (空白)"));
        assertThat(decoded.value().getAcquiredOn()).isNull();

        QuaData d = person();
        d.setAcquiredOn(null);
        assertThat(new String(QUA.encode(d), 139, 8, Ms932.CHARSET)).isEqualTo("        ");
        d.setBirthDate(null);
        assertThatThrownBy(() -> QUA.encode(d)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("生年月日");
    }

    @Test
    void datesAreStrict() {
        for (String bad : new String[] {"20230231", "20231301", "20230001", "00000101", "2023010A", "19000229"}) {
            byte[] bytes = QUA.encode(person());
            put(bytes, 129, bad);
            assertThat(QUA.decode(bytes).errors()).as(bad)
                    .containsExactly(new FieldError("生年月日", "日付ではありません (" + bad + ")"));
        }
        byte[] bytes = QUA.encode(person());
        put(bytes, 129, "20000229");
        assertThat(QUA.decode(bytes).value().getBirthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void numbersAsIntAndLongAndTheirLimits() {
        ByteLayout<SogoArrData> layout = ByteLayout.of(SogoArrData.class);
        SogoArrData d = Samples.sample(SogoArrData.class, 1);
        d.setUnpaidAmount(1_234_567_890L);
        d.setUnpaidCount(12);
        byte[] bytes = layout.encode(d);
        assertThat(new String(bytes, 36, 10, Ms932.CHARSET)).isEqualTo("1234567890");
        assertThat(new String(bytes, 46, 3, Ms932.CHARSET)).isEqualTo("012");
        Decoded<SogoArrData> decoded = layout.decode(bytes);
        assertThat(decoded.value().getUnpaidAmount()).isEqualTo(1_234_567_890L);
        assertThat(decoded.value().getUnpaidCount()).isEqualTo(12);

        d.setUnpaidCount(1000);
        assertThatThrownBy(() -> layout.encode(d)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("未納期数");
        d.setUnpaidCount(-1);
        assertThatThrownBy(() -> layout.encode(d)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("未納期数");
        d.setUnpaidCount(1);
        d.setHouseholdNo("12-4");
        assertThatThrownBy(() -> layout.encode(d)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("世帯番号");

        put(bytes, 37, "00001234 5");
        Decoded<SogoArrData> bad = layout.decode(bytes);
        assertThat(bad.errors()).containsExactly(new FieldError("未納額", "数字ではありません (00001234 5)"));
        assertThat(bad.value().getUnpaidAmount()).isZero();
    }

    @Test
    void nineStringKeepsLeadingZeros() {
        QuaData d = person();
        d.setPersonNo("12345");
        byte[] bytes = QUA.encode(d);
        assertThat(new String(bytes, 11, 15, Ms932.CHARSET)).isEqualTo("000000000012345");
        assertThat(QUA.decode(bytes).value().getPersonNo()).isEqualTo("000000000012345");
    }

    @Test
    void wrongLengthRecord() {
        byte[] bytes = Arrays.copyOf(QUA.encode(person()), 199);
        Decoded<QuaData> decoded = QUA.decode(bytes);
        assertThat(decoded.errors()).containsExactly(
                new FieldError("レコード", "レコード長が不正です (期待 200 バイト, 実際 199 バイト)"));
        assertThat(decoded.value().getPersonNo()).isEqualTo("000000000012345");
    }

    @Test
    void optionalDatesOfDisAns() {
        ByteLayout<DisAnsData> layout = ByteLayout.of(DisAnsData.class);
        DisAnsData d = Samples.sample(DisAnsData.class, 3);
        d.setAcquiredOn(null);
        d.setLostOn(null);
        d.setHouseholdNo(null);
        Decoded<DisAnsData> decoded = layout.decode(layout.encode(d));
        assertThat(decoded.errors()).isEmpty();
        assertThat(decoded.value().getAcquiredOn()).isNull();
        assertThat(decoded.value().getHouseholdNo()).isEmpty();
    }

    @Test
    void trailerFromSharedBase() {
        ByteLayout<QuaTrailer> layout = ByteLayout.of(QuaTrailer.class);
        byte[] bytes = layout.encode(new QuaTrailer(42));
        assertThat(new String(bytes, Ms932.CHARSET)).isEqualTo("90000042" + " ".repeat(192));
        assertThat(layout.decode(bytes).value().getRecordCount()).isEqualTo(42);
    }

    @Test
    void decodesAMillionRecordsQuickly() {
        byte[] bytes = QUA.encode(person());
        long sum = 0;
        for (int i = 0; i < 1_000_000; i++) {
            sum += QUA.decode(bytes).value().getName().length();
        }
        assertThat(sum).isEqualTo(4_000_000);
    }

    private static void put(byte[] record, int start, String ascii) {
        byte[] b = ascii.getBytes(Ms932.CHARSET);
        System.arraycopy(b, 0, record, start - 1, b.length);
    }
}
