package org.stillpoint.treatment;

import java.util.Set;

/**
 * Something unwanted during or after a session. Sudden new neck pain together with a new or unusual headache,
 * dizziness, or a change in vision or speech is the emergency of clinical-reference §6.2 (possible cervical artery
 * dissection): see {@link #isEmergency(Set)}. The others are recorded without the emergency path.
 */
public enum AdverseEvent {
    SUDDEN_NECK_PAIN,
    NEW_HEADACHE,
    DIZZINESS,
    VISUAL_CHANGE,
    SPEECH_CHANGE,
    BRUISING,
    SORENESS,
    NAUSEA,
    HEADACHE_WORSE,
    OTHER;

    /** The signs that, with sudden new neck pain, make the emergency of clinical-reference §6.2. */
    public static final Set<AdverseEvent> WARNING_SIGNS = Set.of(NEW_HEADACHE, DIZZINESS, VISUAL_CHANGE,
            SPEECH_CHANGE);

    /**
     * Clinical-reference §6.2 (emergency row, [U] policy from the case report): new neck pain that starts suddenly
     * during or after a session, plus a new or unusual headache, dizziness, or a visual or speech change: stop and
     * apply the emergency tier of §5.
     */
    public static boolean isEmergency(Set<AdverseEvent> events) {
        return events != null && events.contains(SUDDEN_NECK_PAIN)
                && events.stream().anyMatch(WARNING_SIGNS::contains);
    }
}
