package org.stillpoint.platform.account;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.AccountSummary;
import org.stillpoint.platform.Role;

@Table("account")
public class Account {

    @Id
    private final UUID id;
    private final String email;
    private String displayName;
    private String passwordHash;
    private final Role role;
    private boolean active;
    private final boolean demo;
    private boolean mustChangePassword;
    private final Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    Account(UUID id, String email, String displayName, String passwordHash, Role role, boolean active, boolean demo,
            boolean mustChangePassword, Instant createdAt, Long version) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.active = active;
        this.demo = demo;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
        this.version = version;
    }

    public static Account open(AccountId id, String email, String displayName, String passwordHash, Role role,
                               boolean demo, boolean mustChangePassword, Clock clock) {
        return new Account(id.value(), email, displayName, passwordHash, role, true, demo, mustChangePassword,
                clock.instant(), null);
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    public AccountId accountId() {
        return new AccountId(id);
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean active() {
        return active;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String displayName() {
        return displayName;
    }

    public AccountSummary summary() {
        return new AccountSummary(accountId(), email, displayName, role, active, demo, createdAt);
    }
}
