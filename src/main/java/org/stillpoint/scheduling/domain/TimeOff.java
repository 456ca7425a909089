package org.stillpoint.scheduling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.scheduling.TimeOffId;
import org.stillpoint.scheduling.TimeOffPeriod;
import org.stillpoint.scheduling.TimeOffView;
import org.stillpoint.therapists.TherapistId;

/**
 * A stretch of time a therapist does not work, stored as instants. Time off given as whole days also keeps the
 * days, so that it reads back as it was entered.
 */
@Table("time_off")
public class TimeOff {

    /** Longer time off is entered in parts; it keeps a typing mistake from blocking years. */
    public static final Duration LONGEST = Duration.ofDays(366);
    public static final int REASON_LENGTH = 200;

    @Id
    private final UUID id;
    private final UUID therapistId;
    private final Instant startsAt;
    private final Instant endsAt;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final String reason;
    private final Instant createdAt;
    private final UUID createdBy;
    @Version
    private Long version;

    @PersistenceCreator
    TimeOff(UUID id, UUID therapistId, Instant startsAt, Instant endsAt, LocalDate firstDay, LocalDate lastDay,
            String reason, Instant createdAt, UUID createdBy, Long version) {
        this.id = id;
        this.therapistId = therapistId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.version = version;
    }

    public static TimeOff take(TherapistId therapist, TimeOffPeriod period, String reason, ZoneId zone,
                               AccountId by, Instant now) {
        LocalDate first = null;
        LocalDate last = null;
        Instant start;
        Instant end;
        if (period instanceof TimeOffPeriod.WholeDays days) {
            if (days.last().isBefore(days.first())) {
                throw new RuleViolation("invalid-time-off", "lastDay", "time-off.end-before-start");
            }
            first = days.first();
            last = days.last();
            start = ClinicTime.startOfDay(first, zone);
            end = ClinicTime.startOfDay(last.plusDays(1), zone);
        } else if (period instanceof TimeOffPeriod.LocalStretch local) {
            start = ClinicTime.startOf(local.start().toLocalDate(), local.start().toLocalTime(), zone);
            end = ClinicTime.endOf(local.end().toLocalDate(), local.end().toLocalTime(), zone);
        } else {
            TimeOffPeriod.Stretch stretch = (TimeOffPeriod.Stretch) period;
            start = stretch.start();
            end = stretch.end();
        }
        if (!end.isAfter(start)) {
            throw new RuleViolation("invalid-time-off", "end", "time-off.end-before-start");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new RuleViolation("invalid-time-off", "end", "time-off.too-long", LONGEST.toDays());
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > REASON_LENGTH) {
            throw new RuleViolation("invalid-time-off", "reason", "field.too-long");
        }
        return new TimeOff(UUID.randomUUID(), therapist.value(), start, end, first, last, text, now, by.value(),
                null);
    }

    public TherapistId therapistId() {
        return new TherapistId(therapistId);
    }

    public TimeSlot time() {
        return new TimeSlot(startsAt, endsAt);
    }

    public TimeOffView view(ZoneId zone) {
        return new TimeOffView(new TimeOffId(id), therapistId(), startsAt.atZone(zone).toOffsetDateTime(),
                endsAt.atZone(zone).toOffsetDateTime(), firstDay, lastDay, reason);
    }
}
