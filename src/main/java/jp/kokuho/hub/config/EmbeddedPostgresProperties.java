package jp.kokuho.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL ({@code hub.embedded-postgres.*}), used when {@code spring.datasource.url}
 * is not set.
 *
 * @param port    the server's TCP port; 0 = a free one
 * @param durable fsync and synchronous commit on (the default): a commit the hub reported survives a power loss.
 *                {@code false} only for a test or benchmark that says so; the hub then logs a WARN line at start
 */
@ConfigurationProperties(prefix = "hub.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue("0") int port, @DefaultValue("true") boolean durable) {
}
