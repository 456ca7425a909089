package org.stillpoint.clinic;

/** The kinds of provider who work here (DESIGN §2.3); session types are priced per provider type. */
public enum ProviderType {
    MEDICAL_MASSAGE_THERAPIST, NEUROMUSCULAR_THERAPIST, CRANIOSACRAL_THERAPIST, SPA_MASSAGE_THERAPIST,
    PHYSICAL_THERAPIST
}
