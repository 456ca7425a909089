package org.stillpoint.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditLog;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.scheduling.domain.ClinicTime;
import org.stillpoint.scheduling.domain.Closures;
import org.stillpoint.scheduling.domain.TimeOff;
import org.stillpoint.scheduling.domain.TimeOffRepository;
import org.stillpoint.scheduling.domain.TimeSlot;
import org.stillpoint.scheduling.domain.WorkingWeek;
import org.stillpoint.scheduling.domain.WorkingWeekRepository;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;

/**
 * When therapists work: their weekly templates, their time off and the days the clinic is closed, all in the
 * clinic's zone. Staff read working hours; time off is read by the owner, the front desk and the therapist
 * themself. The owner changes anyone's hours and time off, a therapist their own; only the owner closes the clinic.
 * Anyone may read the closures. Every change is audited.
 */
@Service
public class WorkingTime {

    /** The most days one list of time off or closures may cover. */
    public static final int MAX_LIST_DAYS = 731;

    private final WorkingWeekRepository weeks;
    private final TimeOffRepository timeOff;
    private final Closures closures;
    private final Therapists therapists;
    private final Clinic clinic;
    private final AuditLog audit;
    private final Clock clock;

    WorkingTime(WorkingWeekRepository weeks, TimeOffRepository timeOff, Closures closures, Therapists therapists,
                Clinic clinic, AuditLog audit, Clock clock) {
        this.weeks = weeks;
        this.timeOff = timeOff;
        this.closures = closures;
        this.therapists = therapists;
        this.clinic = clinic;
        this.audit = audit;
        this.clock = clock;
    }

    // --- weekly hours ---

    /** The therapist's week in order of weekday and start; empty when none is set. Staff only. */
    @Transactional(readOnly = true)
    public List<WorkingHours> workingHours(TherapistId therapist) {
        Accounts.require(Role.OWNER, Role.FRONT_DESK, Role.THERAPIST);
        requireTherapist(therapist);
        return weeks.findById(therapist.value()).map(WorkingWeek::hours).orElse(List.of());
    }

    /**
     * Replaces the therapist's whole week; 400 naming each entry that overlaps an earlier one of the same day.
     * Appointments already booked stay as they are.
     */
    @Transactional
    public List<WorkingHours> replaceWorkingHours(TherapistId therapist, List<WorkingHours> hours) {
        CurrentUser caller = requireChange(therapist);
        WorkingWeek week = weeks.findById(therapist.value()).orElseGet(() -> WorkingWeek.empty(therapist));
        week.replace(hours);
        try {
            weeks.save(week);
        } catch (DbActionExecutionException e) {
            // Two first weeks of one therapist saved at once: the later one is a stale edit.
            if (e.getCause() instanceof DuplicateKeyException) {
                throw new Conflict("stale-edit", "problem.stale-edit");
            }
            throw e;
        }
        audit.record(caller, AuditAction.UPDATE, "working-hours", therapist.toString(), AuditOutcome.SUCCESS, null);
        return week.hours();
    }

    /** Demo data: a therapist's week, while the demo installation is being filled. */
    void setForDemo(TherapistId therapist, List<WorkingHours> hours) {
        WorkingWeek week = WorkingWeek.empty(therapist);
        week.replace(hours);
        weeks.save(week);
    }

    // --- time off ---

    /** The therapist's time off that overlaps the days from {@code from} to {@code to}, earliest first. */
    @Transactional(readOnly = true)
    public List<TimeOffView> timeOff(TherapistId therapist, LocalDate from, LocalDate to) {
        requireTimeOffReader(therapist);
        ClinicTime.requireDays(from, to, MAX_LIST_DAYS);
        ZoneId zone = clinic.profile().zone();
        TimeSlot days = ClinicTime.days(from, to, zone);
        return timeOff.findOverlapping(therapist.value(), days.start(), days.end()).stream()
                .map(t -> t.view(zone)).toList();
    }

    /** Adds time off (422 naming the field when it ends before it starts or lasts over a year). */
    @Transactional
    public TimeOffView addTimeOff(TherapistId therapist, TimeOffPeriod period, String reason) {
        CurrentUser caller = requireChange(therapist);
        ZoneId zone = clinic.profile().zone();
        TimeOff added = TimeOff.take(therapist, period, reason, zone, caller.accountId(), clock.instant());
        timeOff.save(added);
        TimeOffView view = added.view(zone);
        audit.record(caller, AuditAction.CREATE, "time-off", view.id().toString(), AuditOutcome.SUCCESS, null);
        return view;
    }

    /** Removes time off of this therapist; 404 when there is no such time off. */
    @Transactional
    public void removeTimeOff(TherapistId therapist, TimeOffId id) {
        CurrentUser caller = requireChange(therapist);
        TimeOff found = timeOff.findById(id.value()).filter(t -> t.therapistId().equals(therapist))
                .orElseThrow(() -> new NotFound("time-off"));
        timeOff.delete(found);
        audit.record(caller, AuditAction.DELETE, "time-off", id.toString(), AuditOutcome.SUCCESS, null);
    }

    // --- closures ---

    /** The days from {@code from} to {@code to} the clinic is closed; public. */
    @Transactional(readOnly = true)
    public List<Closure> closures(LocalDate from, LocalDate to) {
        ClinicTime.requireDays(from, to, MAX_LIST_DAYS);
        return closures.between(from, to);
    }

    /** The owner closes the clinic on a day; 409 if it is closed then already. */
    @Transactional
    public Closure close(LocalDate date, String reason) {
        CurrentUser owner = Accounts.require(Role.OWNER);
        Closure closure = closures.close(date, reason, clock.instant());
        audit.record(owner, AuditAction.CREATE, "closure", date.toString(), AuditOutcome.SUCCESS, null);
        return closure;
    }

    /** The owner opens the clinic again on a day; 404 if it was not closed. */
    @Transactional
    public void reopen(LocalDate date) {
        CurrentUser owner = Accounts.require(Role.OWNER);
        if (!closures.reopen(date)) {
            throw new NotFound("closure");
        }
        audit.record(owner, AuditAction.DELETE, "closure", date.toString(), AuditOutcome.SUCCESS, null);
    }

    // --- the rules ---

    private TherapistView requireTherapist(TherapistId id) {
        return therapists.find(id).orElseThrow(() -> new NotFound("therapist"));
    }

    /** The owner, or the therapist themself (403 for other staff, who may see the week but not change it). */
    private CurrentUser requireChange(TherapistId id) {
        CurrentUser caller = Accounts.require(Role.OWNER, Role.THERAPIST, Role.FRONT_DESK);
        TherapistView therapist = requireTherapist(id);
        if (caller.is(Role.OWNER) || (caller.is(Role.THERAPIST) && caller.accountId().equals(therapist.accountId()))) {
            return caller;
        }
        throw new AccessDeniedException("only the owner and the therapist change a therapist's working time");
    }

    private void requireTimeOffReader(TherapistId id) {
        CurrentUser caller = Accounts.require(Role.OWNER, Role.THERAPIST, Role.FRONT_DESK);
        TherapistView therapist = requireTherapist(id);
        if (caller.is(Role.THERAPIST) && !caller.accountId().equals(therapist.accountId())) {
            throw new AccessDeniedException("a therapist reads only their own time off");
        }
    }
}
