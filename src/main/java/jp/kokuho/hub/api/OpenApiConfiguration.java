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
 * (from the {@link JobDefinition} beans, so a new job documents itself): the schema {@code JobParameters}, one of a
 * schema per job discriminated by {@code job}, and an operation per job ({@code POST /api/jobs/monthly-report} with
 * its own parameters, beside the generic {@code POST /api/jobs/{job}}), and the {@link ApiError} body on the
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
                jobSchemas(openApi, jobs);
                jobOperations(openApi, start.getPost(), jobs);
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

    /**
     * {@code JobParameters}: one of a schema per job ({@code <Job>Parameters}: {@code job} and the job's own
     * parameters, with which are required), discriminated by {@code job}
     */
    private static void jobSchemas(OpenAPI openApi, JobRunner jobs) {
        if (openApi.getComponents() == null) {
            openApi.components(new Components());
        }
        Schema<Object> oneOf = new Schema<>();
        oneOf.description("The parameters of each job, by job name (POST /api/jobs/{job}: the job in the path, the"
                + " others as query parameters)");
        io.swagger.v3.oas.models.media.Discriminator discriminator = new io.swagger.v3.oas.models.media.Discriminator()
                .propertyName("job");
        for (JobDefinition job : jobs.definitions()) {
            String name = schemaName(job);
            Schema<Object> schema = new Schema<>();
            schema.type("object").description(job.title());
            schema.addProperty("job", new StringSchema()._enum(List.of(job.name())).description("the job"));
            schema.addRequiredItem("job");
            for (JobParameter p : job.form(LocalDate.now(ApiTime.JAPAN))) {
                schema.addProperty(p.name(), parameterSchema(p));
                if (p.required()) {
                    schema.addRequiredItem(p.name());
                }
            }
            openApi.getComponents().addSchemas(name, schema);
            oneOf.addOneOfItem(new Schema<>().$ref("#/components/schemas/" + name));
            discriminator.mapping(job.name(), "#/components/schemas/" + name);
        }
        oneOf.discriminator(discriminator);
        openApi.getComponents().addSchemas("JobParameters", oneOf);
    }

    /** an operation per job: {@code POST /api/jobs/<name>} with the job's own parameters, required where they are */
    private static void jobOperations(OpenAPI openApi, Operation generic, JobRunner jobs) {
        for (JobDefinition job : jobs.definitions()) {
            Operation op = new Operation()
                    .operationId("start" + schemaName(job).replace("Parameters", ""))
                    .summary("Start a run of " + job.name() + " (" + job.title() + ")")
                    .description("As POST /api/jobs/{job} with job=" + job.name() + "; its parameters are those of"
                            + " the schema " + schemaName(job) + ".")
                    .tags(generic.getTags());
            ApiResponses responses = new ApiResponses();
            generic.getResponses().forEach((code, response) -> {
                if (!"404".equals(code)) { // the path names the job: there is nothing to miss
                    responses.addApiResponse(code, response);
                }
            });
            op.responses(responses);
            for (JobParameter p : job.form(LocalDate.now(ApiTime.JAPAN))) {
                op.addParametersItem(new Parameter().in("query").name(p.name()).required(p.required())
                        .description(p.label() + " (" + p.kind().pattern() + ")"
                                + (p.required() ? "" : "; without it: " + defaultDescription(p)))
                        .example(p.kind().example()).schema(parameterSchema(p)));
            }
            openApi.getPaths().addPathItem("/api/jobs/" + job.name(), new PathItem().post(op));
        }
    }

    private static String defaultDescription(JobParameter p) {
        return p.kind() == JobParameter.Kind.DATE ? "today (Japan time)" : "the job's default";
    }

    private static Schema<?> parameterSchema(JobParameter p) {
        return new StringSchema().pattern(pattern(p.kind())).description(p.label() + " (" + p.kind().pattern() + ")")
                .example(p.kind().example());
    }

    /** {@code monthly-report} → {@code MonthlyReportParameters} */
    private static String schemaName(JobDefinition job) {
        StringBuilder name = new StringBuilder();
        for (String part : job.name().split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name + "Parameters";
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
