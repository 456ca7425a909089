package org.stillpoint.clients;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clients.domain.BirthDateRule;
import org.stillpoint.clients.domain.Client;
import org.stillpoint.clients.domain.ClientAccess;
import org.stillpoint.clients.domain.ClientAccessPolicy;
import org.stillpoint.clients.domain.ClientRepository;
import org.stillpoint.clients.domain.ConsentRepository;
import org.stillpoint.clients.domain.EmailVerificationTokens;
import org.stillpoint.clients.domain.EmailVerificationTokens.IssuedToken;
import org.stillpoint.notifications.Notifications;
import org.stillpoint.platform.AccountId;
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
 * The clinic's clients. Every method that shows or changes a client checks the caller against the
 * {@link ClientAccessPolicy} and answers 404 ({@link NotFound}) to a caller who may not see the client, exactly as
 * for a client that does not exist, so that nobody learns who is a client here. Every read by staff writes an
 * audit row, and so does every refused attempt.
 */
@Service
public class Clients {

    /** The most clients one search answers. */
    public static final int SEARCH_LIMIT = 50;

    private static final String CLIENT_RECORD = "client";

    private final ClientRepository clients;
    private final ConsentRepository consents;
    private final EmailVerificationTokens tokens;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ClientMail mail;
    private final PasswordEncoder passwordEncoder;
    private final ClientAccessPolicy policy;
    private final Installation installation;
    private final Clock clock;

    /** Care relationships are asked for on every check: the module that knows them may start after this one. */
    Clients(ClientRepository clients, ConsentRepository consents, EmailVerificationTokens tokens, Accounts accounts,
            AuditLog audit, Notifications notifications, ClientMail mail, PasswordEncoder passwordEncoder,
            ObjectProvider<CareRelationships> care, Installation installation, Clock clock) {
        this.clients = clients;
        this.consents = consents;
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.notifications = notifications;
        this.mail = mail;
        this.passwordEncoder = passwordEncoder;
        this.policy = new ClientAccessPolicy((therapist, client) ->
                care.orderedStream().anyMatch(relationships -> relationships.caresFor(therapist, client)));
        this.installation = installation;
        this.clock = clock;
    }

    // --- registration and sign-up ---

    /** The owner or the front desk registers a client who has no account; 409 if a client has the address. */
    @Transactional
    public ClientId register(NewClient request) {
        CurrentUser staff = Accounts.require(Role.OWNER, Role.FRONT_DESK);
        Client client = Client.register(ClientId.random(), request.email(), request.profile(), today(), now());
        if (clients.existsByEmail(client.email())) {
            throw emailTaken();
        }
        save(client);
        audit.record(staff, AuditAction.CREATE, CLIENT_RECORD, client.clientId().toString(), AuditOutcome.SUCCESS,
                null);
        return client.clientId();
    }

    /**
     * A person signs themself up: opens their CLIENT account, creates their client record linked to it, records
     * the consents they accepted (all current versions are required) and queues a mail with a one-time link that
     * confirms the address. They can sign in at once; until the address is confirmed they cannot book treatment.
     *
     * @throws EmailAlreadyRegistered when a client or an account has the address; nothing is created, and a mail
     *                                telling the address's owner that they already have an account is queued
     */
    @Transactional(noRollbackFor = EmailAlreadyRegistered.class)
    public ClientId signUp(ClientSignUp request) {
        Client client = Client.register(ClientId.random(), request.email(),
                new ClientProfile(request.firstName(), request.lastName(), request.dateOfBirth(), null), today(),
                now());
        List<ConsentText> accepted = requireCurrentConsents(request.acceptedConsents());
        accounts.checkPassword(request.password(), client.email());
        if (clients.existsByEmail(client.email()) || accounts.findByEmail(client.email()).isPresent()) {
            // As much work as a real sign-up, so that the answer's timing does not tell either.
            passwordEncoder.encode(request.password());
            notifications.send(mail.alreadyRegistered(client.email()));
            throw new EmailAlreadyRegistered();
        }
        AccountId account = accounts.openClient(new NewAccount(client.email(), displayName(client),
                request.password(), Role.CLIENT));
        client.linkAccount(account);
        save(client);
        Instant now = now();
        accepted.forEach(text -> consents.accept(client.clientId(), text.kind(), text.version(), now));
        sendVerification(client);
        return client.clientId();
    }

