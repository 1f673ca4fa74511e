package jp.kokuho.hub.arrears.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.scheduling.support.CronExpression;

import jp.kokuho.hub.config.ArrearsProperties;

/** The shipped configuration of the arrears job binds as the rule says, and the job's parameters. */
class ArrearsJobConfigTest {

    @Test
    void shippedConfigurationBindsThePeriodsAndTheMonthlySchedule() throws IOException {
        StandardEnvironment env = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new FileSystemResource("config/application.yaml"))
                .forEach(env.getPropertySources()::addLast);
        ArrearsProperties props = new Binder(ConfigurationPropertySources.get(env))
                .bind("hub.arrears", ArrearsProperties.class).get();
        assertThat(props.specialMedicalAfter()).isEqualTo(Period.ofYears(1));
        assertThat(props.suspensionAfter()).isEqualTo(Period.ofMonths(18));
        String cron = env.getProperty("hub.jobs.arrears.cron");
        assertThat(cron).isEqualTo("0 0 3 5 * *");
        assertThat(CronExpression.parse(cron).next(LocalDate.of(2026, 11, 25).atStartOfDay()))
                .isEqualTo(LocalDate.of(2026, 12, 5).atTime(3, 0));
    }

    @Test
    void parameterIsTheBaseDateDefaultingToToday() {
        ArrearsJob job = new ArrearsJob(null, null, null, null, null, null);
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertThat(job.name()).isEqualTo("arrears");
        assertThat(job.parameter(Map.of(), today)).isEqualTo("2026-11-25");
        assertThat(job.parameter(Map.of("date", "2026-10-31"), today)).isEqualTo("2026-10-31");
        assertThatThrownBy(() -> job.parameter(Map.of("date", "2026-10-32"), today))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(job.scheduledParameter(today)).isEqualTo("2026-11-25");
    }
}
