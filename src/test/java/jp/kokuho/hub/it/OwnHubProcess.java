package jp.kokuho.hub.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class whose hub runs as its own process ({@link HubProcess}: own data directory, own ports, own database):
 * it shares nothing with the Spring context of {@link HubIntegrationTest}, so it runs beside the other test classes
 * (which run one after the other, as before) instead of after them. These classes spend most of their time starting
 * hub processes and waiting for them. They run one at a time among themselves: two hub starts at once on a loaded
 * 2-CPU machine would each take twice as long (JUnit's parallel execution, configured in the pom's surefire section;
 * DEVELOPERS.md "Tests").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(OwnHubProcess.LOCK)
@interface OwnHubProcess {

    /** held by each of these classes while it runs */
    String LOCK = "jp.kokuho.hub.it.OwnHubProcess";
}
