/**
 * Scheduling: when each therapist works (a weekly template, time off, the clinic's closures), which slots are free
 * for a session type, and the appointments themselves from booking (alone or as a weekly or two-weekly series) to
 * rescheduling, cancellation, attendance or no-show. The database, not Java, keeps two appointments of one
 * therapist or one room from ever overlapping (buffers included). The module also tells the clients module which
 * therapist cares for which client.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package org.stillpoint.scheduling;