    /**
     * Confirms the address the link was sent to. Refused (422 naming {@code token}) when the link is unknown,
     * used before, expired or meant for an address the client no longer has.
     */
    @Transactional
    public void verifyEmail(String token) {
        Instant now = now();
        IssuedToken issued = tokens.find(token).orElseThrow(Clients::unknownLink);
        Client client = clients.findById(issued.client().value()).orElseThrow(Clients::unknownLink);
        if (issued.used()) {
            throw new RuleViolation("verification-link-used", "token", "clients.verify.used");
        }
        if (issued.expiredAt(now)) {
            throw new RuleViolation("verification-link-expired", "token", "clients.verify.expired",
                    EmailVerificationTokens.VALIDITY.toHours());
        }
        if (!issued.email().equals(client.email())) {
            throw unknownLink();
        }
        if (!tokens.use(token, now)) {
            throw new RuleViolation("verification-link-used", "token", "clients.verify.used");
        }
        client.confirmEmail(now);
        clients.save(client);
    }

    /** Sends the signed-in client a new confirmation link; 422 if their address is confirmed already. */
    @Transactional
    public void resendVerification() {
        Client client = own();
        if (client.emailVerified()) {
            throw new RuleViolation("already-verified", "clients.verify.already-confirmed");
        }
        sendVerification(client);
    }

    // --- questions other modules ask ---

    /** The client record of an account, if the account belongs to a client. */
    @Transactional(readOnly = true)
    public Optional<ClientId> clientOf(AccountId account) {
        return account == null ? Optional.empty() : clients.findByAccountId(account.value()).map(Client::clientId);
    }

    /**
     * The client, if the caller may read their clinical records: the client themself, the owner, or a therapist
     * who cares for them ({@link CareRelationships}). Otherwise 404. A staff read is audited with the record type
     * the caller names (for example {@code intake}).
     */
    @Transactional
    public ClientSummary requireClinicalAccess(ClientId id, String recordType) {
        return visible(id, ClientAccess.READ_CLINICAL, recordType).summary();
    }

    /**
     * The client, if the caller may read their headache diary: the client themself, the owner, or a therapist who
     * cares for them while the client shares the diary with their therapists. Otherwise 404, whether or not the
     * client exists. A staff read is audited as a read of {@code recordType}.
     */
    @Transactional
    public ClientSummary requireDiaryAccess(ClientId id, String recordType) {
        CurrentUser caller = Accounts.current().orElse(null);
        Client client = id == null ? null : clients.findById(id.value()).orElse(null);
        if (client == null || !policy.permitsDiary(caller, id, client.account(), client.sharesDiary())) {
            if (caller != null) {
                audit.recordRefused(caller, AuditAction.READ, recordType, String.valueOf(id),
                        client == null ? AuditOutcome.NOT_FOUND : AuditOutcome.DENIED);
            }
            throw new NotFound(CLIENT_RECORD);
        }
        if (caller.isStaff()) {
            audit.record(caller, AuditAction.READ, recordType, id.toString(), AuditOutcome.SUCCESS, null);
        }
        return client.summary();
    }

    /**
     * The client, if the caller is that client: only a client writes their own diary. Staff who may see the client
     * get 403; anyone else 404. The caller's own id, for a client.
     */
    @Transactional
    public ClientSummary requireOwnRecord(ClientId id, String recordType) {
        return check(id, ClientAccess.OWN_DECISION, recordType).summary();
    }

    /**
     * The client, if the caller may read their contact data: the client themself, the owner, the front desk, or a
     * therapist who cares for them. Otherwise 404. A staff read is audited.
     */
    @Transactional
    public ClientSummary requireContactAccess(ClientId id) {
        return requireContactAccess(id, CLIENT_RECORD);
    }

    /**
     * {@link #requireContactAccess(ClientId)} for a record another module keeps at the contact level (the
     * clearance status the front desk sees, say); a staff read is audited with that record type.
     */
    @Transactional
    public ClientSummary requireContactAccess(ClientId id, String recordType) {
        return visible(id, ClientAccess.READ_CONTACT, recordType).summary();
    }

