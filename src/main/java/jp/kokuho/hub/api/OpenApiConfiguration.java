package jp.kokuho.hub.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import jp.kokuho.hub.jobs.JobDefinition;
import jp.kokuho.hub.jobs.JobParameter;
import jp.kokuho.hub.jobs.JobRunner;

/**
 * The OpenAPI document ({@code /v3/api-docs}) a client can be generated from: title, version and description,
 * HTTP Basic as the security scheme of every operation, the job names as an enum and each job's query parameter
 * (from the {@link JobDefinition} beans, so a new job documents itself), and the {@link ApiError} body on the
 * 400/401/403/404/500 answers of every operation.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BASIC = "basic";

    @Bean
    OpenAPI hubOpenApi(org.springframework.beans.factory.ObjectProvider<BuildProperties> build) {
        BuildProperties b = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info().title("kokuho-hub API").version(b == null ? "0.1.0" : b.getVersion())
                        .description("国民健康保険 統計・報告等 integration hub: the processing history of received files,"
                                + " jobs (所得区分判定, 滞納区分, 事業月報, …) and inquiries. Every timestamp is ISO-8601 in"
                                + " Japan time (+09:00). Every error answer has the body {status, error, message}."
                                + " Login: HTTP Basic; operator reads and starts jobs, admin also changes data."))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("the hub's users (hub.security.*): roles operator and admin")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer hubOpenApiDetails(JobRunner jobs) {
        return openApi -> {
            PathItem start = openApi.getPaths() == null ? null : openApi.getPaths().get("/api/jobs/{job}");
            if (start != null && start.getPost() != null) {
                describeJobs(start.getPost(), jobs);
            }
            Schema<?> errorSchema = new Schema<>().$ref("#/components/schemas/ApiError");
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
                    ApiResponses responses = op.getResponses();
                    boolean parameters = op.getParameters() != null && !op.getParameters().isEmpty();
                    if (parameters || op.getRequestBody() != null) {
                        addError(responses, "400", "a parameter or the body is missing or malformed", errorSchema);
                    }
                    if (parameters && op.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
                        addError(responses, "404", "no such resource", errorSchema);
                    }
                    addError(responses, "401", "login required", errorSchema);
                    addError(responses, "403", "this user's role may not do this", errorSchema);
                    addError(responses, "500", "internal error", errorSchema);
                    responses.values().forEach(OpenApiConfiguration::jsonOnly);
                }));
            }
        };
    }

    /** the job names as an enum, and each job's query parameters (from {@link JobDefinition#form}) */
    private static void describeJobs(Operation post, JobRunner jobs) {
        Map<String, List<String>> byParameter = new LinkedHashMap<>();
        Map<String, JobParameter> parameters = new LinkedHashMap<>();
        for (JobDefinition job : jobs.definitions()) {
            for (JobParameter p : job.form(LocalDate.now(ApiTime.JAPAN))) {
                parameters.putIfAbsent(p.name(), p);
                byParameter.computeIfAbsent(p.name(), k -> new ArrayList<>())
                        .add(job.name() + (p.required() ? " (required)" : " (optional)"));
            }
        }
        List<Parameter> list = new ArrayList<>();
        for (Parameter p : post.getParameters() == null ? List.<Parameter>of() : post.getParameters()) {
            if ("job".equals(p.getName())) {
                StringSchema names = new StringSchema();
                jobs.names().forEach(names::addEnumItem);
                p.schema(names);
                p.description("the job: " + String.join(", ", jobs.definitions().stream()
                        .map(d -> d.name() + " (" + d.title() + ")").toList()));
            }
            list.add(p);
        }
        parameters.forEach((name, p) -> list.add(new Parameter().in("query").name(name).required(false)
                .description(p.label() + " (" + p.kind().pattern() + "); read by " + String.join(", ",
                        byParameter.get(name)) + "; a job that requires it answers 400 without it")
                .example(p.kind().example()).schema(new StringSchema().pattern(pattern(p.kind())))));
        post.setParameters(list);
    }

    private static String pattern(JobParameter.Kind kind) {
        return switch (kind) {
            case MONTH -> "^\\d{4}-\\d{2}$";
            case DATE -> "^\\d{4}-\\d{2}-\\d{2}$";
            case YEAR -> "^\\d{4}$";
        };
    }

    private static void addError(ApiResponses responses, String code, String description, Schema<?> schema) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/json", new MediaType().schema(schema))));
        }
    }

    /** springdoc lists {@code *}{@code /*} for answers of {@code ResponseEntity<?>}: the hub answers JSON */
    private static void jsonOnly(ApiResponse response) {
        Content content = response.getContent();
        if (content != null && content.containsKey("*/*")) {
            MediaType media = content.remove("*/*");
            content.putIfAbsent("application/json", media);
        }
    }
}
