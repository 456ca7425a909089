package org.stillpoint.platform.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.install.InstallationRepository;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final InstallationRepository installation;

    AccountUserDetailsService(AccountRepository accounts, InstallationRepository installation) {
        this.accounts = accounts;
        this.installation = installation;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByEmail(Accounts.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        // Demo accounts can sign in only to a demo installation (DESIGN §6: they exist only in demo mode).
        if (account.summary().demo() && !installation.isDemo()) {
            throw new UsernameNotFoundException("no such account");
        }
        return new StillpointPrincipal(account);
    }
}
