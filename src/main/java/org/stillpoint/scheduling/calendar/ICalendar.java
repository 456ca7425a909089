package org.stillpoint.scheduling.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.stillpoint.clinic.ClinicProfile;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes appointments as an iCalendar document (RFC 5545). Times carry the clinic's TZID, and the document holds
 * that zone's VTIMEZONE from ical4j's bundled definitions; {@code ical4j.properties} switches off its updates
 * over the network, so writing never leaves the machine.
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar";

    private static final String PRODUCT = "-//Stillpoint//Appointments//EN";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private ICalendar() {
    }

    /** How a document is meant: an event sent by mail (published or cancelled), or a feed to subscribe to. */
    public enum Kind {
        PUBLISH, CANCEL, FEED
    }

    /**
     * Who sends a mailed document and to whom. RFC 5546 asks for the organizer in every mailed document and for the
     * attendee in a cancellation.
     */
    public record Parties(String organizerName, String organizerEmail, String attendeeEmail) {
    }

    /** A mailed document: one or more events published, or cancelled. */
    public static String mail(Kind kind, ZoneId zone, List<CalendarEntry> entries, Parties parties, Instant stamp) {
        if (kind == Kind.FEED) {
            throw new IllegalArgumentException("a feed is written by feed()");
        }
        return write(kind, zone, entries, parties, null, stamp);
    }

    /** A subscribed feed with a name calendar programs show. */
    public static String feed(ZoneId zone, List<CalendarEntry> entries, String name, Instant stamp) {
        return write(Kind.FEED, zone, entries, null, name, stamp);
    }

    /** The clinic as an event's place: its name and its address on one line. */
    public static String location(ClinicProfile clinic) {
        return clinic.address() == null || clinic.address().isBlank() ? clinic.name()
                : clinic.name() + ", " + clinic.address().strip().replaceAll("\\s*\\R\\s*", ", ");
    }

    /** The MIME type of a mailed document, with its method, as RFC 6047 asks. */
    public static String mailContentType(Kind kind) {
        return MEDIA_TYPE + "; method=" + kind.name();
    }

    private static String write(Kind kind, ZoneId zone, List<CalendarEntry> entries, Parties parties, String name,
                                Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (kind == Kind.PUBLISH) {
            calendar.add(ImmutableMethod.PUBLISH);
        } else if (kind == Kind.CANCEL) {
            calendar.add(ImmutableMethod.CANCEL);
        }
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        TimeZone timeZone = ZONES.getTimeZone(zone.getId());
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, timeZone == null ? null : zone, kind, parties, stamp));
        }
        return calendar.toString();
    }

    /** Times in the clinic's zone when ical4j knows it, otherwise in UTC (which needs no VTIMEZONE). */
    private static VEvent event(CalendarEntry entry, ZoneId zone, Kind kind, Parties parties, Instant stamp) {
        VEvent event = zone == null ? new VEvent(entry.start(), entry.end(), entry.summary())
                : new VEvent(entry.start().atZone(zone), entry.end().atZone(zone), entry.summary());
        event.replace(new DtStamp(stamp));
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (parties != null) {
            Organizer organizer = new Organizer("mailto:" + parties.organizerEmail());
            if (parties.organizerName() != null && !parties.organizerName().isBlank()) {
                organizer.add(new Cn(parties.organizerName()));
            }
            event.add(organizer);
            if (kind == Kind.CANCEL) {
                event.add(new Attendee("mailto:" + parties.attendeeEmail()));
            }
        }
        return event;
    }
}
