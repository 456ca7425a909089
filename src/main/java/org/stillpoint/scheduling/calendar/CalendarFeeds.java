package org.stillpoint.scheduling.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.stillpoint.clients.ClientAddressee;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.Clients;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.ClinicProfile;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditLog;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;
import org.stillpoint.platform.SecretTokens;
import org.stillpoint.scheduling.AppointmentStatus;
import org.stillpoint.scheduling.calendar.FeedRepository.Feed;
import org.stillpoint.scheduling.domain.Appointment;
import org.stillpoint.scheduling.domain.AppointmentRepository;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;
import org.stillpoint.therapists.Therapists;

/**
 * Calendar feeds (RFC 5545) at a secret URL, one per client and one per therapist, for their calendar programs to
 * subscribe to. Only the signed-in client or therapist creates, renews or revokes their own feed (both audited); a
 * new token makes the old URL answer 404 at once. Reading a feed needs only its URL: it is not a person's read of a
 * record, so it is not audited, and a therapist's feed therefore names each client by first name and session type
 * only (no surname, notes or health data). A client's feed names the session type, the therapist and the clinic.
 * <p>
 * A feed covers {@link #PAST} back to {@link #AHEAD} ahead. Cancelled appointments in that span stay in it marked
 * CANCELLED, so that a calendar program that already shows one strikes it out instead of keeping it.
 */
@Service
public class CalendarFeeds {

    public static final Duration PAST = Duration.ofDays(30);
    public static final Duration AHEAD = Duration.ofDays(180);

    private static final String RECORD = "calendar-feed";
    private static final Locale LANGUAGE = Locale.ENGLISH;

    private final FeedRepository feeds;
    private final AppointmentRepository appointments;
    private final Clients clients;
    private final Therapists therapists;
    private final Clinic clinic;
    private final AuditLog audit;
    private final MessageSource messages;
    private final String baseUrl;
    private final Clock clock;

    CalendarFeeds(FeedRepository feeds, AppointmentRepository appointments, Clients clients, Therapists therapists,
                  Clinic clinic, AuditLog audit, MessageSource messages,
                  @Value("${stillpoint.base-url:http://localhost:8080}") String baseUrl, Clock clock) {
        this.feeds = feeds;
        this.appointments = appointments;
        this.clients = clients;
        this.therapists = therapists;
        this.clinic = clinic;
        this.audit = audit;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** The signed-in client's or therapist's feed, if they have one (without its URL, which is never stored). */
    @Transactional(readOnly = true)
    public Optional<FeedStatus> mine() {
        CurrentUser me = Accounts.require(Role.CLIENT, Role.THERAPIST);
        return feeds.findByAccount(me.accountId().value())
                .map(feed -> new FeedStatus(feed.createdAt().atZone(clinic.profile().zone()).toOffsetDateTime()));
    }

    /**
     * Creates the caller's feed, or gives it a new secret URL (the old one stops working), and answers the URL: the
     * only time it is shown. 404 for a client or therapist account without its record.
     */
    @Transactional
    public IssuedFeed renew() {
        CurrentUser me = Accounts.require(Role.CLIENT, Role.THERAPIST);
        Owner owner = owner(me);
        boolean existed = feeds.findByAccount(me.accountId().value()).isPresent();
        String token = SecretTokens.generate();
        Instant now = clock.instant();
        try {
            feeds.save(me.accountId().value(), owner.client(), owner.therapist(), SecretTokens.hash(token), now);
        } catch (DuplicateKeyException concurrentCreate) {
            throw new Conflict("calendar-feed-changed", "scheduling.calendar.changed");
        }
        audit.record(me, existed ? AuditAction.UPDATE : AuditAction.CREATE, RECORD, me.accountId().toString(),
                AuditOutcome.SUCCESS, null);
        return new IssuedFeed(url(token), now);
    }

    /** Revokes the caller's feed: its URL answers 404 from now on. Revoking when there is none changes nothing. */
    @Transactional
    public void revoke() {
        CurrentUser me = Accounts.require(Role.CLIENT, Role.THERAPIST);
        if (feeds.delete(me.accountId().value())) {
            audit.record(me, AuditAction.DELETE, RECORD, me.accountId().toString(), AuditOutcome.SUCCESS, null);
        }
    }

    /** The feed a token opens, as an iCalendar document; empty for a token that is unknown or revoked. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return feeds.findByHash(SecretTokens.hash(token)).map(this::write);
    }

    private String write(Feed feed) {
        ClinicProfile profile = clinic.profile();
        Instant now = clock.instant();
        Instant from = now.minus(PAST);
        Instant to = now.plus(AHEAD);
        Map<SessionTypeId, String> types = clinic.sessionTypes().stream()
                .collect(Collectors.toMap(SessionTypeView::id, SessionTypeView::name));
        if (feed.client() != null) {
            Map<TherapistId, String> staff = therapists.all().stream()
                    .collect(Collectors.toMap(TherapistView::id, TherapistView::displayName));
            String location = ICalendar.location(profile);
            List<CalendarEntry> entries = appointments.findForClient(feed.client(), from, to).stream()
                    .map(a -> entry(a, text("scheduling.calendar.summary.client", types.get(a.sessionTypeId()),
                            staff.get(a.therapistId())), location))
                    .toList();
            return ICalendar.feed(profile.zone(), entries, text("scheduling.calendar.name.client", profile.name()),
                    now);
        }
        List<Appointment> found = appointments.findForTherapist(feed.therapist(), from, to);
        Map<ClientId, ClientAddressee> names = clients.addressees(found.stream().map(Appointment::clientId)
                .collect(Collectors.toSet()));
        Function<ClientId, String> firstName = id -> names.containsKey(id) ? names.get(id).firstName()
                : text("scheduling.calendar.unknown-client");
        List<CalendarEntry> entries = found.stream()
                .map(a -> entry(a, text("scheduling.calendar.summary.therapist", types.get(a.sessionTypeId()),
                        firstName.apply(a.clientId())), null))
                .toList();
        return ICalendar.feed(profile.zone(), entries, text("scheduling.calendar.name.therapist", profile.name()),
                now);
    }

    private static CalendarEntry entry(Appointment appointment, String summary, String location) {
        return new CalendarEntry(appointment.id(), appointment.time().start(), appointment.time().end(), summary,
                location, null, appointment.status() == AppointmentStatus.CANCELLED);
    }

    private Owner owner(CurrentUser me) {
        if (me.is(Role.CLIENT)) {
            ClientId client = clients.clientOf(me.accountId()).orElseThrow(() -> new NotFound("client"));
            return new Owner(client.value(), null);
        }
        TherapistView therapist = therapists.findByAccount(me.accountId()).orElseThrow(() -> new NotFound("therapist"));
        return new Owner(null, therapist.id().value());
    }

    private String url(String token) {
        return UriComponentsBuilder.fromUriString(baseUrl).path("/calendar/{token}.ics").buildAndExpand(token)
                .toUriString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LANGUAGE);
    }

    private record Owner(UUID client, UUID therapist) {
    }

    /** A feed that exists, and since when its current URL does (clinic time). */
    public record FeedStatus(OffsetDateTime since) {
    }

    /** A feed's new secret URL, shown once. */
    public record IssuedFeed(String url, Instant since) {
    }
}
