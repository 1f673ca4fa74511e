package jp.kokuho.hub.incomeclass;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/** The parameters shipped in config/application.yaml are the spec's, by 課税年度 (no Spring context). */
class IncomeClassConfigTest {

    @Test
    void shippedParametersAreTheSpecs() throws Exception {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("app",
                new FileSystemResource("config/application.yaml"));
        StandardEnvironment env = new StandardEnvironment();
        sources.forEach(env.getPropertySources()::addFirst);
        IncomeClassProperties p = new Binder(ConfigurationPropertySources.get(env))
                .bind("hub.income-class", IncomeClassProperties.class).get();
        IncomeClassRules rules = p.rules();
        assertThat(rules.forTaxYear(2020)).isEqualTo(TaxYearRules.spec2020());
        assertThat(rules.forTaxYear(2021)).isEqualTo(TaxYearRules.spec2021());
        assertThat(rules.forTaxYear(2027)).isEqualTo(TaxYearRules.spec2021());
        assertThat(p.monthsBack()).isEqualTo(24);
    }
}
