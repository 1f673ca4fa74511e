package jp.kokuho.hub.mapping.bytes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.kokuho.hub.mapping.layout.FixedLayoutSet;
import jp.kokuho.hub.mapping.layout.Layouts;
import jp.kokuho.hub.mapping.layout.TrailerRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout class against the contract: src/test/resources/contract/spec/layouts/*.json are copies of the spec's
 * layouts/*.json, and contract/tools/check-layout.py the spec's checker (which reads ../spec/layouts).
 */
class LayoutContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<FixedLayoutSet> layouts() {
        return Layouts.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void fieldsMatchTheSpecJson(FixedLayoutSet set) throws IOException {
        JsonNode spec = spec(set.id());
        assertThat(set.fileId()).isEqualTo(spec.get("file_id").asText());
        assertThat(set.recordLength()).isEqualTo(spec.get("length").asInt());
        for (JsonNode record : spec.get("records")) {
            Class<?> type = set.recordClass(record.get("recordType").asText().charAt(0));
            ByteLayout<?> layout = ByteLayout.of(type);
            assertThat(layout.recordLength()).as(type.getSimpleName()).isEqualTo(set.recordLength());

            List<String> expected = new ArrayList<>();
            boolean[] filler = new boolean[set.recordLength()];
            for (JsonNode f : record.get("fields")) {
                int start = f.get("start").asInt();
                int bytes = f.get("bytes").asInt();
                if (f.get("key").asText().equals("filler")) {
                    for (int i = start - 1; i < start - 1 + bytes; i++) {
                        filler[i] = true;
                    }
                    continue;
                }
                expected.add(describe(f.get("name").asText(), f.get("key").asText(), start, bytes,
                        kind(f.get("type").asText())));
            }
            List<String> actual = layout.fields().stream()
                    .map(s -> describe(s.name(), s.key(), s.start(), s.length(), s.kind())).toList();
            assertThat(actual).as(type.getSimpleName()).containsExactlyElementsOf(expected);

            boolean[] uncovered = new boolean[set.recordLength()];
            java.util.Arrays.fill(uncovered, true);
            for (FieldSpec s : layout.fields()) {
                for (int i = s.start() - 1; i < s.end(); i++) {
                    uncovered[i] = false;
                }
            }
            assertThat(uncovered).as(type.getSimpleName() + ": 予備 = the bytes no field covers").isEqualTo(filler);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void writeReadWriteIsByteIdentical(FixedLayoutSet set) {
        for (Class<?> type : List.of(set.headerClass(), set.dataClass(), set.trailerClass())) {
            assertRoundTrip(type);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void writtenFilePassesCheckLayout(FixedLayoutSet set, @TempDir Path dir) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        writeRecord(file, set.headerClass(), Samples.sample(set.headerClass(), 0));
        int count = 3;
        for (int i = 1; i <= count; i++) {
            writeRecord(file, set.dataClass(), Samples.sample(set.dataClass(), i));
        }
        TrailerRecord trailer = set.trailerClass().getDeclaredConstructor().newInstance();
        trailer.setRecordCount(count);
        writeRecord(file, set.trailerClass(), trailer);
        Path path = dir.resolve(set.id() + ".dat");
        Files.write(path, file.toByteArray());

        Process p = new ProcessBuilder("python3", checker().toString(), path.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains(count + " data records, 0 problems");
    }

    @SuppressWarnings("unchecked")
    private static <T> void assertRoundTrip(Class<T> type) {
        ByteLayout<T> layout = ByteLayout.of(type);
        byte[] first = layout.encode(Samples.sample(type, 5));
        Decoded<T> decoded = layout.decode(first);
        assertThat(decoded.errors()).as(type.getSimpleName()).isEmpty();
        assertThat(layout.encode(decoded.value())).as(type.getSimpleName()).isEqualTo(first);
    }

    @SuppressWarnings("unchecked")
    private static <T> void writeRecord(ByteArrayOutputStream out, Class<T> type, Object bean) throws IOException {
        out.write(ByteLayout.of(type).encode((T) bean));
        out.write('\r');
        out.write('\n');
    }

    private static String describe(String name, String key, int start, int bytes, Kind kind) {
        return name + "/" + key + " @" + start + "+" + bytes + " " + kind;
    }

    private static Kind kind(String type) {
        return switch (type) {
            case "9" -> Kind.NINE;
            case "D" -> Kind.DATE;
            default -> Kind.X;
        };
    }

    private static JsonNode spec(String id) throws IOException {
        try (InputStream in = LayoutContractTest.class.getResourceAsStream("/contract/spec/layouts/" + id + ".json")) {
            assertThat(in).as("contract copy of " + id).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static Path checker() throws URISyntaxException {
        return Path.of(LayoutContractTest.class.getResource("/contract/tools/check-layout.py").toURI());
    }
}
