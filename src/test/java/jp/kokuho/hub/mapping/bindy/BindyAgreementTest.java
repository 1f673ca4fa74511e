package jp.kokuho.hub.mapping.bindy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.Stream;

import jp.kokuho.hub.mapping.bytes.ByteLayout;
import jp.kokuho.hub.mapping.bytes.CsvLayout;
import jp.kokuho.hub.mapping.bytes.CsvRecordReader;
import jp.kokuho.hub.mapping.bytes.Decoded;
import jp.kokuho.hub.mapping.bytes.FieldError;
import jp.kokuho.hub.mapping.bytes.FieldSpec;
import jp.kokuho.hub.mapping.bytes.Ms932;
import jp.kokuho.hub.mapping.bytes.Samples;
import jp.kokuho.hub.mapping.layout.FixedLayoutSet;
import jp.kokuho.hub.mapping.layout.Layouts;
import jp.kokuho.hub.mapping.layout.QuaData;
import jp.kokuho.hub.mapping.layout.TaxRecord;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.dataformat.bindy.csv.BindyCsvDataFormat;
import org.apache.camel.dataformat.bindy.fixed.BindyFixedLengthDataFormat;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.DataFormat;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents why the byte layer exists: Camel Bindy reads the very same annotations, and agrees with ByteLayout as long
 * as every character is one byte (ASCII, half-width katakana); with full-width text it counts characters, not bytes.
 */
class BindyAgreementTest {

    private static CamelContext camel;

    @BeforeAll
    static void startCamel() {
        camel = new DefaultCamelContext();
        camel.start();
    }

    @AfterAll
    static void stopCamel() {
        camel.stop();
    }

    static Stream<Class<?>> singleByteRecordClasses() {
        return Layouts.ALL.stream().flatMap(s -> Stream.of(s.headerClass(), s.dataClass(), s.trailerClass()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleByteRecordClasses")
    void bindyAndByteLayoutReadTheSameValuesFromSingleByteRecords(Class<?> type) throws Exception {
        Object sample = Samples.sample(type, 7);
        if (sample instanceof QuaData q) {
            q.setName("KOKUHO TARO"); // 氏名 is full-width in real files; see the next test
        }
        byte[] record = encode(type, sample);
        assertThat(Ms932.firstInvalid(record, 0, record.length)).isEqualTo(-1);

        Object ours = ByteLayout.of(type).decode(record).value();
        Object bindys = bindyFixed(type, record);

        for (FieldSpec spec : ByteLayout.of(type).fields()) {
            assertThat(value(bindys, spec.key())).as(type.getSimpleName() + "." + spec.key())
                    .isEqualTo(value(ours, spec.key()))
                    .isEqualTo(value(sample, spec.key()));
        }
    }

    @Test
    void withFullWidthTextBindyCountsCharactersAndByteLayoutIsRight() throws Exception {
        QuaData sample = Samples.sample(QuaData.class, 1);
        sample.setName("国保太郎");
        byte[] record = encode(QuaData.class, sample);
        assertThat(record).hasSize(200);

        // a correct 200-byte record is 196 characters: Bindy refuses it
        assertThatThrownBy(() -> bindyFixed(QuaData.class, record))
                .hasMessageContaining("Size of the record: 196 is not equal to the value provided in the model: 200");
        Decoded<QuaData> ours = ByteLayout.of(QuaData.class).decode(record);
        assertThat(ours.errors()).isEmpty();
        assertThat(ours.value().getName()).isEqualTo("国保太郎");
        assertThat(ours.value().getBirthDate()).isEqualTo(sample.getBirthDate());

        // and what Bindy writes counts characters too: every item after 氏名 lands 4 bytes late
        DataFormat df = bindyFormat(new BindyFixedLengthDataFormat(QuaData.class));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        df.marshal(exchange(), List.of(sample), out);
        byte[] bindyBytes = stripCrlf(out.toByteArray());
        String birthDate = sample.getBirthDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(new String(bindyBytes, 128, 8, Ms932.CHARSET)).isNotEqualTo(birthDate);
        assertThat(new String(bindyBytes, 132, 8, Ms932.CHARSET)).isEqualTo(birthDate);
        assertThat(new String(record, 128, 8, Ms932.CHARSET)).isEqualTo(birthDate);
        Decoded<QuaData> misread = ByteLayout.of(QuaData.class).decode(java.util.Arrays.copyOf(bindyBytes, 200));
        assertThat(misread.ok()).isFalse();
    }

    @Test
    void bindyCsvAndCsvLayoutAgreeOnTheSameAnnotations() throws Exception {
        String line = "000000000012345,2024,1,1,\"3,000,000\",2000000,3500000,2500000,0,0,0,20240601\r\n";
        byte[] bytes = line.getBytes(Ms932.CHARSET);

        TaxRecord ours;
        try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes))) {
            Decoded<TaxRecord> d = CsvLayout.of(TaxRecord.class).decode(reader.next());
            assertThat(d.errors()).isEmpty();
            ours = d.value();
        }
        DataFormat df = bindyFormat(new BindyCsvDataFormat(TaxRecord.class));
        Object bindys = single(df.unmarshal(exchange(), new ByteArrayInputStream(bytes)));

        for (String name : CsvLayout.of(TaxRecord.class).names()) {
            String key = keyOf(TaxRecord.class, name);
            assertThat(value(bindys, key)).as(key).isEqualTo(value(ours, key));
        }
        assertThat(ours.getTotalIncome()).isEqualTo("3,000,000");
    }

    private static Object bindyFixed(Class<?> type, byte[] record) throws Exception {
        DataFormat df = bindyFormat(new BindyFixedLengthDataFormat(type));
        byte[] line = new byte[record.length + 2];
        System.arraycopy(record, 0, line, 0, record.length);
        line[record.length] = '\r';
        line[record.length + 1] = '\n';
        return single(df.unmarshal(exchange(), new ByteArrayInputStream(line)));
    }

    private static DataFormat bindyFormat(DataFormat df) {
        ((org.apache.camel.CamelContextAware) df).setCamelContext(camel);
        ((org.apache.camel.Service) df).start();
        return df;
    }

    private static Exchange exchange() {
        Exchange ex = new DefaultExchange(camel);
        ex.setProperty(Exchange.CHARSET_NAME, Ms932.CHARSET.name());
        return ex;
    }

    private static Object single(Object unmarshalled) {
        return unmarshalled instanceof List<?> list ? list.get(0) : unmarshalled;
    }

    @SuppressWarnings("unchecked")
    private static <T> byte[] encode(Class<T> type, Object bean) {
        return ByteLayout.of(type).encode((T) bean);
    }

    private static byte[] stripCrlf(byte[] b) {
        int n = b.length;
        while (n > 0 && (b[n - 1] == '\n' || b[n - 1] == '\r')) {
            n--;
        }
        return java.util.Arrays.copyOf(b, n);
    }

    private static String keyOf(Class<?> type, String name) {
        for (Field f : type.getDeclaredFields()) {
            var df = f.getAnnotation(org.apache.camel.dataformat.bindy.annotation.DataField.class);
            if (df != null && df.name().equals(name)) {
                return f.getName();
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Object value(Object bean, String key) throws Exception {
        for (Class<?> c = bean.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(key);
                f.setAccessible(true);
                return f.get(bean);
            } catch (NoSuchFieldException e) {
                // superclass
            }
        }
        throw new NoSuchFieldException(key);
    }
}
