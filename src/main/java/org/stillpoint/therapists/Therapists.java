package org.stillpoint.therapists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditLog;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.DemoDataContributor;
import org.stillpoint.platform.NewAccount;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.therapists.domain.Therapist;
import org.stillpoint.therapists.domain.TherapistListing;
import org.stillpoint.therapists.domain.TherapistRepository;

/** The therapists' profiles: public to read, changed only by the owner (and audited). */
@Service
public class Therapists {

    private final TherapistRepository therapists;
    private final TherapistListing listing;
    private final Accounts accounts;
    private final Clinic clinic;
    private final AuditLog audit;
    private final Clock clock;

    Therapists(TherapistRepository therapists, TherapistListing listing, Accounts accounts, Clinic clinic, AuditLog audit, Clock clock) {
        this.therapists = therapists;
        this.listing = listing;
        this.accounts = accounts;
        this.clinic = clinic;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TherapistView> all() {
        return listing.all();
    }

    @Transactional(readOnly = true)
    public Optional<TherapistView> find(TherapistId id) {
        return therapists.findById(id.value()).map(Therapist::view);
    }

    @Transactional(readOnly = true)
    public Optional<TherapistView> findByAccount(AccountId account) {
        return therapists.findByAccountId(account.value()).map(Therapist::view);
    }

    /** The owner adds a therapist and opens their THERAPIST account in one step. */
    @Transactional
    public TherapistView add(NewTherapist request) {
        CurrentUser owner = Accounts.require(Role.OWNER);
        AccountId account = openAccount(request);
        Therapist therapist = Therapist.create(account, request.details(), today());
        therapists.save(therapist);
        TherapistView view = therapist.view();
        audit.record(owner, AuditAction.CREATE, "therapist", view.id().toString(), AuditOutcome.SUCCESS, null);
        return view;
    }

    private AccountId openAccount(NewTherapist request) {
        try {
            return accounts.openStaff(new NewAccount(request.email(), request.details().displayName(),
                    request.initialPassword(), Role.THERAPIST));
        } catch (RuleViolation refused) {
            // The account's password is what this request calls its initial password: name that field.
            throw "password".equals(refused.field()) ? refused.withField("initialPassword") : refused;
        }
    }

    @Transactional
    public TherapistView update(TherapistId id, TherapistDetails details) {
        CurrentUser owner = Accounts.require(Role.OWNER);
        Therapist therapist = therapists.findById(id.value()).orElseThrow(() -> new NotFound("therapist"));
        therapist.update(details, today());
        therapists.save(therapist);
        audit.record(owner, AuditAction.UPDATE, "therapist", id.toString(), AuditOutcome.SUCCESS, null);
        return therapist.view();
    }

    /** Demo data: a therapist with a demo account, while the demo installation is being filled. */
    void addForDemo(String email, TherapistDetails details) {
        AccountId account = accounts.openDemo(new NewAccount(email, details.displayName(),
                DemoDataContributor.DEMO_PASSWORD, Role.THERAPIST));
        therapists.save(Therapist.create(account, details, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(clinic.profile().zone()));
    }
}
