package jp.kokuho.hub.config;

import org.apache.camel.component.jpa.JpaComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.persistence.EntityManagerFactory;

/**
 * Camel's {@code jpa} component (the claim-check route) with Spring's EntityManagerFactory from the start. Given
 * only by the property {@code camel.component.jpa.entity-manager-factory}, the factory is bound after the
 * component's initialization, which then warns that each endpoint will create a factory of its own — a false
 * warning at every start (issue 15).
 */
@Configuration(proxyBeanMethods = false)
public class CamelJpaConfiguration {

    @Bean("jpa")
    JpaComponent jpa(EntityManagerFactory entityManagerFactory) {
        JpaComponent jpa = new JpaComponent();
        jpa.setEntityManagerFactory(entityManagerFactory);
        return jpa;
    }
}
