package org.stillpoint.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What checking one password costs with the encoder the application uses (PlatformConfiguration: Spring Security's
 * delegating encoder, bcrypt by default): the price every HTTP Basic request pays before it does anything.
 * <pre>java -cp benchmarks/target/stillpoint-benchmarks.jar org.stillpoint.benchmarks.PasswordCheckCost [checks]</pre>
 */
public final class PasswordCheckCost {

    private PasswordCheckCost() {
    }

    public static void main(String[] args) {
        int checks = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        PasswordEncoder encoder = PasswordEncoderFactories
                .createDelegatingPasswordEncoder();
        String hash = encoder.encode("a-password-to-check");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 5; i++) {
            encoder.matches("a-password-to-check", hash);
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            encoder.matches("a-password-to-check", hash);
        }
        System.out.printf("%s… one check: CPU %.1f ms, wall %.1f ms (mean of %d)%n", hash.substring(0, 14),
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / checks, (System.nanoTime() - wall) / 1e6 / checks,
                checks);
    }
}
