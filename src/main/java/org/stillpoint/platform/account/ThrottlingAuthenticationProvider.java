package org.stillpoint.platform.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stillpoint.platform.Accounts;

/**
 * Password sign-in with throttling. Every failure, for an unknown address, a wrong password or a closed account,
 * looks the same from outside; only the lock after repeated failures is named.
 */
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;

    /**
     * Not a bean on purpose: the sign-in chains build their own manager around it, so that nothing else (such as a
     * global manager) can sign people in without the throttle, and no failure is counted twice.
     */
    public ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                            LoginThrottle throttle) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(passwordEncoder);
        this.delegate.setHideUserNotFoundExceptions(true);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = Accounts.normalise(authentication.getName());
        if (throttle.isLocked(email)) {
            throw new LockedException("too many failed sign-ins");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.reset(email);
            return result;
        } catch (AuthenticationException failed) {
            if (throttle.recordFailure(email)) {
                throw new LockedException("too many failed sign-ins");
            }
            throw new BadCredentialsException("sign-in failed");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
