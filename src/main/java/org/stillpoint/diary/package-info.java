/**
 * The client's headache diary (clinical-reference §1.0, §1.7, §2): attacks with the features ICHD-3 needs, the
 * acute medicines taken and their effect at two hours, triggers and self-care, and a daily check-in that records
 * each day as headache-free or headache. From these the {@link org.stillpoint.diary.Diary} facade counts headache,
 * migraine and acute-medication days by the rules of §2.1, in the client's own time zone, and gives per-28-day
 * figures only when enough days are recorded. A day that is not recorded is a gap, never a headache-free day. The
 * diary is shown as a month calendar and as charts over time, beside the client's sessions at the clinic (from
 * scheduling).
 *
 * <p>Only the client writes their diary; the owner reads it, and a therapist who cares for the client reads it only
 * while the client shares it (otherwise 404). Every staff read is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Headache diary")
package org.stillpoint.diary;
