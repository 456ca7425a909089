package org.stillpoint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.stillpoint.intake.domain.AnswerProblem;
import org.stillpoint.intake.domain.AuraType;
import org.stillpoint.intake.domain.BloodPressureStatus;
import org.stillpoint.intake.domain.CancerHistory;
import org.stillpoint.intake.domain.Concern;
import org.stillpoint.intake.domain.ContraindicationPolicy;
import org.stillpoint.intake.domain.CurrentSymptoms;
import org.stillpoint.intake.domain.DatedConcern;
import org.stillpoint.intake.domain.DrugClass;
import org.stillpoint.intake.domain.DvtHistory;
import org.stillpoint.intake.domain.HeadNeckTrauma;
import org.stillpoint.intake.domain.HeadacheKind;
import org.stillpoint.intake.domain.Hit6Impact;
import org.stillpoint.intake.domain.IntakeAnswers;
import org.stillpoint.intake.domain.MedicalConcerns;
import org.stillpoint.intake.domain.MedicineUse;
import org.stillpoint.intake.domain.MidasGrade;
import org.stillpoint.intake.domain.Nausea;
import org.stillpoint.intake.domain.NeckArteryProblem;
import org.stillpoint.intake.domain.OtherCondition;
import org.stillpoint.intake.domain.PainArea;
import org.stillpoint.intake.domain.PainIntensity;
import org.stillpoint.intake.domain.PainQuality;
import org.stillpoint.intake.domain.PainSide;
import org.stillpoint.intake.domain.Pregnancy;
import org.stillpoint.intake.domain.PregnancyStatus;
import org.stillpoint.intake.domain.RedFlagQuestion;
import org.stillpoint.intake.domain.SkinConcern;
import org.stillpoint.intake.domain.Symptom;
import org.stillpoint.intake.domain.ThyroidDisease;
import org.stillpoint.intake.domain.Trigger;
import org.stillpoint.intake.domain.UsualDuration;

/**
 * The intake's English texts in the message bundle: every key the module names exists, no key is defined twice, and
 * the wording of every text keeps to clinical-reference §8.
 */
class IntakeMessagesTest {

