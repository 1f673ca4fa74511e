package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every job of the hub reports its progress (issue 15): on the shipped samples, each job started over HTTP ends
 * with {@code processed == total > 0} in {@code GET /api/jobs/{id}} — households, persons, records or months, each
 * counted up front — and the warnings the issue asks for (a 基準年月日 before the IF-COL snapshot, a 課税年度
 * without IF-TAX, a month after the IF-QUA snapshot).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobProgressIT extends HubIntegrationTest {

    static final Path SAMPLES = Path.of("samples");

    @BeforeAll
    void importSamples() throws Exception {
        resetHub();
        jdbc.update("delete from job_run");
        importSample("qualification", "QUA_139998_20261031.dat");
        importSample("tax", "TAX_139998_20261101.csv");
        importSample("collection", "COL_139998_20261031.csv");
        importSample("disease", "DISIN_139998_20261101.dat");
    }

    private void importSample(String feed, String name) throws Exception {
        drop(feed, name, Files.readAllBytes(SAMPLES.resolve(feed).resolve(name)));
        awaitArchived(feed, name);
    }

    @Test
    void everyJobEndsWithAllItsUnitsDone() {
        long households = jdbc.queryForObject("select count(distinct household_no) from qualification"
                + " where member_type = 1", Long.class);
        Map<String, Object> incomeClass = finished("income-class?month=2026-10");
        assertThat(incomeClass.get("total")).as("households judged").isEqualTo(((Number) ((Map<?, ?>)
                incomeClass.get("counts")).get("households")).intValue());
        assertThat(((Number) incomeClass.get("total")).longValue()).isLessThanOrEqualTo(households);
        assertThat(incomeClass.get("warnings")).isEqualTo(List.of());

        Map<String, Object> file = finished("household-income-file?month=2026-10");
        assertThat(file.get("total")).as("IF-AGG-INC records").isEqualTo(((Map<?, ?>) file.get("counts")).get("records"));

        Map<String, Object> arrears = finished("arrears?date=2026-11-05");
        assertThat(arrears.get("total")).as("households of IF-COL").isEqualTo(((Map<?, ?>) arrears.get("counts"))
                .get("households"));
        assertThat(arrears.get("warnings")).isEqualTo(List.of());

        Map<String, Object> report = finished("monthly-report?month=2026-10");
        assertThat(report.get("total")).as("basis rows").isEqualTo(((Map<?, ?>) report.get("counts")).get("basisRows"));

        Map<String, Object> disease = finished("disease-answer?date=2026-11-02");
        Map<?, ?> answered = (Map<?, ?>) disease.get("counts");
        assertThat(((Number) disease.get("total")).longValue()).as("IF-DIS-ANS records + 対象者一覧 rows")
                .isEqualTo(((Number) answered.get("answered")).longValue() + ((Number) answered.get("subjects")).longValue());

        Map<String, Object> annual = finished("annual-report?fiscalYear=2026");
        assertThat(annual.get("total")).as("months counted").isEqualTo(((Map<?, ?>) annual.get("counts")).get("months"));
    }

    @Test
    void warningsOfTheIssue() {
        Map<String, Object> arrears = finished("arrears?date=2026-10-30");
        assertThat(arrears.get("warnings")).isEqualTo(List.of("基準年月日 2026-10-30 lies before the IF-COL snapshot of"
                + " 2026-10-31: payments made after 2026-10-30 already count as paid"));

        Map<String, Object> incomeClass = finished("income-class?month=2026-07");
        assertThat(incomeClass.get("warnings")).isEqualTo(List.of("no IF-TAX record of 課税年度 2025 is held: every"
                + " member is judged 未申告; import that year's IF-TAX and run 2026-07 again"));

        Map<String, Object> report = finished("monthly-report?month=2026-11");
        assertThat((List<?>) report.get("warnings")).singleElement().asString()
                .startsWith("2026-11 ends after the IF-QUA snapshot of 2026-10-31");
    }

    /** starts the job, waits for its end; asserts it succeeded with processed == total > 0; returns the run */
    @SuppressWarnings("unchecked")
    private Map<String, Object> finished(String jobAndParameter) {
        ResponseEntity<Map> started = api().postForEntity("/api/jobs/" + jobAndParameter, null, Map.class);
        assertThat(started.getStatusCode()).as(jobAndParameter + ": " + started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        Number id = (Number) started.getBody().get("id");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() ->
                !"RUNNING".equals(api().getForObject("/api/jobs/" + id, Map.class).get("status")));
        Map<String, Object> run = api().getForObject("/api/jobs/" + id, Map.class);
        assertThat(run.get("status")).as(jobAndParameter + ": " + run).isEqualTo("SUCCEEDED");
        assertThat(run.get("total")).as(jobAndParameter + " total").isInstanceOf(Number.class);
        assertThat(((Number) run.get("total")).longValue()).as(jobAndParameter + " total").isPositive();
        assertThat(run.get("processed")).as(jobAndParameter + " processed").isEqualTo(run.get("total"));
        return run;
    }
}
