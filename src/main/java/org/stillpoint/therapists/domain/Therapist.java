package org.stillpoint.therapists.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.RuleViolation;
import org.stillpoint.therapists.TherapistDetails;
import org.stillpoint.therapists.TherapistId;
import org.stillpoint.therapists.TherapistView;

@Table("therapist")
public class Therapist {

    @Id
    private final UUID id;
    private final UUID accountId;
    private String displayName;
    private ProviderType providerType;
    private String licenceNumber;
    private String headacheTraining;
    private LocalDate trainingCompletedOn;
    private String bio;
    private boolean active;
    @MappedCollection(idColumn = "therapist_id")
    private Set<TherapistTechnique> techniques;
    @Version
    private Long version;

    @PersistenceCreator
    Therapist(UUID id, UUID accountId, String displayName, ProviderType providerType, String licenceNumber,
              String headacheTraining, LocalDate trainingCompletedOn, String bio, boolean active,
              Set<TherapistTechnique> techniques, Long version) {
        this.id = id;
        this.accountId = accountId;
        this.displayName = displayName;
        this.providerType = providerType;
        this.licenceNumber = licenceNumber;
        this.headacheTraining = headacheTraining;
        this.trainingCompletedOn = trainingCompletedOn;
        this.bio = bio;
        this.active = active;
        this.techniques = techniques == null ? new HashSet<>() : new HashSet<>(techniques);
        this.version = version;
    }

    public static Therapist create(AccountId account, TherapistDetails details, LocalDate today) {
        Therapist therapist = new Therapist(UUID.randomUUID(), account.value(), null, null, null, null, null, null,
                true, Set.of(), null);
        therapist.update(details, today);
        return therapist;
    }

    /** Checks the whole edit first, then applies it. */
    public void update(TherapistDetails d, LocalDate today) {
        String name = text(d.displayName(), "displayName", 120, true);
        if (d.providerType() == null) {
            throw new RuleViolation("invalid-provider-type", "providerType", "field.required");
        }
        if (d.techniques() == null || d.techniques().isEmpty()) {
            throw new RuleViolation("no-technique", "techniques", "therapist.techniques.none");
        }
        if (d.trainingCompletedOn() != null && d.trainingCompletedOn().isAfter(today)) {
            throw new RuleViolation("date-in-future", "trainingCompletedOn", "field.date.future");
        }
        this.displayName = name;
        this.providerType = d.providerType();
        this.licenceNumber = text(d.licenceNumber(), "licenceNumber", 60, false);
        this.headacheTraining = text(d.headacheTraining(), "headacheTraining", 500, false);
        this.trainingCompletedOn = d.trainingCompletedOn();
        this.bio = text(d.bio(), "bio", 2000, false);
        this.active = d.active();
        this.techniques = d.techniques().stream().map(TherapistTechnique::new).collect(Collectors.toSet());
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

    public TherapistView view() {
        Set<Technique> offered = techniques.isEmpty() ? EnumSet.noneOf(Technique.class)
                : EnumSet.copyOf(techniques.stream().map(TherapistTechnique::technique).toList());
        return new TherapistView(new TherapistId(id), new AccountId(accountId), displayName, providerType,
                licenceNumber, headacheTraining, trainingCompletedOn, offered, bio, active);
    }
}
