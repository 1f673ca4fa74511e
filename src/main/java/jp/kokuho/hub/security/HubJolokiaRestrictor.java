package jp.kokuho.hub.security;

import javax.management.ObjectName;

import org.jolokia.server.core.service.api.Restrictor;
import org.jolokia.server.core.util.HttpMethod;
import org.jolokia.server.core.util.RequestType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import jp.kokuho.hub.security.JolokiaAccessPolicy.Role;

/**
 * Jolokia's restrictor for the hub ({@code management.endpoint.jolokia.config.restrictorClass}): Jolokia asks it
 * after parsing a request (GET path, {@code p=} parameter, encoded path, POST single or bulk: all the same to it), on
 * the request's thread, where Spring Security has put the logged-in user. The rules: {@link JolokiaAccessPolicy}.
 */
public class HubJolokiaRestrictor implements Restrictor {

    private static final Logger log = LoggerFactory.getLogger(HubJolokiaRestrictor.class);

    @Override
    public boolean isHttpMethodAllowed(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.POST;
    }

    @Override
    public boolean isTypeAllowed(RequestType type) {
        boolean allowed = switch (type) {
            case READ, LIST, SEARCH, VERSION, EXEC -> role() != Role.NONE; // exec: per operation below
            default -> false; // write, notification
        };
        if (!allowed) {
            log.info("Jolokia refused {} for user '{}'", type.getName(), user());
        }
        return allowed;
    }

    @Override
    public boolean isAttributeReadAllowed(ObjectName name, String attribute) {
        boolean allowed = JolokiaAccessPolicy.mayRead(role(), name);
        if (!allowed) {
            log.debug("Jolokia refused reading {} of {} for user '{}'", attribute, name, user());
        }
        return allowed;
    }

    @Override
    public boolean isAttributeWriteAllowed(ObjectName name, String attribute) {
        log.info("Jolokia refused writing {} of {} for user '{}'", attribute, name, user());
        return false;
    }

    @Override
    public boolean isOperationAllowed(ObjectName name, String operation) {
        boolean allowed = JolokiaAccessPolicy.mayExec(role(), name, operation);
        if (!allowed) {
            log.info("Jolokia refused operation {} on {} for user '{}'", operation, name, user());
        }
        return allowed;
    }

    @Override
    public boolean isRemoteAccessAllowed(String... hostOrAddress) {
        return true; // who may call is decided by the login (SecurityConfiguration), not by address
    }

    @Override
    public boolean isOriginAllowed(String origin, boolean onlyWhenStrictCheckingIsEnabled) {
        // strict origin checking is off (login + CSRF protect the endpoint); no CORS answer for other origins
        return onlyWhenStrictCheckingIsEnabled;
    }

    @Override
    public boolean isObjectNameHidden(ObjectName name) {
        return !JolokiaAccessPolicy.visible(name);
    }

    /** The role of the user logged in on this thread (also for HubJmxSecurity). */
    static Role role() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Role.NONE;
        }
        boolean admin = false;
        boolean operator = false;
        for (var authority : auth.getAuthorities()) {
            admin |= authority.getAuthority().equals("ROLE_" + SecurityConfiguration.ADMIN);
            operator |= authority.getAuthority().equals("ROLE_" + SecurityConfiguration.OPERATOR);
        }
        return admin ? Role.ADMIN : operator ? Role.OPERATOR : Role.NONE;
    }

    private static String user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "-" : auth.getName();
    }
}
