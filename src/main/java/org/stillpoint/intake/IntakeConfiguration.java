package org.stillpoint.intake;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stillpoint.intake.domain.ContraindicationPolicy;
import org.stillpoint.intake.domain.ScreeningPolicy;
import org.stillpoint.intake.domain.TreatmentClearancePolicy;

/** The intake's policies, with the thresholds the clinic configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class IntakeConfiguration {

    @Bean
    ScreeningPolicy screeningPolicy(IntakeProperties properties) {
        return new ScreeningPolicy(properties.screeningSettings());
    }

    @Bean
    ContraindicationPolicy contraindicationPolicy(IntakeProperties properties) {
        return new ContraindicationPolicy(properties.contraindicationSettings());
    }

    @Bean
    TreatmentClearancePolicy treatmentClearancePolicy() {
        return new TreatmentClearancePolicy();
    }
}
