package org.stillpoint.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.stillpoint.clients.ClientPreferences;
import org.stillpoint.intake.BlockingReason;
import org.stillpoint.intake.Clearance;
import org.stillpoint.intake.ClearanceScope;
import org.stillpoint.intake.ClearanceStatus;
import org.stillpoint.intake.ContraindicationClass;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.ContraindicationScope;
import org.stillpoint.intake.Hit6Entry;
import org.stillpoint.intake.IntakeDraft;
import org.stillpoint.intake.IntakeSummary;
import org.stillpoint.intake.IntakeVersion;
import org.stillpoint.intake.IntakeVersionSummary;
import org.stillpoint.intake.MidasEntry;
import org.stillpoint.intake.RedFlag;
import org.stillpoint.intake.ScreeningResult;
import org.stillpoint.intake.ScreeningTier;
import org.stillpoint.intake.Snnoop10Item;
import org.stillpoint.intake.SourceTag;
import org.stillpoint.intake.TreatmentClearance;
import org.stillpoint.intake.TreatmentStatus;
import org.stillpoint.intake.domain.AnswerProblem;
import org.stillpoint.intake.domain.DrugClass;
import org.stillpoint.intake.domain.Hit6Impact;
import org.stillpoint.intake.domain.IntakeAnswers;
import org.stillpoint.intake.domain.KnownTriggers;
import org.stillpoint.intake.domain.Medicine;
import org.stillpoint.intake.domain.MedicineUse;
import org.stillpoint.intake.domain.MidasGrade;
import org.stillpoint.intake.domain.PainArea;
import org.stillpoint.intake.domain.Trigger;
import org.stillpoint.platform.Role;

/**
 * What the intake API answers. The shape of a submission's answer, {@code {version, submittedAt, screening: {tier,
 * flags: [{code, item, tier, reason}]}}}, is part of the fixed API contract (DESIGN §6); fields may be added.
 */
final class ApiResponses {

    private ApiResponses() {
    }

    record Flag(RedFlag code, Snnoop10Item item, int itemNumber, ScreeningTier tier, String reason) {
        static Flag of(RedFlag flag, Wording wording) {
            return new Flag(flag, flag.item(), flag.itemNumber(), flag.tier(), wording.text(flag.reasonKey()));
        }
    }

    record Screening(ScreeningTier tier, List<Flag> flags, String advice, String policyVersion) {
        static Screening of(ScreeningResult result, Wording wording) {
            return new Screening(result.tier(), result.flags().stream().map(f -> Flag.of(f, wording)).toList(),
                    wording.text("intake.screening-tier." + result.tier() + ".advice"), result.policyVersion());
        }
    }

    record Submission(int version, Instant submittedAt, Screening screening) {
        static Submission of(IntakeVersion v, Wording wording) {
            return new Submission(v.number(), v.submittedAt(), Screening.of(v.screening(), wording));
        }
    }

    record Version(int version, Instant submittedAt, String submittedBy, Role submittedByRole, Screening screening,
                   IntakeAnswers answers) {
        static Version of(IntakeVersion v, Wording wording) {
            return new Version(v.number(), v.submittedAt(), v.submittedBy(), v.submittedByRole(),
                    Screening.of(v.screening(), wording), v.answers());
        }
    }

    record VersionLine(int version, Instant submittedAt, ScreeningTier tier, String submittedBy,
                       Role submittedByRole) {
        static VersionLine of(IntakeVersionSummary v) {
            return new VersionLine(v.number(), v.submittedAt(), v.tier(), v.submittedBy(), v.submittedByRole());
        }
    }

    /** A saved draft and what still stands in the way of submitting it; saving never fails on those. */
    record Draft(IntakeAnswers answers, Instant savedAt, boolean submittable, List<Problem> problems,
                 Integer latestVersion) {
        static Draft of(IntakeDraft d, Wording wording) {
            return new Draft(d.answers(), d.savedAt(), d.submittable(),
                    d.problems().stream().map(p -> problem(p, wording)).toList(), d.latestVersion());
        }
    }

    /** An answer that stands in the way of submitting, by field, as a 400 would name it. */
    record Problem(String field, String message) {
    }

    static Problem problem(AnswerProblem p, Wording wording) {
        return new Problem(p.field(), wording.text(p.messageKey(), p.args().toArray()));
    }

    record ClearanceLine(UUID id, String clinicianName, String clinicianProfession, LocalDate clearedOn,
                         ClearanceScope scope, LocalDate expiresOn, String documentReference, Integer intakeVersion,
                         String recordedBy, Instant recordedAt) {
        static ClearanceLine of(Clearance c) {
            return c == null ? null : new ClearanceLine(c.id().value(), c.clinicianName(), c.clinicianProfession(),
                    c.clearedOn(), c.scope(), c.expiresOn(), c.documentReference(), c.intakeVersion(),
                    c.recordedBy(), c.recordedAt());
        }
    }

    /** The front desk's view: whether the client may be treated and the clearance in force, no reasons. */
    record Status(UUID clientId, TreatmentStatus status, boolean allowed, Integer intakeVersion,
                  Instant intakeSubmittedAt, ClearanceLine clearance) {
        static Status of(ClearanceStatus s) {
            return new Status(s.client().value(), s.status(), s.allowed(), s.intakeVersion(), s.intakeSubmittedAt(),
                    ClearanceLine.of(s.clearance()));
        }
    }

