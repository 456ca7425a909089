package org.stillpoint.diary;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stillpoint.diary.domain.DayCounting;

/** The diary's day-counting policy, with the rules the clinic configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DiaryProperties.class)
class DiaryConfiguration {

    @Bean
    DayCounting dayCounting(DiaryProperties properties) {
        return new DayCounting(properties.rules());
    }
}