    private static final Path MAIN = Path.of("src/main/resources/messages/messages.properties");
    private static final Path SOURCES = Path.of("src/main/java/org/stillpoint/intake");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:intake|field)\\.[a-z0-9.-]+)\"");

    private final Properties draft = load(MAIN);
    private final Properties main = load(MAIN);

    @Test
    void everyKeyNamedInTheModulesCodeExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    // Prefixes completed in code: the reason suffixes of skin flags.
                    if (!key.endsWith(".") && !exists(key) && !exists(key + ".local")) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyQuestionFlagAndProblemHasItsText() {
        List<String> keys = new ArrayList<>();
        for (RedFlagQuestion question : RedFlagQuestion.values()) {
            keys.add(question.messageKey());
        }
        for (RedFlag flag : RedFlag.values()) {
            keys.add(flag.reasonKey());
        }
        for (AnswerProblem.Kind kind : AnswerProblem.Kind.values()) {
            keys.add(kind.messageKey());
        }
        for (ScreeningTier tier : ScreeningTier.values()) {
            keys.add("intake.screening-tier." + tier.name());
            keys.add("intake.screening-tier." + tier.name() + ".advice");
            keys.add("intake.screening-tier." + tier.name() + ".staff");
        }
        keys.add("intake.submit.incomplete");
        keys.add("intake.midas.incomplete");
        assertThat(keys).filteredOn(key -> !exists(key)).isEmpty();
    }

    @Test
    void everyOptionHasALabel() {
        Set<String> missing = new TreeSet<>();
        check(missing, "intake.snnoop.", Snnoop10Item.values());
        check(missing, "intake.condition.", ContraindicationCondition.values());
        check(missing, "intake.contraindication-class.", ContraindicationClass.values());
        check(missing, "intake.contraindication-scope.", ContraindicationScope.values());
        check(missing, "intake.source-tag.", SourceTag.values());
        check(missing, "intake.headache-kind.", HeadacheKind.values());
        check(missing, "intake.usual-duration.", UsualDuration.values());
        check(missing, "intake.pain-side.", PainSide.values());
        check(missing, "intake.pain-quality.", PainQuality.values());
        check(missing, "intake.pain-intensity.", PainIntensity.values());
        check(missing, "intake.nausea.", Nausea.values());
        check(missing, "intake.aura-type.", AuraType.values());
        check(missing, "intake.trigger.", Trigger.values());
        check(missing, "intake.symptom.", Symptom.values());
        check(missing, "intake.medicine-use.", MedicineUse.values());
        check(missing, "intake.drug-class.", DrugClass.values());
        check(missing, "intake.pregnancy-status.", PregnancyStatus.values());
        check(missing, "intake.cancer-history.", CancerHistory.values());
        check(missing, "intake.dvt-history.", DvtHistory.values());
        check(missing, "intake.blood-pressure.", BloodPressureStatus.values());
        check(missing, "intake.thyroid.", ThyroidDisease.values());
        check(missing, "intake.neck-artery.", NeckArteryProblem.values());
        check(missing, "intake.skin.", SkinConcern.values());
        check(missing, "intake.other-condition.", OtherCondition.values());
        check(missing, "intake.pain-area.", PainArea.values());
        check(missing, "intake.midas-grade.", MidasGrade.values());
        check(missing, "intake.hit6-impact.", Hit6Impact.values());
        assertThat(missing).isEmpty();
    }

    @Test
    void everyContraindicationConditionCanBeRaisedWithItsReason() {
        Set<String> reasons = new TreeSet<>();
        Set<ContraindicationCondition> raised = EnumSet.noneOf(ContraindicationCondition.class);
        ContraindicationPolicy policy = new ContraindicationPolicy();
        ScreeningResult emergency = ScreeningResult.of(List.of(RedFlag.SUDDEN_ONSET), "t");
        ScreeningResult urgent = ScreeningResult.of(List.of(RedFlag.POSITIONAL), "t");
        LocalDate today = LocalDate.of(2026, 3, 10);
        Pregnancy pregnancy = new Pregnancy(PregnancyStatus.PREGNANT, 8, true, true);
        for (boolean widespread : new boolean[] {true, false}) {
            for (ScreeningResult screening : List.of(emergency, urgent)) {
                for (LocalDate stroke : List.of(today, today.minusMonths(4))) {
                    IntakeAnswers answers = IntakeAnswers.empty().withDateOfBirth(today.minusYears(70))
                            .withCurrentSymptoms(new CurrentSymptoms(true, true, true, Set.of(), null))
                            .withMedical(everything(pregnancy, stroke, widespread));
                    policy.derive(answers, screening, today).forEach(flag -> {
                        reasons.add(flag.reasonKey());
                        raised.add(flag.condition());
                    });
                    for (BloodPressureStatus pressure : BloodPressureStatus.values()) {
                        policy.derive(answers.withMedical(assessedAndTreated(today, pressure)), screening, today)
                                .forEach(flag -> {
                                    reasons.add(flag.reasonKey());
                                    raised.add(flag.condition());
                                });
                    }
                }
            }
        }
        assertThat(raised).containsExactlyInAnyOrder(ContraindicationCondition.values());
        assertThat(reasons).filteredOn(key -> !exists(key)).isEmpty();
    }

    private static MedicalConcerns everything(Pregnancy pregnancy, LocalDate stroke, boolean widespread) {
        return new MedicalConcerns(true, List.of("warfarin"), pregnancy, CancerHistory.ACTIVE, true,
                DvtHistory.CURRENT, BloodPressureStatus.UNCONTROLLED, true, true, ThyroidDisease.HYPERTHYROIDISM,
                true, true, EnumSet.allOf(NeckArteryProblem.class), new DatedConcern(true, stroke),
                new HeadNeckTrauma(true, stroke, false), EnumSet.allOf(SkinConcern.class), widespread,
                Concern.yes("knee"), true, Concern.yes("almond"), true, true, true, Concern.yes("calves"),
                Concern.yes("wrist"), Concern.yes("ankle"), EnumSet.allOf(OtherCondition.class), null);
    }

    private static MedicalConcerns assessedAndTreated(LocalDate today, BloodPressureStatus pressure) {
        return new MedicalConcerns(false, null, Pregnancy.notPregnant(), CancerHistory.TREATED, false,
                DvtHistory.PAST, pressure, false, false, ThyroidDisease.OTHER, false, false,
                Set.of(), DatedConcern.no(), new HeadNeckTrauma(true, today, true), Set.of(), null, Concern.no(),
                false, Concern.no(), false, false, false, Concern.no(), Concern.no(), Concern.no(), Set.of(), null);
    }

    @Test
    void definesNoKeyTwice() throws IOException {
        List<String> keys = Files.readAllLines(MAIN).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void neverReassuresDiagnosesOrAdvisesOnMedicines() {
        // clinical-reference §8: no "benign", no ruling out, no diagnosis, no medication advice, no cure claims.
        List<String> forbidden = List.of("benign", "harmless", "not serious", "nothing to worry", "diagnos",
                "you have migraine", "you have medication", "stop taking", "reduce your", "cure", "treats migraine",
                "serotonin");
        List<String> offences = new ArrayList<>();
        for (String key : draft.stringPropertyNames()) {
            String text = draft.getProperty(key).toLowerCase(Locale.ROOT);
            forbidden.stream().filter(text::contains).forEach(word -> offences.add(key + ": " + word));
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void doublesApostrophesWhereMessageFormatReadsThem() {
        assertThat(draft.stringPropertyNames()).filteredOn(key -> draft.getProperty(key).contains("{0}"))
                .filteredOn(key -> draft.getProperty(key).replace("''", "").contains("'")).isEmpty();
    }

    private boolean exists(String key) {
        return draft.containsKey(key) || main.containsKey(key);
    }

    private void check(Set<String> missing, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            if (!exists(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }

    private static Properties load(Path path) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
