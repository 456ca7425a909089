package org.stillpoint.clinic.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeDetails;
import org.stillpoint.clinic.SessionTypeId;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.Money;
import org.stillpoint.platform.RuleViolation;

/** An item on the clinic's menu: how long, what kind, who may give it and at what price. */
@Table("session_type")
public class SessionType {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 240;
    static final BigDecimal MAX_PRICE = new BigDecimal("100000");

    @Id
    private final UUID id;
    private String name;
    private int minutes;
    private SessionKind kind;
    private boolean bookableOnline;
    private String description;
    private boolean active;
    private Technique requiredTechnique;
    private int sortOrder;
    @MappedCollection(idColumn = "session_type_id")
    private Set<SessionTypePrice> prices;
    @Version
    private Long version;

    @PersistenceCreator
    SessionType(UUID id, String name, int minutes, SessionKind kind, boolean bookableOnline, String description,
                boolean active, Technique requiredTechnique, int sortOrder, Set<SessionTypePrice> prices,
                Long version) {
        this.id = id;
        this.name = name;
        this.minutes = minutes;
        this.kind = kind;
        this.bookableOnline = bookableOnline;
        this.description = description;
        this.active = active;
        this.requiredTechnique = requiredTechnique;
        this.sortOrder = sortOrder;
        this.prices = prices == null ? new HashSet<>() : new HashSet<>(prices);
        this.version = version;
    }

    public static SessionType create(SessionTypeDetails details, int sortOrder) {
        SessionType type = new SessionType(UUID.randomUUID(), null, 0, null, false, null, true, null, sortOrder,
                Set.of(), null);
        type.update(details);
        return type;
    }

    /** Applies the edit after checking all of it: a name, 5–240 minutes, a kind, at least one priced provider type. */
    public void update(SessionTypeDetails d) {
        String newName = ClinicSettings.required(d.name(), "name", 80);
        if (d.minutes() == null || d.minutes() < MIN_MINUTES || d.minutes() > MAX_MINUTES) {
            throw new RuleViolation("out-of-range", "minutes", "field.range", MIN_MINUTES, MAX_MINUTES);
        }
        if (d.kind() == null) {
            throw new RuleViolation("invalid-kind", "kind", "field.required");
        }
        Set<SessionTypePrice> newPrices = new HashSet<>();
        if (d.prices() != null) {
            d.prices().forEach((provider, amount) -> {
                if (provider != null && amount != null) {
                    if (amount.signum() < 0 || amount.compareTo(MAX_PRICE) > 0 || amount.scale() > 2) {
                        throw new RuleViolation("invalid-price", "prices", "session-type.price.invalid");
                    }
                    newPrices.add(new SessionTypePrice(provider, amount));
                }
            });
        }
        if (newPrices.isEmpty()) {
            throw new RuleViolation("no-provider-type", "prices", "session-type.prices.none");
        }
        this.name = newName;
        this.minutes = d.minutes();
        this.kind = d.kind();
        this.bookableOnline = d.bookableOnline();
        this.description = ClinicSettings.optional(d.description(), "description", 1000);
        this.active = d.active();
        this.requiredTechnique = d.requiredTechnique();
        this.prices = newPrices;
    }

    public String name() {
        return name;
    }

    public SessionTypeView view(Currency currency) {
        Map<ProviderType, Money> money = new EnumMap<>(ProviderType.class);
        prices.forEach(p -> money.put(p.providerType(), new Money(p.amount(), currency)));
        return new SessionTypeView(new SessionTypeId(id), name, minutes, kind, bookableOnline, description, active,
                requiredTechnique, money);
    }
}
