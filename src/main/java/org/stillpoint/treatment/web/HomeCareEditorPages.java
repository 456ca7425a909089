package org.stillpoint.treatment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clients.ClientId;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.NotFound;
import org.stillpoint.treatment.HomeCare;
import org.stillpoint.treatment.HomeCareFrequency;
import org.stillpoint.treatment.HomeCareItem;
import org.stillpoint.treatment.HomeCareItemId;
import org.stillpoint.treatment.HomeCareMeasure;
import org.stillpoint.treatment.HomeCareOverview;
import org.stillpoint.treatment.HomeCarePlan;
import org.stillpoint.treatment.HomeCarePlanChange;
import org.stillpoint.treatment.HomeCareTemplate;

/**
 * The therapist's (and the owner's) home-care editor for a client: the items with how often and how long, notes for
 * the client, an item added from a template, items removed, and the client's ticks of the last two weeks. Adding an
 * item shows it in the form; nothing is saved until "Save the plan". Works without JavaScript.
 */
@Controller
class HomeCareEditorPages {

    static final int HISTORY_DAYS = 14;

    private static final Pattern ITEM_PATH = Pattern.compile("^items\\[(\\d+)]");

    private final HomeCare homeCare;

    HomeCareEditorPages(HomeCare homeCare) {
        this.homeCare = homeCare;
    }

    /** The form is a record: it is bound through its constructor only. */
    @InitBinder("form")
    void constructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping("/therapist/clients/{clientId}/home-care")
    String edit(@PathVariable UUID clientId, Model model) {
        HomeCareOverview overview = homeCare.overview(new ClientId(clientId), HISTORY_DAYS);
        return show(overview, PlanForm.of(overview.plan()), null, false, model);
    }

    /** Saves the plan, or with {@code add} shows the form again with an item of that template added. */
    @PostMapping("/therapist/clients/{clientId}/home-care")
    String save(@PathVariable UUID clientId, @ModelAttribute("form") PlanForm form, BindingResult errors,
                @RequestParam(required = false) String add, Model model, RedirectAttributes flash) {
        ClientId id = new ClientId(clientId);
        if (add != null) {
            HomeCareTemplate template = templates().get(form.addTemplate());
            PlanForm added = template == null ? form : form.with(template);
            return show(homeCare.overview(id, HISTORY_DAYS), added, null, template != null, model);
        }
        if (!errors.hasErrors()) {
            try {
                homeCare.replacePlan(id, form.toChange());
                flash.addFlashAttribute("flash", "home-care.saved");
                return "redirect:/therapist/clients/" + clientId + "/home-care";
            } catch (NotFound notFound) {
                throw notFound;
            } catch (DomainException refused) {
                Forms.reject(errors, form.inFormTerms(refused), null);
            }
        }
        return show(homeCare.overview(id, HISTORY_DAYS), form, errors, false, model);
    }

    private String show(HomeCareOverview overview, PlanForm form, BindingResult errors, boolean unsaved,
                        Model model) {
        Map<String, HomeCareTemplate> templates = templates();
        model.addAttribute("overview", overview);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
                errors != null ? errors : new BeanPropertyBindingResult(form, "form"));
        model.addAttribute("templates", templates);
        model.addAttribute("addable", templates.values().stream()
                .filter(t -> form.rows().stream().noneMatch(r -> r != null && t.key().equals(r.template())))
                .toList());
        model.addAttribute("frequencies", HomeCareFrequency.values());
        model.addAttribute("unsaved", unsaved);
        model.addAttribute("linkDays", false);
        return "treatment/home-care-editor";
    }

    private Map<String, HomeCareTemplate> templates() {
        return homeCare.templates().stream()
                .collect(Collectors.toMap(HomeCareTemplate::key, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    /**
     * The editor's form: the plan's version and note, one row per item (ticking {@code remove} leaves it out on
     * saving) and the template chosen to add.
     */
    record PlanForm(Long version, String note, List<Row> items, String addTemplate) {

        static PlanForm of(HomeCarePlan plan) {
            return new PlanForm(plan.version(), plan.note(), plan.items().stream().map(Row::of).toList(), null);
        }

        /** The rows as posted; a hand-made request may leave gaps (null rows), which count as removed. */
        List<Row> rows() {
            return items == null ? List.of() : items;
        }

        PlanForm with(HomeCareTemplate template) {
            List<Row> rows = new ArrayList<>(rows().stream().filter(Objects::nonNull).toList());
            boolean minutes = template.measure() == HomeCareMeasure.MINUTES;
            rows.add(new Row(null, template.key(), template.frequency(), template.times(),
                    minutes ? template.amount() : null, minutes ? null : template.amount(), null, null));
            return new PlanForm(version, note, rows, null);
        }

        HomeCarePlanChange toChange() {
            return new HomeCarePlanChange(version, note, kept().stream().map(i -> rows().get(i).toItem()).toList());
        }

        /**
         * The refusal with each item's path pointing at its row of the form: the rows ticked for removal are not
         * sent, so the plan's third item may be the form's fourth row.
         */
        DomainException inFormTerms(DomainException refused) {
            if (!(refused instanceof InvalidInput invalid)) {
                return refused;
            }
            List<Integer> kept = kept();
            return invalid.withFields(field -> {
                Matcher item = ITEM_PATH.matcher(field);
                return item.find() ? item.replaceFirst("items[" + kept.get(Integer.parseInt(item.group(1))) + "]")
                        : field;
            });
        }

        /** The indexes of the rows that stay in the plan. */
        private List<Integer> kept() {
            List<Row> rows = rows();
            return IntStream.range(0, rows.size())
                    .filter(i -> rows.get(i) != null && !Boolean.TRUE.equals(rows.get(i).remove()))
                    .boxed().toList();
        }
    }

    /** One item of the form; an unticked {@code remove} box sends nothing, which keeps the item. */
    record Row(UUID id, String template, HomeCareFrequency frequency, Integer times, Integer minutes,
               Integer glasses, String notes, Boolean remove) {

        static Row of(HomeCareItem item) {
            return new Row(item.id().value(), item.template(), item.frequency(), item.times(), item.minutes(),
                    item.glasses(), item.notes(), null);
        }

        HomeCarePlanChange.Item toItem() {
            return new HomeCarePlanChange.Item(id == null ? null : new HomeCareItemId(id), template, frequency, times,
                    minutes, glasses, notes);
        }
    }
}
