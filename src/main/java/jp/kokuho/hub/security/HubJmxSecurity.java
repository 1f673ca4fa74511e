package jp.kokuho.hub.security;

import java.util.List;
import java.util.Map;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeDataSupport;
import javax.management.openmbean.OpenDataException;
import javax.management.openmbean.TabularData;
import javax.management.openmbean.TabularDataSupport;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import io.hawt.jmx.JMXSecurity;

/**
 * Tells Hawtio in advance what the logged-in user may do ({@code hawtio:type=security,area=jmx,name=KokuhoHubJMXSecurity},
 * which Hawtio prefers to its own "let everybody do everything" one), from the same rules the Jolokia restrictor
 * applies ({@link JolokiaAccessPolicy}): an operator sees the route stop/start buttons disabled. Only a courtesy of
 * the page: the restrictor refuses the operation whatever the page offers. Hawtio calls it through Jolokia, on the
 * request's thread, where Spring Security has the user.
 */
@Component
class HubJmxSecurity extends JMXSecurity implements InitializingBean, DisposableBean {

    static final String NAME = "hawtio:type=security,area=jmx,name=KokuhoHubJMXSecurity";

    @Override
    public void afterPropertiesSet() throws Exception {
        init();
    }

    @Override
    public boolean canInvoke(String objectName) {
        return JolokiaAccessPolicy.mayRead(HubJolokiaRestrictor.role(), name(objectName));
    }

    @Override
    public boolean canInvoke(String objectName, String methodName) {
        return JolokiaAccessPolicy.mayExec(HubJolokiaRestrictor.role(), name(objectName), methodName);
    }

    @Override
    public boolean canInvoke(String objectName, String methodName, String[] argumentTypes) {
        return canInvoke(objectName, methodName);
    }

    @Override
    public TabularData canInvoke(Map<String, List<String>> bulkQuery) throws OpenDataException {
        TabularData answers = new TabularDataSupport(CAN_INVOKE_TABULAR_TYPE);
        bulkQuery.forEach((objectName, methods) -> {
            if (methods.isEmpty()) {
                answers.put(row(objectName, "", canInvoke(objectName)));
            } else {
                methods.forEach(method -> answers.put(row(objectName, method, canInvoke(objectName, method))));
            }
        });
        return answers;
    }

    @Override
    protected String getDefaultObjectName() {
        return NAME;
    }

    private static CompositeDataSupport row(String objectName, String method, boolean allowed) {
        try {
            return new CompositeDataSupport(CAN_INVOKE_RESULT_ROW_TYPE, CAN_INVOKE_RESULT_COLUMNS,
                    new Object[] { objectName, method, allowed });
        } catch (OpenDataException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectName name(String objectName) {
        try {
            return new ObjectName(objectName);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("not an MBean name: " + objectName, e);
        }
    }
}
