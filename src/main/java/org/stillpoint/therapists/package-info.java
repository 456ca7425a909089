/**
 * The therapists: their profiles, provider types, licences, headache-specific training and the techniques each
 * one offers. Each therapist signs in with a THERAPIST account.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Therapists")
package org.stillpoint.therapists;
