package org.stillpoint.clinic;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clinic.domain.ClinicSettings;
import org.stillpoint.clinic.domain.ClinicSettingsRepository;
import org.stillpoint.clinic.domain.DefaultSessionTypes;
import org.stillpoint.clinic.domain.Room;
import org.stillpoint.clinic.domain.RoomRepository;
import org.stillpoint.clinic.domain.SessionType;
import org.stillpoint.clinic.domain.SessionTypeRepository;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditLog;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.Installation;
import org.stillpoint.platform.NewAccount;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.platform.RuleViolation;

/**
 * The clinic's profile, rooms and session types. Anyone may read the menu, the rooms and the profile (a public
 * booking page needs them); only the owner changes them, and every change is audited.
 */
@Service
public class Clinic {

    private static final Map<String, String> OWNER_FIELDS = Map.of("email", "ownerEmail", "displayName",
            "ownerName", "password", "ownerPassword");

    private final ClinicSettingsRepository settings;
    private final RoomRepository rooms;
    private final SessionTypeRepository sessionTypes;
    private final Installation installation;
    private final Accounts accounts;
    private final AuditLog audit;

    Clinic(ClinicSettingsRepository settings, RoomRepository rooms, SessionTypeRepository sessionTypes,
           Installation installation, Accounts accounts, AuditLog audit) {
        this.settings = settings;
        this.rooms = rooms;
        this.sessionTypes = sessionTypes;
        this.installation = installation;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** First run: the clinic, its default menu and the owner account, all or nothing; 409 once set up. */
    @Transactional
    public void setUp(ClinicSetup setup) {
        installation.claimLive();
        settings.save(ClinicSettings.create(setup.clinicName(), setup.address(), setup.phone(), setup.timeZone(),
                setup.currency()));
        createDefaultSessionTypes();
        try {
            accounts.openOwner(new NewAccount(setup.ownerEmail(), setup.ownerName(), setup.ownerPassword(),
                    Role.OWNER));
        } catch (RuleViolation refused) {
            // The account's fields are the owner fields of the setup: name the one the person filled in.
            String field = refused.field() == null ? null : OWNER_FIELDS.get(refused.field());
            throw field == null ? refused : refused.withField(field);
        }
    }

    /** Demo data: the demo clinic, its default menu and rooms, while the demo installation is being filled. */
    void createForDemo(ClinicDetails details, List<RoomDetails> demoRooms) {
        settings.save(ClinicSettings.create(details.name(), details.address(), details.phone(), details.timeZone(),
                details.currency()));
        createDefaultSessionTypes();
        demoRooms.forEach(room -> saveRoom(Room.create(room)));
    }

    private void createDefaultSessionTypes() {
        int order = 0;
        for (SessionTypeDetails details : DefaultSessionTypes.all()) {
            sessionTypes.save(SessionType.create(details, order += 10));
        }
    }

    @Transactional(readOnly = true)
    public ClinicProfile profile() {
        return clinic().profile();
    }

    @Transactional(readOnly = true)
    public ClinicDetails details() {
        return clinic().details();
    }

    @Transactional
    public ClinicProfile update(ClinicDetails details) {
        CurrentUser owner = Accounts.require(Role.OWNER);
        ClinicSettings clinic = clinic();
        clinic.update(details);
        settings.save(clinic);
        audit.record(owner, AuditAction.UPDATE, "clinic", "1", AuditOutcome.SUCCESS, null);
        return clinic.profile();
    }

    @Transactional(readOnly = true)
    public List<RoomView> rooms() {
        return rooms.findAllOrdered().stream().map(Room::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RoomView> room(RoomId id) {
        return rooms.findById(id.value()).map(Room::view);
    }

    @Transactional
    public RoomView addRoom(RoomDetails details) {
        CurrentUser owner = Accounts.require(Role.OWNER);
        Room room = Room.create(details);
        requireUniqueRoomName(room.name(), room.view().id());
        saveRoom(room);
        audit.record(owner, AuditAction.CREATE, "room", room.view().id().toString(), AuditOutcome.SUCCESS, null);
        return room.view();
    }

    @Transactional
    public RoomView updateRoom(RoomId id, RoomDetails details) {
        CurrentUser owner = Accounts.require(Role.OWNER);
        Room room = rooms.findById(id.value()).orElseThrow(() -> new NotFound("room"));
        room.update(details);
        requireUniqueRoomName(room.name(), id);
        saveRoom(room);
        audit.record(owner, AuditAction.UPDATE, "room", id.toString(), AuditOutcome.SUCCESS, null);
        return room.view();
    }

    @Transactional(readOnly = true)
    public List<SessionTypeView> sessionTypes() {
        var currency = clinic().profile().currency();
        return sessionTypes.findAllOrdered().stream().map(t -> t.view(currency)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SessionTypeView> sessionType(SessionTypeId id) {
        var currency = clinic().profile().currency();
        return sessionTypes.findById(id.value()).map(t -> t.view(currency));
    }

    @Transactional
    public SessionTypeView addSessionType(SessionTypeDetails details) {
        CurrentUser owner = Accounts.require(Role.OWNER);
        SessionType type = SessionType.create(details, sessionTypes.maxSortOrder() + 10);
        SessionTypeView view = type.view(profile().currency());
        requireUniqueSessionTypeName(type.name(), view.id());
        saveSessionType(type);
        audit.record(owner, AuditAction.CREATE, "session-type", view.id().toString(), AuditOutcome.SUCCESS, null);
        return view;
    }

    @Transactional
    public SessionTypeView updateSessionType(SessionTypeId id, SessionTypeDetails details) {
        CurrentUser owner = Accounts.require(Role.OWNER);
        SessionType type = sessionTypes.findById(id.value()).orElseThrow(() -> new NotFound("session-type"));
        type.update(details);
        requireUniqueSessionTypeName(type.name(), id);
        saveSessionType(type);
        audit.record(owner, AuditAction.UPDATE, "session-type", id.toString(), AuditOutcome.SUCCESS, null);
        return type.view(profile().currency());
    }

    private ClinicSettings clinic() {
        return settings.findById(ClinicSettings.ID).orElseThrow(() -> new NotFound("clinic"));
    }

    private void requireUniqueRoomName(String name, RoomId id) {
        if (rooms.countOtherWithName(name, id.value()) > 0) {
            throw new Conflict("name-taken", "room.name.taken");
        }
    }

    private void requireUniqueSessionTypeName(String name, SessionTypeId id) {
        if (sessionTypes.countOtherWithName(name, id.value()) > 0) {
            throw new Conflict("name-taken", "session-type.name.taken");
        }
    }

    private void saveRoom(Room room) {
        try {
            rooms.save(room);
        } catch (DbActionExecutionException e) {
            throw translate(e, "room.name.taken");
        }
    }

    private void saveSessionType(SessionType type) {
        try {
            sessionTypes.save(type);
        } catch (DbActionExecutionException e) {
            throw translate(e, "session-type.name.taken");
        }
    }

    /** A unique name taken by a concurrent request between the check and the insert is still a 409. */
    private static RuntimeException translate(DbActionExecutionException e, String messageKey) {
        return e.getCause() instanceof DuplicateKeyException ? new Conflict("name-taken", messageKey) : e;
    }
}