    /**
     * The clients with these ids that exist, by last name, for the owner's and the front desk's lists that another
     * module builds (clients waiting for a clearance, say). The read is audited as one list read.
     */
    @Transactional
    public List<ClientSummary> summaries(Collection<ClientId> ids) {
        CurrentUser staff = Accounts.require(Role.OWNER, Role.FRONT_DESK);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ClientSummary> found = clients.findAllById(ids.stream().map(ClientId::value).toList()).stream()
                .map(Client::summary)
                .sorted(Comparator.comparing((ClientSummary c) -> c.lastName().toLowerCase(Locale.ROOT))
                        .thenComparing(c -> c.firstName().toLowerCase(Locale.ROOT)))
                .toList();
        audit.record(staff, AuditAction.READ, "client-list", null, AuditOutcome.SUCCESS, found.size() + " by id");
        return found;
    }

    /**
     * The first name and e-mail address of the clients with these ids that exist, for what the clinic sends on its
     * own: appointment mail written by a listener or a scheduled job (which run as nobody), and the therapist's
     * calendar feed, which names a client by first name only. It checks no caller and writes no audit row: it
     * answers no surname, contact detail or preference, and what it answers reaches only the client themself or
     * a therapist who has an appointment with them. Never show it on a screen; use {@link #details} there.
     */
    @Transactional(readOnly = true)
    public Map<ClientId, ClientAddressee> addressees(Collection<ClientId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<ClientId, ClientAddressee> found = new HashMap<>();
        clients.findAllById(ids.stream().map(ClientId::value).distinct().toList()).forEach(client -> {
            ClientSummary summary = client.summary();
            found.put(summary.id(), new ClientAddressee(summary.id(), summary.firstName(), summary.email()));
        });
        return found;
    }

    /** Whether the client confirmed their e-mail address (treatment can be booked only then); false if unknown. */
    @Transactional(readOnly = true)
    public boolean isEmailVerified(ClientId id) {
        return clients.findById(id.value()).map(Client::emailVerified).orElse(false);
    }

    /** Whether the client lets their therapists see their headache diary; false if unknown. */
    @Transactional(readOnly = true)
    public boolean sharesDiaryWithTherapists(ClientId id) {
        return clients.findById(id.value()).map(Client::sharesDiary).orElse(false);
    }

    /**
     * How a session should feel for the client, for whoever may see the client's contact data (404 otherwise).
     * Not audited on its own: a screen that shows it to staff has recorded its read (for example through
     * {@link #requireClinicalAccess}).
     */
    @Transactional(readOnly = true)
    public ClientPreferences preferences(ClientId id) {
        return check(id, ClientAccess.READ_CONTACT, CLIENT_RECORD).preferences();
    }

    // --- the client record ---

    /** Everything about the client for whoever may see their contact data (404 otherwise); staff reads audited. */
    @Transactional
    public ClientDetails details(ClientId id) {
        return visible(id, ClientAccess.READ_CONTACT, CLIENT_RECORD).details();
    }

    /** The signed-in client's own record id; 404 if the account has no client record. */
    @Transactional(readOnly = true)
    public ClientId mine() {
        return own().clientId();
    }

    /**
     * Clients whose name or e-mail address contains the query (all clients for an empty one), by last name, at
     * most {@link #SEARCH_LIMIT}. Owner and front desk only; the search is audited.
     */
    @Transactional
    public List<ClientSummary> search(String query) {
        CurrentUser staff = Accounts.require(Role.OWNER, Role.FRONT_DESK);
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        List<ClientSummary> found = clients.search(pattern, SEARCH_LIMIT).stream().map(Client::summary).toList();
        audit.record(staff, AuditAction.READ, "client-list", null, AuditOutcome.SUCCESS,
                text.isEmpty() ? null : "query: " + text);
        return found;
    }

    /** Changes name, date of birth and contact: the client themself, the owner or the front desk. */
    @Transactional
    public ClientDetails updateProfile(ClientId id, ClientProfile profile) {
        Client client = check(id, ClientAccess.CHANGE_CONTACT, CLIENT_RECORD);
        client.changeProfile(profile, today());
        save(client);
        recordChange(AuditAction.UPDATE, CLIENT_RECORD, id, null);
        return client.details();
    }

