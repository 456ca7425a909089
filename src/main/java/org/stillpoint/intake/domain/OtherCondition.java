package org.stillpoint.intake.domain;

/**
 * Conditions a client can tick that matter to particular techniques (clinical-reference §6.4): craniosacral work,
 * lymphatic drainage, reflexology and hot stone.
 */
public enum OtherCondition {
    ACUTE_INFECTION,
    BLEEDING_DISORDER,
    CEREBRAL_ANEURYSM,
    RAISED_INTRACRANIAL_PRESSURE,
    HYDROCEPHALUS,
    RECENT_SPINAL_PUNCTURE_OR_EPIDURAL,
    BRAIN_TUMOUR,
    EPILEPSY,
    KIDNEY_FAILURE_ACUTE,
    KIDNEY_DISEASE_CHRONIC,
    LOW_BLOOD_PRESSURE,
    ASTHMA,
    FOOT_INJURY_OR_WOUND,
    GOUT_IN_FOOT,
    FOOT_INFECTION,
    FOOT_OR_ANKLE_OSTEOARTHRITIS,
    PERIPHERAL_VASCULAR_DISEASE,
    HEAT_SENSITISING_MEDICATION,
    RECENT_RADIOTHERAPY
}
