package org.stillpoint.platform.security;

import java.time.Clock;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.stillpoint.platform.Installation;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stillpoint.platform.account.ApiTokenStore;
import org.stillpoint.platform.account.LoginThrottle;
import org.stillpoint.platform.account.ThrottlingAuthenticationProvider;
import org.stillpoint.platform.web.Problems;

/**
 * Two chains: the JSON API with HTTP Basic or a personal API token ({@link ApiTokenFilter}), stateless and without
 * CSRF; the pages with form login, CSRF and the session in the database. Both carry the same security headers. Record-level rules live in the facades.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** What a public booking page needs: the menu, the therapists, the rooms and the clinic's zone and currency. */
    private static final String[] PUBLIC_READS = {"/api/v1/session-types", "/api/v1/session-types/*",
            "/api/v1/therapists", "/api/v1/therapists/*", "/api/v1/rooms", "/api/v1/rooms/*", "/api/v1/clinic",
            "/api/v1/techniques", "/api/v1/techniques/*"};

    private static final String[] OWNER_WRITES = {"/api/v1/session-types/**", "/api/v1/therapists/**",
            "/api/v1/rooms/**", "/api/v1/clinic/**", "/api/v1/clinic", "/api/v1/techniques/**"};

    /** A therapist's working time: staff read it, the facade decides who changes it (the owner, the therapist). */
    private static final String[] WORKING_TIME = {"/api/v1/therapists/*/working-hours",
            "/api/v1/therapists/*/time-off", "/api/v1/therapists/*/time-off/*"};

    /** The contraindication rules (treatment), read-only: for staff, never for clients. */
    private static final String CONTRAINDICATION_RULES_API = "/api/v1/contraindication-rules";
    private static final String CONTRAINDICATION_RULES_PAGE = "/staff/contraindication-rules";

    /** Signing up and confirming an e-mail address. */
    private static final String[] PUBLIC_CLIENT_CALLS = {"/api/v1/signup", "/api/v1/verify-email"};

    /** Pages a visitor needs to become a client. */
    private static final String[] PUBLIC_CLIENT_PAGES = {"/signup", "/signup/**", "/verify-email"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager signIn, Problems problems,
                            Installation installation, ApiTokenStore tokens, Clock clock) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(signIn)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Stillpoint\"");
                    problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                            "problem.unauthenticated", null, LocaleContextHolder.getLocale()));
                }))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"Stillpoint\"");
                            problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "problem.unauthenticated", null, request.getLocale()));
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                problems.problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden", null,
                                        request.getLocale()))))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_CLIENT_CALLS).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/consent-texts").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/consent-texts").hasRole("OWNER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/me/verification").hasRole("CLIENT")
                        .requestMatchers(HttpMethod.GET, "/api/v1/clients").hasAnyRole("OWNER", "FRONT_DESK")
                        .requestMatchers(HttpMethod.POST, "/api/v1/clients").hasAnyRole("OWNER", "FRONT_DESK")
                        .requestMatchers("/api/v1/clients/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/availability", "/api/v1/closures").permitAll()
                        .requestMatchers("/api/v1/closures", "/api/v1/closures/*").hasRole("OWNER")
                        .requestMatchers(WORKING_TIME).hasAnyRole("OWNER", "FRONT_DESK", "THERAPIST")
                        .requestMatchers("/api/v1/appointments", "/api/v1/appointments/**").authenticated()
                        .requestMatchers(HttpMethod.GET, CONTRAINDICATION_RULES_API)
                        .hasAnyRole("OWNER", "FRONT_DESK", "THERAPIST")
                        .requestMatchers(OWNER_WRITES).hasRole("OWNER")
                        .requestMatchers("/api/v1/staff/**", "/api/v1/audit/**").hasRole("OWNER")
                        .anyRequest().authenticated())
                .headers(SecurityConfiguration::headers)
                .addFilterBefore(new SetupGate(installation, problems), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, problems, clock), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(problems), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager signIn, Problems problems,
                              Installation installation) throws Exception {
        http.authenticationManager(signIn)
                .formLogin(form -> form.loginPage("/login").usernameParameter("email")
                        .failureHandler(new LoginFailureHandler())
                        .defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/", "/setup", "/setup/**", "/login", "/error", "/preferences/theme",
                                "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(PUBLIC_CLIENT_PAGES).permitAll()
                        // A calendar feed: calendar programs cannot sign in; its secret URL is the key.
                        .requestMatchers(HttpMethod.GET, "/calendar/*").permitAll()
                        // Anyone may look for free times; confirming a booking needs a sign-in.
                        .requestMatchers(HttpMethod.GET, "/book").permitAll()
                        .requestMatchers("/admin/**").hasRole("OWNER")
                        .requestMatchers(HttpMethod.GET, CONTRAINDICATION_RULES_PAGE)
                        .hasAnyRole("OWNER", "FRONT_DESK", "THERAPIST")
                        // A client's intake card: therapists too; the intake facade answers 404 to anyone who
                        // may not see the client's clinical records (the front desk among them).
                        .requestMatchers("/desk/clients/*/intake", "/desk/clients/*/intake/**")
                        .hasAnyRole("OWNER", "FRONT_DESK", "THERAPIST")
                        .requestMatchers("/desk/**").hasAnyRole("OWNER", "FRONT_DESK")
                        // A client's home-care editor: the owner and therapists; the home-care facade answers 404 to a
                        // therapist who does not care for the client.
                        .requestMatchers("/therapist/clients/*/home-care").hasAnyRole("OWNER", "THERAPIST")
                        // A client's diary as a month and as charts: the owner and therapists; the diary facade
                        // answers 404 to a therapist who does not care for the client or while it is not shared.
                        .requestMatchers("/therapist/clients/*/diary/**").hasAnyRole("OWNER", "THERAPIST")
                        // A session (its screen, check, plan and note): the appointment's therapist and the owner;
                        // the treatment facades answer 404 for an appointment the caller may not see. A client
                        // answers their own check under /me.
                        .requestMatchers("/therapist/appointments/**").hasAnyRole("OWNER", "THERAPIST")
                        .requestMatchers("/me/calendar", "/me/calendar/**").hasAnyRole("CLIENT", "THERAPIST")
                        .requestMatchers("/me/**").hasRole("CLIENT")
                        .anyRequest().authenticated())
                .headers(SecurityConfiguration::headers)
                .addFilterBefore(new SetupGate(installation, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(problems), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The throttling provider alone, without the global manager as a parent: with a parent, a failed sign-in would
     * reach the provider twice and count as two failures.
     */
    @Bean
    AuthenticationManager signIn(UserDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        return new ProviderManager(new ThrottlingAuthenticationProvider(accounts, passwordEncoder, throttle));
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(options -> { });
    }
}
