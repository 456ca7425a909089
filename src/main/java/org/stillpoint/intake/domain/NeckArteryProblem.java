package org.stillpoint.intake.domain;

/** Known problems of the neck arteries (clinical-reference §6.2). */
public enum NeckArteryProblem {
    CAROTID_STENOSIS, CAROTID_SINUS_HYPERSENSITIVITY, ARTERY_DISSECTION
}
