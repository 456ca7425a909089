package org.stillpoint.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a page request in as a real account, with the same principal a form sign-in would give. */
public final class SignIn {

    private SignIn() {
    }

    public static RequestPostProcessor as(UserDetailsService accounts, String email) {
        return user(accounts.loadUserByUsername(email));
    }
}
