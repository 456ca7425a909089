package org.stillpoint.benchmarks;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.stillpoint.StillpointApplication;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.scheduling.AvailabilityQuery;
import org.stillpoint.scheduling.BookingRequest;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.Slot;
import org.stillpoint.scheduling.SlotTaken;

/**
 * The booking of scripts/load-booking.sh without HTTP and without authenticating each request: the application
 * (on the seeded PostgreSQL schema, with its own connection pool) books distinct free consultations through
 * {@link Scheduling#book} from a number of threads, each signed in once as the front desk. What is left when this
 * is compared with the HTTP run is the cost of the web layer and of HTTP Basic with bcrypt.
 * <pre>
 * java -cp benchmarks/target/stillpoint-benchmarks.jar org.stillpoint.benchmarks.InProcessBooking \
 *     jdbc:postgresql://127.0.0.1:5432/test SCHEMA [threads=16] [seconds=30] [warmupSeconds=10]
 * </pre>
 */
public final class InProcessBooking {

    private InProcessBooking() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String schema = args[1];
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.put("spring.datasource.username", System.getProperty("stillpoint.bench.postgres-user", "postgres"));
        properties.put("spring.datasource.password", System.getProperty("stillpoint.bench.postgres-password", ""));
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.flyway.default-schema", schema);
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StillpointApplication.class)
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new))) {
            Scheduling scheduling = context.getBean(Scheduling.class);
            UserDetails desk = context.getBean(UserDetailsService.class)
                    .loadUserByUsername(ClinicGenerator.FRONT_DESK_EMAIL);
            SessionTypeId type = new SessionTypeId(ClinicGenerator.id(ClinicGenerator.SESSION_TYPE,
                    ClinicGenerator.CONSULTATION));
            List<Slot> slots = freeSlots(scheduling, type);
            System.out.printf("free, non-overlapping slots to book: %d%n", slots.size());
            AtomicInteger next = new AtomicInteger();
            Random random = new Random(11);
            java.util.function.IntSupplier book = () -> {
                if (SecurityContextHolder.getContext().getAuthentication() == null) {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(desk, null, desk.getAuthorities()));
                }
                Slot slot = slots.get(next.getAndIncrement());
                int client;
                synchronized (random) {
                    client = 1 + random.nextInt(ClinicGenerator.CLIENTS);
                }
                try {
                    scheduling.book(new BookingRequest(new ClientId(ClinicGenerator.id(ClinicGenerator.CLIENT,
                            client)), type, slot.therapistId(), slot.start().toInstant(), null),
                            java.util.UUID.randomUUID().toString());
                    return 201;
                } catch (SlotTaken taken) {
                    return 409;
                } catch (RuntimeException e) {
                    return 500;
                }
            };
            LoadClient.Phase warm = LoadClient.run("warm-up", threads, warmup, book);
            warm.print();
            LoadClient.Phase run = LoadClient.run("in-process", threads, seconds, book);
            run.print();
            System.out.printf("RESULT booked=%d tps=%.1f p50=%.1f p95=%.1f p99=%.1f%n",
                    run.statuses().getOrDefault(201, 0), run.throughput(), run.percentile(50), run.percentile(95),
                    run.percentile(99));
        }
    }

    /** As the HTTP client picks them: per therapist no two overlapping (buffer included), shuffled. */
    private static List<Slot> freeSlots(Scheduling scheduling, SessionTypeId type) {
        LocalDate from = LocalDate.now(ClinicGenerator.ZONE).plusDays(1);
        Map<Object, List<Slot>> byTherapist = new HashMap<>();
        for (int chunk = 0; chunk < 3; chunk++) {
            LocalDate first = from.plusDays(chunk * 29L);
            for (Slot slot : scheduling.availability(new AvailabilityQuery(type, first, first.plusDays(28), null,
                    null))) {
                byTherapist.computeIfAbsent(slot.therapistId(), t -> new ArrayList<>()).add(slot);
            }
        }
        List<Slot> chosen = new ArrayList<>();
        Duration buffer = Duration.ofMinutes(ClinicGenerator.BUFFER_MINUTES);
        for (List<Slot> own : byTherapist.values()) {
            own.sort(Comparator.comparing(Slot::start));
            java.time.OffsetDateTime freeFrom = null;
            for (Slot slot : own) {
                if (freeFrom == null || !slot.start().isBefore(freeFrom)) {
                    chosen.add(slot);
                    freeFrom = slot.end().plus(buffer);
                }
            }
        }
        Collections.shuffle(chosen, new Random(43));
        return chosen;
    }
}
