package org.stillpoint.therapists;

import java.time.LocalDate;
import java.util.Set;

import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.Technique;

/** A therapist's profile as the owner creates and edits it. */
public record TherapistDetails(String displayName, ProviderType providerType, String licenceNumber,
                               String headacheTraining, LocalDate trainingCompletedOn, Set<Technique> techniques,
                               String bio, boolean active) {
}
