package org.stillpoint.treatment.notes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.DemoDataContributor;
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.scheduling.AppointmentView;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;
import org.stillpoint.treatment.AdverseEvent;
import org.stillpoint.treatment.AreaFinding;
import org.stillpoint.treatment.AttackUse;
import org.stillpoint.treatment.BlockDone;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.IntervalUnit;
import org.stillpoint.treatment.NextSession;
import org.stillpoint.treatment.NoteContent;
import org.stillpoint.treatment.TechniqueCatalogue;
import org.stillpoint.treatment.TechniqueView;
import org.stillpoint.treatment.Tension;
import org.stillpoint.treatment.session.PlanRepository;
import org.stillpoint.treatment.session.PlanRepository.StoredPlan;

/**
 * The demo clinic's session notes: a signed note for every past session that was attended (consultations are
 * talks, not sessions, and have none). The blocks done are those of the session's saved plan (written before,
 * {@code SessionPlanDemoData}, each passed by the contraindication engine); a session without a plan (only when a
 * test lets a client whose screening stops treatment be booked) gets techniques the therapist offers on the areas the
 * catalogue names, filling most of the session. Pain before and after vary, and a few notes record mild soreness, a
 * little bruising or a passing headache; none records an emergency. The notes are written straight to the tables in a few
 * batched statements, as the appointments themselves are, so no event or mail goes out. Their wording describes the
 * session and never claims that massage treats or prevents migraine (clinical-reference §8).
 */
@Component
class SessionNoteDemoData implements DemoDataContributor {


    /** The demo's history is three months; a year back is more than enough to find it all. */
    private static final int HISTORY_DAYS = 365;

    private static final List<String> REPORTS = List.of(
            "Two attacks since the last visit, both on waking; the second eased by midday.",
            "Tension headache most afternoons this week, worse after long screen work.",
            "A quiet week: one mild headache on Sunday.",
            "Headache since yesterday evening, mostly behind the left eye.",
            "Slept badly; neck stiff this morning, dull ache at the base of the skull.",
            "An attack two days ago with nausea; still tired, no headache today.",
            "Jaw tight from clenching at night; temples sore.",
            "Busy week at work, shoulders up by the ears; headache on three days.");
    private static final List<String> ASSESSMENTS = List.of(
            "Tight suboccipitals and upper trapezius, more on the left.",
            "Tender points in both temporalis muscles; neck range comfortable.",
            "Shoulders held high; tension eased steadily through the session.",
            "Jaw muscles firm on both sides; suboccipitals tender to light pressure.",
            "Less tension than last time in the neck; trapezius still guarded on the right.");
    private static final List<String> RESPONSES = List.of(
            "Relaxed quickly; said the pressure felt right.",
            "Fell asleep during the scalp work; felt lighter afterwards.",
            "Asked for lighter pressure on the neck, comfortable after that.",
            "Said the neck felt looser and the head clearer.",
            "Quiet and calm throughout; got up slowly.");
    private static final List<String> RECOMMENDATIONS = List.of(
            "Self-massage at the base of the skull twice a day; drink water after the session.",
            "Gentle neck stretches in the evening; a cold pack during an attack, warmth between attacks.",
            "Keep the diary going, including sleep; short breaks from the screen every hour.",
            "Jaw self-massage before bed; breathing exercise when the shoulders rise.");
    private static final List<String> FINDING_NOTES = List.of("Tender to touch", "Guarded at first",
            "Eased with slow work", "More on this side", "Ropey fibres");

    private final Accounts accounts;
    private final Scheduling scheduling;
    private final Clinic clinic;
    private final Therapists therapists;
    private final TechniqueCatalogue catalogue;
    private final NoteRepository notes;
    private final PlanRepository plans;
    private final Clock clock;

