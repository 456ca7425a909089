package org.stillpoint.intake;

/**
 * The 15 items of the SNNOOP10 list (Do et al., Neurology 2019; clinical-reference §5), each with its number and
 * the letter of the acronym it belongs to.
 */
public enum Snnoop10Item {

    SYSTEMIC_SYMPTOMS(1, "S"),
    NEOPLASM_IN_HISTORY(2, "N"),
    NEUROLOGIC_DEFICIT(3, "N"),
    ONSET_SUDDEN(4, "O"),
    OLDER_AGE_AT_ONSET(5, "O"),
    PATTERN_CHANGE(6, "P"),
    POSITIONAL(7, "P"),
    PRECIPITATED_BY_SNEEZE_COUGH_EXERCISE(8, "P"),
    PAPILLEDEMA(9, "P"),
    PROGRESSIVE(10, "P"),
    PREGNANCY_OR_PUERPERIUM(11, "P"),
    PAINFUL_EYE_WITH_AUTONOMIC_FEATURES(12, "P"),
    POST_TRAUMATIC_ONSET(13, "P"),
    PATHOLOGY_OF_IMMUNE_SYSTEM(14, "P"),
    PAINKILLER_OVERUSE_OR_NEW_DRUG(15, "P");

    private final int number;
    private final String letter;

    Snnoop10Item(int number, String letter) {
        this.number = number;
        this.letter = letter;
    }

    public int number() {
        return number;
    }

    public String letter() {
        return letter;
    }
}
