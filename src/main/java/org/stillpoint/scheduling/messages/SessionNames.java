package org.stillpoint.scheduling.messages;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.scheduling.AppointmentId;
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
        String typeName = clinic.sessionType(type).map(SessionTypeView::name)
                .orElseGet(() -> unknown("scheduling.mail.unknown-session-type"));
        String therapistName = therapists.find(therapist).map(TherapistView::displayName)
                .orElseGet(() -> unknown("scheduling.mail.unknown-therapist"));
        return new Session(id, start, end, typeName, therapistName);
    }

    private String unknown(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
