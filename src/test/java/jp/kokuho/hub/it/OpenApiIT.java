package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The OpenAPI document ({@code /v3/api-docs}) is valid, says what a client generator needs (title, version, the
 * HTTP Basic scheme, the job names as an enum, 202 with the run's schema, the one error body), and real answers of
 * the hub — successes and errors — match it.
 */
class OpenApiIT extends HubIntegrationTest {

    @Autowired
    ProbeJob probe;

    static String document;

    @BeforeAll
    static void noDocumentYet() {
        document = null;
    }

    private String document() {
        if (document == null) {
            ResponseEntity<String> answer = api().getForEntity("/v3/api-docs", String.class);
            assertThat(answer.getStatusCode().value()).isEqualTo(200);
            document = answer.getBody();
        }
        return document;
    }

    @Test
    void theDocumentIsValidAndComplete() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document());
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getInfo().getTitle()).isEqualTo("kokuho-hub API");
        assertThat(api.getInfo().getVersion()).isNotBlank().isNotEqualTo("v0");
        assertThat(api.getInfo().getDescription()).contains("+09:00", "{status, error, message}");
        assertThat(api.getComponents().getSecuritySchemes().get("basic").getScheme()).isEqualTo("basic");
        assertThat(api.getSecurity()).isNotEmpty();

        var start = api.getPaths().get("/api/jobs/{job}").getPost();
        Schema<?> jobName = start.getParameters().stream().filter(p -> p.getName().equals("job")).findFirst()
                .orElseThrow().getSchema();
        assertThat(jobName.getEnum()).map(String::valueOf).contains("arrears", "income-class", "household-income-file",
                "disease-answer", "monthly-report", "annual-report", "probe");
        assertThat(start.getParameters()).extracting(p -> p.getName()).contains("month", "date", "fiscalYear");
        assertThat(start.getParameters().stream().filter(p -> p.getName().equals("month")).findFirst().orElseThrow()
                .getSchema().getPattern()).isEqualTo("^\\d{4}-\\d{2}$");
        assertThat(start.getResponses()).containsKeys("202", "400", "401", "404", "409");
        assertThat(start.getResponses().get("200")).isNull();
        assertThat(start.getResponses().get("202").getContent().get("application/json").getSchema().get$ref())
                .endsWith("/JobRun");
        assertThat(start.getResponses().get("409").getContent().get("application/json").getSchema().get$ref())
                .endsWith("/ApiError");

        // the jobs and their parameters: one of a schema per job, discriminated by job
        Schema<?> jobParameters = api.getComponents().getSchemas().get("JobParameters");
        assertThat(jobParameters.getDiscriminator().getPropertyName()).isEqualTo("job");
        assertThat(jobParameters.getDiscriminator().getMapping()).containsEntry("monthly-report",
                "#/components/schemas/MonthlyReportParameters").containsKeys("arrears", "income-class",
                "household-income-file", "disease-answer", "annual-report");
        assertThat(jobParameters.getOneOf()).hasSize(jobParameters.getDiscriminator().getMapping().size());
        Schema<?> monthly = api.getComponents().getSchemas().get("MonthlyReportParameters");
        assertThat(monthly.getRequired()).containsExactly("job", "month");
        assertThat(((Schema<?>) monthly.getProperties().get("job")).getEnum()).map(String::valueOf)
                .containsExactly("monthly-report");
        assertThat(((Schema<?>) monthly.getProperties().get("month")).getPattern()).isEqualTo("^\\d{4}-\\d{2}$");
        Schema<?> arrears = api.getComponents().getSchemas().get("ArrearsParameters");
        assertThat(arrears.getRequired()).containsExactly("job");
        assertThat(((Schema<?>) arrears.getProperties().get("date")).getPattern()).isEqualTo("^\\d{4}-\\d{2}-\\d{2}$");
        assertThat(api.getComponents().getSchemas().get("AnnualReportParameters").getProperties())
                .containsKey("fiscalYear");
        // and an operation per job with its own parameters
        var startMonthly = api.getPaths().get("/api/jobs/monthly-report").getPost();
        assertThat(startMonthly.getOperationId()).isEqualTo("startMonthlyReport");
        assertThat(startMonthly.getParameters()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("month");
            assertThat(p.getRequired()).isTrue();
            assertThat(p.getExample()).isEqualTo("2026-10");
        });
        assertThat(startMonthly.getResponses()).containsKeys("202", "400", "401", "403", "409", "503");
        assertThat(api.getPaths().get("/api/jobs/arrears").getPost().getParameters()).singleElement()
                .satisfies(p -> assertThat(p.getRequired()).isFalse());

        // the audit trail: parameters with formats and examples, the entries' schema, the error body
        var audit = api.getPaths().get("/api/audit").getGet();
        assertThat(audit.getOperationId()).isEqualTo("listAudit");
        assertThat(audit.getDescription()).contains("never by personal data");
        var limit = audit.getParameters().stream().filter(p -> p.getName().equals("limit")).findFirst().orElseThrow();
        assertThat(limit.getSchema().getMinimum()).isEqualByComparingTo("1");
        assertThat(limit.getSchema().getMaximum()).isEqualByComparingTo("1000");
        assertThat(limit.getExample()).isNotNull();
        var action = audit.getParameters().stream().filter(p -> p.getName().equals("action")).findFirst().orElseThrow();
        assertThat(action.getSchema().getEnum()).map(String::valueOf).contains("JOB_STARTED", "OVERRIDE_ADDED",
                "FILE_RETRIED", "ROUTE_STOPPED", "LOGIN_LOCKED");
        assertThat(audit.getParameters()).allSatisfy(p -> assertThat(p.getDescription()).isNotBlank());
        assertThat(audit.getParameters().stream().filter(p -> p.getName().equals("user")).findFirst().orElseThrow()
                .getExample()).isNotNull();
        var entries = audit.getResponses().get("200").getContent().get("application/json");
        assertThat(entries.getSchema().getItems().get$ref()).endsWith("/AuditEntry");
        assertThat(entries.getExamples()).isNotEmpty();
        Schema<?> entry = api.getComponents().getSchemas().get("AuditEntry");
        assertThat(((Schema<?>) entry.getProperties().get("occurredAt")).getFormat()).isEqualTo("date-time");
        assertThat(String.valueOf(((Schema<?>) entry.getProperties().get("occurredAt")).getExample())).endsWith("+09:00");
        assertThat(audit.getResponses()).containsKeys("200", "400", "401", "403");
        assertThat(audit.getResponses().get("400").getContent().get("application/json").getExamples()).isNotEmpty();
        // every operation: a description of its answers, and the error body on its errors
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
            assertThat(op.getResponses()).as(path).containsKeys("401", "403");
            op.getResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    assertThat(response.getContent().get("application/json").getSchema().get$ref())
                            .as(path + " " + code).endsWith("/ApiError");
                }
            });
        }));
    }

    @Test
    void realAnswersMatchTheDocument() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(document())
                .build();
        List<String> problems = new ArrayList<>();
        check(validator, problems, HttpMethod.GET, "/api/files?limit=5", api());
        check(validator, problems, HttpMethod.GET, "/api/files/987654321", api());
        check(validator, problems, HttpMethod.GET, "/api/jobs?limit=3", api());
        check(validator, problems, HttpMethod.GET, "/api/jobs?limit=-1", api());
        check(validator, problems, HttpMethod.GET, "/api/jobs/987654321", api());
        check(validator, problems, HttpMethod.POST, "/api/jobs/probe?month=2026-1", api());
        check(validator, problems, HttpMethod.POST, "/api/jobs/no-such-job", api());
        check(validator, problems, HttpMethod.GET, "/api/jobs", anonymous());
        check(validator, problems, HttpMethod.GET, "/api/special-cases?insuredNo=1&branchNo=01&month=2026-10", api());
        check(validator, problems, HttpMethod.GET, "/api/income-class?insuredNo=12345678&branchNo=01&month=2026-10", api());
        // the audit trail: entries (a job start is one), its 400s, an operator refused, no login
        check(validator, problems, HttpMethod.GET, "/api/audit?limit=0", admin());
        check(validator, problems, HttpMethod.GET, "/api/audit?limit=1001", admin());
        check(validator, problems, HttpMethod.GET, "/api/audit?action=NO_SUCH_ACTION", admin());
        check(validator, problems, HttpMethod.GET, "/api/audit", api());
        check(validator, problems, HttpMethod.GET, "/api/audit", anonymous());

        probe.release = new CountDownLatch(1);
        try {
            Map<?, ?> run = check(validator, problems, HttpMethod.POST, "/api/jobs/probe?month=2026-08", api());
            check(validator, problems, HttpMethod.POST, "/api/jobs/probe?month=2026-08", api()); // 409
            check(validator, problems, HttpMethod.GET, "/api/jobs/" + run.get("id"), api());     // RUNNING
            probe.release.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> "SUCCEEDED".equals(
                    api().getForObject("/api/jobs/" + run.get("id"), Map.class).get("status")));
            check(validator, problems, HttpMethod.GET, "/api/jobs/" + run.get("id"), api());     // SUCCEEDED
            List<?> audit = check(validator, problems, HttpMethod.GET, "/api/audit?action=JOB_STARTED&limit=5",
                    admin(), List.class);
            assertThat(audit).isNotEmpty();
            assertThat(check(validator, problems, HttpMethod.GET, "/api/audit?user=" + OPERATOR_USER, admin(),
                    List.class)).isNotEmpty();
        } finally {
            probe.release.countDown();
        }
        assertThat(problems).isEmpty();
    }

    private Map<?, ?> check(OpenApiInteractionValidator validator, List<String> problems, HttpMethod method,
                            String uri, org.springframework.boot.test.web.client.TestRestTemplate client) {
        Map<?, ?> answer = check(validator, problems, method, uri, client, Map.class);
        return answer == null ? Map.of() : answer;
    }

    /** sends the request, validates request and answer against the document; returns the JSON answer (or null) */
    private <T> T check(OpenApiInteractionValidator validator, List<String> problems, HttpMethod method,
                        String uri, org.springframework.boot.test.web.client.TestRestTemplate client, Class<T> type) {
        ResponseEntity<String> answer = client.exchange(uri, method, null, String.class);
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method.name()), path)
                .withAuthorization("Basic x");
        if (uri.contains("?")) {
            for (String pair : uri.substring(uri.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.getStatusCode().value())
                .withContentType(answer.getHeaders().getContentType() == null ? null
                        : answer.getHeaders().getContentType().toString())
                .withBody(answer.getBody());
        ValidationReport report = validator.validate(request.build(), response.build());
        // the request side: a deliberately bad parameter is the test's point, not a finding
        report.getMessages().stream()
                .filter(m -> !m.getKey().startsWith("validation.request"))
                .forEach(m -> problems.add(method + " " + uri + " → " + answer.getStatusCode().value() + ": "
                        + m.getKey() + " " + m.getMessage()));
        assertThat(answer.getBody()).as(method + " " + uri + " has a body").isNotBlank();
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(answer.getBody(), type);
        } catch (Exception e) {
            return null;
        }
    }
}
