package org.stillpoint.treatment.session;

import java.time.Duration;

import org.springframework.stereotype.Component;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.scheduling.AppointmentView;
import org.stillpoint.scheduling.Scheduling;

/**
 * Who may do what with a session. The scheduling module answers 404 for an appointment the caller may not see (a
 * client's someone else's, a therapist's a colleague's); on top of that only the appointment's therapist and the
 * owner write plans and checks for it, the client answers their own check and reads their own plan summary.
 */
@Component
public class SessionContexts {

    /** An appointment the caller may work on, its session type and length in minutes. */
    public record SessionContext(AppointmentView appointment, SessionTypeView type, int minutes, CurrentUser caller) {

        public boolean acuteSession() {
            return type != null && type.kind() == SessionKind.ACUTE_RELIEF;
        }

        public boolean booked() {
            return appointment.status() == AppointmentStatus.BOOKED;
        }
    }

    private final Scheduling scheduling;
    private final Clinic clinic;

    SessionContexts(Scheduling scheduling, Clinic clinic) {
        this.scheduling = scheduling;
        this.clinic = clinic;
    }

    /** The appointment's therapist or the owner. */
    public SessionContext staff(AppointmentId id) {
        return context(id, Accounts.require(Role.THERAPIST, Role.OWNER));
    }

    /** The client whose appointment it is, its therapist or the owner. */
    public SessionContext clientOrStaff(AppointmentId id) {
        return context(id, Accounts.require(Role.CLIENT, Role.THERAPIST, Role.OWNER));
    }

    /** The client whose appointment it is. */
    public SessionContext client(AppointmentId id) {
        return context(id, Accounts.require(Role.CLIENT));
    }

    /** Refuses work on an appointment that is no longer booked (cancelled, missed or already documented). */
    public SessionContext requireBooked(SessionContext context) {
        if (!context.booked()) {
            throw new Conflict("appointment-not-booked", "treatment.session.not-booked");
        }
        return context;
    }

    /** Refuses a plan for a free consultation: it is a conversation, not hands-on work. */
    public SessionContext requireHandsOn(SessionContext context) {
        if (context.type() != null && context.type().kind() == SessionKind.CONSULTATION) {
            throw new org.stillpoint.platform.RuleViolation("consultation-has-no-plan",
                    "treatment.session.consultation");
        }
        return context;
    }

    private SessionContext context(AppointmentId id, CurrentUser caller) {
        if (id == null) {
            throw new NotFound("appointment");
        }
        AppointmentView appointment = scheduling.appointment(id);
        SessionTypeView type = clinic.sessionType(appointment.sessionTypeId()).orElse(null);
        int minutes = (int) Duration.between(appointment.start(), appointment.end()).toMinutes();
        return new SessionContext(appointment, type, minutes, caller);
    }
}
