package jp.kokuho.hub.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Hawtio は Jolokia(/actuator/jolokia)越しに MBean を読み、操作する。operator は読むだけ(read, list, search,
 * version と Camel の dump/browse 系の exec)、ルートの停止・開始などの操作と属性の書き込みは admin だけ。
 * Jolokia の POST 本文(単一または一括の JSON)を見て、operator の操作要求を 403 で断る。
 */
class JolokiaControlFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** exec operations an operator may call: those that only read (Hawtio's route views, message browsing) */
    private static final Pattern READ_ONLY_OPERATION = Pattern.compile(
            "(dump|browse|get|is|can|list|explain|has|count|find|info|create\\w*Json|\\w*AsXml|\\w*AsJson|canInvoke).*");
    private static final Pattern READ_ONLY_DOMAIN = Pattern.compile("(org\\.apache\\.camel|hawtio|jolokia):.*");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/actuator/jolokia");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + SecurityConfiguration.ADMIN));
        if (admin || auth == null) {
            chain.doFilter(request, response); // the authorization rules decide about anonymous requests
            return;
        }
        if ("GET".equals(request.getMethod())) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String rest = path.substring("/actuator/jolokia".length());
            if (rest.startsWith("/write") || rest.startsWith("/exec")) {
                String[] parts = rest.split("/");
                String mbean = parts.length > 2 ? parts[2] : "";
                String operation = parts.length > 3 ? parts[3] : "";
                if (rest.startsWith("/write") || !allowed(mbean, operation)) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN, "route control and writes need the admin role");
                    return;
                }
            }
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        if (body.length > 0) {
            JsonNode tree;
            try {
                tree = JSON.readTree(body);
            } catch (IOException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "not JSON");
                return;
            }
            List<JsonNode> requests = new ArrayList<>();
            if (tree.isArray()) {
                tree.forEach(requests::add);
            } else {
                requests.add(tree);
            }
            for (JsonNode r : requests) {
                String type = r.path("type").asText("");
                if (type.equalsIgnoreCase("write")
                        || type.equalsIgnoreCase("exec") && !allowed(r.path("mbean").asText(""), r.path("operation").asText(""))) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN, "route control and writes need the admin role");
                    return;
                }
            }
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private static boolean allowed(String mbean, String operation) {
        return READ_ONLY_DOMAIN.matcher(mbean).matches() && READ_ONLY_OPERATION.matcher(operation).matches();
    }

    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
