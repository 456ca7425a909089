package org.stillpoint.clinic.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stillpoint.clinic.ClinicDetails;
import org.stillpoint.clinic.ClinicProfile;
import org.stillpoint.platform.RuleViolation;

/** The one clinic row: its profile and the booking settings every other module reads. */
@Table("clinic")
public class ClinicSettings {

    public static final int ID = 1;
    public static final int DEFAULT_CANCELLATION_WINDOW_HOURS = 24;
    public static final int DEFAULT_SLOT_STEP_MINUTES = 15;
    public static final int DEFAULT_BUFFER_MINUTES = 15;

    @Id
    private final Integer id;
    private String name;
    private String address;
    private String phone;
    private String timeZone;
    private String currency;
    private int cancellationWindowHours;
    private int slotStepMinutes;
    private int bufferMinutes;
    @Version
    private Long version;

    @PersistenceCreator
    ClinicSettings(Integer id, String name, String address, String phone, String timeZone, String currency,
                   int cancellationWindowHours, int slotStepMinutes, int bufferMinutes, Long version) {
        this.id = id;
        this.name = name;
        this.address = address;
        this.phone = phone;
        this.timeZone = timeZone;
        this.currency = currency;
        this.cancellationWindowHours = cancellationWindowHours;
        this.slotStepMinutes = slotStepMinutes;
        this.bufferMinutes = bufferMinutes;
        this.version = version;
    }

    public static ClinicSettings create(String name, String address, String phone, String timeZone, String currency) {
        ClinicSettings clinic = new ClinicSettings(ID, null, null, null, null, null, DEFAULT_CANCELLATION_WINDOW_HOURS,
                DEFAULT_SLOT_STEP_MINUTES, DEFAULT_BUFFER_MINUTES, null);
        clinic.update(new ClinicDetails(name, address, phone, timeZone, currency, DEFAULT_CANCELLATION_WINDOW_HOURS,
                DEFAULT_SLOT_STEP_MINUTES, DEFAULT_BUFFER_MINUTES));
        return clinic;
    }

    /** Applies edited settings after checking every one; nothing changes if any is wrong. */
    public void update(ClinicDetails d) {
        String newName = required(d.name(), "name", 120);
        ZoneId zone = zone(d.timeZone());
        Currency money = currency(d.currency());
        int window = within(d.cancellationWindowHours(), 0, 168, "cancellationWindowHours");
        int step = within(d.slotStepMinutes(), 5, 60, "slotStepMinutes");
        int buffer = within(d.bufferMinutes(), 0, 60, "bufferMinutes");
        this.name = newName;
        this.address = optional(d.address(), "address", 300);
        this.phone = optional(d.phone(), "phone", 40);
        this.timeZone = zone.getId();
        this.currency = money.getCurrencyCode();
        this.cancellationWindowHours = window;
        this.slotStepMinutes = step;
        this.bufferMinutes = buffer;
    }

    public ClinicProfile profile() {
        return new ClinicProfile(name, address, phone, ZoneId.of(timeZone), Currency.getInstance(currency),
                Duration.ofHours(cancellationWindowHours), Duration.ofMinutes(slotStepMinutes),
                Duration.ofMinutes(bufferMinutes));
    }

    public ClinicDetails details() {
        return new ClinicDetails(name, address, phone, timeZone, currency, cancellationWindowHours, slotStepMinutes,
                bufferMinutes);
    }

    static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            throw new RuleViolation("invalid-time-zone", "timeZone", "clinic.time-zone.invalid");
        }
        try {
            ZoneId zone = ZoneId.of(id.strip());
            if (!ZoneId.getAvailableZoneIds().contains(zone.getId())) {
                throw new RuleViolation("invalid-time-zone", "timeZone", "clinic.time-zone.invalid");
            }
            return zone;
        } catch (DateTimeException e) {
            throw new RuleViolation("invalid-time-zone", "timeZone", "clinic.time-zone.invalid");
        }
    }

    static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("invalid-currency", "currency", "clinic.currency.invalid");
        }
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("invalid-" + field, field, "field.required");
        }
        return optional(value, field, max);
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new RuleViolation("invalid-" + field, field, "field.too-long");
        }
        return stripped;
    }

    static int within(Integer value, int min, int max, String field) {
        if (value == null || value < min || value > max) {
            throw new RuleViolation("out-of-range", field, "field.range", min, max);
        }
        return value;
    }
}