    /** Changes the client's sensitivities and wishes: the client themself, the owner or the front desk. */
    @Transactional
    public ClientPreferences updatePreferences(ClientId id, ClientPreferences preferences) {
        Client client = check(id, ClientAccess.CHANGE_CONTACT, "client-preferences");
        client.changePreferences(preferences);
        save(client);
        recordChange(AuditAction.UPDATE, "client-preferences", id, null);
        return client.preferences();
    }

    /** The client's own decision whether their therapists may see their headache diary; anyone else gets 404. */
    @Transactional
    public ClientDetails shareDiaryWithTherapists(ClientId id, boolean share) {
        Client client = check(id, ClientAccess.OWN_DECISION, "client-sharing");
        client.shareDiaryWithTherapists(share, now());
        save(client);
        recordChange(AuditAction.UPDATE, "client-sharing", id, share ? "diary shared" : "diary not shared");
        return client.details();
    }

    // --- consents ---

    /** The current version of each consent text; public, so that a sign-up can show them. */
    @Transactional(readOnly = true)
    public List<ConsentText> currentConsents() {
        return List.copyOf(consents.current().values());
    }

    /** Each kind of consent with what the client accepted, for whoever may see the client's contact data. */
    @Transactional
    public List<ConsentStatus> consents(ClientId id) {
        visible(id, ClientAccess.READ_CONTACT, "client-consents");
        List<ConsentAcceptance> accepted = consents.acceptances(id);
        List<ConsentStatus> statuses = new ArrayList<>();
        consents.current().values().forEach(text -> statuses.add(new ConsentStatus(text,
                accepted.stream().filter(a -> a.kind() == text.kind()).toList())));
        return statuses;
    }

    /**
     * The client accepts the current version of a text (only they can); accepting it again changes nothing.
     * 422 naming {@code version} if that is not the current version.
     */
    @Transactional
    public ConsentAcceptance acceptConsent(ClientId id, ConsentKind kind, int version) {
        Client client = check(id, ClientAccess.OWN_DECISION, "consent");
        ConsentText current = consents.current().get(kind);
        if (current == null || current.version() != version) {
            throw new RuleViolation("consent-outdated", "version", "clients.consent.outdated");
        }
        clients.lock(client.clientId().value());
        ConsentAcceptance acceptance = consents.accept(id, kind, version, now());
        recordChange(AuditAction.SIGN, "consent", id, kind + " v" + version);
        return acceptance;
    }

    /** The owner publishes a new version of a consent text; clients accept it on their consents page. */
    @Transactional
    public ConsentText publishConsent(ConsentKind kind, String title, String body) {
        CurrentUser owner = Accounts.require(Role.OWNER);
        if (kind == null) {
            throw new RuleViolation("invalid-kind", "kind", "field.required");
        }
        if (title == null || title.isBlank() || title.strip().length() > 120) {
            throw new RuleViolation("invalid-title", "title", title == null || title.isBlank() ? "field.required"
                    : "field.too-long");
        }
        if (body == null || body.isBlank() || body.strip().length() > 8000) {
            throw new RuleViolation("invalid-body", "body", body == null || body.isBlank() ? "field.required"
                    : "field.too-long");
        }
        ConsentText text = consents.publish(kind, title.strip(), body.strip(), now());
        audit.record(owner, AuditAction.CREATE, "consent-text", kind + " v" + text.version(),
                AuditOutcome.SUCCESS, null);
        return text;
    }

    // --- demo data ---

    /** Demo data: a client with confirmed address and accepted consents, while the demo is being filled. */
    ClientId addForDemo(NewClient request, AccountId account, ClientPreferences preferences, boolean sharesDiary) {
        Instant now = now();
        Client client = Client.register(ClientId.random(), request.email(), request.profile(), today(), now);
        if (account != null) {
            client.linkAccount(account);
        }
        client.changePreferences(preferences);
        client.shareDiaryWithTherapists(sharesDiary, now);
        client.confirmEmail(now);
        save(client);
        consents.current().values().forEach(text -> consents.accept(client.clientId(), text.kind(),
                text.version(), now));
        return client.clientId();
    }

