package org.stillpoint.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.clients.ClientId;
import org.stillpoint.intake.Intake;
import org.stillpoint.platform.Accounts;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;

/**
 * The demo clinic's diaries: six months for every demo client, with gaps, never an overlap, and for the demo client
 * about 8 migraine days per 28 before her weekly sessions began and about 4 in the latest 28 days.
 */
@DemoClinicTest
class DiaryDemoDataTests {

    /**
     * The demo's clients: their intakes were sent days before the demo was filled, unlike those of clients that
     * other tests sharing this clinic sign up.
     */
    private static final String DEMO_CLIENTS = """
            SELECT DISTINCT v.client_id FROM intake_version v
             WHERE v.submitted_at < (SELECT set_up_at FROM installation)""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Diary diary;

    @Autowired
    Intake intake;

    @Autowired
    Accounts accounts;

    @Test
    void everyDemoClientKeepsAboutSixMonthsOfDiaryWithAFewDaysUnrecorded() {
        List<UUID> demo = demoClients();
        assertThat(demo).hasSize(30);
        int unrecorded = 0;
        int days = 0;
        for (UUID client : demo) {
            LocalDate today = today(client);
            LocalDate first = jdbc.sql("SELECT MIN(diary_date) FROM diary_day WHERE client_id = ?").param(client)
                    .query(LocalDate.class).single();
            assertThat(first).as("first check-in").isBetween(today.minusDays(DiaryDemoData.DAYS - 1L),
                    today.minusDays(170));

            DiaryFigures figures = asOwner(() -> diary.summary(new ClientId(client),
                    today.minusDays(DiaryDemoData.DAYS - 1L), today));
            assertThat(figures.days()).isEqualTo(DiaryDemoData.DAYS);
            assertThat(figures.coverage()).as("coverage").isBetween(new java.math.BigDecimal("0.85"),
                    new java.math.BigDecimal("0.97"));
            assertThat(figures.sufficient()).isTrue();
            assertThat(figures.headacheDays()).isPositive();
            unrecorded += figures.days() - figures.recordedDays();
            days += figures.days();
        }
        assertThat((double) unrecorded / days).as("share of days not recorded").isBetween(0.05, 0.10);
    }

    @Test
    void theDemoClientHadAbout8MigraineDaysPer28BeforeHerWeeklySessionsAndAbout4InTheLatest28Days() {
        String claire = Json.read(mvc.get().uri("/api/v1/me").with(Demo.basic(Demo.CLIENT)).exchange(),
                "$.clientId");
        ZoneId zone = zone(UUID.fromString(claire));
        LocalDate weeklyFrom = jdbc.sql("""
                        SELECT MIN(a.start_at) FROM appointment a JOIN session_type t ON t.id = a.session_type_id
                         WHERE a.client_id = ? AND a.series_id IS NOT NULL AND t.kind <> 'CONSULTATION'""")
                .param(UUID.fromString(claire)).query(OffsetDateTime.class).single()
                .atZoneSameInstant(zone).toLocalDate();
        LocalDate today = LocalDate.now(zone);

        MvcTestResult before = summary(claire, weeklyFrom.minusDays(28), weeklyFrom.minusDays(1));
        MvcTestResult latest = summary(claire, today.minusDays(27), today);

        assertThat(before).hasStatusOk();
        assertThat(Json.<Boolean>read(before, "$.sufficient")).isTrue();
        assertThat(Json.<Double>read(before, "$.migraineDaysPer28")).isBetween(6.0, 10.0);
        assertThat(Json.<Integer>read(before, "$.acuteMedicationDaysByClass.TRIPTAN")).isPositive();
        assertThat(latest).hasStatusOk();
        assertThat(Json.<Boolean>read(latest, "$.sufficient")).isTrue();
        assertThat(Json.<Double>read(latest, "$.migraineDaysPer28")).isBetween(2.0, 6.0);
        assertThat(Json.<Integer>read(latest, "$.recordedDays")).isLessThan(28);
    }

    @Test
    void noTwoAttacksOverlapNoneIsStillGoingAndNoDayWithAnAttackIsCheckedInHeadacheFree() {
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM diary_attack a JOIN diary_attack b
                    ON a.client_id = b.client_id AND a.id <> b.id
                 WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL
                   AND a.start_at < COALESCE(b.end_at, a.start_at + INTERVAL '1' DAY)
                   AND b.start_at < COALESCE(a.end_at, b.start_at + INTERVAL '1' DAY)""").query(Long.class).single())
                .isZero();
        for (UUID client : demoClients()) {
            ZoneId zone = zone(client);
            List<Attack> attacks = attacks(client);
            assertThat(attacks).as("attacks").isNotEmpty().allSatisfy(a -> assertThat(a.end()).isNotNull());
            List<LocalDate> free = jdbc.sql("""
                            SELECT diary_date FROM diary_day WHERE client_id = ? AND status = 'HEADACHE_FREE'""")
                    .param(client).query(LocalDate.class).list();
            assertThat(free).noneMatch(day -> attacks.stream().anyMatch(a -> a.touches(day, zone)));
        }
    }

    @Test
    void attacksLastFromAnHourToThirtyHoursSomeAcrossMidnightWithTheAuraTheIntakeKnowsAndMedicinesThatWorked() {
        List<UUID> demo = demoClients();
        long acrossMidnight = 0;
        int knowingAura = 0;
        for (UUID client : demo) {
            ZoneId zone = zone(client);
            List<Attack> attacks = attacks(client);
            assertThat(attacks).allSatisfy(a -> assertThat(Duration.between(a.start(), a.end()))
                    .isBetween(Duration.ofHours(1), Duration.ofHours(30)));
            acrossMidnight += attacks.stream().filter(a -> !LocalDate.ofInstant(a.start(), zone)
                    .equals(LocalDate.ofInstant(a.end().minusNanos(1), zone))).count();
            boolean knowsAura = !asOwner(() -> intake.usualHeadaches(new ClientId(client))).aura().isEmpty();
            long withAura = attacks.stream().filter(a -> a.details().contains("\"aura\":[{")).count();
            if (knowsAura) {
                knowingAura++;
                assertThat(withAura).as("attacks with aura").isPositive();
            } else {
                assertThat(withAura).as("attacks with aura").isZero();
            }
        }
        assertThat(knowingAura).as("demo clients whose intake knows an aura").isGreaterThanOrEqualTo(2);
        assertThat(acrossMidnight).isGreaterThan(20);
        String all = String.join("\n", jdbc.sql("SELECT details FROM diary_attack").query(String.class).list());
        assertThat(all).contains("\"drugClass\":\"TRIPTAN\"", "\"drugClass\":\"NON_OPIOID_ANALGESIC\"",
                "\"effect\":\"PAIN_FREE\"", "\"effect\":\"PARTIAL\"", "\"quality\":\"PRESSING\"",
                "\"selfCare\":[\"", "\"triggers\":[\"");
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT client_id) FROM diary_day WHERE menstruation").query(Long.class)
                .single()).isBetween(2L, 10L);
    }

    private List<UUID> demoClients() {
        return jdbc.sql(DEMO_CLIENTS).query(UUID.class).list();
    }

    private ZoneId zone(UUID client) {
        return ZoneId.of(jdbc.sql("SELECT zone_id FROM diary_settings WHERE client_id = ?").param(client)
                .query(String.class).single());
    }

    private LocalDate today(UUID client) {
        return LocalDate.now(zone(client));
    }

    private List<Attack> attacks(UUID client) {
        return jdbc.sql("""
                        SELECT start_at, end_at, details FROM diary_attack WHERE client_id = ? AND deleted_at IS NULL
                         ORDER BY start_at""")
                .param(client)
                .query((rs, n) -> new Attack(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getObject(2, OffsetDateTime.class) == null ? null
                                : rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3)))
                .list();
    }

    private MvcTestResult summary(String client, LocalDate from, LocalDate to) {
        return mvc.get().uri("/api/v1/clients/{id}/diary/summary?from={from}&to={to}", client, from, to)
                .with(Demo.basic(Demo.CLIENT)).exchange();
    }

    private <T> T asOwner(java.util.function.Supplier<T> work) {
        return accounts.actingAs(accounts.findByEmail(Demo.OWNER).orElseThrow().id(), work);
    }

    private record Attack(Instant start, Instant end, String details) {

        boolean touches(LocalDate day, ZoneId zone) {
            return !LocalDate.ofInstant(start, zone).isAfter(day)
                    && !LocalDate.ofInstant(end.minusNanos(1), zone).isBefore(day);
        }
    }
}
