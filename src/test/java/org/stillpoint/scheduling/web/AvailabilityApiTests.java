package org.stillpoint.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stillpoint.scheduling.SchedulingFixtures.ACUTE_RELIEF;
import static org.stillpoint.scheduling.SchedulingFixtures.CARA;
import static org.stillpoint.scheduling.SchedulingFixtures.CRANIOSACRAL;
import static org.stillpoint.scheduling.SchedulingFixtures.HOT_STONE;
import static org.stillpoint.scheduling.SchedulingFixtures.MEDICAL_MASSAGE;
import static org.stillpoint.scheduling.SchedulingFixtures.NINA;
import static org.stillpoint.scheduling.SchedulingFixtures.PRIYA;
import static org.stillpoint.scheduling.SchedulingFixtures.SAM;
import static org.stillpoint.scheduling.SchedulingFixtures.THEO;
import static org.stillpoint.scheduling.SchedulingFixtures.at;
import static org.stillpoint.scheduling.SchedulingFixtures.availability;
import static org.stillpoint.scheduling.SchedulingFixtures.booked;
import static org.stillpoint.scheduling.SchedulingFixtures.demoClientId;
import static org.stillpoint.scheduling.SchedulingFixtures.newClient;
import static org.stillpoint.scheduling.SchedulingFixtures.room;
import static org.stillpoint.scheduling.SchedulingFixtures.sessionType;
import static org.stillpoint.scheduling.SchedulingFixtures.therapist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.scheduling.SchedulingFixtures;
import org.stillpoint.scheduling.SchedulingTest;
import org.stillpoint.scheduling.TestDays;
import org.stillpoint.support.AdjustableClock;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;

