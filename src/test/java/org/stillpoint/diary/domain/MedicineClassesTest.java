package org.stillpoint.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stillpoint.diary.DrugClass;

/** The drug class suggested from a product's name, by the ICHD-3 8.2 classification rules (clinical-reference §1.7). */
class MedicineClassesTest {

    @Test
    void aSingleGenericNameGivesItsClass() {
        assertThat(MedicineClasses.suggest("Sumatriptan 50 mg")).contains(DrugClass.TRIPTAN);
        assertThat(MedicineClasses.suggest("dihydroergotamine nasal spray")).contains(DrugClass.ERGOT);
        assertThat(MedicineClasses.suggest("Ibuprofen 400")).contains(DrugClass.NON_OPIOID_ANALGESIC);
        assertThat(MedicineClasses.suggest("tramadol")).contains(DrugClass.OPIOID);
    }

    @Test
    void anAnalgesicWithAnAdjuvantOrWithAnotherClassIsACombination() {
        assertThat(MedicineClasses.suggest("paracetamol + codeine")).contains(DrugClass.COMBINATION_ANALGESIC);
        assertThat(MedicineClasses.suggest("aspirin, paracetamol and caffeine"))
                .contains(DrugClass.COMBINATION_ANALGESIC);
    }

    @Test
    void twoNonOpioidAnalgesicsWithoutAnAdjuvantStayNonOpioid() {
        assertThat(MedicineClasses.suggest("aspirin + paracetamol")).contains(DrugClass.NON_OPIOID_ANALGESIC);
    }

    @Test
    void anUnknownOrEmptyNameSuggestsNothing() {
        assertThat(MedicineClasses.suggest("grandma's tea")).isEmpty();
        assertThat(MedicineClasses.suggest(" ")).isEmpty();
        assertThat(MedicineClasses.suggest(null)).isEmpty();
    }
}
