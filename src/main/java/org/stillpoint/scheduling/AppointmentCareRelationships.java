package org.stillpoint.scheduling;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clients.CareRelationships;
import org.stillpoint.clients.ClientId;
import org.stillpoint.platform.AccountId;
import org.stillpoint.scheduling.domain.AppointmentRepository;
import org.stillpoint.therapists.Therapists;

/**
 * A therapist cares for a client when they have an appointment with them, past or future, that was not cancelled
 * (a missed one counts: the therapist prepared for the client). DESIGN §1.
 */
@Component
class AppointmentCareRelationships implements CareRelationships {

    private final Therapists therapists;
    private final AppointmentRepository appointments;

    AppointmentCareRelationships(Therapists therapists, AppointmentRepository appointments) {
        this.therapists = therapists;
        this.appointments = appointments;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean caresFor(AccountId therapistAccount, ClientId client) {
        if (therapistAccount == null || client == null) {
            return false;
        }
        return therapists.findByAccount(therapistAccount)
                .map(therapist -> appointments.existsCare(therapist.id().value(), client.value()))
                .orElse(false);
    }
}
