package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jolokia on the real endpoint: every request form (GET path, {@code p=} parameter, percent-encoded path, POST single
 * and bulk) × role × operation. Decided after Jolokia parsed the request (HubJolokiaRestrictor), so the form makes no
 * difference. Outcomes are checked on the hub itself (the route's state, no heap dump file), not only the answer.
 */
class JolokiaAccessIT extends HubIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROUTE_ID = "intake-collection";
    private static final String ROUTE = "org.apache.camel:context=kokuho-hub,type=routes,name=\"" + ROUTE_ID + "\"";
    private static final String CONTEXT = "org.apache.camel:context=kokuho-hub,type=context,name=\"kokuho-hub\"";

    @Autowired
    CamelContext camel;

    enum Form { GET_PATH, GET_PARAM, GET_ENCODED_PATH, POST_SINGLE, POST_BULK }

    enum Who { OPERATOR, ADMIN }

    /** One Jolokia request, independent of its form. */
    record Call(String type, String mbean, String name, List<String> values) {
        static Call read(String mbean, String attribute) {
            return new Call("read", mbean, attribute, List.of());
        }

        static Call exec(String mbean, String operation, String... arguments) {
            return new Call("exec", mbean, operation, List.of(arguments));
        }

        static Call write(String mbean, String attribute, String value) {
            return new Call("write", mbean, attribute, List.of(value));
        }

        String path() {
            StringBuilder p = new StringBuilder("/").append(type).append('/').append(escape(mbean)).append('/').append(escape(name));
            values.forEach(v -> p.append('/').append(escape(v)));
            return p.toString();
        }

        String json() {
            Map<String, Object> r = new java.util.LinkedHashMap<>();
            r.put("type", type);
            r.put("mbean", mbean);
            r.put(type.equals("exec") ? "operation" : "attribute", name);
            if (type.equals("exec")) {
                r.put("arguments", values);
            } else if (!values.isEmpty()) {
                r.put("value", values.get(0));
            }
            try {
                return JSON.writeValueAsString(r);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Jolokia's path escaping ("/" as "!/") and then percent-encoding of what a URL cannot carry as it is (the
         *  slashes left are Jolokia-escaped ones: "%2F" would be refused by Tomcat before Jolokia sees it) */
        private static String escape(String part) {
            String jolokia = part.replace("!", "!!").replace("/", "!/");
            StringBuilder out = new StringBuilder();
            for (byte b : jolokia.getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                if (Character.isLetterOrDigit(c) || "-._~:=,!()*/".indexOf(c) >= 0) {
                    out.append(c);
                } else {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
            return out.toString();
        }
    }

    private TestRestTemplate as(Who who) {
        return who == Who.ADMIN ? admin() : api();
    }

    /** The status Jolokia gave the request (or Spring Security's HTTP status when it never got there). */
    private int send(TestRestTemplate http, Form form, Call call) {
        ResponseEntity<String> response = switch (form) {
            case GET_PATH -> http.getForEntity(URI.create(rootUri(http) + "/actuator/jolokia" + call.path()), String.class);
            case GET_PARAM -> http.getForEntity(URI.create(rootUri(http) + "/actuator/jolokia?p=" + call.path()), String.class);
            case GET_ENCODED_PATH -> http.getForEntity(URI.create(rootUri(http) + "/actuator/jolokia/"
                    + "%" + Integer.toHexString(call.type().charAt(0)) + call.path().substring(2)), String.class);
            case POST_SINGLE -> http.postForEntity("/actuator/jolokia", json(call.json()), String.class);
            case POST_BULK -> http.postForEntity("/actuator/jolokia", json("[{\"type\":\"version\"}," + call.json() + "]"),
                    String.class);
        };
        if (response.getStatusCode().value() != 200) {
            return response.getStatusCode().value();
        }
        if (!response.getBody().contains("\"status\":200") && !response.getBody().contains("\"status\":403")) {
            System.out.println("Jolokia " + form + " " + call + ": " + response.getBody());
        }
        try {
            JsonNode body = JSON.readTree(response.getBody());
            if (form == Form.POST_BULK) {
                assertThat(body.get(0).path("status").asInt()).as("the version request of the bulk").isEqualTo(200);
                body = body.get(1);
            }
            return body.path("status").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(response.getBody(), e);
        }
    }

    private static String rootUri(TestRestTemplate http) {
        return http.getRootUri();
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private ServiceStatus routeStatus() {
        return camel.getRouteController().getRouteStatus(ROUTE_ID);
    }

    static Stream<Arguments> everyRoleAndForm() {
        return Stream.of(Who.values()).flatMap(w -> Stream.of(Form.values()).map(f -> Arguments.of(w, f)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoleAndForm")
    void bothRolesReadTheCamelMBeans(Who who, Form form) {
        assertThat(send(as(who), form, Call.read(ROUTE, "ExchangesTotal"))).isEqualTo(200);
        assertThat(send(as(who), form, Call.exec(CONTEXT, "dumpRoutesAsXml()"))).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoleAndForm")
    void nobodyDumpsTheHeapRunsDiagnosticsChangesVmOptionsOrReadsSecrets(Who who, Form form) throws Exception {
        Path dump = dirs.root().resolve("heap-" + who + "-" + form + ".hprof");
        TestRestTemplate http = as(who);
        assertThat(send(http, form, Call.exec("com.sun.management:type=HotSpotDiagnostic",
                "dumpHeap(java.lang.String,boolean)", dump.toString(), "true"))).isEqualTo(403);
        assertThat(send(http, form, Call.exec("com.sun.management:type=DiagnosticCommand",
                "vmCommandLine", "x"))).isEqualTo(403);
        assertThat(send(http, form, Call.exec("com.sun.management:type=DiagnosticCommand",
                "vmSystemProperties", "x"))).isEqualTo(403);
        assertThat(send(http, form, Call.exec("com.sun.management:type=DiagnosticCommand",
                "jvmtiAgentLoad", "x.so"))).isEqualTo(403);
        assertThat(send(http, form, Call.exec("com.sun.management:type=HotSpotDiagnostic",
                "setVMOption(java.lang.String,java.lang.String)", "HeapDumpOnOutOfMemoryError", "true"))).isEqualTo(403);
        assertThat(send(http, form, Call.read("java.lang:type=Runtime", "SystemProperties"))).isEqualTo(403);
        assertThat(send(http, form, Call.read("java.lang:type=Runtime", "InputArguments"))).isEqualTo(403);
        assertThat(send(http, form, Call.write("java.lang:type=Memory", "Verbose", "true"))).isEqualTo(403);
        assertThat(send(http, form, Call.write(ROUTE, "Tracing", "true"))).isEqualTo(403);
        assertThat(send(http, form, Call.exec(CONTEXT, "stop()"))).isEqualTo(403);
        Thread.sleep(50);
        assertThat(dump).doesNotExist();
        assertThat(camel.isStarted()).isTrue();
        assertThat(routeStatus()).isEqualTo(ServiceStatus.Started);
    }

    @ParameterizedTest(name = "operator {0}")
    @EnumSource(Form.class)
    void anOperatorCannotControlRoutes(Form form) {
        for (String operation : List.of("stop()", "suspend()", "stop(long)", "start()", "resume()")) {
            Call call = operation.equals("stop(long)") ? Call.exec(ROUTE, operation, "1") : Call.exec(ROUTE, operation);
            assertThat(send(api(), form, call)).as(operation).isEqualTo(403);
            assertThat(routeStatus()).as(operation).isEqualTo(ServiceStatus.Started);
        }
    }

    @ParameterizedTest(name = "admin {0}")
    @EnumSource(Form.class)
    void anAdminSuspendsAndResumesStopsAndStartsRoutes(Form form) {
        try {
            assertThat(send(admin(), form, Call.exec(ROUTE, "suspend()"))).isEqualTo(200);
            assertThat(routeStatus()).isEqualTo(ServiceStatus.Suspended);
            assertThat(send(admin(), form, Call.exec(ROUTE, "resume()"))).isEqualTo(200);
            assertThat(routeStatus()).isEqualTo(ServiceStatus.Started);
            assertThat(send(admin(), form, Call.exec(ROUTE, "stop()"))).isEqualTo(200);
            assertThat(routeStatus()).isEqualTo(ServiceStatus.Stopped);
            assertThat(send(admin(), form, Call.exec(ROUTE, "start()"))).isEqualTo(200);
            assertThat(routeStatus()).isEqualTo(ServiceStatus.Started);
        } finally {
            if (routeStatus() != ServiceStatus.Started) {
                try {
                    camel.getRouteController().startRoute(ROUTE_ID);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Form.class)
    void withoutLoginNothingAnswers(Form form) {
        assertThat(send(anonymous(), form, Call.read(ROUTE, "ExchangesTotal"))).isEqualTo(401);
    }

    @Test
    void listAndSearchShowOnlyTheCamelAndHawtioMBeans() throws Exception {
        for (TestRestTemplate http : List.of(api(), admin())) {
            JsonNode search = JSON.readTree(http.getForObject("/actuator/jolokia/search/*:*", String.class));
            assertThat(search.path("status").asInt()).isEqualTo(200);
            assertThat(search.path("value")).isNotEmpty();
            search.path("value").forEach(n -> assertThat(n.asText()).matches("(org\\.apache\\.camel|hawtio):.*"));
            assertThat(search.path("value").toString()).contains("intake-qualification");

            JsonNode list = JSON.readTree(http.postForObject("/actuator/jolokia",
                    json("{\"type\":\"list\",\"config\":{\"maxDepth\":1}}"), String.class));
            assertThat(list.path("status").asInt()).isEqualTo(200);
            List<String> domains = new java.util.ArrayList<>();
            list.path("value").fieldNames().forEachRemaining(domains::add);
            assertThat(domains).contains("org.apache.camel").allMatch(d -> d.equals("org.apache.camel") || d.equals("hawtio"));
        }
    }

    /**
     * End to end on the real hub: an operator's stop does nothing; an admin's stop keeps a dropped file waiting in
     * the inbox, the admin's start takes it in; both are in the audit trail with the admin's name.
     */
    @Test
    void anAdminStopsARouteTheFileWaitsAndIsTakenInAfterTheStartBothAudited() throws Exception {
        resetHub();
        jdbc.update("delete from audit_log");
        assertThat(send(api(), Form.GET_PARAM, Call.exec(ROUTE, "stop()"))).isEqualTo(403);
        assertThat(routeStatus()).isEqualTo(ServiceStatus.Started);
        try {
            assertThat(send(admin(), Form.POST_SINGLE, Call.exec(ROUTE, "stop()"))).isEqualTo(200);
            assertThat(routeStatus()).isEqualTo(ServiceStatus.Stopped);
            String name = "COL_" + INSURER + "_20261031.csv";
            Path dropped = drop("collection", name, "not a collection file\r\n".getBytes(StandardCharsets.US_ASCII));
            // stopped: the file is not taken (give the poller several chances)
            Thread.sleep(1500);
            assertThat(dropped).exists();
            assertThat(send(admin(), Form.GET_PATH, Call.exec(ROUTE, "start()"))).isEqualTo(200);
            await().atMost(Duration.ofSeconds(60)).until(() -> !Files.exists(dropped));
        } finally {
            if (routeStatus() != ServiceStatus.Started) {
                camel.getRouteController().startRoute(ROUTE_ID);
            }
        }
        List<Map<String, Object>> audit = jdbc.queryForList("select username, action, target from audit_log order by id");
        assertThat(audit).extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("target"))
                .containsExactly(ADMIN_USER + " ROUTE_STOPPED route " + ROUTE_ID, ADMIN_USER + " ROUTE_STARTED route " + ROUTE_ID);
    }
}