    SessionNoteDemoData(Accounts accounts, Scheduling scheduling, Clinic clinic, Therapists therapists,
                        TechniqueCatalogue catalogue, NoteRepository notes, PlanRepository plans, Clock clock) {
        this.accounts = accounts;
        this.scheduling = scheduling;
        this.clinic = clinic;
        this.therapists = therapists;
        this.catalogue = catalogue;
        this.notes = notes;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public int order() {
        // After the appointments (500), whose past sessions these notes document, and their plans (630).
        return 640;
    }

    @Override
    public void contribute() {
        AccountId owner = accounts.findByEmail(DEMO_OWNER).orElseThrow().id();
        List<AppointmentView> past = accounts.actingAs(owner, () -> {
            LocalDate today = scheduling.today();
            return scheduling.appointments(today.minusDays(HISTORY_DAYS), today);
        });
        Map<SessionTypeId, SessionTypeView> types = clinic.sessionTypes().stream()
                .collect(Collectors.toMap(SessionTypeView::id, Function.identity()));
        Map<TherapistId, TherapistView> staff = therapists.all().stream()
                .collect(Collectors.toMap(TherapistView::id, Function.identity()));
        Map<Technique, TechniqueView> techniques = catalogue.all().stream()
                .collect(Collectors.toMap(TechniqueView::technique, Function.identity()));
        Instant now = clock.instant();
        Random random = new Random(20261207L);
        List<SessionNote> written = new ArrayList<>();
        for (AppointmentView appointment : past) {
            SessionTypeView type = types.get(appointment.sessionTypeId());
            TherapistView therapist = staff.get(appointment.therapistId());
            if (appointment.status() != AppointmentStatus.COMPLETED || type == null || therapist == null
                    || therapist.accountId() == null || type.kind() == SessionKind.CONSULTATION
                    || !appointment.end().toInstant().isBefore(now)) {
                continue;
            }
            written.add(note(appointment, type, therapist, techniques, random, now));
        }
        notes.insertAll(written);
    }

    private SessionNote note(AppointmentView appointment, SessionTypeView type, TherapistView therapist,
                             Map<Technique, TechniqueView> techniques, Random random, Instant now) {
        boolean acute = type.kind() == SessionKind.ACUTE_RELIEF;
        int minutes = (int) Duration.between(appointment.start(), appointment.end()).toMinutes();
        List<BlockDone> blocks = plans.find(appointment.id()).map(StoredPlan::blocks)
                .map(planned -> planned.stream().map(b -> new BlockDone(b.technique(), b.area(), b.minutes(),
                        b.pressure())).toList())
                .orElseGet(() -> blocks(type, therapist, techniques, minutes, acute, random));
        int before = acute ? 6 + random.nextInt(4) : 2 + random.nextInt(6);
        int after = Math.max(0, before - random.nextInt(acute ? 4 : 5));
        if (random.nextInt(12) == 0) {
            after = Math.min(10, before + 1);
        }
        Set<AdverseEvent> adverse = EnumSet.noneOf(AdverseEvent.class);
        String adverseNote = null;
        switch (random.nextInt(20)) {
            case 0, 1 -> {
                adverse.add(AdverseEvent.SORENESS);
                adverseNote = "Mild soreness in the shoulders afterwards, expected to settle within a day.";
            }
            case 2 -> {
                adverse.add(AdverseEvent.BRUISING);
                adverseNote = "A small bruise on the right trapezius; pressure kept lighter there.";
            }
            case 3 -> {
                adverse.add(AdverseEvent.HEADACHE_WORSE);
                adverseNote = "Usual headache a little stronger after the neck work; eased after resting.";
            }
            default -> { }
        }
        List<AreaFinding> findings = findings(blocks, random);
        NoteContent content = new NoteContent(pick(REPORTS, random), before, findings, pick(ASSESSMENTS, random),
                blocks, after, pick(RESPONSES, random), adverse, adverseNote, pick(RECOMMENDATIONS, random),
                new NextSession(acute ? 1 : 1 + random.nextInt(2), IntervalUnit.WEEKS, null));
        Instant end = appointment.end().toInstant();
        Instant signed = end.plus(Duration.ofMinutes(10 + random.nextInt(30)));
        if (!signed.isBefore(now)) {
            signed = now.minusSeconds(60);
        }
        AccountId by = therapist.accountId();
        SessionNote note = SessionNote.draft(appointment.id().value(), appointment.clientId().value(),
                therapist.id().value(), appointment.start().toInstant(), end, content, by,
                end.isBefore(signed) ? end : signed);
        note.sign(by, signed);
        return note;
    }

    /**
     * Two to four blocks of techniques the therapist offers (the session's own technique first, if it has one) on
     * the areas the catalogue names, together filling the session but for a few minutes of talk; during an attack
     * only techniques that may be used then, lightly.
     */
    private static List<BlockDone> blocks(SessionTypeView type, TherapistView therapist,
                                          Map<Technique, TechniqueView> techniques, int minutes, boolean acute,
                                          Random random) {
        List<Technique> offered = therapist.techniques().stream().sorted()
                .filter(t -> techniques.containsKey(t) && !techniques.get(t).areas().isEmpty())
                .filter(t -> !acute || techniques.get(t).duringAttack() != AttackUse.NOT_ALLOWED)
                .collect(Collectors.toCollection(ArrayList::new));
        if (offered.isEmpty()) {
            return List.of();
        }
        int count = Math.min(minutes / 10, 2 + random.nextInt(3));
        int available = Math.max(5, minutes - (minutes >= 60 ? 10 : 5));
        int each = Math.max(5, available / Math.max(1, count) / 5 * 5);
        List<BlockDone> blocks = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < count && used + each <= available; i++) {
            Technique technique = i == 0 && type.requiredTechnique() != null
                    && offered.contains(type.requiredTechnique()) ? type.requiredTechnique()
                    : offered.get(random.nextInt(offered.size()));
            TechniqueView view = techniques.get(technique);
            List<BodyArea> areas = view.areas().stream().sorted().toList();
            BodyArea area = areas.get(random.nextInt(areas.size()));
            int pressure = acute ? 1 : Math.max(1, Math.min(5, view.defaultPressure() + random.nextInt(3) - 1));
            int length = i == count - 1 ? Math.min(available - used, each + 5 * random.nextInt(2)) : each;
            blocks.add(new BlockDone(technique, area, length, pressure));
            used += length;
        }
        return blocks;
    }

    private static List<AreaFinding> findings(List<BlockDone> blocks, Random random) {
        return blocks.stream().map(BlockDone::area).distinct().sorted()
                .map(area -> new AreaFinding(area, Tension.values()[1 + random.nextInt(3)],
                        random.nextInt(3) == 0, random.nextBoolean() ? pick(FINDING_NOTES, random) : null))
                .toList();
    }

    private static String pick(List<String> texts, Random random) {
        return texts.get(random.nextInt(texts.size()));
    }
}
