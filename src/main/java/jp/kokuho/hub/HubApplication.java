package jp.kokuho.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** kokuho-hub: 国民健康保険 統計・報告等 (area 6) integration hub. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HubApplication {
    public static void main(String[] args) {
        SpringApplication.run(HubApplication.class, args);
    }
}
