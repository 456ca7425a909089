package org.stillpoint.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.stillpoint.intake.domain.ContraindicationSettings;
import org.stillpoint.intake.domain.ScreeningSettings;

/**
 * The [U] thresholds of the screening and the contraindication rules, for a clinic to change through configuration
 * ({@code stillpoint.intake.screening.older-onset-age=65}, say). Whatever is not set keeps the default of
 * {@link ScreeningSettings#DEFAULTS} and {@link ContraindicationSettings#DEFAULTS}; a value out of bounds stops the
 * start.
 */
@ConfigurationProperties("stillpoint.intake")
record IntakeProperties(Screening screening, Contraindications contraindications) {

    ScreeningSettings screeningSettings() {
        return screening == null ? ScreeningSettings.DEFAULTS : screening.settings();
    }

    ContraindicationSettings contraindicationSettings() {
        return contraindications == null ? ContraindicationSettings.DEFAULTS : contraindications.settings();
    }

    record Screening(Integer olderOnsetAge, Integer triptanOveruseDays, Integer ergotOveruseDays,
                     Integer opioidOveruseDays, Integer combinationAnalgesicOveruseDays,
                     Integer nonOpioidAnalgesicOveruseDays, Integer severalClassesOveruseDays) {

        ScreeningSettings settings() {
            ScreeningSettings d = ScreeningSettings.DEFAULTS;
            return new ScreeningSettings(or(olderOnsetAge, d.olderOnsetAge()),
                    or(triptanOveruseDays, d.triptanOveruseDays()), or(ergotOveruseDays, d.ergotOveruseDays()),
                    or(opioidOveruseDays, d.opioidOveruseDays()),
                    or(combinationAnalgesicOveruseDays, d.combinationAnalgesicOveruseDays()),
                    or(nonOpioidAnalgesicOveruseDays, d.nonOpioidAnalgesicOveruseDays()),
                    or(severalClassesOveruseDays, d.severalClassesOveruseDays()));
        }
    }

    record Contraindications(Integer recentStrokeMonths, Integer craniosacralStrokeMonths,
                             Integer recentTraumaMonths, Integer lymphaticNeckAge) {

        ContraindicationSettings settings() {
            ContraindicationSettings d = ContraindicationSettings.DEFAULTS;
            return new ContraindicationSettings(or(recentStrokeMonths, d.recentStrokeMonths()),
                    or(craniosacralStrokeMonths, d.craniosacralStrokeMonths()),
                    or(recentTraumaMonths, d.recentTraumaMonths()), or(lymphaticNeckAge, d.lymphaticNeckAge()));
        }
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
