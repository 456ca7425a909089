package org.stillpoint.diary.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.stillpoint.diary.DrugClass;

/**
 * Suggests the drug class of an acute medicine from the name the client gives it (clinical-reference §1.7). The
 * table of generic names is a starting point that a pharmacist must curate [U]; the client can always pick the class
 * themself, and a name that is not recognised suggests nothing.
 *
 * <p>ICHD-3 8.2 classification rules applied [C]: a product that combines drugs of two or more classes, or an
 * analgesic with an adjuvant (caffeine, butalbital), is a combination analgesic; two non-opioid analgesics without an
 * adjuvant (aspirin + paracetamol) are still non-opioid analgesics.
 */
public final class MedicineClasses {

    private static final Map<String, DrugClass> GENERIC_NAMES = Map.ofEntries(
            Map.entry("sumatriptan", DrugClass.TRIPTAN), Map.entry("rizatriptan", DrugClass.TRIPTAN),
            Map.entry("zolmitriptan", DrugClass.TRIPTAN), Map.entry("naratriptan", DrugClass.TRIPTAN),
            Map.entry("eletriptan", DrugClass.TRIPTAN), Map.entry("almotriptan", DrugClass.TRIPTAN),
            Map.entry("frovatriptan", DrugClass.TRIPTAN),
            Map.entry("ergotamine", DrugClass.ERGOT), Map.entry("dihydroergotamine", DrugClass.ERGOT),
            Map.entry("codeine", DrugClass.OPIOID), Map.entry("tramadol", DrugClass.OPIOID),
            Map.entry("oxycodone", DrugClass.OPIOID), Map.entry("morphine", DrugClass.OPIOID),
            Map.entry("hydrocodone", DrugClass.OPIOID), Map.entry("dihydrocodeine", DrugClass.OPIOID),
            Map.entry("paracetamol", DrugClass.NON_OPIOID_ANALGESIC),
            Map.entry("acetaminophen", DrugClass.NON_OPIOID_ANALGESIC),
            Map.entry("ibuprofen", DrugClass.NON_OPIOID_ANALGESIC), Map.entry("naproxen", DrugClass.NON_OPIOID_ANALGESIC),
            Map.entry("aspirin", DrugClass.NON_OPIOID_ANALGESIC),
            Map.entry("acetylsalicylic", DrugClass.NON_OPIOID_ANALGESIC),
            Map.entry("diclofenac", DrugClass.NON_OPIOID_ANALGESIC),
            Map.entry("ketoprofen", DrugClass.NON_OPIOID_ANALGESIC),
            Map.entry("metamizole", DrugClass.NON_OPIOID_ANALGESIC));

    private static final Set<String> ADJUVANTS = Set.of("caffeine", "butalbital");

    private MedicineClasses() {
    }

    public static Optional<DrugClass> suggest(String product) {
        if (product == null || product.isBlank()) {
            return Optional.empty();
        }
        String name = product.toLowerCase(Locale.ROOT);
        Set<DrugClass> classes = EnumSet.noneOf(DrugClass.class);
        // "dihydroergotamine" contains "ergotamine" and "dihydrocodeine" contains "codeine": same class either way.
        GENERIC_NAMES.forEach((generic, drugClass) -> {
            if (name.contains(generic)) {
                classes.add(drugClass);
            }
        });
        boolean adjuvant = ADJUVANTS.stream().anyMatch(name::contains);
        if (classes.isEmpty()) {
            return Optional.empty();
        }
        if (classes.size() > 1 || (adjuvant && classes.stream().anyMatch(c -> c == DrugClass.NON_OPIOID_ANALGESIC
                || c == DrugClass.OPIOID))) {
            return Optional.of(DrugClass.COMBINATION_ANALGESIC);
        }
        return Optional.of(classes.iterator().next());
    }
}
