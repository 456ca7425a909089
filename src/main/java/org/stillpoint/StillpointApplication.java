package org.stillpoint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StillpointApplication {

    public static void main(String[] args) {
        SpringApplication.run(StillpointApplication.class, args);
    }
}
