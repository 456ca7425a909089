package org.stillpoint.platform;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** bcrypt's default work factor, and the least it may be set to outside tests. */
    static final int BCRYPT_STRENGTH = 10;

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * New passwords are hashed with bcrypt at {@code stillpoint.security.bcrypt-strength} (default 10; the test
     * suite lowers it so that its thousands of sign-ins stay quick); every hash format Spring Security knows can
     * still be checked, so a hash made at another strength keeps working.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${stillpoint.security.bcrypt-strength:" + BCRYPT_STRENGTH + "}")
                                    int strength) {
        if (strength < 4 || strength > 31) {
            throw new IllegalArgumentException("stillpoint.security.bcrypt-strength must be between 4 and 31");
        }
        DelegatingPasswordEncoder defaults =
                (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("bcrypt", new BCryptPasswordEncoder(strength));
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt", encoders);
        encoder.setDefaultPasswordEncoderForMatches(defaults);
        return encoder;
    }
}
