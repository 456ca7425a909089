/**
 * The headache intake and what follows from it for safety: the client's answers about their headaches, triggers,
 * medicines and medical concerns; the SNNOOP10 red-flag screening that sorts them into none, routine, urgent or
 * emergency (clinical-reference §5); the contraindication flags the treatment module turns into verdicts per
 * technique (§6); and the MIDAS and HIT-6 disability scores staff enter (§3). Every outcome is a pattern to discuss
 * with a clinician, never a diagnosis (§8).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.stillpoint.intake;
