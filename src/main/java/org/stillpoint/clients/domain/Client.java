package org.stillpoint.clients.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stillpoint.clients.ClientContact;
import org.stillpoint.clients.ClientDetails;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ClientPreferences;
import org.stillpoint.clients.ClientProfile;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.clients.PressurePreference;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.RuleViolation;

/** A client of the clinic: identity, contact, preferences and what they share. */
@Table("client")
public class Client {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{3,40}$");

    @Id
    private final UUID id;
    private UUID accountId;
    private String firstName;
    private String lastName;
    private final String email;
    private LocalDate dateOfBirth;
    private String phone;
    private String address;
    private String emergencyContactName;
    private String emergencyContactPhone;
    private String preferredLanguage;
    private String doctorName;
    private String doctorContact;
    private Instant emailVerifiedAt;
    private boolean lightSensitive;
    private boolean soundSensitive;
    private boolean scentSensitive;
    private boolean touchSensitive;
    private PressurePreference pressurePreference;
    private String areasToAvoid;
    private boolean quietSession;
    private boolean sharesDiary;
    private Instant sharingChangedAt;
    private final Instant registeredAt;
    @Version
    private Long version;

    @PersistenceCreator
    Client(UUID id, UUID accountId, String firstName, String lastName, String email, LocalDate dateOfBirth,
           String phone, String address, String emergencyContactName, String emergencyContactPhone,
           String preferredLanguage, String doctorName, String doctorContact, Instant emailVerifiedAt,
           boolean lightSensitive, boolean soundSensitive, boolean scentSensitive, boolean touchSensitive,
           PressurePreference pressurePreference, String areasToAvoid, boolean quietSession, boolean sharesDiary,
           Instant sharingChangedAt, Instant registeredAt, Long version) {
        this.id = id;
        this.accountId = accountId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.dateOfBirth = dateOfBirth;
        this.phone = phone;
        this.address = address;
        this.emergencyContactName = emergencyContactName;
        this.emergencyContactPhone = emergencyContactPhone;
        this.preferredLanguage = preferredLanguage;
        this.doctorName = doctorName;
        this.doctorContact = doctorContact;
        this.emailVerifiedAt = emailVerifiedAt;
        this.lightSensitive = lightSensitive;
        this.soundSensitive = soundSensitive;
        this.scentSensitive = scentSensitive;
        this.touchSensitive = touchSensitive;
        this.pressurePreference = pressurePreference;
        this.areasToAvoid = areasToAvoid;
        this.quietSession = quietSession;
        this.sharesDiary = sharesDiary;
        this.sharingChangedAt = sharingChangedAt;
        this.registeredAt = registeredAt;
        this.version = version;
    }

    /**
     * A new client with no preferences stated and nothing shared. The e-mail address is kept in lower case, the
     * form every lookup uses.
     */
    public static Client register(ClientId id, String email, ClientProfile profile, LocalDate today, Instant now) {
        String address = normaliseEmail(email);
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            throw new RuleViolation("invalid-email", "email", "field.email");
        }
        Client client = new Client(id.value(), null, null, null, address, null, null, null, null, null, null, null,
                null, null, false, false, false, false, null, null, false, false, null, now, null);
        client.changeProfile(profile, today);
        return client;
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Checks the whole change first, then applies it, so that a refused change leaves the record as it was. */
    public void changeProfile(ClientProfile profile, LocalDate today) {
        String first = text(profile.firstName(), "firstName", 80, true);
        String last = text(profile.lastName(), "lastName", 80, true);
        BirthDateRule.problem(profile.dateOfBirth(), today).ifPresent(problem -> {
            throw new RuleViolation("invalid-date-of-birth", "dateOfBirth", problem);
        });
        ClientContact c = profile.contact();
        String newPhone = phone(c.phone(), "phone");
        String newAddress = text(c.address(), "address", 300, false);
        String emergencyName = text(c.emergencyContactName(), "emergencyContactName", 120, false);
        String emergencyPhone = phone(c.emergencyContactPhone(), "emergencyContactPhone");
        String language = text(c.preferredLanguage(), "preferredLanguage", 40, false);
        String doctor = text(c.doctorName(), "doctorName", 120, false);
        String doctorReach = text(c.doctorContact(), "doctorContact", 300, false);
        this.firstName = first;
        this.lastName = last;
        this.dateOfBirth = profile.dateOfBirth();
        this.phone = newPhone;
        this.address = newAddress;
        this.emergencyContactName = emergencyName;
        this.emergencyContactPhone = emergencyPhone;
        this.preferredLanguage = language;
        this.doctorName = doctor;
        this.doctorContact = doctorReach;
    }

    public void changePreferences(ClientPreferences p) {
        String areas = text(p.areasToAvoid(), "areasToAvoid", 500, false);
        this.lightSensitive = p.lightSensitive();
        this.soundSensitive = p.soundSensitive();
        this.scentSensitive = p.scentSensitive();
        this.touchSensitive = p.touchSensitive();
        this.pressurePreference = p.pressure();
        this.areasToAvoid = areas;
        this.quietSession = p.quietSession();
    }

    /** The client's own choice; the time of the last change is kept so they can see when they decided. */
    public void shareDiaryWithTherapists(boolean share, Instant now) {
        if (share != sharesDiary || sharingChangedAt == null) {
            this.sharesDiary = share;
            this.sharingChangedAt = now;
        }
    }

    public void linkAccount(AccountId account) {
        if (accountId != null && !accountId.equals(account.value())) {
            throw new IllegalStateException("client already has an account");
        }
        this.accountId = account.value();
    }

    /** Marks the address confirmed; confirming again keeps the first confirmation time. */
    public void confirmEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    public ClientId clientId() {
        return new ClientId(id);
    }

    public AccountId account() {
        return accountId == null ? null : new AccountId(accountId);
    }

    public String email() {
        return email;
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean sharesDiary() {
        return sharesDiary;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public ClientSummary summary() {
        return new ClientSummary(clientId(), account(), firstName, lastName, email, dateOfBirth, emailVerified());
    }

    public ClientPreferences preferences() {
        return new ClientPreferences(lightSensitive, soundSensitive, scentSensitive, touchSensitive,
                pressurePreference, areasToAvoid, quietSession);
    }

    public ClientDetails details() {
        return new ClientDetails(clientId(), account(), firstName, lastName, email, dateOfBirth,
                new ClientContact(phone, address, emergencyContactName, emergencyContactPhone, preferredLanguage,
                        doctorName, doctorContact),
                emailVerifiedAt, preferences(), sharesDiary, sharingChangedAt, registeredAt);
    }

    private static String phone(String value, String field) {
        String number = text(value, field, 40, false);
        if (number != null && !PHONE.matcher(number).matches()) {
            throw new RuleViolation("invalid-" + field, field, "clients.phone.invalid");
        }
        return number;
    }

    private static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new RuleViolation("invalid-" + field, field, "field.required");
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new RuleViolation("invalid-" + field, field, "field.too-long");
        }
        return stripped;
    }
}
