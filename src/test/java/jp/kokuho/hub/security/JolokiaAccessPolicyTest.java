package jp.kokuho.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import javax.management.ObjectName;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.kokuho.hub.security.JolokiaAccessPolicy.Role;

/** The rules of JolokiaAccessPolicy, role by role (the same rules the real endpoint applies: JolokiaAccessIT). */
class JolokiaAccessPolicyTest {

    private static final String ROUTE = "org.apache.camel:context=kokuho-hub,type=routes,name=\"intake-tax\"";
    private static final String CONTEXT = "org.apache.camel:context=kokuho-hub,type=context,name=\"kokuho-hub\"";
    private static final String ENDPOINT = "org.apache.camel:context=kokuho-hub,type=endpoints,name=\"file://x\"";

    @ParameterizedTest(name = "{0} exec {2} on {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            NONE     | ROUTE                                                    | dumpRouteAsXml()              | false
            OPERATOR | ROUTE                                                    | dumpRouteAsXml()              | true
            OPERATOR | ROUTE                                                    | dumpRouteStatsAsXml(boolean,boolean) | true
            OPERATOR | CONTEXT                                                  | dumpRoutesAsXml()             | true
            OPERATOR | ROUTE                                                    | stop()                        | false
            OPERATOR | ROUTE                                                    | stop(long)                    | false
            OPERATOR | ROUTE                                                    | start                         | false
            OPERATOR | ROUTE                                                    | suspend()                     | false
            OPERATOR | ROUTE                                                    | resume()                      | false
            OPERATOR | ROUTE                                                    | reset()                       | false
            ADMIN    | ROUTE                                                    | stop()                        | true
            ADMIN    | ROUTE                                                    | stop(long)                    | true
            ADMIN    | ROUTE                                                    | start()                       | true
            ADMIN    | ROUTE                                                    | suspend()                     | true
            ADMIN    | ROUTE                                                    | resume()                      | true
            ADMIN    | ROUTE                                                    | remove()                      | false
            ADMIN    | CONTEXT                                                  | stop()                        | false
            ADMIN    | CONTEXT                                                  | sendStringBody(java.lang.String,java.lang.String) | false
            ADMIN    | CONTEXT                                                  | createEndpoint(java.lang.String) | false
            ADMIN    | ENDPOINT                                                 | browseAllMessagesAsXml(java.lang.Boolean) | false
            ADMIN    | org.apache.camel:context=kokuho-hub,type=tracer,name=BacklogTracer | dumpAllTracedMessagesAsXml() | false
            ADMIN    | com.sun.management:type=HotSpotDiagnostic                | dumpHeap(java.lang.String,boolean) | false
            ADMIN    | com.sun.management:type=HotSpotDiagnostic                | setVMOption                   | false
            ADMIN    | com.sun.management:type=DiagnosticCommand                | vmCommandLine()               | false
            ADMIN    | com.sun.management:type=DiagnosticCommand                | vmSetFlag                     | false
            ADMIN    | com.sun.management:type=DiagnosticCommand                | jvmtiAgentLoad                | false
            ADMIN    | java.lang:type=Memory                                    | gc()                          | false
            ADMIN    | jolokia:type=Config                                      | debugInfo()                   | false
            OPERATOR | hawtio:type=security,area=jmx,name=HawtioDummyJMXSecurity | canInvoke(java.lang.String)  | true
            ADMIN    | hawtio:type=security,name=RBACRegistry                   | list()                        | false
            """)
    void exec(Role role, String mbean, String operation, boolean allowed) throws Exception {
        assertThat(JolokiaAccessPolicy.mayExec(role, name(mbean), operation)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} read {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NONE     | ROUTE                                   | false
            OPERATOR | ROUTE                                   | true
            ADMIN    | CONTEXT                                 | true
            OPERATOR | java.lang:type=Runtime                  | false
            ADMIN    | java.lang:type=Runtime                  | false
            ADMIN    | com.sun.management:type=HotSpotDiagnostic | false
            ADMIN    | org.apache.activemq.artemis:broker="x"  | false
            ADMIN    | Tomcat:type=Server                      | false
            """)
    void read(Role role, String mbean, boolean allowed) throws Exception {
        assertThat(JolokiaAccessPolicy.mayRead(role, name(mbean))).isEqualTo(allowed);
        assertThat(JolokiaAccessPolicy.visible(name(mbean))).isEqualTo(role == Role.NONE || allowed);
    }

    private static ObjectName name(String mbean) throws Exception {
        return new ObjectName(switch (mbean) {
            case "ROUTE" -> ROUTE;
            case "CONTEXT" -> CONTEXT;
            case "ENDPOINT" -> ENDPOINT;
            default -> mbean;
        });
    }
}
