/**
 * The session itself: the technique catalogue and the body areas it is used on; the contraindication engine, the
 * pre-session check, session plans and notes, and home care build on it (clinical-reference §6 and §8).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Treatment")
package org.stillpoint.treatment;
