package jp.kokuho.hub.health;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Session;

import org.springframework.jms.connection.SingleConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * The broker (Artemis, embedded or remote) as {@code /actuator/health} shows it (component {@code jms}, in the
 * readiness group): one connection of its own, a session opened and closed each interval. The connection's
 * exception listener drops it as soon as the broker is gone, so the next check connects anew. Replaces Spring Boot's
 * {@code jms} indicator (same name), which opens a connection on every request with no bound on its wait.
 */
@Component("jmsHealthIndicator")
public class BrokerMonitor extends DependencyMonitor {

    private final ConnectionFactory factory;
    private volatile Connection connection;
    private volatile JMSException lost;

    public BrokerMonitor(ConnectionFactory connectionFactory, HealthProperties settings) {
        super("the broker", settings);
        this.factory = connectionFactory instanceof SingleConnectionFactory cached
                && cached.getTargetConnectionFactory() != null ? cached.getTargetConnectionFactory() : connectionFactory;
    }

    @Override
    protected void check() throws JMSException {
        JMSException broken = lost;
        if (broken != null) {
            lost = null;
            throw broken;
        }
        if (connection == null) {
            Connection c = factory.createConnection();
            c.setExceptionListener(e -> lost = e);
            c.start();
            connection = c;
        }
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session.close();
    }

    @Override
    protected void reset() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (JMSException | RuntimeException e) {
                // it was broken already
            }
        }
    }
}
