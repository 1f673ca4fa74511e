package jp.kokuho.hub.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Every other health indicator of the hub (e.g. the intake backlog, which asks the database) answers within
 * {@link #LIMIT} or is shown as UNKNOWN "no answer within 1000 ms", so that {@code /actuator/health} answers within
 * 2 s whatever is away. Spring Boot 3.5 has no time limit for a blocking indicator; this is the smallest one: the
 * indicator runs on a thread of its own, one check at a time (a check still running is waited for, never started
 * twice). The database and broker monitors answer from memory and are left as they are.
 */
@Component
public class HealthTimeLimit implements BeanPostProcessor {

    static final Duration LIMIT = Duration.ofSeconds(1);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HealthIndicator indicator && !(bean instanceof DependencyMonitor)
                && bean.getClass().getName().startsWith("jp.kokuho.hub.")) {
            return new Limited(indicator, beanName);
        }
        return bean;
    }

    /** An indicator with a time limit. */
    static final class Limited implements HealthIndicator {
        private final HealthIndicator delegate;
        private final ExecutorService thread;
        private CompletableFuture<Health> running;

        Limited(HealthIndicator delegate, String name) {
            this.delegate = delegate;
            this.thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "health-" + name);
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public Health health() {
            CompletableFuture<Health> check;
            synchronized (this) {
                if (running == null || running.isDone()) {
                    running = CompletableFuture.supplyAsync(delegate::health, thread);
                }
                check = running;
            }
            try {
                return check.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return Health.unknown().withDetail("error", "no answer within " + LIMIT.toMillis() + " ms").build();
            } catch (ExecutionException e) {
                return Health.down(e.getCause() instanceof Exception ex ? ex : e).build();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Health.unknown().build();
            }
        }
    }
}
