package org.stillpoint.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Books distinct free slots through {@code POST /api/v1/appointments} at a number of concurrent clients for a
 * fixed time, as the front desk (with a personal API token, or HTTP Basic when AUTH=basic), and reports throughput
 * and latency. Used by scripts/load-booking.sh:
 * <pre>
 * java -cp benchmarks/target/stillpoint-benchmarks.jar org.stillpoint.benchmarks.LoadClient \
 *     BASE_URL EMAIL PASSWORD SESSION_TYPE_ID [clients=16] [seconds=30] [warmupSeconds=10]
 * </pre>
 * The slots come from the public availability API for the next 90 days; per therapist only slots that do not
 * overlap (buffer included) are kept, so every booking can succeed, then they are shuffled. Each request carries
 * its own Idempotency-Key and books for a random client of the generated clinic. A first phase of
 * {@code warmupSeconds} is not counted. A last phase asks {@code GET /api/v1/me} the same way for a few seconds:
 * the cost of authenticating a request without any booking work.
 */
public final class LoadClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Slot(OffsetDateTime start, OffsetDateTime end, String therapist) {
    }

    record Phase(String name, int requests, Map<Integer, Integer> statuses, double seconds,
                         double[] millis) {
        double throughput() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (millis.length == 0) {
                return Double.NaN;
            }
            return millis[Math.min(millis.length - 1, (int) Math.ceil(p / 100.0 * millis.length) - 1)];
        }

        void print() {
            System.out.printf("%-8s requests %6d in %5.1f s = %7.1f /s   latency ms p50 %7.1f  p95 %7.1f  p99 %7.1f"
                            + "  max %7.1f   statuses %s%n", name, requests, seconds, throughput(), percentile(50),
                    percentile(95), percentile(99), percentile(100), statuses);
        }
    }

    private LoadClient() {
    }

    static String token(String base, String basic) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/me/api-tokens")).header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load test\",\"days\":1}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("could not create an API token: " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body()).get("token").asString();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: LoadClient BASE_URL EMAIL PASSWORD SESSION_TYPE_ID [clients] [seconds] [warmup]");
            System.exit(2);
        }
        String base = args[0];
        // With AUTH=basic every request sends the password (a bcrypt check each); by default the client first
        // exchanges it once for a personal API token and sends that (one lookup each), as a program should.
        String basic = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2])
                .getBytes(StandardCharsets.UTF_8));
        String authorization = "basic".equalsIgnoreCase(System.getenv("AUTH")) ? basic
                : "Bearer " + token(base, basic);
        System.out.println("authentication: " + (authorization.startsWith("Bearer") ? "API token" : "HTTP Basic"));
        String type = args[3];
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 10;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        List<Slot> slots = freeSlots(http, base, type);
        System.out.printf("free, non-overlapping slots to book: %d%n", slots.size());
        AtomicInteger next = new AtomicInteger();
        Random random = new Random(7);

        Phase warm = run("warm-up", clients, warmup, () -> book(http, base, authorization, type,
                slots.get(next.getAndIncrement()), random));
        warm.print();
        Phase booking = run("booking", clients, seconds, () -> book(http, base, authorization, type,
                slots.get(next.getAndIncrement()), random));
        booking.print();
        Phase auth = run("auth-only", clients, Math.max(5, seconds / 3), () -> send(http, HttpRequest.newBuilder(
                URI.create(base + "/api/v1/me")).header("Authorization", authorization).GET().build()));
        auth.print();
        System.out.printf("RESULT booked=%d tps=%.1f p50=%.1f p95=%.1f p99=%.1f auth_tps=%.1f auth_p50=%.1f"
                        + " conflicts=%d%n", booking.statuses().getOrDefault(201, 0), booking.throughput(),
                booking.percentile(50), booking.percentile(95), booking.percentile(99), auth.throughput(),
                auth.percentile(50), booking.statuses().getOrDefault(409, 0));
    }

    /** The slots of the next 90 days, at most one per therapist at any time (with the buffer), shuffled. */
    private static List<Slot> freeSlots(HttpClient http, String base, String type) throws Exception {
        LocalDate from = LocalDate.now(ClinicGenerator.ZONE).plusDays(1);
        Map<String, List<Slot>> byTherapist = new HashMap<>();
        for (int chunk = 0; chunk < 3; chunk++) {
            LocalDate first = from.plusDays(chunk * 29L);
            LocalDate last = first.plusDays(28);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/availability?sessionType=" + type + "&from=" + first + "&to=" + last)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("availability answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            for (JsonNode slot : JSON.readTree(answer.body())) {
                Slot s = new Slot(OffsetDateTime.parse(slot.get("start").asString()),
                        OffsetDateTime.parse(slot.get("end").asString()), slot.get("therapistId").asString());
                byTherapist.computeIfAbsent(s.therapist(), t -> new ArrayList<>()).add(s);
            }
        }
        List<Slot> chosen = new ArrayList<>();
        Duration buffer = Duration.ofMinutes(ClinicGenerator.BUFFER_MINUTES);
        for (List<Slot> own : byTherapist.values()) {
            own.sort(Comparator.comparing(Slot::start));
            OffsetDateTime freeFrom = null;
            for (Slot slot : own) {
                if (freeFrom == null || !slot.start().isBefore(freeFrom)) {
                    chosen.add(slot);
                    freeFrom = slot.end().plus(buffer);
                }
            }
        }
        Collections.shuffle(chosen, new Random(42));
        return chosen;
    }

    private static int book(HttpClient http, String base, String authorization, String type, Slot slot,
                            Random random) {
        String client;
        synchronized (random) {
            client = ClinicGenerator.id(ClinicGenerator.CLIENT, 1 + random.nextInt(ClinicGenerator.CLIENTS))
                    .toString();
        }
        String body = "{\"clientId\":\"" + client + "\",\"sessionTypeId\":\"" + type + "\",\"therapistId\":\""
                + slot.therapist() + "\",\"start\":\"" + slot.start() + "\"}";
        return send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/appointments"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static int send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Runs the call from {@code clients} threads until the time is up; the status of each call is counted. */
    static Phase run(String name, int clients, int seconds, java.util.function.IntSupplier call)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<double[]> perThread = Collections.synchronizedList(new ArrayList<>());
        AtomicLong finished = new AtomicLong();
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                double[] millis = new double[1024];
                int count = 0;
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = call.getAsInt();
                    } catch (IndexOutOfBoundsException noSlotsLeft) {
                        break;
                    }
                    double took = (System.nanoTime() - t0) / 1e6;
                    if (count == millis.length) {
                        millis = Arrays.copyOf(millis, count * 2);
                    }
                    millis[count++] = took;
                    statuses.merge(status, 1, Integer::sum);
                }
                perThread.add(Arrays.copyOf(millis, count));
                finished.accumulateAndGet(System.nanoTime(), Math::max);
            }, name + "-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double[] all = perThread.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        double elapsed = (finished.get() - started) / 1e9;
        return new Phase(name, all.length, new java.util.TreeMap<>(statuses), elapsed, all);
    }
}
