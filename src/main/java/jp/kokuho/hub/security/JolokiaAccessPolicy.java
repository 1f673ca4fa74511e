package jp.kokuho.hub.security;

import java.util.Set;
import java.util.regex.Pattern;

import javax.management.ObjectName;

/**
 * Who may do what through Jolokia (and so through Hawtio): the one place of these rules. Decided on what Jolokia
 * parsed (object name, operation, attribute, request type), whatever the form of the HTTP request was.
 * <ul>
 * <li>Visible at all: the Camel MBeans ({@code org.apache.camel}) and Hawtio's own ({@code hawtio}); every other
 * MBean (the JVM's {@code java.lang} with its system properties and arguments, {@code com.sun.management} with heap
 * dumps, diagnostic commands and VM options, Jolokia's own, Artemis, Tomcat, ...) is hidden from list and search,
 * and refused for read and exec.</li>
 * <li>operator and admin: read the attributes of visible MBeans, list, search, version, and call the operations that
 * only describe (the Camel {@code dump...} views of routes and statistics, Hawtio's {@code canInvoke}).</li>
 * <li>admin only: stop, start, suspend and resume a route ({@code org.apache.camel:type=routes}).</li>
 * <li>nobody: write an attribute, call any other operation (messages browsed or traced hold personal data; other
 * operations change the hub), notifications.</li>
 * </ul>
 */
final class JolokiaAccessPolicy {

    private static final String CAMEL = "org.apache.camel";
    private static final String HAWTIO = "hawtio";
    private static final Set<String> ROUTE_CONTROL = Set.of("start", "stop", "suspend", "resume");
    /** operations that only describe: Camel's dump views, minus those showing messages, exchanges or debug state */
    private static final Pattern DESCRIBING = Pattern.compile("dump\\w*");
    private static final Pattern SHOWS_MESSAGES = Pattern.compile(".*(Message|Traced|Exchange|Breakpoint|Body|Header).*");
    private static final Set<String> DESCRIBING_EXTRA = Set.of("createRouteStaticEndpointJson", "listRestServices",
            "componentNames", "isUpdateRouteEnabled", "canSendToEndpoint", "endpointStatistics");
    private static final Set<String> HAWTIO_OPERATIONS = Set.of("canInvoke");

    enum Role { NONE, OPERATOR, ADMIN }

    private JolokiaAccessPolicy() {
    }

    static boolean visible(ObjectName name) {
        String domain = name.getDomain();
        return domain.equals(CAMEL) || domain.equals(HAWTIO);
    }

    static boolean mayRead(Role role, ObjectName name) {
        return role != Role.NONE && visible(name);
    }

    static boolean mayExec(Role role, ObjectName name, String operation) {
        if (role == Role.NONE || !visible(name)) {
            return false;
        }
        String op = operationName(operation);
        if (name.getDomain().equals(HAWTIO)) {
            return HAWTIO_OPERATIONS.contains(op);
        }
        if (isRouteControl(name, op)) {
            return role == Role.ADMIN;
        }
        return DESCRIBING_EXTRA.contains(op) || DESCRIBING.matcher(op).matches() && !SHOWS_MESSAGES.matcher(op).matches();
    }

    /** A route stop/start/suspend/resume (what the admin may do and the audit trail records). */
    static boolean isRouteControl(ObjectName name, String operation) {
        return name.getDomain().equals(CAMEL) && "routes".equals(name.getKeyProperty("type"))
                && ROUTE_CONTROL.contains(operationName(operation));
    }

    /** {@code stop(long)} → {@code stop}: Jolokia passes the operation as the request named it, signature and all. */
    static String operationName(String operation) {
        if (operation == null) {
            return "";
        }
        int paren = operation.indexOf('(');
        return (paren < 0 ? operation : operation.substring(0, paren)).trim();
    }
}