    /**
     * Demo data: every client, for other modules' demo contributors while the demo installation is being filled;
     * refused anywhere else.
     */
    @Transactional(readOnly = true)
    public List<ClientSummary> demoClients() {
        if (!installation.isDemo()) {
            throw new IllegalStateException("demo clients exist only in a demo installation");
        }
        return clients.findAll().stream().map(Client::summary)
                .sorted(Comparator.comparing(ClientSummary::email)).toList();
    }

    // --- the rules ---

    /**
     * The client if the caller may do this with them. Otherwise the refusal is audited and the answer is 404; only
     * a change refused to someone who may see the client anyway (the owner trying to make the client's own
     * decision) is a 403, since that tells them nothing new.
     */
    private Client check(ClientId id, ClientAccess access, String recordType) {
        CurrentUser caller = Accounts.current().orElse(null);
        Client client = id == null ? null : clients.findById(id.value()).orElse(null);
        if (client != null && policy.permits(caller, id, client.account(), access)) {
            return client;
        }
        if (caller != null) {
            audit.recordRefused(caller, isRead(access) ? AuditAction.READ : AuditAction.UPDATE, recordType,
                    String.valueOf(id), client == null ? AuditOutcome.NOT_FOUND : AuditOutcome.DENIED);
        }
        if (!isRead(access) && client != null
                && policy.permits(caller, id, client.account(), ClientAccess.READ_CONTACT)) {
            throw new AccessDeniedException("only the client decides this");
        }
        throw new NotFound(CLIENT_RECORD);
    }

    /** {@link #check} for reading, and the read recorded when staff made it. */
    private Client visible(ClientId id, ClientAccess access, String recordType) {
        Client client = check(id, access, recordType);
        CurrentUser caller = Accounts.current().orElseThrow();
        if (caller.isStaff()) {
            audit.record(caller, AuditAction.READ, recordType, id.toString(), AuditOutcome.SUCCESS, null);
        }
        return client;
    }

    private void recordChange(AuditAction action, String recordType, ClientId id, String detail) {
        audit.record(Accounts.current().orElse(null), action, recordType, id.toString(), AuditOutcome.SUCCESS,
                detail);
    }

    private static boolean isRead(ClientAccess access) {
        return access == ClientAccess.READ_CONTACT || access == ClientAccess.READ_CLINICAL;
    }

    private Client own() {
        CurrentUser me = Accounts.require(Role.CLIENT);
        return clients.findByAccountId(me.accountId().value()).orElseThrow(() -> new NotFound(CLIENT_RECORD));
    }

    private List<ConsentText> requireCurrentConsents(Map<ConsentKind, Integer> acceptedVersions) {
        List<ConsentText> current = List.copyOf(consents.current().values());
        for (ConsentText text : current) {
            Integer accepted = acceptedVersions.get(text.kind());
            if (accepted == null) {
                throw new RuleViolation("consent-required", "acceptedConsents", "clients.consent.required");
            }
            if (accepted != text.version()) {
                throw new RuleViolation("consent-outdated", "acceptedConsents", "clients.consent.outdated");
            }
        }
        return current;
    }

    private void sendVerification(Client client) {
        String token = tokens.issue(client.clientId(), client.email(), now());
        notifications.send(mail.verification(client.email(), client.details().firstName(), token));
    }

    private void save(Client client) {
        try {
            clients.save(client);
        } catch (DbActionExecutionException e) {
            // An address taken by a concurrent registration between the check and the insert is still a 409.
            if (e.getCause() instanceof DuplicateKeyException) {
                throw emailTaken();
            }
            throw e;
        }
    }

    private static String displayName(Client client) {
        String name = client.fullName();
        return name.length() > 120 ? name.substring(0, 120).strip() : name;
    }

    private static Conflict emailTaken() {
        return new Conflict("email-taken", "clients.email.taken");
    }

    private static RuleViolation unknownLink() {
        return new RuleViolation("verification-link-invalid", "token", "clients.verify.invalid");
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return BirthDateRule.latestToday(clock);
    }
}
