package jp.kokuho.hub.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Hawtio on the hub's one login. Hawtio 4.3.0 has its own login only by JAAS, and its Spring Security module
 * ({@code hawtio-springboot-security}) is not published for 4.3.0, so Hawtio runs with its authentication off behind
 * Spring Security (docs/security.md). Then three of Hawtio's own addresses would speak of a login of their own; they
 * are answered here instead, in the security filter chain (after the login check):
 * <ul>
 * <li>{@code /actuator/hawtio/user}: the logged-in user's name (Hawtio shows it and treats "public" as nobody);</li>
 * <li>{@code /actuator/hawtio/auth/logout}: Hawtio's logout menu ends the hub's session, then the login page;</li>
 * <li>{@code /actuator/hawtio/login}: Hawtio's own login form is never shown, the hub's login page is.</li>
 * </ul>
 */
class HawtioLoginBridge extends OncePerRequestFilter {

    static final String HAWTIO = "/actuator/hawtio";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        switch (path) {
            case HAWTIO + "/user" -> {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("Cache-Control", "no-store");
                response.getWriter().write("\"" + auth.getName().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
            case HAWTIO + "/auth/logout" -> {
                request.logout();
                response.sendRedirect(request.getContextPath() + "/login?logout");
            }
            case HAWTIO + "/login" -> response.sendRedirect(request.getContextPath() + "/login");
            default -> chain.doFilter(request, response);
        }
    }
}
