package org.stillpoint.diary.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stillpoint.clients.ClientId;
import org.stillpoint.diary.Attack;
import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.AttackId;
import org.stillpoint.diary.AttackRevision;
import org.stillpoint.diary.AuraSymptom;
import org.stillpoint.diary.DayCheckIn;
import org.stillpoint.diary.DayFacts;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.diary.Diary;
import org.stillpoint.diary.DiaryDay;
import org.stillpoint.diary.DiaryFigures;
import org.stillpoint.diary.DiarySettings;
import org.stillpoint.diary.Disruption;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.Intensity;
import org.stillpoint.diary.MedicineEffect;
import org.stillpoint.diary.MedicineTaken;
import org.stillpoint.diary.Nausea;
import org.stillpoint.diary.PainQuality;
import org.stillpoint.diary.SelfCare;
import org.stillpoint.diary.Side;
import org.stillpoint.diary.domain.DayCountingRules;
import org.stillpoint.platform.FieldProblems;

/**
 * The headache diary for programs (DESIGN §6): attacks, daily check-ins, the figures of clinical-reference §2.1 and
 * the client's diary settings. Only the client writes; the owner, and a therapist while the client shares the diary,
 * read. 404 for anyone else; 400 naming each wrong field; 409 for an overlapping attack or a stale edit.
 */
@RestController
@RequestMapping("/api/v1")
class DiaryApiController {

    private final Diary diary;
    private final MessageSource messages;

    DiaryApiController(Diary diary, MessageSource messages) {
        this.diary = diary;
        this.messages = messages;
    }

