package jp.kokuho.hub.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
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
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * HTTP API と Hawtio のログイン(Spring Security)。
 * <ul>
 * <li>匿名で届くのは {@code /actuator/health}(と probe)だけ。他はすべて 401。</li>
 * <li>operator: GET すべて、POST /api/jobs/*、Hawtio の閲覧(Jolokia の read/list/search)。</li>
 * <li>admin: すべて(/api/income-class/overrides/**、Hawtio からのルート停止・開始など)。</li>
 * </ul>
 * API は HTTP Basic。Hawtio は同じ利用者でフォームログインもできる。CSRF は API(Basic、ブラウザのセッションを
 * 使わない)と Jolokia(Hawtio が POST する)では無効、それ以外(フォームログインのセッション)では有効。
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** profiles in which a missing password is generated and printed once instead of stopping the start */
    static final Set<String> DEVELOPMENT_PROFILES = Set.of("sample", "dev");

    public static final String OPERATOR = "operator";
    public static final String ADMIN = "admin";

    @Bean
    SecurityFilterChain hubSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/jobs/*").hasAnyRole(OPERATOR, ADMIN)
                        .requestMatchers("/actuator/jolokia", "/actuator/jolokia/**").hasAnyRole(OPERATOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(OPERATOR, ADMIN)
                        .requestMatchers(HttpMethod.HEAD, "/**").hasAnyRole(OPERATOR, ADMIN)
                        .requestMatchers("/login", "/logout").permitAll()
                        .anyRequest().hasRole(ADMIN))
                .httpBasic(basic -> basic.realmName("kokuho-hub"))
                .formLogin(form -> form.permitAll())
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        (request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"kokuho-hub\"");
                            response.sendError(401);
                        }, request -> true))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers("/api/**", "/actuator/jolokia", "/actuator/jolokia/**"))
                .addFilterAfter(new JolokiaControlFilter(), BasicAuthenticationFilter.class);
        return http.build();
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
