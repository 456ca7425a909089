package org.stillpoint.clinic.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeDetails;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.clinic.Technique;

/**
 * A session type as the pages edit it. A bean (not a record) because the form binds one price field per provider
 * type into a map; a blank price means that provider type does not give this session.
 */
public class SessionTypeForm {

    @NotBlank(message = "{field.required}")
    @Size(max = 80, message = "{field.too-long}")
    private String name;
    @NotNull(message = "{field.required}")
    @Min(value = 5, message = "{field.min}")
    @Max(value = 240, message = "{field.max}")
    private Integer minutes;
    @NotNull(message = "{field.required}")
    private SessionKind kind;
    private boolean bookableOnline = true;
    @Size(max = 1000, message = "{field.too-long}")
    private String description;
    private boolean active = true;
    private Technique requiredTechnique;
    private Map<ProviderType, @DecimalMin(value = "0", message = "{field.min}") @DecimalMax(value = "100000", message = "{field.max}") @Digits(integer = 6, fraction = 2, message = "{session-type.price.invalid}") BigDecimal> prices = new EnumMap<>(ProviderType.class);

    static SessionTypeForm of(SessionTypeView view) {
        SessionTypeForm form = new SessionTypeForm();
        form.name = view.name();
        form.minutes = view.minutes();
        form.kind = view.kind();
        form.bookableOnline = view.bookableOnline();
        form.description = view.description();
        form.active = view.active();
        form.requiredTechnique = view.requiredTechnique();
        view.prices().forEach((provider, money) -> form.prices.put(provider, money.amount()));
        return form;
    }

    SessionTypeDetails toDetails() {
        return new SessionTypeDetails(name, minutes, kind, bookableOnline, description, active, requiredTechnique,
                prices);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind kind) { this.kind = kind; }
    public boolean isBookableOnline() { return bookableOnline; }
    public void setBookableOnline(boolean bookableOnline) { this.bookableOnline = bookableOnline; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Technique getRequiredTechnique() { return requiredTechnique; }
    public void setRequiredTechnique(Technique requiredTechnique) { this.requiredTechnique = requiredTechnique; }
    public Map<ProviderType, BigDecimal> getPrices() { return prices; }
    public void setPrices(Map<ProviderType, BigDecimal> prices) { this.prices = prices; }
}
