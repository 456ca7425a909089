package org.stillpoint.therapists.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.Technique;
import org.stillpoint.therapists.TherapistDetails;
import org.stillpoint.therapists.TherapistView;

/** A therapist's profile as the pages edit it; e-mail and first password only when adding one. */
public class TherapistForm {

    @NotBlank(message = "{field.required}")
    @Size(max = 120, message = "{field.too-long}")
    private String displayName;
    @NotNull(message = "{field.required}")
    private ProviderType providerType;
    @Size(max = 60, message = "{field.too-long}")
    private String licenceNumber;
    @Size(max = 500, message = "{field.too-long}")
    private String headacheTraining;
    @PastOrPresent(message = "{field.date.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate trainingCompletedOn;
    @NotEmpty(message = "{therapist.techniques.none}")
    private Set<Technique> techniques = EnumSet.noneOf(Technique.class);
    @Size(max = 2000, message = "{field.too-long}")
    private String bio;
    private boolean active = true;
    private String email;
    private String initialPassword;

    static TherapistForm of(TherapistView t) {
        TherapistForm form = new TherapistForm();
        form.displayName = t.displayName();
        form.providerType = t.providerType();
        form.licenceNumber = t.licenceNumber();
        form.headacheTraining = t.headacheTraining();
        form.trainingCompletedOn = t.trainingCompletedOn();
        form.techniques = t.techniques().isEmpty() ? EnumSet.noneOf(Technique.class) : EnumSet.copyOf(t.techniques());
        form.bio = t.bio();
        form.active = t.active();
        return form;
    }

    TherapistDetails toDetails() {
        return new TherapistDetails(displayName, providerType, licenceNumber, headacheTraining, trainingCompletedOn,
                techniques, bio, active);
    }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public ProviderType getProviderType() { return providerType; }
    public void setProviderType(ProviderType providerType) { this.providerType = providerType; }
    public String getLicenceNumber() { return licenceNumber; }
    public void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }
    public String getHeadacheTraining() { return headacheTraining; }
    public void setHeadacheTraining(String headacheTraining) { this.headacheTraining = headacheTraining; }
    public LocalDate getTrainingCompletedOn() { return trainingCompletedOn; }
    public void setTrainingCompletedOn(LocalDate trainingCompletedOn) { this.trainingCompletedOn = trainingCompletedOn; }
    public Set<Technique> getTechniques() { return techniques; }
    public void setTechniques(Set<Technique> techniques) { this.techniques = techniques; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
}
