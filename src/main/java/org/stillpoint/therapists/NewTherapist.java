package org.stillpoint.therapists;

/** A new therapist: the profile and the sign-in the owner opens for them. */
public record NewTherapist(String email, String initialPassword, TherapistDetails details) {
}
