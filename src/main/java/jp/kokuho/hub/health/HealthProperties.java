package jp.kokuho.hub.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the database and the broker are watched for {@code /actuator/health} ({@code hub.health.*};
 * docs/reliability.md "Stopping and health").
 *
 * @param interval      how often each is checked in the background (the health endpoint answers from the last check)
 * @param timeout       a check that takes longer counts as DOWN (connect, login and query each get this long)
 * @param startupWait   how long a starting hub waits for an external database that is not there yet before it gives up
 */
@ConfigurationProperties(prefix = "hub.health")
public record HealthProperties(@DefaultValue("1s") Duration interval,
                               @DefaultValue("2s") Duration timeout,
                               @DefaultValue("5m") Duration startupWait) {
}
