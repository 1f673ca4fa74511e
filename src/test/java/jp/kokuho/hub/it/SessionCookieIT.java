package jp.kokuho.hub.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The form login's cookies and headers: HttpOnly + SameSite session, the CSRF token required, default headers on. */
class SessionCookieIT extends HubIntegrationTest {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** no redirects followed, no cookies kept: each answer as the server gave it */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void formLoginSetsAnHttpOnlySameSiteSessionAndNeedsTheCsrfToken() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String xsrf = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow();
        assertThat(xsrf).contains("SameSite=Lax").doesNotContain("HttpOnly").doesNotContain("Secure");
        Matcher token = HIDDEN_CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        String cookie = xsrf.substring(0, xsrf.indexOf(';'));

        // without the token: refused
        assertThat(login(null, cookie).statusCode()).isEqualTo(403);

        HttpResponse<String> login = login(token.group(1), cookie);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(URI.create(login.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        // the session opens the API; a POST of that session without the CSRF token is refused
        String sessionCookie = session.substring(0, session.indexOf(';'));
        int runs = jdbc.queryForObject("select count(*) from job_run", Integer.class);
        HttpResponse<String> files = http.send(HttpRequest.newBuilder(uri("/api/files"))
                .header("Cookie", sessionCookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(files.statusCode()).isEqualTo(200);
        HttpResponse<String> forgedJob = http.send(HttpRequest.newBuilder(uri("/api/jobs/probe?month=2026-10"))
                .header("Cookie", sessionCookie).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forgedJob.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from job_run", Integer.class)).isEqualTo(runs);
    }

    private HttpResponse<String> login(String csrf, String cookie) throws Exception {
        String form = "username=" + enc(OPERATOR_USER) + "&password=" + enc(OPERATOR_PASSWORD)
                + (csrf == null ? "" : "&_csrf=" + enc(csrf));
        return http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
