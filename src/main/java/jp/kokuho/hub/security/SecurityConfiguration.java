package jp.kokuho.hub.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * HTTP API と Hawtio のログイン(Spring Security)。
 * <ul>
 * <li>匿名で届くのは {@code /actuator/health}(と probe)だけ。他はすべて 401。</li>
 * <li>operator: GET すべて、POST /api/jobs/*、POST /api/files/{id}/retry、Hawtio の閲覧(Jolokia の read/list/search)。</li>
 * <li>admin: すべて(/api/income-class/overrides/**、Hawtio からのルート停止・開始など)。</li>
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
                        .requestMatchers("/actuator/jolokia", "/actuator/jolokia/**").hasAnyRole(OPERATOR, ADMIN)
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
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(SecurityConfiguration::carriesNoBrowserSession))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterAfter(new JolokiaControlFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }

    private static boolean carriesNoBrowserSession(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getRequestedSessionId() == null && !path.equals("/login");
    }

    @Bean
    UserDetailsService hubUsers(SecurityProperties properties, Environment environment) {
        boolean development = Arrays.stream(environment.getActiveProfiles()).anyMatch(DEVELOPMENT_PROFILES::contains);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new InMemoryUserDetailsManager(
                user(OPERATOR, properties.operator(), development, encoder),
                user(ADMIN, properties.admin(), development, encoder));
    }

    private static org.springframework.security.core.userdetails.UserDetails user(String role,
            SecurityProperties.User configured, boolean development, PasswordEncoder encoder) {
        String key = "hub.security." + role;
        String username = configured.username().isBlank() ? (development ? role : null) : configured.username();
        String password = configured.password();
        if (username == null || password.isBlank()) {
            if (!development) {
                throw new IllegalStateException(key + ".username and " + key + ".password must be set (environment "
                        + "HUB_SECURITY_" + role.toUpperCase() + "_USERNAME / _PASSWORD); there is no default password "
                        + "outside the development profiles " + DEVELOPMENT_PROFILES);
            }
            if (password.isBlank()) {
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                // 開発用プロファイルだけ: 起動時に一度だけ表示する
                log.warn("development profile: generated password for {} user '{}': {}", role, username, password);
            }
        }
        return User.withUsername(username).password(encoder.encode(password)).roles(role).build();
    }
}
