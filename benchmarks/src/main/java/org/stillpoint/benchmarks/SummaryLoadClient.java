package org.stillpoint.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Asks {@code GET /api/v1/clients/{id}/diary/summary} at a number of concurrent clients for a fixed time, as the
 * client themself with a personal API token, and reports throughput and latency: first the default window (the
 * latest 28 days), then all three years, then {@code GET /api/v1/me} (authentication alone). Each phase begins with
 * {@code warmupSeconds} that are not counted. Used by scripts/load-diary-summary.sh:
 * <pre>
 * java -cp benchmarks/target/stillpoint-benchmarks.jar org.stillpoint.benchmarks.SummaryLoadClient \
 *     BASE_URL EMAIL PASSWORD CLIENT_ID [clients=4] [seconds=30] [warmupSeconds=10]
 * </pre>
 */
public final class SummaryLoadClient {

    private SummaryLoadClient() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: SummaryLoadClient BASE_URL EMAIL PASSWORD CLIENT_ID [clients] [seconds]"
                    + " [warmup]");
            System.exit(2);
        }
        String base = args[0];
        String basic = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2])
                .getBytes(StandardCharsets.UTF_8));
        String authorization = "Bearer " + LoadClient.token(base, basic);
        String client = args[3];
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 10;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        LocalDate today = LocalDate.now(ClinicGenerator.ZONE);
        String summary = base + "/api/v1/clients/" + client + "/diary/summary";
        String threeYears = summary + "?from=" + today.minusDays(DiaryClinic.THREE_YEARS_OF_DAYS - 1L) + "&to="
                + today;
        System.out.println("authentication: API token; " + clients + " clients");
        for (String[] phase : new String[][] {{"28 days", summary}, {"3 years", threeYears},
                                               {"auth-only", base + "/api/v1/me"}}) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(phase[1])).header("Authorization", authorization)
                    .GET().build();
            LoadClient.run("warm-up", clients, warmup, () -> send(http, request));
            LoadClient.Phase measured = LoadClient.run(phase[0], clients, seconds, () -> send(http, request));
            measured.print();
            System.out.printf("RESULT %s rps=%.1f p50=%.1f p95=%.1f p99=%.1f statuses=%s%n",
                    phase[0].replace(' ', '-'), measured.throughput(), measured.percentile(50),
                    measured.percentile(95), measured.percentile(99), measured.statuses());
        }
    }

    private static int send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
