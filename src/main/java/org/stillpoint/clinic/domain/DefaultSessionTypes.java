package org.stillpoint.clinic.domain;

import static org.stillpoint.clinic.ProviderType.CRANIOSACRAL_THERAPIST;
import static org.stillpoint.clinic.ProviderType.MEDICAL_MASSAGE_THERAPIST;
import static org.stillpoint.clinic.ProviderType.NEUROMUSCULAR_THERAPIST;
import static org.stillpoint.clinic.ProviderType.PHYSICAL_THERAPIST;
import static org.stillpoint.clinic.ProviderType.SPA_MASSAGE_THERAPIST;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.SessionKind;
import org.stillpoint.clinic.SessionTypeDetails;
import org.stillpoint.clinic.Technique;

/**
 * The menu a new clinic starts with. Prices start from a 60-minute price per provider type, near the middle of
 * the typical range (USD: medical massage 85–150, neuromuscular 75–125, craniosacral 90–160, spa 60–100,
 * physical therapist 100–175), scaled by duration and rounded to 5; the owner edits them.
 */
public final class DefaultSessionTypes {

    static final Map<ProviderType, BigDecimal> HOURLY = new EnumMap<>(Map.of(
            MEDICAL_MASSAGE_THERAPIST, new BigDecimal("115"),
            NEUROMUSCULAR_THERAPIST, new BigDecimal("100"),
            CRANIOSACRAL_THERAPIST, new BigDecimal("125"),
            SPA_MASSAGE_THERAPIST, new BigDecimal("80"),
            PHYSICAL_THERAPIST, new BigDecimal("135")));

    private DefaultSessionTypes() {
    }

    public static List<SessionTypeDetails> all() {
        Set<ProviderType> everyone = EnumSet.allOf(ProviderType.class);
        Set<ProviderType> clinical = EnumSet.of(MEDICAL_MASSAGE_THERAPIST, NEUROMUSCULAR_THERAPIST,
                CRANIOSACRAL_THERAPIST, PHYSICAL_THERAPIST);
        return List.of(
                new SessionTypeDetails("Free consultation", 15, SessionKind.CONSULTATION, true,
                        "A short, free conversation: is this practice right for you?", true, null,
                        free(everyone)),
                new SessionTypeDetails("Medical massage", 60, SessionKind.TREATMENT, true,
                        "Kneading, rubbing and compression of the neck, shoulders and head.", true,
                        Technique.MEDICAL_MASSAGE,
                        priced(EnumSet.of(MEDICAL_MASSAGE_THERAPIST, NEUROMUSCULAR_THERAPIST, PHYSICAL_THERAPIST), 60)),
                new SessionTypeDetails("Migraine relief, 60 minutes", 60, SessionKind.TREATMENT, true,
                        "Gentle work on the suboccipitals, temples, jaw, neck and shoulders in a dim, quiet room.",
                        true, null, priced(everyone, 60)),
                new SessionTypeDetails("Migraine relief, 90 minutes", 90, SessionKind.TREATMENT, true,
                        "The longer migraine relief session, with time for the scalp, face and jaw.", true, null,
                        priced(everyone, 90)),
                new SessionTypeDetails("Acute relief", 30, SessionKind.ACUTE_RELIEF, true,
                        "A short, very gentle session while a migraine is under way: dark, quiet, cold packs.",
                        true, null, priced(clinical, 30)),
                new SessionTypeDetails("Craniosacral session", 60, SessionKind.TREATMENT, true,
                        "Light-touch craniosacral work.", true, Technique.CRANIOSACRAL,
                        priced(EnumSet.of(CRANIOSACRAL_THERAPIST, PHYSICAL_THERAPIST), 60)),
                new SessionTypeDetails("Hot-stone add-on", 15, SessionKind.ADD_ON, true,
                        "Warm stones between attacks, added to a treatment. Never during an attack.", true,
                        Technique.HOT_STONE, priced(EnumSet.of(SPA_MASSAGE_THERAPIST, MEDICAL_MASSAGE_THERAPIST), 15)));
    }

    static Map<ProviderType, BigDecimal> free(Set<ProviderType> providers) {
        Map<ProviderType, BigDecimal> prices = new EnumMap<>(ProviderType.class);
        providers.forEach(p -> prices.put(p, BigDecimal.ZERO));
        return prices;
    }

    static Map<ProviderType, BigDecimal> priced(Set<ProviderType> providers, int minutes) {
        Map<ProviderType, BigDecimal> prices = new EnumMap<>(ProviderType.class);
        providers.forEach(p -> prices.put(p, price(HOURLY.get(p), minutes)));
        return prices;
    }

    /** The hourly price scaled to the duration, rounded to the nearest 5. */
    static BigDecimal price(BigDecimal hourly, int minutes) {
        BigDecimal scaled = hourly.multiply(BigDecimal.valueOf(minutes)).divide(BigDecimal.valueOf(60), 4,
                RoundingMode.HALF_UP);
        return scaled.divide(BigDecimal.valueOf(5), 0, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(5))
                .setScale(2, RoundingMode.UNNECESSARY);
    }
}
