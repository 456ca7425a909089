package org.stillpoint.intake.domain;

/** A kind of headache the client recognises, the age at which it began, and their own words for OTHER. */
public record HeadacheType(HeadacheKind kind, Integer ageAtOnset, String description) {
}
