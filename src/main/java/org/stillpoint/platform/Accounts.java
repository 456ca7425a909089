package org.stillpoint.platform;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.platform.account.Account;
import org.stillpoint.platform.account.AccountRepository;
import org.stillpoint.platform.account.PasswordPolicy;
import org.stillpoint.platform.account.SessionRevoker;
import org.stillpoint.platform.account.StillpointPrincipal;

/**
 * Accounts and who is asking. Staff accounts are opened and closed by the owner; every account's password follows
 * the {@link PasswordPolicy}. Closing an account also ends its open sessions on every instance.
 */
@Service
public class Accounts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SessionRevoker sessions;
    private final AuditLog audit;
    private final Clock clock;

    Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
             SessionRevoker sessions, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in person, if any. */
    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StillpointPrincipal principal) {
            return Optional.of(principal.toCurrentUser());
        }
        return Optional.empty();
    }

    /**
     * Runs work that Stillpoint does on a person's behalf outside any request of theirs (filling the demo clinic, a
     * job that acts for a client) as that active account, with its role and its record-level rules, and then
     * restores whatever context the thread had. No request can reach this.
     */
    public <T> T actingAs(AccountId id, Supplier<T> work) {
        Account account = accounts.findById(id.value()).filter(Account::active)
                .orElseThrow(() -> new NotFound("account"));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        StillpointPrincipal principal = StillpointPrincipal.of(account);
        principal.eraseCredentials();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Runs a module's share of the demo clinic as the demo owner ({@link DemoDataContributor#DEMO_OWNER}), whose
     * account the platform's demo data opened first.
     */
    public void actingAsDemoOwner(Runnable work) {
        AccountId owner = findByEmail(DemoDataContributor.DEMO_OWNER).orElseThrow().id();
        actingAs(owner, () -> {
            work.run();
            return null;
        });
    }

    /** Throws 403 unless the caller has one of the roles. */
    public static CurrentUser require(Role... roles) {
        CurrentUser user = current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        for (Role role : roles) {
            if (user.is(role)) {
                return user;
            }
        }
        throw new AccessDeniedException("role " + user.role() + " may not do this");
    }

    /** Opens the owner account during first-run setup. */
    @Transactional
    public AccountId openOwner(NewAccount owner) {
        if (owner.role() != Role.OWNER) {
            throw new IllegalArgumentException("not an owner account");
        }
        return open(owner, false, false);
    }

    /** The owner opens a staff account; the new colleague chooses their own password at first sign-in. */
    @Transactional
    public AccountId openStaff(NewAccount staff) {
        CurrentUser owner = require(Role.OWNER);
        if (staff.role() == Role.CLIENT || staff.role() == Role.OWNER) {
            throw new RuleViolation("invalid-role", "role", "account.role.not-staff");
        }
        AccountId id = open(staff, false, true);
        audit.record(owner, AuditAction.CREATE, "account", id.toString(), AuditOutcome.SUCCESS, staff.role().name());
        return id;
    }

    /** Opens an account of any role for demo data; such accounts exist only in a demo installation. */
    @Transactional
    public AccountId openDemo(NewAccount account) {
        return open(account, true, false);
    }

    /** Opens a client's own account (public sign-up or staff registration). */
    @Transactional
    public AccountId openClient(NewAccount client) {
        if (client.role() != Role.CLIENT) {
            throw new IllegalArgumentException("not a client account");
        }
        return open(client, false, false);
    }

    /**
     * Applies the password policy without opening anything (422 naming {@code password} if refused), for a
     * sign-up that must refuse a weak password the same way whether or not its e-mail address is taken.
     */
    public void checkPassword(String password, String email) {
        passwordPolicy.check(password, normalise(email));
    }

    private AccountId open(NewAccount request, boolean demo, boolean mustChangePassword) {
        String email = normalise(request.email());
        if (!EMAIL.matcher(email).matches()) {
            throw new RuleViolation("invalid-email", "email", "account.email.invalid");
        }
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 120) {
            throw new RuleViolation("invalid-name", "displayName", "account.name.invalid");
        }
        passwordPolicy.check(request.password(), email);
        if (accounts.existsByEmail(email)) {
            throw new Conflict("email-taken", "account.email.taken");
        }
        Account account = Account.open(AccountId.random(), email, displayName,
                passwordEncoder.encode(request.password()), request.role(), demo, mustChangePassword, clock);
        accounts.save(account);
        return account.accountId();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(AccountId id) {
        return accounts.findById(id.value()).map(Account::summary);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(normalise(email)).map(Account::summary);
    }

    /** Every staff account, for the owner's staff page. */
    @Transactional(readOnly = true)
    public List<AccountSummary> staff() {
        require(Role.OWNER);
        return accounts.findStaff().stream().map(Account::summary).toList();
    }

    /**
     * The active accounts with one of the roles, for modules that must tell those people something (an emergency
     * screening tells the owner and the front desk). No caller check: it names no client.
     */
    @Transactional(readOnly = true)
    public List<AccountSummary> activeWithRoles(Role... roles) {
        if (roles.length == 0) {
            return List.of();
        }
        return accounts.findActiveWithRoles(Arrays.stream(roles).map(Role::name).toList()).stream()
                .map(Account::summary).toList();
    }

    @Transactional
    public void deactivate(AccountId id) {
        CurrentUser owner = require(Role.OWNER);
        if (owner.accountId().equals(id)) {
            throw new RuleViolation("cannot-deactivate-self", "account.deactivate.self");
        }
        Account account = accounts.findById(id.value()).orElseThrow(() -> new NotFound("account"));
        account.deactivate();
        accounts.save(account);
        sessions.revokeAll(account.email());
        audit.record(owner, AuditAction.DEACTIVATE, "account", id.toString(), AuditOutcome.SUCCESS, null);
    }

    @Transactional
    public void reactivate(AccountId id) {
        CurrentUser owner = require(Role.OWNER);
        Account account = accounts.findById(id.value()).orElseThrow(() -> new NotFound("account"));
        account.reactivate();
        accounts.save(account);
        audit.record(owner, AuditAction.REACTIVATE, "account", id.toString(), AuditOutcome.SUCCESS, null);
    }

    /** The caller changes their own password, proving they know the current one. */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        CurrentUser user = current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        Account account = accounts.findById(user.accountId().value()).orElseThrow(() -> new NotFound("account"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new RuleViolation("wrong-password", "currentPassword", "account.password.current-wrong");
        }
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw new RuleViolation("password-unchanged", "newPassword", "account.password.unchanged");
        }
        try {
            passwordPolicy.check(newPassword, account.email());
        } catch (RuleViolation weak) {
            throw weak.withField("newPassword");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        accounts.save(account);
        if (SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof StillpointPrincipal p) {
            p.passwordChanged();
        }
    }

    @Transactional(readOnly = true)
    public boolean anyOwner() {
        return accounts.countOwners() > 0;
    }

    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