/** {@code GET /api/v1/availability} on the demo clinic (Los Angeles, 15-minute grid, 15-minute buffer). */
@SchedulingTest
class AvailabilityApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AdjustableClock clock;

    @Test
    void slotsCarryTheClinicsOffsetAndFillTheWorkingHoursOnTheGrid() {
        LocalDate day = TestDays.next();
        String theo = therapist(mvc, THEO);

        List<Map<String, Object>> slots = availability(mvc, null, sessionType(mvc, MEDICAL_MASSAGE), day, day,
                "therapist", theo);

        // Theo works 09:00–12:30 and 13:30–17:00: hour-long sessions start 09:00–11:30 and 13:30–16:00.
        List<String> expected = new java.util.ArrayList<>();
        for (LocalTime t = LocalTime.of(9, 0); !t.isAfter(LocalTime.of(11, 30)); t = t.plusMinutes(15)) {
            expected.add(t.toString());
        }
        for (LocalTime t = LocalTime.of(13, 30); !t.isAfter(LocalTime.of(16, 0)); t = t.plusMinutes(15)) {
            expected.add(t.toString());
        }
        assertThat(slots).extracting(s -> OffsetDateTime.parse((String) s.get("start")).toLocalTime().toString())
                .containsExactlyElementsOf(expected);
        assertThat(slots).allSatisfy(slot -> {
            OffsetDateTime start = OffsetDateTime.parse((String) slot.get("start"));
            assertThat(start.getOffset()).isEqualTo(SchedulingFixtures.ZONE.getRules().getOffset(start.toInstant()));
            assertThat(OffsetDateTime.parse((String) slot.get("end"))).isEqualTo(start.plusHours(1));
            assertThat(slot.get("therapistId")).isEqualTo(theo);
            assertThat(slot.get("roomId")).isNotNull();
        });
    }

    @Test
    void onlyTherapistsWhoGiveTheSessionAndRoomsThatSuitItAreOffered() {
        LocalDate day = TestDays.next();

        assertThat(therapistsOffered(MEDICAL_MASSAGE, day)).containsExactlyInAnyOrder(therapist(mvc, THEO),
                therapist(mvc, NINA), therapist(mvc, PRIYA));
        assertThat(therapistsOffered(CRANIOSACRAL, day)).containsExactlyInAnyOrder(therapist(mvc, CARA),
                therapist(mvc, PRIYA));
        List<Map<String, Object>> hotStone = availability(mvc, null, sessionType(mvc, HOT_STONE), day, day);
        assertThat(hotStone).extracting(s -> s.get("therapistId")).containsOnly(therapist(mvc, SAM),
                therapist(mvc, THEO));
        assertThat(hotStone).extracting(s -> s.get("roomId")).containsOnly(room(mvc, "Birch"));
    }

    @Test
    void aClientSensitiveToLightSoundAndScentIsOfferedOnlyRoomsThatSuitThem() {
        LocalDate day = TestDays.next();
        String massage = sessionType(mvc, MEDICAL_MASSAGE);
        Set<String> quietRooms = Set.of(room(mvc, "Willow"), room(mvc, "Cedar"));

        List<Map<String, Object>> forTheClient = availability(mvc, Demo.basic(Demo.CLIENT), massage, day, day);
        List<Map<String, Object>> namedByTheDesk = availability(mvc, Demo.basic(Demo.DESK), massage, day, day,
                "client", demoClientId(mvc));
        List<Map<String, Object>> anyone = availability(mvc, Demo.basic(Demo.DESK), massage, day, day);

        assertThat(forTheClient).isNotEmpty().allMatch(slot -> quietRooms.contains(slot.get("roomId")));
        assertThat(namedByTheDesk).isEqualTo(forTheClient);
        assertThat(anyone).extracting(s -> s.get("roomId")).contains(room(mvc, "Birch"));
    }

    @Test
    void aBookingTakesItsTherapistAndRoomOutWithTheBufferAroundIt() {
        LocalDate day = TestDays.next();
        String massage = sessionType(mvc, MEDICAL_MASSAGE);
        String theo = therapist(mvc, THEO);
        String birch = room(mvc, "Birch");
        booked(mvc, Demo.basic(Demo.DESK), newClient(mvc), massage, theo, at(day, "10:00"));

        List<Map<String, Object>> slots = availability(mvc, null, massage, day, day);

        // busy 10:00–11:00, with 15 minutes on either side: 09:45–11:15
        OffsetDateTime busyFrom = at(day, "09:45");
        OffsetDateTime busyUntil = at(day, "11:15");
        assertThat(slots).filteredOn(s -> theo.equals(s.get("therapistId")))
                .extracting(s -> OffsetDateTime.parse((String) s.get("start")).toLocalTime().toString())
                .startsWith("11:15", "11:30", "13:30");
        assertThat(slots).filteredOn(s -> birch.equals(s.get("roomId"))).noneMatch(s ->
                OffsetDateTime.parse((String) s.get("start")).isBefore(busyUntil)
                        && OffsetDateTime.parse((String) s.get("end")).isAfter(busyFrom));
        assertThat(slots).filteredOn(s -> at(day, "10:00").equals(OffsetDateTime.parse((String) s.get("start"))))
                .extracting(s -> s.get("therapistId")).containsExactlyInAnyOrder(therapist(mvc, NINA),
                        therapist(mvc, PRIYA));
    }

    @Test
    void theMinimumNoticeHoldsForTreatmentButNotForAcuteRelief() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SchedulingFixtures.ZONE);

        List<Instant> massage = starts(availability(mvc, null, sessionType(mvc, MEDICAL_MASSAGE), today, today));
        List<Instant> acute = starts(availability(mvc, null, sessionType(mvc, ACUTE_RELIEF), today, today));

        assertThat(massage).isNotEmpty().allMatch(start -> !start.isBefore(now.plus(Duration.ofHours(2))));
        assertThat(acute).isNotEmpty().allMatch(start -> !start.isBefore(now));
        assertThat(acute.get(0)).isBefore(now.plus(Duration.ofHours(2)));
    }

    @Test
    void aClientIsNotOfferedTimesAtWhichTheyAlreadyHaveAnAppointment() {
        LocalDate day = TestDays.next();
        String client = newClient(mvc);
        String massage = sessionType(mvc, MEDICAL_MASSAGE);
        booked(mvc, Demo.basic(Demo.DESK), client, massage, therapist(mvc, THEO), at(day, "10:00"));
        String nina = therapist(mvc, NINA);

        List<String> forTheClient = availability(mvc, Demo.basic(Demo.DESK), massage, day, day, "therapist", nina,
                "client", client).stream().map(s -> (String) s.get("start")).toList();
        List<String> forAnyone = availability(mvc, null, massage, day, day, "therapist", nina).stream()
                .map(s -> (String) s.get("start")).toList();

        // Nina is free at 10:30, but the client is with Theo from 10:00 to 11:00; from 11:00 the client is free.
        assertThat(forAnyone).contains(SchedulingFixtures.iso(at(day, "10:30")));
        assertThat(forTheClient).doesNotContain(SchedulingFixtures.iso(at(day, "09:15")),
                        SchedulingFixtures.iso(at(day, "10:00")), SchedulingFixtures.iso(at(day, "10:30")))
                .contains(SchedulingFixtures.iso(at(day, "09:00")), SchedulingFixtures.iso(at(day, "11:00")));
    }

    @Test
    void nothingIsOfferedBeyondTheHorizon() {
        LocalDate beyond = LocalDate.ofInstant(clock.instant().plus(Duration.ofDays(SchedulingTest.HORIZON_DAYS + 1)),
                SchedulingFixtures.ZONE);

        assertThat(availability(mvc, null, sessionType(mvc, MEDICAL_MASSAGE), beyond, beyond.plusDays(6))).isEmpty();
    }

    @Test
    void aSpringForwardSundayOffersEveryRealQuarterHourOnce() {
        // A therapist of their own who works only in the small hours of Sundays, across the change of 2027-03-14.
        String night = addTherapist("Noor Night", "CRANIOSACRAL_THERAPIST", "CRANIOSACRAL");
        assertThat(mvc.put().uri("/api/v1/therapists/{id}/working-hours", night).with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"hours\":[{\"day\":\"SUNDAY\",\"start\":\"00:00\",\"end\":\"06:00\"}]}")).hasStatusOk();
        LocalDate sunday = LocalDate.of(2027, 3, 14);

        List<String> starts = availability(mvc, null, sessionType(mvc, CRANIOSACRAL), sunday, sunday, "therapist",
                night).stream().map(s -> (String) s.get("start")).toList();

        // 00:00–06:00 local is five real hours: 08:00–13:00 UTC; hour-long sessions start 08:00–12:00 UTC.
        assertThat(starts).hasSize(17).doesNotHaveDuplicates()
                .noneMatch(start -> start.startsWith("2027-03-14T02:"));
        assertThat(starts).first().isEqualTo("2027-03-14T00:00:00-08:00");
        assertThat(starts).contains("2027-03-14T01:45:00-08:00", "2027-03-14T03:00:00-07:00");
        assertThat(starts).last().isEqualTo("2027-03-14T05:00:00-07:00");
        List<Instant> instants = starts.stream().map(s -> OffsetDateTime.parse(s).toInstant()).toList();
        for (int i = 1; i < instants.size(); i++) {
            assertThat(Duration.between(instants.get(i - 1), instants.get(i))).isEqualTo(Duration.ofMinutes(15));
        }
    }

    @Test
    void moreThanThirtyOneDaysOrDaysOutOfOrderAre400() {
        String massage = sessionType(mvc, MEDICAL_MASSAGE);

        MvcTestResult tooMany = mvc.get().uri("/api/v1/availability").param("sessionType", massage)
                .param("from", "2027-03-01").param("to", "2027-04-01").exchange();
        MvcTestResult reversed = mvc.get().uri("/api/v1/availability").param("sessionType", massage)
                .param("from", "2027-03-10").param("to", "2027-03-09").exchange();
        MvcTestResult notADate = mvc.get().uri("/api/v1/availability").param("sessionType", massage)
                .param("from", "tomorrow").param("to", "2027-03-09").exchange();
        MvcTestResult missing = mvc.get().uri("/api/v1/availability").param("from", "2027-03-09")
                .param("to", "2027-03-09").exchange();

        assertThat(tooMany).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("to");
        assertThat(reversed).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("to");
        assertThat(notADate).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");
        assertThat(missing).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("sessionType");
        assertThat(mvc.get().uri("/api/v1/availability").param("sessionType", massage).param("from", "2027-03-01")
                .param("to", "2027-03-31")).hasStatusOk();
    }

    @Test
    void unknownSessionTypesTherapistsAndOtherClientsAre404() {
        String massage = sessionType(mvc, MEDICAL_MASSAGE);
        String unknown = "00000000-0000-0000-0000-000000000001";

        assertThat(mvc.get().uri("/api/v1/availability").param("sessionType", unknown).param("from", "2027-03-09")
                .param("to", "2027-03-09")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/availability").param("sessionType", massage).param("from", "2027-03-09")
                .param("to", "2027-03-09").param("therapist", unknown)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/availability").param("sessionType", massage).param("from", "2027-03-09")
                .param("to", "2027-03-09").param("client", newClient(mvc)).with(Demo.basic(Demo.CLIENT)))
                .hasStatus(404);
    }

    private Set<Object> therapistsOffered(String type, LocalDate day) {
        return availability(mvc, null, sessionType(mvc, type), day, day).stream().map(s -> s.get("therapistId"))
                .collect(Collectors.toSet());
    }

    private static List<Instant> starts(List<Map<String, Object>> slots) {
        return slots.stream().map(s -> OffsetDateTime.parse((String) s.get("start")).toInstant()).toList();
    }

    private String addTherapist(String name, String providerType, String technique) {
        MvcTestResult added = mvc.post().uri("/api/v1/therapists").with(Demo.basic(Demo.OWNER))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"email":"%s","initialPassword":"a long and quiet night shift",
                         "profile":{"displayName":"%s","providerType":"%s","techniques":["%s"]}}"""
                        .formatted(org.stillpoint.support.StaffAccounts.uniqueEmail("night"), name, providerType,
                                technique)).exchange();
        assertThat(added).as(Json.body(added)).hasStatus(201);
        return Json.read(added, "$.id");
    }
}