    record Reason(BlockingReason.Kind kind, String code, String reason) {
        static Reason of(BlockingReason r, Wording wording) {
            String code = r.redFlag() != null ? r.redFlag().name()
                    : r.contraindication() != null ? r.contraindication().condition().name() : r.kind().name();
            return new Reason(r.kind(), code, wording.text(r.messageKey()));
        }
    }

    record Contraindication(ContraindicationCondition condition, ContraindicationClass contraindicationClass,
                            ContraindicationScope scope, boolean requiresClearance, boolean cleared,
                            SourceTag source, String reason) {
        static Contraindication of(ContraindicationFlag f, TreatmentClearance t, Wording wording) {
            return new Contraindication(f.condition(), f.contraindicationClass(), f.scope(), f.requiresClearance(),
                    t.clearedFor(f), f.source(), wording.text(f.reasonKey()));
        }
    }

    /** Whether the client may be treated, with the reasons and the limits. */
    record Treatment(UUID clientId, TreatmentStatus status, boolean allowed, ScreeningTier tier,
                     boolean doctorReviewRecommended, Integer intakeVersion, Instant intakeSubmittedAt,
                     List<Flag> redFlags, List<Reason> blockingReasons, ClearanceLine clearance,
                     ClearanceScope limit, List<Contraindication> contraindications) {
        static Treatment of(TreatmentClearance t, Wording wording) {
            return new Treatment(t.client().value(), t.status(), t.allowed(), t.tier(), t.doctorReviewRecommended(),
                    t.intakeVersion(), t.intakeSubmittedAt(),
                    t.redFlags().stream().map(f -> Flag.of(f, wording)).toList(),
                    t.blockingReasons().stream().map(r -> Reason.of(r, wording)).toList(),
                    ClearanceLine.of(t.clearance()), t.limit(),
                    t.contraindications().stream().map(f -> Contraindication.of(f, t, wording)).toList());
        }
    }

    record Midas(UUID id, LocalDate administeredOn, Integer item1, Integer item2, Integer item3, Integer item4,
                 Integer item5, Integer itemA, Integer itemB, boolean scored, Integer score, MidasGrade grade,
                 String gradeLabel, LocalDate repeatDue, String recordedBy, Instant recordedAt) {
        static Midas of(MidasEntry e, Wording wording) {
            var f = e.form();
            return new Midas(e.id(), e.administeredOn(), f.item1(), f.item2(), f.item3(), f.item4(), f.item5(),
                    f.itemA(), f.itemB(), e.scored(), e.scored() ? e.score().total() : null,
                    e.scored() ? e.score().grade() : null,
                    e.scored() ? wording.text("intake.midas-grade." + e.score().grade()) : null, e.repeatDue(),
                    e.recordedBy(), e.recordedAt());
        }
    }

    record Hit6(UUID id, LocalDate administeredOn, int total, Hit6Impact impact, String impactLabel,
                String recordedBy, Instant recordedAt) {
        static Hit6 of(Hit6Entry e, Wording wording) {
            return new Hit6(e.id(), e.administeredOn(), e.total(), e.impact(),
                    wording.text("intake.hit6-impact." + e.impact()), e.recordedBy(), e.recordedAt());
        }
    }

    record Scores(List<Midas> midas, List<Hit6> hit6, LocalDate midasRepeatDue) {
    }

    record MedicineLine(String name, MedicineUse use, DrugClass drugClass, Integer daysPerMonth) {
        static MedicineLine of(Medicine m) {
            return new MedicineLine(m.name(), m.use(), m.drugClass(), m.daysPerMonth());
        }
    }

    /** The intake summary card as data: everything the card shows, for a program. */
    record Summary(UUID clientId, String name, Treatment treatment, List<ClearanceLine> clearances,
                   ClientPreferences preferences, Integer latestVersion, Instant submittedAt, Set<PainArea> painAreas,
                   Set<Trigger> knownTriggers, List<String> ownTriggers, List<MedicineLine> medicines, String goals,
                   Midas midas, Hit6 hit6) {
        static Summary of(IntakeSummary s, Wording wording) {
            IntakeAnswers a = s.latest().map(IntakeVersion::answers).orElse(null);
            KnownTriggers triggers = a == null ? null : a.triggers();
            return new Summary(s.client().id().value(), s.client().fullName(), Treatment.of(s.treatment(), wording),
                    s.clearances().stream().map(ClearanceLine::of).toList(), s.preferences(),
                    s.latest().map(IntakeVersion::number).orElse(null),
                    s.latest().map(IntakeVersion::submittedAt).orElse(null),
                    a == null ? Set.of() : a.painAreas(), triggers == null ? Set.of() : triggers.known(),
                    triggers == null || triggers.own() == null ? List.of() : triggers.own(),
                    a == null || a.medicines() == null ? List.of()
                            : a.medicines().stream().map(MedicineLine::of).toList(),
                    a == null ? null : a.goals(),
                    s.scores().latestMidas().map(m -> Midas.of(m, wording)).orElse(null),
                    s.scores().latestHit6().map(h -> Hit6.of(h, wording)).orElse(null));
        }
    }
}
