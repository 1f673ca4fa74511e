package jp.kokuho.hub.qualification.jdbc;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.kokuho.hub.qualification.InsuredDirectory;
import jp.kokuho.hub.qualification.QualificationCheck;

/** 被保険者資格確認 (2.1.1) as a bean for every flow that checks qualification (6.2.2.1, 6.4.1.1, …). */
@Configuration
public class QualificationCheckConfiguration {

    @Bean
    public QualificationCheck qualificationCheck(InsuredDirectory insuredDirectory) {
        return new QualificationCheck(insuredDirectory);
    }
}