    @PostMapping("/clients/{id}/diary/attacks")
    ResponseEntity<AttackResponse> record(@PathVariable UUID id, @RequestBody AttackRequest request) {
        Attack attack = diary.recordAttack(new ClientId(id), request.entry());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{attack}")
                .buildAndExpand(attack.id().value()).toUri()).body(AttackResponse.of(attack));
    }

    /** The attacks touching the days {@code from}–{@code to}, latest first; the last 28 days by default. */
    @GetMapping("/clients/{id}/diary/attacks")
    List<AttackResponse> attacks(@PathVariable UUID id,
                                 @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return diary.attacks(new ClientId(id), from, to).stream().map(AttackResponse::of).toList();
    }

    @GetMapping("/clients/{id}/diary/attacks/{attack}")
    AttackResponse attack(@PathVariable UUID id, @PathVariable UUID attack) {
        return AttackResponse.of(diary.attack(new ClientId(id), new AttackId(attack)));
    }

    /** The whole attack as it should be now; {@code version}, when given, must be the version it was made from. */
    @PutMapping("/clients/{id}/diary/attacks/{attack}")
    AttackResponse change(@PathVariable UUID id, @PathVariable UUID attack, @RequestBody AttackRequest request) {
        return AttackResponse.of(diary.changeAttack(new ClientId(id), new AttackId(attack), request.entry(),
                request.version()));
    }

    @DeleteMapping("/clients/{id}/diary/attacks/{attack}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @PathVariable UUID attack) {
        diary.deleteAttack(new ClientId(id), new AttackId(attack));
    }

    /** The earlier versions of an attack, oldest first. */
    @GetMapping("/clients/{id}/diary/attacks/{attack}/revisions")
    List<RevisionResponse> revisions(@PathVariable UUID id, @PathVariable UUID attack) {
        return diary.revisions(new ClientId(id), new AttackId(attack)).stream().map(RevisionResponse::of).toList();
    }

    @PutMapping("/clients/{id}/diary/days/{date}")
    DayResponse checkIn(@PathVariable UUID id, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                        @RequestBody DayRequest request) {
        return DayResponse.of(diary.checkIn(new ClientId(id), date,
                new DayCheckIn(request.status(), request.menstruation(), request.note())));
    }

    @DeleteMapping("/clients/{id}/diary/days/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearDay(@PathVariable UUID id, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        diary.clearDay(new ClientId(id), date);
    }

    /** What each day of {@code from}–{@code to} counts as, with its check-in; the last 28 days by default. */
    @GetMapping("/clients/{id}/diary/days")
    List<DayFactsResponse> days(@PathVariable UUID id,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return diary.days(new ClientId(id), from, to).stream().map(DayFactsResponse::of).toList();
    }

    /**
     * The figures of {@code from}–{@code to} (the last 28 days by default). The per-28-day figures are null, and
     * {@code insufficientData} says why, when too few of the days are recorded.
     */
    @GetMapping("/clients/{id}/diary/summary")
    SummaryResponse summary(@PathVariable UUID id,
                            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                            Locale locale) {
        DiaryFigures figures = diary.summary(new ClientId(id), from, to);
        String insufficient = figures.sufficient() ? null : messages.getMessage("diary.figures.insufficient",
                new Object[] {figures.recordedDays(), figures.days(), percent(figures.coverage()),
                        percent(figures.minCoverage())}, locale);
        return SummaryResponse.of(figures, insufficient, diary.rules());
    }

    @GetMapping("/clients/{id}/diary/settings")
    SettingsResponse settings(@PathVariable UUID id) {
        return SettingsResponse.of(diary.settings(new ClientId(id)));
    }

    @PutMapping("/clients/{id}/diary/settings")
    SettingsResponse changeSettings(@PathVariable UUID id, @RequestBody SettingsRequest request) {
        return SettingsResponse.of(diary.changeSettings(new ClientId(id), request.settings()));
    }

    /** The words an attack is recorded with: the intake's triggers and areas, self-care, what an attack stopped. */
    @GetMapping("/diary/vocabulary")
    VocabularyResponse vocabulary() {
        return new VocabularyResponse(diary.triggers(), diary.areas(), List.of(SelfCare.values()),
                List.of(Disruption.values()), List.of(DrugClass.values()));
    }

    /** The drug class Stillpoint suggests for a product name, or null when the name is not recognised. */
    @GetMapping("/diary/drug-class")
    Map<String, Object> drugClass(@RequestParam String product) {
        return java.util.Collections.singletonMap("drugClass", diary.suggestDrugClass(product).orElse(null));
    }

    private static int percent(BigDecimal share) {
        return share.movePointRight(2).intValue();
    }

    record AttackRequest(OffsetDateTime start, OffsetDateTime end, Boolean fellAsleep, Integer peakPain,
                         Intensity intensity, Side side, List<String> areas, PainQuality quality,
                         Boolean worseWithActivity, Nausea nausea, Boolean vomiting, Boolean photophobia,
                         Boolean phonophobia, List<AuraSymptom> aura, List<MedicineRequest> medicines,
                         List<String> triggers, List<String> ownTriggers, List<SelfCare> selfCare,
                         List<Disruption> stopped, String notes, Integer version) {

        AttackEntry entry() {
            return new AttackEntry(instant(start), instant(end), fellAsleep, peakPain, intensity, side, areas, quality,
                    worseWithActivity, nausea, vomiting, photophobia, phonophobia, aura,
                    medicines == null ? null : medicines.stream().map(m -> m == null ? null
                            : new MedicineTaken(m.product(), m.drugClass(), instant(m.takenAt()), m.effect()))
                            .toList(),
                    triggers, ownTriggers, selfCare, stopped, notes);
        }
    }

    record MedicineRequest(String product, DrugClass drugClass, OffsetDateTime takenAt, MedicineEffect effect) {
    }

    record AttackResponse(UUID id, int version, Instant start, Instant end, boolean stillGoing, Boolean fellAsleep,
                          Integer peakPain, Intensity intensity, Side side, List<String> areas, PainQuality quality,
                          Boolean worseWithActivity, Nausea nausea, Boolean vomiting, Boolean photophobia,
                          Boolean phonophobia, List<AuraSymptom> aura, List<MedicineTaken> medicines,
                          List<String> triggers, List<String> ownTriggers, List<SelfCare> selfCare,
                          List<Disruption> stopped, String notes, boolean complete, List<String> missing,
                          Instant recordedAt, Instant updatedAt) {

        static AttackResponse of(Attack attack) {
            AttackEntry e = attack.entry();
            return new AttackResponse(attack.id().value(), attack.version(), e.start(), e.end(), attack.stillGoing(),
                    e.fellAsleep(), e.peakPain(), attack.intensity(), e.side(), e.areas(), e.quality(),
                    e.worseWithActivity(), e.nausea(), e.vomiting(), e.photophobia(), e.phonophobia(), e.aura(),
                    e.medicines(), e.triggers(), e.ownTriggers(), e.selfCare(), e.stopped(), e.notes(),
                    attack.complete(), attack.missing(), attack.recordedAt(), attack.updatedAt());
        }
    }

    record RevisionResponse(int version, Instant replacedAt, boolean deleted, AttackEntry entry) {

        static RevisionResponse of(AttackRevision revision) {
            return new RevisionResponse(revision.version(), revision.replacedAt(), revision.deleted(),
                    revision.entry());
        }
    }

    record DayRequest(DayStatus status, Boolean menstruation, String note) {
    }

    record DayResponse(LocalDate date, DayStatus status, Boolean menstruation, String note, Instant recordedAt) {

        static DayResponse of(DiaryDay day) {
            return new DayResponse(day.day(), day.status(), day.menstruation(), day.note(), day.recordedAt());
        }
    }

    record DayFactsResponse(LocalDate date, boolean recorded, boolean headache, boolean migraine,
                            List<DrugClass> acuteMedication, Integer peakPain, Intensity peakIntensity,
                            Boolean menstruation) {

        static DayFactsResponse of(DayFacts day) {
            return new DayFactsResponse(day.day(), day.recorded(), day.headache(), day.migraine(),
                    day.medicines().stream().sorted().toList(), day.peakPain(), day.peakIntensity(),
                    day.menstruation());
        }
    }

    record SummaryResponse(LocalDate from, LocalDate to, int days, int recordedDays, BigDecimal coverage,
                           BigDecimal minCoverage, boolean sufficient, String insufficientData, int headacheDays,
                           int migraineDays, int acuteMedicationDays, Map<DrugClass, Integer> acuteMedicationDaysByClass,
                           BigDecimal headacheDaysPer28, BigDecimal migraineDaysPer28,
                           BigDecimal acuteMedicationDaysPer28, RulesResponse rules) {

        static SummaryResponse of(DiaryFigures f, String insufficient, DayCountingRules rules) {
            return new SummaryResponse(f.from(), f.to(), f.days(), f.recordedDays(), f.coverage(), f.minCoverage(),
                    f.sufficient(), insufficient, f.headacheDays(), f.migraineDays(), f.acuteMedicationDays(),
                    new java.util.TreeMap<>(f.acuteMedicationDaysByClass()), f.headacheDaysPer28(),
                    f.migraineDaysPer28(), f.acuteMedicationDaysPer28(), RulesResponse.of(rules));
        }
    }

    /** The rules the figures were counted by (clinical-reference §2.1), so that a reader knows which variant. */
    record RulesResponse(int headacheMinMinutes, int migraineMinMinutes, DayCountingRules.TriptanRule triptanRule,
                         boolean probableMigraineCounts) {

        static RulesResponse of(DayCountingRules rules) {
            return new RulesResponse(rules.headacheMinMinutes(), rules.migraineMinMinutes(), rules.triptanRule(),
                    rules.probableMigraineCounts());
        }
    }

    record SettingsRequest(String zone, Boolean reminder, String reminderAt, Boolean tracksMenstruation) {

        DiarySettings settings() {
            FieldProblems problems = new FieldProblems().required("zone", FieldProblems.blankToNull(zone));
            ZoneId zoneId = null;
            LocalTime at = null;
            try {
                zoneId = zone == null || zone.isBlank() ? null : ZoneId.of(zone.strip());
            } catch (java.time.DateTimeException unknown) {
                problems.add("zone", "diary.settings.unknown-zone");
            }
            try {
                at = reminderAt == null || reminderAt.isBlank() ? null : LocalTime.parse(reminderAt.strip());
            } catch (java.time.format.DateTimeParseException wrong) {
                problems.add("reminderAt", "diary.settings.wrong-time");
            }
            problems.throwIfAny("invalid-diary-settings", "diary.settings.invalid");
            return new DiarySettings(zoneId, Boolean.TRUE.equals(reminder),
                    at == null ? null : at.withSecond(0).withNano(0), Boolean.TRUE.equals(tracksMenstruation));
        }
    }

    record SettingsResponse(String zone, boolean reminder, String reminderAt, boolean tracksMenstruation) {

        static SettingsResponse of(DiarySettings s) {
            return new SettingsResponse(s.zone().getId(), s.reminder(), s.reminderAt().toString(),
                    s.tracksMenstruation());
        }
    }

    record VocabularyResponse(List<String> triggers, List<String> areas, List<SelfCare> selfCare,
                              List<Disruption> stopped, List<DrugClass> drugClasses) {
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
