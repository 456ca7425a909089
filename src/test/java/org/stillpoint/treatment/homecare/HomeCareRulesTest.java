package org.stillpoint.treatment.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;
import org.stillpoint.treatment.HomeCareFrequency;
import org.stillpoint.treatment.HomeCareMeasure;
import org.stillpoint.treatment.HomeCarePlanChange;
import org.stillpoint.treatment.HomeCarePlanChange.Item;
import org.stillpoint.treatment.HomeCareTemplate;

class HomeCareRulesTest {

    private static final Map<String, HomeCareTemplate> TEMPLATES = templates(
            new HomeCareTemplate("TEMPLE_MASSAGE", HomeCareFrequency.TIMES_PER_DAY, 2, HomeCareMeasure.MINUTES, 3, 15,
                    false),
            new HomeCareTemplate("HEAT_PACK", HomeCareFrequency.BETWEEN_ATTACKS, null, HomeCareMeasure.MINUTES, 15,
                    20, true),
            new HomeCareTemplate("HYDRATION", HomeCareFrequency.DAILY, null, HomeCareMeasure.GLASSES, 8, 16, false));

    @Nested
    class Accepted {

        @Test
        void everyTemplateWithItsDefaults() {
            List<Item> items = TEMPLATES.values().stream().map(t -> new Item(null, t.key(), t.frequency(), t.times(),
                    t.measure() == HomeCareMeasure.MINUTES ? t.amount() : null,
                    t.measure() == HomeCareMeasure.GLASSES ? t.amount() : null, null)).toList();

            assertThat(HomeCareRules.check(new HomeCarePlanChange(0L, null, items), TEMPLATES).items()).hasSize(3);
        }

        @Test
        void theLimitsThemselves() {
            HomeCarePlanChange change = plan(new Item(null, "TEMPLE_MASSAGE", HomeCareFrequency.TIMES_PER_WEEK,
                    HomeCareRules.MAX_TIMES, 15, null, null), new Item(null, "HYDRATION", HomeCareFrequency.DAILY, null,
                    null, 1, null));

            assertThat(HomeCareRules.check(change, TEMPLATES).items()).hasSize(2);
        }

        @Test
        void aCountIsDroppedWhereTheFrequencyHasNoneAndTextsAreTrimmed() {
            HomeCarePlanChange checked = HomeCareRules.check(new HomeCarePlanChange(3L, "  ", List.of(new Item(null,
                    "HYDRATION", HomeCareFrequency.DAILY, 4, null, 8, "  after lunch  "))), TEMPLATES);

            assertThat(checked.note()).isNull();
            assertThat(checked.items().get(0).times()).isNull();
            assertThat(checked.items().get(0).notes()).isEqualTo("after lunch");
        }

        @Test
        void anEmptyPlan() {
            assertThat(HomeCareRules.check(new HomeCarePlanChange(1L, null, List.of()), TEMPLATES).items()).isEmpty();
        }
    }

    @Nested
    class Refused {

        @Test
        void everyWrongFieldIsNamedAtOnce() {
            HomeCarePlanChange change = new HomeCarePlanChange(null, "x".repeat(HomeCareRules.NOTE_MAX + 1), List.of(
                    new Item(null, "SCALP_MASSAGE", HomeCareFrequency.DAILY, null, 5, null, null),
                    new Item(null, "TEMPLE_MASSAGE", HomeCareFrequency.TIMES_PER_DAY, 7, 16, null, null),
                    new Item(null, "TEMPLE_MASSAGE", null, null, 0, 2, "y".repeat(HomeCareRules.ITEM_NOTES_MAX + 1)),
                    new Item(null, "HYDRATION", HomeCareFrequency.DAILY, null, 5, 17, null)));

            assertThat(fields(change)).containsExactlyInAnyOrder("version", "note", "items[0].template",
                    "items[1].times", "items[1].minutes", "items[2].template", "items[2].frequency",
                    "items[2].minutes", "items[2].glasses", "items[2].notes", "items[3].glasses",
                    "items[3].minutes");
        }

        @Test
        void heatDuringAnAttack() {
            // clinical-reference §6.3
            HomeCarePlanChange change = plan(new Item(null, "HEAT_PACK", HomeCareFrequency.DURING_ATTACK, null, 10,
                    null, null));

            assertThatThrownBy(() -> HomeCareRules.check(change, TEMPLATES)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.fields()).extracting(FieldMessage::messageKey)
                            .containsExactly("home-care.heat.not-during-attack"));
        }

        @Test
        void aCountedFrequencyWithoutACount() {
            assertThat(fields(plan(new Item(null, "TEMPLE_MASSAGE", HomeCareFrequency.TIMES_PER_WEEK, null, 3, null,
                    null)))).containsExactly("items[0].times");
        }

        @Test
        void aNegativeVersionAndNoItemsAtAll() {
            assertThat(fields(new HomeCarePlanChange(-1L, null, null))).containsExactly("version", "items");
        }

        @Test
        void aHugeListIsRefusedAsAWholeNotItemByItem() {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                items.add(new Item(null, "HYDRATION", HomeCareFrequency.DAILY, null, null, 8, null));
            }

            assertThatThrownBy(() -> HomeCareRules.check(new HomeCarePlanChange(1L, null, items), TEMPLATES))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields()).singleElement()
                            .isEqualTo(new FieldMessage("items", "home-care.items.too-many",
                                    List.of(HomeCareRules.MAX_ITEMS))));
        }

        @Test
        void aMissingItem() {
            List<Item> items = new ArrayList<>();
            items.add(null);
            assertThat(fields(new HomeCarePlanChange(0L, null, items))).containsExactly("items[0]");
        }
    }

    private static HomeCarePlanChange plan(Item... items) {
        return new HomeCarePlanChange(0L, null, List.of(items));
    }

    private static List<String> fields(HomeCarePlanChange change) {
        try {
            HomeCareRules.check(change, TEMPLATES);
        } catch (InvalidInput e) {
            return e.fields().stream().map(FieldMessage::field).toList();
        }
        throw new AssertionError("the change was accepted");
    }

    private static Map<String, HomeCareTemplate> templates(HomeCareTemplate... templates) {
        Map<String, HomeCareTemplate> byKey = new LinkedHashMap<>();
        Arrays.stream(templates).forEach(t -> byKey.put(t.key(), t));
        return byKey;
    }
}
