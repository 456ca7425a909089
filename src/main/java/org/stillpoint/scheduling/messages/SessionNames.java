package org.stillpoint.scheduling.messages;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.scheduling.domain.Appointment;
import org.stillpoint.scheduling.messages.AppointmentMail.Session;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;

/** Puts the names of the session type and the therapist to an appointment, for the mails. */
@Component
class SessionNames {

    private final Clinic clinic;
    private final Therapists therapists;
    private final MessageSource messages;

    SessionNames(Clinic clinic, Therapists therapists, MessageSource messages) {
        this.clinic = clinic;
        this.therapists = therapists;
        this.messages = messages;
    }

    Session session(AppointmentId id, Instant start, Instant end, SessionTypeId type, TherapistId therapist) {
        return new Session(id, start, end, typeName(type), therapistName(therapist));
    }

    /** The sessions of several appointments (a series'), each session type and therapist looked up once. */
    List<Session> sessions(List<Appointment> appointments) {
        Map<SessionTypeId, String> types = new HashMap<>();
        Map<TherapistId, String> people = new HashMap<>();
        return appointments.stream().map(a -> new Session(a.id(), a.time().start(), a.time().end(),
                types.computeIfAbsent(a.sessionTypeId(), this::typeName),
                people.computeIfAbsent(a.therapistId(), this::therapistName))).toList();
    }

    private String typeName(SessionTypeId type) {
        return clinic.sessionType(type).map(SessionTypeView::name)
                .orElseGet(() -> unknown("scheduling.mail.unknown-session-type"));
    }

    private String therapistName(TherapistId therapist) {
        return therapists.find(therapist).map(TherapistView::displayName)
                .orElseGet(() -> unknown("scheduling.mail.unknown-therapist"));
    }

    private String unknown(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
