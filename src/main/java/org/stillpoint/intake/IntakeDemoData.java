package org.stillpoint.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.clients.Clients;
import org.stillpoint.intake.domain.AuraSymptom;
import org.stillpoint.intake.domain.AuraType;
import org.stillpoint.intake.domain.BloodPressureStatus;
import org.stillpoint.intake.domain.CancerHistory;
import org.stillpoint.intake.domain.Concern;
import org.stillpoint.intake.domain.CurrentSymptoms;
import org.stillpoint.intake.domain.DatedConcern;
import org.stillpoint.intake.domain.DrugClass;
import org.stillpoint.intake.domain.DvtHistory;
import org.stillpoint.intake.domain.HeadNeckTrauma;
import org.stillpoint.intake.domain.HeadacheHistory;
import org.stillpoint.intake.domain.HeadacheKind;
import org.stillpoint.intake.domain.HeadacheType;
import org.stillpoint.intake.domain.IntakeAnswers;
import org.stillpoint.intake.domain.KnownTriggers;
import org.stillpoint.intake.domain.MassageExperience;
import org.stillpoint.intake.domain.MedicalConcerns;
import org.stillpoint.intake.domain.Medicine;
import org.stillpoint.intake.domain.MedicineUse;
import org.stillpoint.intake.domain.MidasForm;
import org.stillpoint.intake.domain.Nausea;
import org.stillpoint.intake.domain.PainArea;
import org.stillpoint.intake.domain.PainIntensity;
import org.stillpoint.intake.domain.PainQuality;
import org.stillpoint.intake.domain.PainSide;
import org.stillpoint.intake.domain.Pregnancy;
import org.stillpoint.intake.domain.PregnancyStatus;
import org.stillpoint.intake.domain.RedFlagAnswers;
import org.stillpoint.intake.domain.RedFlagQuestion;
import org.stillpoint.intake.domain.Symptom;
import org.stillpoint.intake.domain.ThyroidDisease;
import org.stillpoint.intake.domain.Trigger;
import org.stillpoint.intake.domain.UsualDuration;
import org.stillpoint.intake.domain.UsualFeatures;
import org.stillpoint.platform.AccountSummary;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.DemoDataContributor;

/**
 * Intakes for the thirty demo clients, submitted some days ago: most raise no red flag or a routine one, two are
 * urgent (one of them cleared by a doctor), one advised emergency care. The demo client
 * ({@code client@demo.stillpoint.test}) has a routine screening: frequent triptan use, a doctor review advised. A
 * few clients have MIDAS and HIT-6 entries. Clients who have no account of their own filled in a paper form that
 * the owner typed in.
 */
@Component
class IntakeDemoData implements DemoDataContributor {


    private final Intake intake;
    private final Clients clients;
    private final Accounts accounts;
    private final Clock clock;

