package jp.kokuho.hub.security;

import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

import jp.kokuho.hub.config.HubProperties;

/**
 * HTTP API と Hawtio のログイン(Spring Security)。
 * <ul>
 * <li>匿名で届くのは {@code /actuator/health}(と probe)だけ。他はすべて 401。</li>
 * <li>operator: GET すべて、POST /api/jobs/*、POST /api/files/{id}/retry、Hawtio の閲覧(Camel の MBean の read/list/search)。</li>
 * <li>admin: すべて(/api/income-class/overrides/**、/api/audit、Hawtio からのルート停止・開始など)。</li>
 * <li>Jolokia で何ができるかは Jolokia が要求を解析した後に {@link HubJolokiaRestrictor} が決める。</li>
 * </ul>
 * スクリプトと curl は HTTP Basic、ブラウザはフォームログイン({@code /login}、同じ利用者とロール)。ログイン後のセッションで
 * 職員画面({@code /})と Hawtio が使える。CSRF はブラウザのセッションで送る要求すべてで有効、Authorization ヘッダー付きの
 * 要求(Basic)だけ無効。
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** profiles in which a missing password is generated and printed once instead of stopping the start */
    static final Set<String> DEVELOPMENT_PROFILES = Set.of("sample", "dev");

    static final String REALM = "kokuho-hub";

    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";

    @Bean
    SecurityFilterChain hubSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/login", "/favicon.ico").permitAll()
                        .requestMatchers("/api/audit", "/api/audit/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/jobs/*").hasAnyRole(OPERATOR, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/files/*/retry").hasAnyRole(OPERATOR, ADMIN)
                        // 職員画面 (console): start a job, mark a rejected file 確認済 (職権修正 stays admin)
                        .requestMatchers(HttpMethod.POST, "/jobs/*", "/files/*/review", "/files/*/retry").hasAnyRole(OPERATOR, ADMIN)
                        // Jolokia, directly or as Hawtio forwards it: the restrictor decides per request (below)
                        .requestMatchers("/actuator/jolokia", "/actuator/jolokia/**", "/actuator/hawtio/jolokia",
                                "/actuator/hawtio/jolokia/**").hasAnyRole(OPERATOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(OPERATOR, ADMIN)
                        .requestMatchers(HttpMethod.HEAD, "/**").hasAnyRole(OPERATOR, ADMIN)
                        .anyRequest().hasRole(ADMIN))
                // scripts and curl: HTTP Basic; browsers: the form login page /login (templates/login.html)
                .httpBasic(basic -> basic.realmName(REALM))
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/")
                        .failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HubAuthenticationEntryPoint(REALM)))
                // CSRF: on for everything a browser session sends (the login form, forms, the console's and Hawtio's
                // requests, which send the XSRF-TOKEN cookie back as the X-XSRF-TOKEN header); off only for requests
                // that a forger could not use a session with: those bringing their own credentials (Authorization:
                // Basic, i.e. scripts and curl) and those without any session (they get 401 like any anonymous call)
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(SecurityConfiguration::carriesNoBrowserSession))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterAfter(new HawtioLoginBridge(), AuthorizationFilter.class);
        // what a user may do through Jolokia (Hawtio) is decided by Jolokia's restrictor after Jolokia parsed the
        // request: HubJolokiaRestrictor (management.endpoint.jolokia.config.restrictorClass)
        return http.build();
    }

    /** The CSRF token in the XSRF-TOKEN cookie, readable by the page's scripts (they send it back as a header). */
    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax")); // Secure: set by the repository over TLS
        return tokens;
    }

    private static boolean carriesNoBrowserSession(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getRequestedSessionId() == null && !path.equals("/login");
    }

    @Bean
    UserDetailsService hubUsers(SecurityProperties properties, Environment environment, HubProperties hub,
                                LoginLockout lockout) {
        return users(properties, environment, hub.dataDir(), lockout);
    }

    UserDetailsService users(SecurityProperties properties, Environment environment, java.nio.file.Path dataDir,
                             LoginLockout lockout) {
        boolean development = Arrays.stream(environment.getActiveProfiles()).anyMatch(DEVELOPMENT_PROFILES::contains);
        SampleCredentials generated = development ? new SampleCredentials(dataDir) : null;
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        UserDetails operator = user(OPERATOR, properties.operator(), generated, encoder);
        UserDetails admin = user(ADMIN, properties.admin(), generated, encoder);
        if (generated != null && (properties.operator().password().isBlank() || properties.admin().password().isBlank())) {
            generated.save();
            // 開発用プロファイルだけ: パスワードは所有者だけが読めるファイルに一度だけ作り、次の起動でも使う
            log.info("sample login: users '{}' and '{}', passwords in {} (generated once, kept, readable only by its owner)",
                    operator.getUsername(), admin.getUsername(), generated.file());
        }
        lockout.watch(Set.of(operator.getUsername(), admin.getUsername()));
        return new LockingUserDetailsService(new InMemoryUserDetailsManager(operator, admin), lockout);
    }

    private static UserDetails user(String role, SecurityProperties.User configured, SampleCredentials generated,
                                    PasswordEncoder encoder) {
        String key = "hub.security." + role;
        String username = configured.username().isBlank() ? (generated != null ? role : null) : configured.username();
        String password = configured.password();
        if (username == null || password.isBlank()) {
            if (generated == null) {
                throw new IllegalStateException(key + ".username and " + key + ".password must be set (environment "
                        + "HUB_SECURITY_" + role.toUpperCase() + "_USERNAME / _PASSWORD); there is no default password "
                        + "outside the development profiles " + DEVELOPMENT_PROFILES);
            }
            password = generated.passwordOf(username);
        }
        return User.withUsername(username).password(encoder.encode(password)).roles(role).build();
    }
}
