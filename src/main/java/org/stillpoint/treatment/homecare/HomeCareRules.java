package org.stillpoint.treatment.homecare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;
import org.stillpoint.treatment.HomeCareFrequency;
import org.stillpoint.treatment.HomeCareMeasure;
import org.stillpoint.treatment.HomeCarePlanChange;
import org.stillpoint.treatment.HomeCarePlanChange.Item;
import org.stillpoint.treatment.HomeCareTemplate;

/**
 * What a home-care plan may hold, with its limits in one place: at most {@link #MAX_ITEMS} items, each template at
 * most once, a known template, a frequency, a count for a counted frequency, minutes or glasses within the
 * template's range, short notes, and no heat during an attack (clinical-reference §6.3). Every wrong field is named
 * at once (400); the path of a field is the one the request uses ({@code items[2].minutes}).
 */
public final class HomeCareRules {

    /** Times a day, or days a week, an item may be asked for. */
    public static final int MIN_TIMES = 1;
    public static final int MAX_TIMES = 6;

    /** More items than any plan holds (each template once); a longer list is refused whole, not item by item. */
    public static final int MAX_ITEMS = 30;

    public static final int NOTE_MAX = 500;
    public static final int ITEM_NOTES_MAX = 300;

    private HomeCareRules() {
    }

    /**
     * The change with its texts trimmed and the count dropped where the frequency has none.
     *
     * @param templates every template by key
     * @throws InvalidInput naming every wrong field
     */
    public static HomeCarePlanChange check(HomeCarePlanChange change, Map<String, HomeCareTemplate> templates) {
        List<FieldMessage> wrong = new ArrayList<>();
        if (change.version() == null) {
            wrong.add(field("version", "field.required"));
        } else if (change.version() < 0) {
            wrong.add(field("version", "home-care.version.invalid"));
        }
        String note = trimmed(change.note());
        if (note != null && note.length() > NOTE_MAX) {
            wrong.add(field("note", "field.too-long"));
        }
        List<Item> checked = new ArrayList<>();
        if (change.items() == null) {
            wrong.add(field("items", "field.required"));
        } else if (change.items().size() > MAX_ITEMS) {
            wrong.add(new FieldMessage("items", "home-care.items.too-many", List.of(MAX_ITEMS)));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < change.items().size(); i++) {
                Item item = change.items().get(i);
                String path = "items[" + i + "]";
                if (item == null) {
                    wrong.add(field(path, "field.required"));
                    continue;
                }
                checked.add(check(item, path, templates, seen, wrong));
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput("invalid-home-care-plan", "home-care.plan.invalid", wrong);
        }
        return new HomeCarePlanChange(change.version(), note, checked);
    }

    private static Item check(Item item, String path, Map<String, HomeCareTemplate> templates, Set<String> seen,
                              List<FieldMessage> wrong) {
        HomeCareTemplate template = item.template() == null ? null : templates.get(item.template());
        if (template == null) {
            wrong.add(field(path + ".template", item.template() == null || item.template().isBlank()
                    ? "field.required" : "home-care.template.unknown"));
        } else if (!seen.add(template.key())) {
            wrong.add(field(path + ".template", "home-care.template.twice"));
        }
        HomeCareFrequency frequency = item.frequency();
        Integer times = frequency != null && frequency.counted() ? item.times() : null;
        if (frequency == null) {
            wrong.add(field(path + ".frequency", "field.required"));
        } else if (frequency.counted() && (times == null || times < MIN_TIMES || times > MAX_TIMES)) {
            wrong.add(new FieldMessage(path + ".times", frequency == HomeCareFrequency.TIMES_PER_DAY
                    ? "home-care.times.per-day.range" : "home-care.times.per-week.range", List.of(MIN_TIMES,
                    MAX_TIMES)));
        } else if (template != null && template.heat() && frequency == HomeCareFrequency.DURING_ATTACK) {
            // clinical-reference §6.3: no heat to the head and neck during an attack; cold is the choice then.
            wrong.add(field(path + ".frequency", "home-care.heat.not-during-attack"));
        }
        if (template != null) {
            checkAmount(item, path, template, wrong);
        }
        String notes = trimmed(item.notes());
        if (notes != null && notes.length() > ITEM_NOTES_MAX) {
            wrong.add(field(path + ".notes", "field.too-long"));
        }
        return new Item(item.id(), item.template(), frequency, times, item.minutes(), item.glasses(), notes);
    }

    /** Minutes for a template measured in minutes, glasses for one measured in glasses; never the other. */
    private static void checkAmount(Item item, String path, HomeCareTemplate template, List<FieldMessage> wrong) {
        boolean minutes = template.measure() == HomeCareMeasure.MINUTES;
        Integer amount = minutes ? item.minutes() : item.glasses();
        Integer other = minutes ? item.glasses() : item.minutes();
        String field = path + (minutes ? ".minutes" : ".glasses");
        if (amount == null || amount < 1 || amount > template.maxAmount()) {
            wrong.add(new FieldMessage(field, minutes ? "home-care.minutes.range" : "home-care.glasses.range",
                    List.of(1, template.maxAmount())));
        }
        if (other != null) {
            wrong.add(field(path + (minutes ? ".glasses" : ".minutes"), minutes ? "home-care.glasses.not-for-item"
                    : "home-care.minutes.not-for-item"));
        }
    }

    private static FieldMessage field(String field, String key) {
        return new FieldMessage(field, key, List.of());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