    IntakeDemoData(Intake intake, Clients clients, Accounts accounts, Clock clock) {
        this.intake = intake;
        this.clients = clients;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void contribute() {
        CurrentUser owner = user(accounts.findByEmail(DEMO_OWNER).orElseThrow());
        Instant now = clock.instant();
        for (ClientSummary client : clients.demoClients()) {
            Profile profile = PROFILES.getOrDefault(client.lastName(), Profile.plain(6));
            CurrentUser by = client.account() == null ? owner
                    : accounts.find(client.account()).map(IntakeDemoData::user).orElse(owner);
            Instant submitted = now.minus(Duration.ofDays(profile.daysAgo()));
            IntakeAnswers answers = profile.answers().apply(base(client.dateOfBirth(),
                    LocalDate.ofInstant(submitted, intake.zone())));
            intake.submitForDemo(client.id(), answers, by, submitted);
            extras(client, owner, now);
        }
    }

    /** The clearance of the cleared urgent client, and the demo's disability scores. */
    private void extras(ClientSummary client, CurrentUser owner, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, intake.zone());
        switch (client.lastName()) {
            case "Marino" -> {
                Instant recorded = now.minus(Duration.ofDays(9));
                intake.clearForDemo(client.id(), new NewClearance("Dr. Ana Ruiz", "General practitioner",
                        today.minusDays(10), ClearanceScope.GENTLE_WORK_ONLY, today.plusMonths(6),
                        "Letter of " + today.minusDays(10) + ", client file"), owner, recorded);
                intake.scoresForDemo(client.id(), today.minusDays(30), new MidasForm(0, 1, 1, 0, 2, 12, 4), 48,
                        owner, now.minus(Duration.ofDays(30)));
            }
            case "Bennett" -> intake.scoresForDemo(client.id(), today.minusDays(100),
                    new MidasForm(4, 3, 2, 3, 2, 30, 6), 61, owner, now.minus(Duration.ofDays(100)));
            case "Grant" -> intake.scoresForDemo(client.id(), today.minusDays(20),
                    new MidasForm(2, 2, 1, 2, 1, 14, 5), 55, owner, now.minus(Duration.ofDays(20)));
            case "Schulz" -> intake.scoresForDemo(client.id(), today.minusDays(15), null, 58, owner,
                    now.minus(Duration.ofDays(15)));
            case "Carter" -> intake.scoresForDemo(client.id(), today.minusDays(10),
                    new MidasForm(3, 2, 4, 1, null, 20, 6), null, owner, now.minus(Duration.ofDays(10)));
            default -> {
                // no extras
            }
        }
    }

