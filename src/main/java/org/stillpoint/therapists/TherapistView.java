package org.stillpoint.therapists;

import java.time.LocalDate;
import java.util.Set;

import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.AccountId;

public record TherapistView(TherapistId id, AccountId accountId, String displayName, ProviderType providerType,
                            String licenceNumber, String headacheTraining, LocalDate trainingCompletedOn,
                            Set<Technique> techniques, String bio, boolean active) {

    public boolean offers(Technique technique) {
        return techniques.contains(technique);
    }
}
