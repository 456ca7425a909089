package org.stillpoint.intake.domain;

/** The MIDAS grades (clinical-reference §3.1 [C]). The label keys name the disability level. */
public enum MidasGrade {

    /** 0–5: little or no disability. */
    I(0),
    /** 6–10: mild disability. */
    II(6),
    /** 11–20: moderate disability. */
    III(11),
    /** 21 and more: severe disability. */
    IV(21);

    private final int lowestScore;

    MidasGrade(int lowestScore) {
        this.lowestScore = lowestScore;
    }

    public int lowestScore() {
        return lowestScore;
    }

    public static MidasGrade of(int score) {
        if (score < 0) {
            throw new IllegalArgumentException("score must not be negative");
        }
        MidasGrade grade = I;
        for (MidasGrade candidate : values()) {
            if (score >= candidate.lowestScore) {
                grade = candidate;
            }
        }
        return grade;
    }
}