    private static CurrentUser user(AccountSummary account) {
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.role());
    }

    /** How one demo client answered, by last name, and how many days ago they sent it. */
    private record Profile(int daysAgo, UnaryOperator<IntakeAnswers> answers) {

        static Profile plain(int daysAgo) {
            return new Profile(daysAgo, UnaryOperator.identity());
        }
    }

    /**
     * A long-standing migraine without aura, answered no to every red-flag question, no medical concerns: each
     * profile changes what is different for that client.
     */
    private static IntakeAnswers base(LocalDate born, LocalDate answeredOn) {
        int age = Period.between(born, answeredOn).getYears();
        // Headaches since youth: well before 50, so that only the profiles below raise a flag (§5 #5).
        int onset = age < 25 ? Math.max(8, age - 8) : Math.min(age - 12, 35);
        return new IntakeAnswers(born,
                new HeadacheHistory(List.of(new HeadacheType(HeadacheKind.MIGRAINE, onset, null)), age - onset, 4,
                        UsualDuration.FROM_4_TO_72_HOURS, new UsualFeatures(PainSide.LEFT, PainQuality.PULSATING,
                        PainIntensity.MODERATE, true, Nausea.MILD, false, true, true), List.of(), false),
                new KnownTriggers(EnumSet.of(Trigger.STRESS, Trigger.POOR_SLEEP), List.of()),
                new CurrentSymptoms(false, null, null, EnumSet.of(Symptom.NECK_PAIN), null),
                List.of(new Medicine("ibuprofen", MedicineUse.ACUTE, DrugClass.NON_OPIOID_ANALGESIC, 4)),
                noConcerns(), EnumSet.of(PainArea.SUBOCCIPITALS, PainArea.NECK),
                "Fewer headache days and less tension in the neck",
                new MassageExperience(true, "Slow work at the base of the skull", null), RedFlagAnswers.allNo());
    }

    private static MedicalConcerns noConcerns() {
        return medical(m -> m);
    }

    /** Medical answers with no concerns, with the changes a profile makes. */
    private static MedicalConcerns medical(UnaryOperator<MedicalBuilder> changes) {
        return changes.apply(new MedicalBuilder()).build();
    }

    private static UnaryOperator<IntakeAnswers> yes(RedFlagQuestion... questions) {
        return a -> {
            RedFlagAnswers flags = a.redFlags();
            for (RedFlagQuestion question : questions) {
                flags = flags.with(question, true);
            }
            for (RedFlagQuestion followUp : RedFlagQuestion.values()) {
                if (followUp.followUp() && a.withRedFlags(flags).asks(followUp) && !flags.answered(followUp)) {
                    flags = flags.with(followUp, false);
                }
            }
            return a.withRedFlags(flags);
        };
    }

    private static UnaryOperator<IntakeAnswers> kinds(HeadacheKind kind, UsualDuration duration, PainQuality quality,
                                                      PainSide side) {
        return a -> {
            HeadacheHistory h = a.headache();
            HeadacheType first = h.types().get(0);
            return a.withHeadache(new HeadacheHistory(List.of(new HeadacheType(kind, first.ageAtOnset(), null)),
                    h.yearsWithHeadache(), h.headacheDaysPerMonth(), duration, new UsualFeatures(side, quality,
                    PainIntensity.MODERATE, false, Nausea.NONE, false, false, true), h.aura(),
                    h.changedInLast3Months()));
        };
    }

    private static UnaryOperator<IntakeAnswers> aura(AuraType type, int minutes) {
        return a -> {
            HeadacheHistory h = a.headache();
            return a.withHeadache(new HeadacheHistory(List.of(new HeadacheType(HeadacheKind.MIGRAINE_WITH_AURA,
                    h.types().get(0).ageAtOnset(), null)), h.yearsWithHeadache(), h.headacheDaysPerMonth(),
                    h.usualDuration(), h.usualFeatures(), List.of(new AuraSymptom(type, true, minutes)),
                    h.changedInLast3Months()));
        };
    }

    private static UnaryOperator<IntakeAnswers> triggers(Trigger... triggers) {
        return a -> a.withTriggers(new KnownTriggers(EnumSet.copyOf(List.of(triggers)), List.of()));
    }

    private static UnaryOperator<IntakeAnswers> areas(PainArea... areas) {
        return a -> a.withPainAreas(EnumSet.copyOf(List.of(areas)));
    }

    private static UnaryOperator<IntakeAnswers> medicines(Medicine... medicines) {
        return a -> a.withMedicines(List.of(medicines));
    }

    private static UnaryOperator<IntakeAnswers> health(UnaryOperator<MedicalBuilder> changes) {
        return a -> a.withMedical(medical(changes));
    }

    private static UnaryOperator<IntakeAnswers> goals(String goals) {
        return a -> a.withGoals(goals);
    }

    @SafeVarargs
    private static Profile profile(int daysAgo, UnaryOperator<IntakeAnswers>... changes) {
        return new Profile(daysAgo, a -> {
            IntakeAnswers changed = a;
            for (UnaryOperator<IntakeAnswers> change : changes) {
                changed = change.apply(changed);
            }
            return changed;
        });
    }

    private static Medicine acute(String name, DrugClass drugClass, int days) {
        return new Medicine(name, MedicineUse.ACUTE, drugClass, days);
    }

    private static Medicine preventive(String name) {
        return new Medicine(name, MedicineUse.PREVENTIVE, DrugClass.OTHER, 30);
    }

    private static final Map<String, Profile> PROFILES = Map.ofEntries(
            // The demo client: frequent triptan use, the §1.7 pattern: ROUTINE, a doctor review advised.
            Map.entry("Bennett", profile(12, aura(AuraType.VISUAL, 20),
                    triggers(Trigger.STRESS, Trigger.POOR_SLEEP, Trigger.BRIGHT_LIGHT, Trigger.SCREENS),
                    medicines(acute("sumatriptan 50 mg", DrugClass.TRIPTAN, 11), preventive("propranolol")),
                    areas(PainArea.SUBOCCIPITALS, PainArea.TEMPORALIS_LEFT, PainArea.NECK),
                    goals("Fewer migraine days, and to rely less on tablets"), yes(RedFlagQuestion.PAINKILLERS_OFTEN))),
            Map.entry("Ortiz", profile(20, health(m -> m.pregnancy(new Pregnancy(PregnancyStatus.PREGNANT, 24,
                    false, false))), yes(RedFlagQuestion.PREGNANCY), medicines(),
                    goals("Relief for neck and shoulder tension during pregnancy"))),
            Map.entry("Okoro", profile(33, kinds(HeadacheKind.TENSION_TYPE, UsualDuration.FROM_30_MINUTES_TO_4_HOURS,
                    PainQuality.PRESSING, PainSide.BOTH), health(m -> m.bloodPressure(BloodPressureStatus.CONTROLLED)),
                    areas(PainArea.TRAPEZIUS_LEFT, PainArea.TRAPEZIUS_RIGHT, PainArea.SHOULDERS))),
            Map.entry("Schulz", profile(25, health(m -> m.anticoagulants("apixaban")),
                    areas(PainArea.SUBOCCIPITALS, PainArea.TEMPORALIS_RIGHT))),
            Map.entry("Rao", profile(8, triggers(Trigger.MENSTRUAL_CYCLE, Trigger.SKIPPED_MEAL, Trigger.DEHYDRATION))),
            Map.entry("O'Connor", profile(5, kinds(HeadacheKind.NECK_RELATED, UsualDuration.FROM_30_MINUTES_TO_4_HOURS,
                    PainQuality.PRESSING, PainSide.RIGHT), triggers(Trigger.SCREENS, Trigger.JAW_CLENCHING,
                    Trigger.NECK_TENSION), areas(PainArea.NECK, PainArea.JAW_LEFT, PainArea.JAW_RIGHT))),
            // URGENT (§5 #7 positional), cleared by the client's doctor for gentle work.
            Map.entry("Marino", profile(21, yes(RedFlagQuestion.POSITIONAL), health(m -> m.bloodPressure(
                    BloodPressureStatus.CONTROLLED)), areas(PainArea.FACE, PainArea.SCALP, PainArea.NECK),
                    goals("Gentle sessions that help me sleep"))),
            // ROUTINE: a change in a long-standing pattern (§5 #6).
            Map.entry("Walker", profile(9, yes(RedFlagQuestion.PATTERN_NEW_OR_CHANGED), a -> {
                HeadacheHistory h = a.headache();
                return a.withHeadache(new HeadacheHistory(h.types(), h.yearsWithHeadache(), 8, h.usualDuration(),
                        h.usualFeatures(), h.aura(), true));
            })),
            Map.entry("Tanaka", profile(4, triggers(Trigger.SCREENS, Trigger.CAFFEINE, Trigger.POOR_SLEEP))),
            Map.entry("Haddad", profile(14, health(m -> m.thyroid(ThyroidDisease.OTHER)))),
            Map.entry("Fischer", profile(3, kinds(HeadacheKind.TENSION_TYPE, UsualDuration.FROM_30_MINUTES_TO_4_HOURS,
                    PainQuality.PRESSING, PainSide.BOTH), medicines())),
            // ROUTINE: treated cancer, no new headache since (§5 #2 without the URGENT part).
            Map.entry("Nakamura", profile(16, health(m -> m.cancer(CancerHistory.TREATED)),
                    yes(RedFlagQuestion.CANCER_HISTORY))),
            Map.entry("Silva", profile(27, health(m -> m.diabetes()))),
            Map.entry("Grant", profile(22, aura(AuraType.VISUAL, 30), triggers(Trigger.BRIGHT_LIGHT,
                    Trigger.STRONG_SMELLS, Trigger.WEATHER))),
            // URGENT, not cleared yet: headaches that began after 50 (§5 #5).
            Map.entry("Berg", profile(2, yes(RedFlagQuestion.ONSET_AFTER_AGE), a -> {
                HeadacheHistory h = a.headache();
                int age = h.types().get(0).ageAtOnset() + h.yearsWithHeadache();
                return a.withHeadache(new HeadacheHistory(List.of(new HeadacheType(HeadacheKind.NOT_SURE,
                        age - 2, null)), 2, h.headacheDaysPerMonth(), h.usualDuration(), h.usualFeatures(),
                        h.aura(), false));
            })),
            Map.entry("Nwosu", profile(11)),
            // ROUTINE: combination painkillers on 12 days a month (§1.7 8.2.5).
            Map.entry("Carter", profile(10, medicines(acute("paracetamol with codeine",
                    DrugClass.COMBINATION_ANALGESIC, 12)), yes(RedFlagQuestion.PAINKILLERS_OFTEN))),
            Map.entry("Popescu", profile(18)),
            Map.entry("Cohen", profile(30, kinds(HeadacheKind.TENSION_TYPE, UsualDuration.FROM_4_TO_72_HOURS,
                    PainQuality.PRESSING, PainSide.BOTH), health(m -> m.bloodPressure(BloodPressureStatus.CONTROLLED)
                    .osteoporosis()))),
            Map.entry("Dubois", profile(6)),
            Map.entry("Mensah", profile(13)),
            Map.entry("Fernandez", profile(7, health(m -> m.oilAllergy("lavender")))),
            // ROUTINE: a new medicine when the headaches began (§5 #15).
            Map.entry("Nowak", profile(19, yes(RedFlagQuestion.NEW_MEDICINE_AT_ONSET))),
            Map.entry("Ahmed", profile(15, areas(PainArea.TEMPORALIS_LEFT, PainArea.TEMPORALIS_RIGHT))),
            Map.entry("Lindqvist", profile(24)),
            Map.entry("Kowalski", profile(17)),
            // ROUTINE: an aura that lasts longer than an hour (§1.2, referral trigger).
            Map.entry("Costa", profile(26, aura(AuraType.SENSORY, 75))),
            Map.entry("Larsen", profile(29, kinds(HeadacheKind.TENSION_TYPE, UsualDuration.FROM_4_TO_72_HOURS,
                    PainQuality.PRESSING, PainSide.BOTH))),
            // EMERGENCY: a headache that reached full strength within a minute (§5 #4).
            Map.entry("Hussain", profile(1, yes(RedFlagQuestion.ONSET_SUDDEN))),
            Map.entry("Quinn", profile(23, triggers(Trigger.WEATHER, Trigger.ALCOHOL))));

    /** The medical answers of a client with no concerns, changed one field at a time. */
    private static final class MedicalBuilder {

        private Boolean anticoagulants = false;
        private List<String> anticoagulantNames = List.of();
        private Pregnancy pregnancy = Pregnancy.notPregnant();
        private CancerHistory cancer = CancerHistory.NONE;
        private BloodPressureStatus bloodPressure = BloodPressureStatus.NORMAL;
        private Boolean diabetes = false;
        private ThyroidDisease thyroid = ThyroidDisease.NONE;
        private Boolean osteoporosis = false;
        private Concern oilAllergy = Concern.no();

        MedicalBuilder anticoagulants(String name) {
            anticoagulants = true;
            anticoagulantNames = List.of(name);
            return this;
        }

        MedicalBuilder pregnancy(Pregnancy value) {
            pregnancy = value;
            return this;
        }

        MedicalBuilder cancer(CancerHistory value) {
            cancer = value;
            return this;
        }

        MedicalBuilder bloodPressure(BloodPressureStatus value) {
            bloodPressure = value;
            return this;
        }

        MedicalBuilder diabetes() {
            diabetes = true;
            return this;
        }

        MedicalBuilder thyroid(ThyroidDisease value) {
            thyroid = value;
            return this;
        }

        MedicalBuilder osteoporosis() {
            osteoporosis = true;
            return this;
        }

        MedicalBuilder oilAllergy(String which) {
            oilAllergy = Concern.yes(which);
            return this;
        }

        MedicalConcerns build() {
            return new MedicalConcerns(anticoagulants, anticoagulantNames, pregnancy, cancer, false,
                    DvtHistory.NONE, bloodPressure, diabetes, false, thyroid, false, false, Set.of(),
                    DatedConcern.no(), HeadNeckTrauma.no(), Set.of(), null, Concern.no(), osteoporosis, oilAllergy,
                    false, false, false, Concern.no(), Concern.no(), Concern.no(), Set.of(), null);
        }
    }
}
