package org.stillpoint.platform.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.Role;

/** The signed-in account as Spring Security holds it; stored in the shared session table. */
public class StillpointPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountId accountId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean active;
    private boolean mustChangePassword;
    private String passwordHash;

    /** The principal of an account, for work Stillpoint does on its holder's behalf (see Accounts#actingAs). */
    public static StillpointPrincipal of(Account account) {
        return new StillpointPrincipal(account);
    }

    StillpointPrincipal(Account account) {
        this.accountId = account.accountId();
        this.email = account.email();
        this.displayName = account.displayName();
        this.role = account.role();
        this.active = account.active();
        this.mustChangePassword = account.mustChangePassword();
        this.passwordHash = account.passwordHash();
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(accountId, email, displayName, role);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public void passwordChanged() {
        mustChangePassword = false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
