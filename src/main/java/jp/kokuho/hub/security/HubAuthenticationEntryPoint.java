package jp.kokuho.hub.security;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a request without login gets: a browser opening a page is sent to the login page; a script gets 401 with
 * the HTTP Basic challenge; a page's own background request (XMLHttpRequest/fetch of the console or Hawtio) gets a
 * plain 401, without the challenge, so that the browser shows no password dialog of its own.
 */
class HubAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final String realm;
    private final AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
    private final RequestMatcher pageNavigation;
    private final RequestMatcher backgroundRequest = new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest");

    HubAuthenticationEntryPoint(String realm) {
        this.realm = realm;
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(new HeaderContentNegotiationStrategy(),
                MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        this.pageNavigation = html;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (!backgroundRequest.matches(request) && "GET".equals(request.getMethod()) && pageNavigation.matches(request)) {
            loginPage.commence(request, response, e);
            return;
        }
        if (!backgroundRequest.matches(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
        }
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
