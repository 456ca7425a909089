package org.stillpoint.intake.domain;

/** Earlier massage: whether the client has had any, what helped and what they would rather avoid. */
public record MassageExperience(Boolean hadMassageBefore, String whatHelped, String whatToAvoid) {
}
