package org.stillpoint.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stillpoint.intake.ContraindicationFlag;
import org.stillpoint.intake.RedFlag;
import org.stillpoint.intake.ScreeningResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The answers and results are plain records and enums that Jackson writes and reads back unchanged. */
class IntakeJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsBackTheAnswersItWrote() {
        IntakeAnswers answers = Intakes.withMedical(m -> m.anticoagulants("apixaban").strokeOrTia(
                LocalDate.of(2025, 12, 1)).skin(false, SkinConcern.RECENT_SCAR).implant("left knee"))
                .withRedFlags(RedFlagAnswers.allNo().withNewAura(EnumSet.of(AuraType.VISUAL), 25)
                        .with(RedFlagQuestion.PATTERN_NEW_OR_CHANGED, true)
                        .with(RedFlagQuestion.PATTERN_NEW_IN_LAST_3_MONTHS, false));
        String written = json.writeValueAsString(answers);
        assertThat(json.readValue(written, IntakeAnswers.class)).isEqualTo(answers);
        JsonNode tree = json.readTree(written);
        assertThat(tree.path("redFlags").path("answers").path("ONSET_SUDDEN").asBoolean(true)).isFalse();
        assertThat(tree.path("medical").path("strokeOrTia").path("date").asString()).isEqualTo("2025-12-01");
        assertThat(tree.path("medicines").get(0).path("drugClass").asString()).isEqualTo("TRIPTAN");
    }

    @Test
    void readsBackAnEmptyDraft() {
        String written = json.writeValueAsString(IntakeAnswers.empty());
        assertThat(json.readValue(written, IntakeAnswers.class)).isEqualTo(IntakeAnswers.empty());
    }

    @Test
    void writesTheScreeningAsTierFlagsAndVersion() {
        ScreeningResult result = new ScreeningPolicy().screen(Intakes.yes(RedFlagQuestion.POSITIONAL,
                RedFlagQuestion.PAINKILLERS_OFTEN));
        JsonNode tree = json.readTree(json.writeValueAsString(result));
        assertThat(tree.path("tier").asString()).isEqualTo("URGENT");
        assertThat(tree.path("flags").get(0).asString()).isEqualTo("POSITIONAL");
        assertThat(tree.path("policyVersion").asString()).startsWith("snnoop10-triage-1");
        assertThat(json.readValue(json.writeValueAsString(result), ScreeningResult.class)).isEqualTo(result);
    }

    @Test
    void writesAContraindicationFlagWithItsFields() {
        List<ContraindicationFlag> flags = new ContraindicationPolicy().derive(
                Intakes.withMedical(m -> m.thyroid(ThyroidDisease.HYPERTHYROIDISM)),
                ScreeningResult.of(List.of(RedFlag.SUDDEN_ONSET), "t"), Intakes.TODAY);
        JsonNode tree = json.readTree(json.writeValueAsString(flags.get(1)));
        assertThat(tree.path("condition").asString()).isEqualTo("HYPERTHYROIDISM");
        assertThat(tree.path("contraindicationClass").asString()).isEqualTo("ABSOLUTE");
        assertThat(tree.path("scope").asString()).isEqualTo("ANTERIOR_NECK");
        assertThat(tree.path("requiresClearance").asBoolean()).isFalse();
        assertThat(tree.path("source").asString()).isEqualTo("S");
        assertThat(json.readValue(json.writeValueAsString(flags.get(1)), ContraindicationFlag.class))
                .isEqualTo(flags.get(1));
    }

    @Test
    void readsBackAMidasForm() {
        MidasForm form = new MidasForm(1, null, 3, 0, 2, 30, 6);
        assertThat(json.readValue(json.writeValueAsString(form), MidasForm.class)).isEqualTo(form);
    }
}
