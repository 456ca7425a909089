package org.stillpoint.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.ClinicProfile;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.RoomView;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.scheduling.domain.TherapistChoice;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;

/**
 * What the schedule pages show beside the appointments themselves: the names of the session types, therapists,
 * rooms and clients, the menu a caller may book from, and who a signed-in therapist is. Client names follow who is
 * asking: the owner and the front desk see full names, a therapist sees the first name and the last initial of the
 * clients they care for (an audited read per client; unnamed when all their appointments shown were cancelled), a
 * client sees none (the appointments are their own).
 */
@Service
public class Schedules {

    /** An appointment with the names a person reads on a schedule; {@code clientName} is null for clients. */
    public record Entry(AppointmentView appointment, String clientName, String therapistName, String sessionTypeName,
                        SessionKind kind, String roomName) {
    }

    private final Clinic clinic;
    private final Therapists therapists;
    private final Clients clients;
    private final Clock clock;

    Schedules(Clinic clinic, Therapists therapists, Clients clients, Clock clock) {
        this.clinic = clinic;
        this.therapists = therapists;
        this.clients = clients;
        this.clock = clock;
    }

    /** The appointments with their names, in the order given. */
    @Transactional
    public List<Entry> named(List<AppointmentView> appointments) {
        CurrentUser caller = Accounts.require(Role.CLIENT, Role.THERAPIST, Role.OWNER, Role.FRONT_DESK);
        Map<SessionTypeId, SessionTypeView> types = clinic.sessionTypes().stream()
                .collect(Collectors.toMap(SessionTypeView::id, Function.identity()));
        Map<TherapistId, String> therapistNames = therapistNames();
        Map<RoomId, String> rooms = clinic.rooms().stream()
                .collect(Collectors.toMap(RoomView::id, RoomView::name));
        Map<ClientId, String> clientNames = clientNames(caller, appointments);
        return appointments.stream().map(a -> {
            SessionTypeView type = types.get(a.sessionTypeId());
            return new Entry(a, clientNames.get(a.clientId()), therapistNames.get(a.therapistId()),
                    type == null ? null : type.name(), type == null ? null : type.kind(), rooms.get(a.roomId()));
        }).toList();
    }

    private Map<ClientId, String> clientNames(CurrentUser caller, List<AppointmentView> appointments) {
        Set<ClientId> ids = appointments.stream().map(AppointmentView::clientId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<ClientId, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        switch (caller.role()) {
            case OWNER, FRONT_DESK -> clients.summaries(ids).forEach(c -> names.put(c.id(), c.fullName()));
            // A therapist may see a client while they have an appointment together that was not cancelled; a
            // client whose only appointments here were cancelled stays unnamed.
            case THERAPIST -> appointments.stream().filter(a -> a.status() != AppointmentStatus.CANCELLED)
                    .map(AppointmentView::clientId).distinct().forEach(id -> {
                ClientSummary client = clients.requireContactAccess(id);
                String initial = client.lastName().isEmpty() ? "" : " " + client.lastName().charAt(0) + ".";
                names.put(id, client.firstName() + initial);
            });
            case CLIENT -> { }
        }
        return names;
    }

    /** Every therapist's display name by id (the therapists are public). */
    @Transactional(readOnly = true)
    public Map<TherapistId, String> therapistNames() {
        return therapists.all().stream().collect(Collectors.toMap(TherapistView::id, TherapistView::displayName));
    }

    /** All therapists, active or not, in the clinic's order. */
    @Transactional(readOnly = true)
    public List<TherapistView> therapists() {
        return therapists.all();
    }

    /** The therapist, or 404. */
    @Transactional(readOnly = true)
    public TherapistView therapist(TherapistId id) {
        return therapists.find(id).orElseThrow(() -> new NotFound("therapist"));
    }

    /** The signed-in therapist's own profile; 403 for anyone who is not a therapist, 404 without a profile. */
    @Transactional(readOnly = true)
    public TherapistView me() {
        CurrentUser caller = Accounts.require(Role.THERAPIST);
        return therapists.findByAccount(caller.accountId()).orElseThrow(() -> new NotFound("therapist"));
    }

    /**
     * The session types the caller may book: active ones, and for clients and visitors only those bookable
     * online; staff see every active one.
     */
    @Transactional(readOnly = true)
    public List<SessionTypeView> bookableTypes() {
        boolean staff = Accounts.current().filter(CurrentUser::isStaff).isPresent();
        return clinic.sessionTypes().stream().filter(SessionTypeView::active)
                .filter(t -> staff || t.bookableOnline()).toList();
    }

    /** One session type the caller may book, or 404. */
    @Transactional(readOnly = true)
    public SessionTypeView bookableType(SessionTypeId id) {
        return bookableTypes().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("session-type"));
    }

    /** The therapists who may give a session type. */
    @Transactional(readOnly = true)
    public List<TherapistView> therapistsFor(SessionTypeView type) {
        return therapists.all().stream().filter(t -> TherapistChoice.mayGive(t, type)).toList();
    }

    /** The clinic's profile: its zone, phone and cancellation window. */
    @Transactional(readOnly = true)
    public ClinicProfile clinic() {
        return clinic.profile();
    }

    /** Clients for the front desk's picker (owner and front desk only; audited by the clients module). */
    @Transactional
    public List<ClientSummary> findClients(String query) {
        return clients.search(query);
    }

    /** The signed-in client's own record; 403 for anyone who is not a client. */
    @Transactional(readOnly = true)
    public ClientId ownClient() {
        Accounts.require(Role.CLIENT);
        return clients.mine();
    }

    /** One client the caller may see the contact data of, or 404. */
    @Transactional
    public ClientSummary client(ClientId id) {
        return clients.requireContactAccess(id);
    }

    /** The present moment, by the application's clock. */
    public Instant now() {
        return clock.instant();
    }
}
