package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The shipped sample samples/disease/DISIN_139998_20261101.dat against the shipped IF-QUA sample
 * (samples/README.md): every 資格確認結果 and both kinds of registration error, then its answer.
 */
class DiseaseSampleIT extends HubIntegrationTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final String QUA = "QUA_139998_20261031.dat";
    private static final String DIS = "DISIN_139998_20261101.dat";

    @Test
    void sampleFileIsRegisteredAndAnswered() throws Exception {
        resetHub();
        drop("qualification", QUA, Files.readAllBytes(SAMPLES.resolve("qualification").resolve(QUA)));
        awaitArchived("qualification", QUA);
        drop("disease", DIS, Files.readAllBytes(SAMPLES.resolve("disease").resolve(DIS)));
        awaitArchived("disease", DIS);

        Path list;
        try (Stream<Path> files = Files.list(dirs.outbox("disease-registrations"))) {
            list = files.filter(p -> p.getFileName().toString().endsWith("_" + DIS + ".csv")).findFirst().orElseThrow();
        }
        List<String> rows = List.of(new String(Files.readAllBytes(list), MS932).split("\r\n"));
        assertThat(rows).hasSize(8);
        assertThat(rows.get(1)).startsWith("2,DS2026000001,").contains(",1,登録,");
        assertThat(rows.get(2)).startsWith("3,DS2026000002,").contains(",ツツミ　カズコ,1,登録,");
        assertThat(rows.get(3)).startsWith("4,DS2026000003,").contains(",2,登録,");
        assertThat(rows.get(4)).startsWith("5,DS2026000004,").contains(",3,登録,");
        assertThat(rows.get(5)).startsWith("6,DS2026000005,").contains(",4,登録,");
        assertThat(rows.get(6)).startsWith("7,DS2026000006,").contains(",エラー,連絡番号: 更新");
        assertThat(rows.get(7)).startsWith("8,DS2026000007,").contains(",エラー,\"有効期間終了年月日");

        ResponseEntity<Map> started = api().postForEntity("/api/jobs/disease-answer?date=2026-11-02", null, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Number id = (Number) started.getBody().get("id");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                !"RUNNING".equals(api().getForObject("/api/jobs/" + id, Map.class).get("status")));
        assertThat(api().getForObject("/api/jobs/" + id, Map.class).get("status")).isEqualTo("SUCCEEDED");
        Path file = dirs.outbox("to-prefecture").resolve("DISANS_139998_20261102.dat");
        Process p = new ProcessBuilder("python3", Path.of("src/test/resources/contract/tools/check-layout.py").toString(),
                file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("5 data records, 0 problems");
        String[] lines = new String(Files.readAllBytes(file), MS932).split("\r\n");
        // 10000000-01 (転入 2026-10-16): 資格あり from 2026-11-01, 世帯 1000000001, class of 2026-11 judged on demand
        Map<?, ?> cls = api().getForObject("/api/income-class?insuredNo=10000000&branchNo=01&month=2026-11", Map.class);
        assertThat(lines[1]).startsWith("2DS2026000001" + "20260001" + "10000000" + "01" + "1" + "20261016" + " ".repeat(8)
                + "1000000001" + "202611" + String.format("%-2s", cls.get("incomeClass")) + "20261102");
        assertThat(lines[3].substring(31, 48)).as("喪失 on the 75th birthday").isEqualTo("2" + "19870619" + "20260612");
    }
}
