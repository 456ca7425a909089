package org.stillpoint.diary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.diary.web.DiaryRequests.as;
import static org.stillpoint.diary.web.DiaryRequests.auditedReads;
import static org.stillpoint.diary.web.DiaryRequests.claire;
import static org.stillpoint.diary.web.DiaryRequests.claireShares;
import static org.stillpoint.diary.web.DiaryRequests.id;
import static org.stillpoint.diary.web.DiaryRequests.postAttack;
import static org.stillpoint.diary.web.DiaryRequests.putDay;
import static org.stillpoint.diary.web.DiaryRequests.signUp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;

/**
 * The diary's month calendar and charts, for the client and for the staff who may read the diary: what each day is
 * marked as (a gap is never headache-free), the sessions at the clinic, the figures with their coverage and the
 * insufficient-data wording, the charts' numbers, and who may see them (404 while a therapist may not; staff reads
 * audited).
 */
@DemoClinicTest
class DiaryViewPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    /** A migraine by its features (ICHD-3 1.1), from {@code start} for {@code hours}, a triptan half an hour in. */
    static String migraine(ZonedDateTime start, int hours) {
        return """
                {"start":"%s","end":"%s","peakPain":8,"side":"LEFT","quality":"PULSATING","worseWithActivity":true,
                 "nausea":"MODERATE","vomiting":false,"photophobia":true,"phonophobia":true,
                 "medicines":[{"product":"sumatriptan 50 mg","drugClass":"TRIPTAN","takenAt":"%s","effect":"PARTIAL"}]}"""
                .formatted(start.toOffsetDateTime(), start.plusHours(hours).toOffsetDateTime(),
                        start.plusMinutes(30).toOffsetDateTime());
    }

    /** A two-hour pressing headache on both sides without migraine features, with ibuprofen. */
    static String tensionLike(ZonedDateTime start) {
        return """
                {"start":"%s","end":"%s","peakPain":4,"side":"BOTH","quality":"PRESSING","worseWithActivity":false,
                 "nausea":"NONE","vomiting":false,"photophobia":false,"phonophobia":false,
                 "medicines":[{"product":"ibuprofen 400","drugClass":"NON_OPIOID_ANALGESIC","takenAt":"%s"}]}"""
                .formatted(start.toOffsetDateTime(), start.plusHours(2).toOffsetDateTime(),
                        start.plusMinutes(30).toOffsetDateTime());
    }

    ZoneId zoneOf(String client, RequestPostProcessor caller) {
        return ZoneId.of(Json.read(mvc.get().uri("/api/v1/clients/{id}/diary/settings", client).with(caller)
                .exchange(), "$.zone"));
    }

    Document page(String path, RequestPostProcessor who) {
        MvcTestResult result = mvc.get().uri(path).with(who).exchange();
        assertThat(result).as(path).hasStatusOk();
        String html = Json.body(result);
        assertThat(html).as("missing messages on " + path).doesNotContain("??");
        return Jsoup.parse(html);
    }

    RequestPostProcessor signedIn(String idAndEmail) {
        return SignIn.as(accounts, idAndEmail.contains(" ") ? idAndEmail.split(" ")[1] : idAndEmail);
    }

    static Element cell(Document page, LocalDate day) {
        Element cell = page.selectFirst("#month-grid td[data-date=" + day + "]");
        assertThat(cell).as("the calendar's cell of %s", day).isNotNull();
        return cell;
    }

    @Nested
    class TheMonth {

        @Test
        void marksMigraineHeadacheAndHeadacheFreeDaysLeavesGapsUnrecordedAndAnAttackAcrossMidnightMarksBothDays() {
            String client = signUp(mvc, "month");
            ZoneId zone = zoneOf(id(client), as(client));
            YearMonth month = YearMonth.now(zone).minusMonths(1);
            assertThat(putDay(mvc, id(client), as(client), month.atDay(3).toString(),
                    "{\"status\":\"HEADACHE_FREE\"}")).hasStatusOk();
            assertThat(postAttack(mvc, id(client), as(client), migraine(month.atDay(5).atTime(22, 0).atZone(zone),
                    5))).hasStatus(201);
            assertThat(putDay(mvc, id(client), as(client), month.atDay(10).toString(), "{\"status\":\"HEADACHE\"}"))
                    .hasStatusOk();
            assertThat(postAttack(mvc, id(client), as(client), tensionLike(month.atDay(12).atTime(9, 0).atZone(zone))))
                    .hasStatus(201);
            assertThat(putDay(mvc, id(client), as(client), month.atDay(15).toString(),
                    "{\"status\":\"HEADACHE_FREE\",\"menstruation\":true}")).hasStatusOk();

            Document page = page("/me/diary/month?month=" + month, signedIn(client));

            assertThat(cell(page, month.atDay(3)).attr("data-status")).isEqualTo("headache-free");
            assertThat(cell(page, month.atDay(5)).attr("data-status")).as("the evening the attack began")
                    .isEqualTo("migraine");
            assertThat(cell(page, month.atDay(6)).attr("data-status")).as("the night it went on into")
                    .isEqualTo("migraine");
            assertThat(cell(page, month.atDay(10)).attr("data-status")).isEqualTo("headache");
            assertThat(cell(page, month.atDay(12)).attr("data-status")).isEqualTo("headache");
            assertThat(cell(page, month.atDay(15)).attr("data-status")).isEqualTo("headache-free");
            Set<Integer> recorded = Set.of(3, 5, 6, 10, 12, 15);
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                Element day = cell(page, month.atDay(d));
                if (!recorded.contains(d)) {
                    assertThat(day.attr("data-status")).as("day %d, never recorded", d).isEqualTo("not-recorded");
                    assertThat(day.select(".visually-hidden").text()).contains("Not recorded")
                            .doesNotContain("no headache");
                }
            }
            assertThat(cell(page, month.atDay(5)).select(".medicine-mark")).hasSize(1);
            assertThat(cell(page, month.atDay(5)).text()).contains("acute medicine: Triptans");
            assertThat(cell(page, month.atDay(6)).select(".medicine-mark")).as("the triptan was taken on the 5th")
                    .isEmpty();
            assertThat(cell(page, month.atDay(12)).text()).contains("acute medicine: Simple painkillers");
            assertThat(cell(page, month.atDay(15)).select(".menstruation-mark")).hasSize(1);
            assertThat(cell(page, month.atDay(3)).select(".menstruation-mark")).isEmpty();
            assertThat(cell(page, month.atDay(3)).selectFirst("a").attr("href"))
                    .isEqualTo("/me/diary/days/" + month.atDay(3));
            assertThat(page.select("#month-grid td.day")).hasSize(month.lengthOfMonth());
            assertThat(page.select("#month-grid tbody tr").first().select("td")).hasSize(7);
            assertThat(page.select("#month-list > li").eachAttr("data-date")).containsExactlyElementsOf(
                    recorded.stream().sorted().map(month::atDay).map(LocalDate::toString).toList());
            assertThat(page.selectFirst("#not-recorded-count").text()).contains(
                    String.valueOf(month.lengthOfMonth() - recorded.size()));
            assertThat(page.select("#legend li")).hasSize(7);
        }

        @Test
        void theMonthsFiguresSayTheDataIsInsufficientBelowTheCoverageShowingTheRecordedDaysBesideEachFigure() {
            String client = signUp(mvc, "sparse-month");
            ZoneId zone = zoneOf(id(client), as(client));
            YearMonth month = YearMonth.now(zone).minusMonths(1);
            assertThat(postAttack(mvc, id(client), as(client), migraine(month.atDay(5).atTime(22, 0).atZone(zone),
                    5))).hasStatus(201);
            assertThat(putDay(mvc, id(client), as(client), month.atDay(10).toString(), "{\"status\":\"HEADACHE\"}"))
                    .hasStatusOk();
            int pct = BigDecimal.valueOf(3).divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP)
                    .movePointRight(2).intValue();

            Document page = page("/me/diary/month?month=" + month, signedIn(client));

            assertThat(page.selectFirst("#insufficient").text()).isEqualTo("Not enough days recorded: 3 of %d days (%d %%)."
                    .formatted(month.lengthOfMonth(), pct) + " Figures per 28 days need at least 80 % of the days"
                    + " recorded.");
            assertThat(page.selectFirst("#figure-headache .count").text()).isEqualTo("3");
            assertThat(page.selectFirst("#figure-migraine .count").text()).isEqualTo("2");
            assertThat(page.selectFirst("#figure-medication .count").text()).isEqualTo("1");
            for (String figure : List.of("headache", "migraine", "medication")) {
                assertThat(page.selectFirst("#figure-" + figure + " .per28").text())
                        .isEqualTo("Not enough days recorded");
                assertThat(page.selectFirst("#figure-" + figure + " .recorded").text())
                        .isEqualTo("3 of %d (%d %%)".formatted(month.lengthOfMonth(), pct));
            }
        }

        @Test
        void aWellKeptMonthGetsItsPer28FiguresBesideItsCoverage() {
            String client = signUp(mvc, "kept-month");
            ZoneId zone = zoneOf(id(client), as(client));
            YearMonth month = YearMonth.now(zone).minusMonths(1);
            int days = month.lengthOfMonth();
            for (int d = 1; d <= days - 2; d++) {
                assertThat(putDay(mvc, id(client), as(client), month.atDay(d).toString(),
                        d == 4 || d == 20 ? "{\"status\":\"HEADACHE\"}" : "{\"status\":\"HEADACHE_FREE\"}"))
                        .hasStatusOk();
            }
            BigDecimal per28 = BigDecimal.valueOf(2 * 28).divide(BigDecimal.valueOf(days - 2), 1,
                    RoundingMode.HALF_UP);

            Document page = page("/me/diary/month?month=" + month, signedIn(client));

            assertThat(page.select("#insufficient")).isEmpty();
            assertThat(page.selectFirst("#figure-headache .per28").text()).isEqualTo(per28.toPlainString());
            assertThat(page.selectFirst("#figure-migraine .per28").text()).isEqualTo("0.0");
            assertThat(page.selectFirst("#coverage").text()).startsWith("Recorded: %d of %d days".formatted(days - 2,
                    days));
            assertThat(cell(page, month.atDay(days)).attr("data-status")).isEqualTo("not-recorded");
        }

        @Test
        void marksTheClientsSessionsAtTheClinicAndNoOtherDays() {
            String claire = claire(mvc);
            ZoneId zone = zoneOf(claire, Demo.basic(Demo.CLIENT));
            YearMonth month = YearMonth.now(zone).minusMonths(1);
            List<Map<String, Object>> appointments = Json.read(mvc.get()
                    .uri("/api/v1/appointments?from={f}&to={t}", month.atDay(1).minusDays(1),
                            month.atEndOfMonth().plusDays(1)).with(Demo.basic(Demo.CLIENT)).exchange(), "$");
            Set<LocalDate> sessionDays = appointments.stream()
                    .filter(a -> Set.of("BOOKED", "COMPLETED").contains(a.get("status")))
                    .map(a -> OffsetDateTime.parse((String) a.get("start")).atZoneSameInstant(zone).toLocalDate())
                    .filter(day -> YearMonth.from(day).equals(month))
                    .collect(Collectors.toSet());
            assertThat(sessionDays).as("the demo client came to sessions last month").isNotEmpty();

            Document page = page("/me/diary/month?month=" + month, SignIn.as(accounts, Demo.CLIENT));

            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate day = month.atDay(d);
                assertThat(cell(page, day).select(".session-mark")).as("the session mark on %s", day)
                        .hasSize(sessionDays.contains(day) ? 1 : 0);
            }
            LocalDate first = sessionDays.stream().sorted().findFirst().orElseThrow();
            assertThat(cell(page, first).select(".session-words").text()).contains("session at");
            assertThat(page.select("#month-list > li[data-date=" + first + "] .session-words")).isNotEmpty();
        }

        @Test
        void linksToTheMonthBeforeButNotPastThisMonthAndRefusesAMonthAfterIt() {
            String client = signUp(mvc, "pager");
            YearMonth now = YearMonth.now(zoneOf(id(client), as(client)));

            Document current = page("/me/diary/month", signedIn(client));

            assertThat(current.selectFirst("#previous-month").attr("href"))
                    .isEqualTo("/me/diary/month?month=" + now.minusMonths(1));
            assertThat(current.select("#next-month")).isEmpty();
            assertThat(current.select("#month-grid td.day-not-yet").size() + current.select("#month-grid td.day")
                    .not(".day-not-yet").size()).isEqualTo(now.lengthOfMonth());
            assertThat(page("/me/diary/month?month=" + now.minusMonths(2), signedIn(client))
                    .selectFirst("#next-month").attr("href")).isEqualTo("/me/diary/month?month=" + now.minusMonths(1));
            assertThat(mvc.get().uri("/me/diary/month?month=" + now.plusMonths(1)).with(signedIn(client)).exchange())
                    .hasStatus(400);
            assertThat(mvc.get().uri("/me/diary/month?month=1999-01").with(signedIn(client)).exchange())
                    .hasStatus(400);
            assertThat(mvc.get().uri("/me/diary/month?month=2026-13").with(signedIn(client)).exchange())
                    .hasStatus(400);
        }
    }

    @Nested
    class TheCharts {

        @Test
        void theNumbersGivePer28BlocksWithGapsPeakPainAndMedicationDaysPerMonthAndClass() {
            String client = signUp(mvc, "charts");
            ZoneId zone = zoneOf(id(client), as(client));
            LocalDate today = LocalDate.now(zone);
            // The last 28 days: 24 recorded (86 %), three of them migraine days with a triptan.
            for (int back = 0; back < 24; back++) {
                if (back != 3 && back != 10 && back != 17) {
                    assertThat(putDay(mvc, id(client), as(client), today.minusDays(back).toString(),
                            "{\"status\":\"HEADACHE_FREE\"}")).hasStatusOk();
                }
            }
            for (int back : new int[] {3, 10, 17}) {
                assertThat(postAttack(mvc, id(client), as(client), migraine(today.minusDays(back).atTime(8, 0)
                        .atZone(zone), 6))).hasStatus(201);
            }
            // The 28 days before: one day recorded, a headache with ibuprofen.
            LocalDate ibuprofen = today.minusDays(40);
            assertThat(postAttack(mvc, id(client), as(client), tensionLike(ibuprofen.atTime(9, 0).atZone(zone))))
                    .hasStatus(201);

            MvcTestResult charts = mvc.get().uri("/api/v1/clients/{id}/diary/charts?months=6", id(client))
                    .with(as(client)).exchange();

            assertThat(charts).hasStatusOk();
            assertThat(Json.<Integer>read(charts, "$.blocks.length()")).isEqualTo(6);
            assertThat(Json.<String>read(charts, "$.blocks[5].from")).isEqualTo(today.minusDays(27).toString());
            assertThat(Json.<String>read(charts, "$.blocks[5].to")).isEqualTo(today.toString());
            assertThat(Json.<Integer>read(charts, "$.blocks[5].recordedDays")).isEqualTo(24);
            assertThat(Json.<Boolean>read(charts, "$.blocks[5].sufficient")).isTrue();
            assertThat(Json.<Double>read(charts, "$.blocks[5].migraineDaysPer28")).isEqualTo(3.5);
            assertThat(Json.<Double>read(charts, "$.blocks[5].headacheDaysPer28")).isEqualTo(3.5);
            assertThat(Json.<Integer>read(charts, "$.blocks[4].recordedDays")).isEqualTo(1);
            assertThat(Json.<Integer>read(charts, "$.blocks[4].headacheDays")).isEqualTo(1);
            assertThat(Json.<Boolean>read(charts, "$.blocks[4].sufficient")).isFalse();
            assertThat(Json.<Object>read(charts, "$.blocks[4].headacheDaysPer28")).as("a gap, not a zero").isNull();
            assertThat(Json.<Object>read(charts, "$.blocks[0].migraineDaysPer28")).isNull();
            assertThat(Json.<List<Integer>>read(charts, "$.referenceLevels")).containsExactly(10, 15);

            List<String> months = Json.read(charts, "$.calendarMonths[*].month");
            assertThat(months).hasSize(6).endsWith(YearMonth.from(today).toString());
            for (int i = 0; i < months.size(); i++) {
                YearMonth month = YearMonth.parse(months.get(i));
                long triptans = List.of(3, 10, 17).stream()
                        .filter(back -> YearMonth.from(today.minusDays(back)).equals(month)).count();
                long painkillers = YearMonth.from(ibuprofen).equals(month) ? 1 : 0;
                String at = "$.calendarMonths[" + i + "]";
                assertThat(Json.<Integer>read(charts, at + ".acuteMedicationDaysByClass.TRIPTAN")).as("%s", month)
                        .isEqualTo((int) triptans);
                assertThat(Json.<Integer>read(charts, at + ".acuteMedicationDaysByClass.NON_OPIOID_ANALGESIC"))
                        .as("%s", month).isEqualTo((int) painkillers);
                assertThat(Json.<Integer>read(charts, at + ".acuteMedicationDaysByClass.OPIOID")).isZero();
                assertThat(Json.<Integer>read(charts, at + ".acuteMedicationDays")).as("%s", month)
                        .isEqualTo((int) (triptans + painkillers));
            }
            assertThat(Json.<String>read(charts, "$.calendarMonths[5].to")).isEqualTo(today.toString());

            assertThat(Json.<List<String>>read(charts, "$.peakPain[*].date")).containsExactly(
                    ibuprofen.toString(), today.minusDays(17).toString(), today.minusDays(10).toString(),
                    today.minusDays(3).toString());
            assertThat(Json.<List<Integer>>read(charts, "$.peakPain[*].peakPain")).containsExactly(4, 8, 8, 8);
            assertThat(Json.<List<Boolean>>read(charts, "$.peakPain[*].migraine")).containsExactly(false, true, true,
                    true);

            assertThat(Json.<Integer>read(mvc.get().uri("/api/v1/clients/{id}/diary/charts?months=12", id(client))
                    .with(as(client)).exchange(), "$.blocks.length()")).isEqualTo(13);
        }

        @Test
        void monthsOutsideOneTo24AreRefusedNamingTheField() {
            String client = signUp(mvc, "charts-range");
            for (String months : List.of("0", "25", "x")) {
                MvcTestResult refused = mvc.get().uri("/api/v1/clients/{id}/diary/charts?months=" + months,
                        id(client)).with(as(client)).exchange();
                assertThat(refused).as("months=%s", months).hasStatus(400);
                assertThat(Json.<List<String>>read(refused, "$.errors[*].field")).containsExactly("months");
            }
            assertThat(mvc.get().uri("/me/diary/charts?months=0").with(signedIn(client)).exchange()).hasStatus(400);
        }

        @Test
        void thePageCarriesTheNumbersForTheScriptAndATableForEveryChart() {
            String client = signUp(mvc, "charts-page");
            ZoneId zone = zoneOf(id(client), as(client));
            LocalDate today = LocalDate.now(zone);
            assertThat(postAttack(mvc, id(client), as(client), migraine(today.minusDays(2).atTime(8, 0).atZone(zone),
                    6))).hasStatus(201);

            Document page = page("/me/diary/charts?months=12", signedIn(client));

            String numbers = page.selectFirst("#diary-charts").attr("data-numbers");
            assertThat(Json.<Integer>read(numbers, "$.months")).isEqualTo(12);
            assertThat(Json.<Integer>read(numbers, "$.blocks.length()")).isEqualTo(13);
            assertThat(Json.<List<Integer>>read(numbers, "$.peakPain[*].peakPain")).containsExactly(8);
            assertThat(page.select("canvas#chart-per28, canvas#chart-pain, canvas#chart-medication")).hasSize(3);
            assertThat(page.select("canvas[role=img][aria-label]")).hasSize(3);
            assertThat(page.select("details table")).hasSize(3);
            assertThat(page.select("#per28-table tbody tr")).hasSize(13);
            assertThat(page.select("#per28-table tbody tr.insufficient")).hasSize(13);
            assertThat(page.select("#per28-table tbody tr").last().select("td.migraine").text())
                    .isEqualTo("Not enough days recorded");
            assertThat(page.select("#pain-table tbody tr td.peak").eachText()).containsExactly("8");
            assertThat(page.select("#medication-table thead th[data-class]")).hasSize(6);
            assertThat(page.select("#medication-table tbody tr")).hasSize(12);
            assertThat(page.select("#medication-table tbody tr").last().select("td[data-class=TRIPTAN]").text())
                    .isEqualTo(YearMonth.from(today.minusDays(2)).equals(YearMonth.from(today)) ? "1" : "0");
            assertThat(page.selectFirst("#medication-reference").text()).contains("ICHD-3",
                    "information to discuss with a doctor", "not advice");
            assertThat(page.select(".reference-levels li").eachText()).allMatch(line -> line.contains("ICHD-3"));
            assertThat(page.selectFirst("main").text().toLowerCase()).doesNotContain("you should", "stop taking",
                    "reduce your", "treatment effect");
            assertThat(page.select("script").eachAttr("src")).contains("/js/diary-charts.js")
                    .anyMatch(src -> src.matches("/webjars/chart\\.js/[0-9.]+/dist/chart\\.umd\\.min\\.js"));
            assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
            assertThat(page.select("a[aria-current=page]").eachText()).contains("Last 12 months");
        }

        @Test
        void theChartScriptAndChartJsAreServed() {
            assertThat(mvc.get().uri("/js/diary-charts.js").exchange()).hasStatusOk();
            assertThat(mvc.get().uri("/webjars/chart.js/dist/chart.umd.min.js").exchange()).hasStatusOk();
        }
    }

    @Nested
    class WhoMaySee {

        @Test
        void theTherapistSeesTheViewsOnlyWhileTheClientSharesTheDiaryAndEveryReadIsAudited() {
            String claire = claire(mvc);
            RequestPostProcessor theo = SignIn.as(accounts, Demo.THERAPIST);
            try {
                share(false);
                assertThat(mvc.get().uri("/therapist/clients/{id}/diary/month", claire).with(theo).exchange())
                        .hasStatus(404);
                assertThat(mvc.get().uri("/therapist/clients/{id}/diary/charts", claire).with(theo).exchange())
                        .hasStatus(404);
                assertThat(mvc.get().uri("/api/v1/clients/{id}/diary/charts", claire)
                        .with(Demo.basic(Demo.THERAPIST)).exchange()).hasStatus(404);

                share(true);
                long before = audited(claire);
                Document month = page("/therapist/clients/" + claire + "/diary/month", theo);
                assertThat(month.selectFirst("h1").text()).startsWith("Diary of Claire Bennett");
                assertThat(month.select("#month-grid td.day a")).as("staff do not open the client's day pages")
                        .isEmpty();
                assertThat(month.select("nav.sub-nav a").eachAttr("href")).containsExactly(
                        "/therapist/clients/" + claire + "/diary/month",
                        "/therapist/clients/" + claire + "/diary/charts",
                        "/clients/" + claire + "/diary/export.csv");
                Document charts = page("/therapist/clients/" + claire + "/diary/charts", theo);
                assertThat(charts.select("canvas")).hasSize(3);
                assertThat(audited(claire)).isEqualTo(before + 2);
                assertThat(page("/therapist/clients/" + claire + "/diary/month", SignIn.as(accounts, Demo.OWNER))
                        .select("#month-grid")).hasSize(1);
                assertThat(audited(claire)).isEqualTo(before + 3);
            } finally {
                share(true);
            }
        }

        @Test
        void anotherClientTheFrontDeskAndAnUnknownClientGetNothing() {
            String claire = claire(mvc);
            String nosy = signUp(mvc, "nosy-views");

            assertThat(mvc.get().uri("/api/v1/clients/{id}/diary/charts", claire).with(as(nosy)).exchange())
                    .hasStatus(404);
            assertThat(mvc.get().uri("/therapist/clients/{id}/diary/month", claire).with(signedIn(nosy))
                    .exchange()).hasStatus(403);
            assertThat(mvc.get().uri("/therapist/clients/{id}/diary/charts", claire)
                    .with(SignIn.as(accounts, Demo.DESK)).exchange()).hasStatus(403);
            assertThat(mvc.get().uri("/therapist/clients/{id}/diary/month", java.util.UUID.randomUUID())
                    .with(SignIn.as(accounts, Demo.OWNER)).exchange()).hasStatus(404);
            assertThat(mvc.get().uri("/therapist/clients/not-an-id/diary/month")
                    .with(SignIn.as(accounts, Demo.OWNER)).exchange()).hasStatus(404);
            Document own = page("/me/diary/month", signedIn(nosy));
            assertThat(own.selectFirst("h1").text()).startsWith("My diary");
            assertThat(own.select("#month-grid .session-mark")).isEmpty();
        }

        @Test
        void theSessionScreenAndTheOwnersClientPageLinkToTheDiaryOnlyWhileItIsShared() {
            String claire = claire(mvc);
            LocalDate today = LocalDate.now();
            List<String> theirs = Json.read(mvc.get().uri("/api/v1/appointments?from={f}&to={t}",
                    today.minusDays(60), today.plusDays(30)).with(Demo.basic(Demo.THERAPIST)).exchange(),
                    "$[?(@.clientId == '" + claire + "')].id");
            assertThat(theirs).as("the demo therapist sees the demo client").isNotEmpty();
            String session = "/therapist/appointments/" + theirs.get(0);
            String detail = "/desk/clients/" + claire;
            RequestPostProcessor theo = SignIn.as(accounts, Demo.THERAPIST);
            RequestPostProcessor owner = SignIn.as(accounts, Demo.OWNER);
            try {
                share(true);
                assertThat(page(session, theo).selectFirst("a#diary").attr("href"))
                        .isEqualTo("/therapist/clients/" + claire + "/diary/month");
                assertThat(page(detail, owner).selectFirst("a#diary-link").attr("href"))
                        .isEqualTo("/therapist/clients/" + claire + "/diary/month");

                share(false);
                assertThat(page(session, theo).select("a#diary")).isEmpty();
                assertThat(page(detail, owner).select("a#diary-link")).isEmpty();
            } finally {
                share(true);
            }
        }

        private void share(boolean share) {
            claireShares(mvc, share);
        }

        private long audited(String client) {
            return auditedReads(jdbc, client);
        }
    }
}
