package org.stillpoint.diary.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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
import org.stillpoint.diary.Attack;
import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.AttackId;
import org.stillpoint.diary.AuraType;
import org.stillpoint.diary.Diary;
import org.stillpoint.diary.Disruption;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.Intensity;
import org.stillpoint.diary.MedicineEffect;
import org.stillpoint.diary.Nausea;
import org.stillpoint.diary.PainQuality;
import org.stillpoint.diary.SelfCare;
import org.stillpoint.diary.Side;
import org.stillpoint.diary.domain.DayCountingRules;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.NotFound;

/**
 * The client's attacks: "Migraine now" (DESIGN §6: the pain level, then Save — with the home page's button, three
 * taps), the calm confirmation after it, and the whole attack form for a new attack or to add the details later, with
 * "end it now" and delete. Refusals are shown beside their fields, or above the form for an overlap or a stale edit,
 * with the status the API answers; nothing is saved then.
 */
@Controller
class MyAttackPages {

    static final String FORM = "form";
    static final String QUICK = "quick";

    /** A list field the diary names by row ({@code triggers[2]}) is shown beside the whole list on the page. */
    private static final Pattern CHECKBOX_ROW = Pattern.compile("^(areas|triggers|ownTriggers|selfCare|stopped)\\[\\d+]$");

    private final Diary diary;
    private final Clock clock;
    private final MessageSource messages;

    MyAttackPages(Diary diary, Clock clock, MessageSource messages) {
        this.diary = diary;
        this.clock = clock;
        this.messages = messages;
    }

    /** The pain levels of one intensity band (clinical-reference §1.0), as the pain scale groups them. */
    record PainBand(Intensity band, List<Integer> levels) {
    }

    /** The choices the attack form offers, in the order it offers them. */
    record Options(List<PainBand> pain, List<Side> sides, List<String> areas,
                   List<PainQuality> qualities, List<Nausea> nauseas, List<AuraType> auraTypes,
                   List<DrugClass> drugClasses, List<MedicineEffect> effects, List<String> triggers,
                   List<SelfCare> selfCare, List<Disruption> stopped, List<Integer> started) {

        static Options of(Diary diary, List<SelfCare> selfCare) {
            DayCountingRules rules = diary.rules();
            List<PainBand> bands = java.util.stream.Stream.of(
                    new PainBand(Intensity.NONE, List.of(0)),
                    new PainBand(Intensity.MILD, levels(1, rules.mildUpTo())),
                    new PainBand(Intensity.MODERATE, levels(rules.mildUpTo() + 1, rules.moderateUpTo())),
                    new PainBand(Intensity.SEVERE, levels(rules.moderateUpTo() + 1, 10)))
                    .filter(b -> !b.levels().isEmpty()).toList();
            return new Options(bands, List.of(Side.values()), diary.areas(), List.of(PainQuality.values()), List.of(Nausea.values()),
                    List.of(AuraType.values()), List.of(DrugClass.values()), List.of(MedicineEffect.values()),
                    diary.triggers(), selfCare, List.of(Disruption.values()), QuickForm.STARTED);
        }

        private static List<Integer> levels(int from, int to) {
            return IntStream.rangeClosed(from, to).boxed().toList();
        }
    }

    @InitBinder(FORM)
    void limitRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(AttackForm.MAX_ROWS + AttackForm.SPARE_ROWS);
    }

    // --- Migraine now ---

    @GetMapping("/me/diary/now")
    String now(Model model) {
        model.addAttribute(QUICK, new QuickForm());
        return nowPage(diary.me(), model);
    }

    /** Records an attack that began now (or a few minutes ago) and is still going, at the pain chosen. */
    @PostMapping("/me/diary/now")
    String logNow(@ModelAttribute(QUICK) QuickForm form, BindingResult errors, Model model,
                  HttpServletResponse response, Locale locale) {
        ClientId me = diary.me();
        if (!errors.hasErrors() && !form.knownStart()) {
            errors.rejectValue("minutesAgo", "diary.now.unknown-start");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return nowPage(me, model);
        }
        Instant start = clock.instant().minus(Duration.ofMinutes(form.minutes()));
        try {
            Attack saved = diary.recordAttack(me, AttackEntry.quick(start, form.getPeakPain(), null));
            return "redirect:/me/diary/now/saved/" + saved.id();
        } catch (NotFound notFound) {
            throw notFound;
        } catch (InvalidInput invalid) {
            Forms.reject(errors, invalid.withFields(f -> f.equals("start") ? "minutesAgo" : f), null);
            response.setStatus(Forms.status(invalid).value());
        } catch (DomainException refused) {
            refuse(refused, model, response, locale);
        }
        return nowPage(me, model);
    }

    @GetMapping("/me/diary/now/saved/{id}")
    String saved(@PathVariable UUID id, Model model) {
        ClientId me = diary.me();
        model.addAttribute("saved", diary.attack(me, new AttackId(id)));
        model.addAttribute("zone", diary.settings(me).zone());
        return "diary/now";
    }

    private String nowPage(ClientId me, Model model) {
        model.addAttribute("running", stillGoing(me).orElse(null));
        model.addAttribute("zone", diary.settings(me).zone());
        model.addAttribute("options", Options.of(diary, List.of()));
        return "diary/now";
    }

    private Optional<Attack> stillGoing(ClientId me) {
        var today = diary.today(me);
        return diary.attacks(me, today, today).stream().filter(Attack::stillGoing).findFirst();
    }

    // --- the attack form ---

    @GetMapping("/me/diary/attacks/new")
    String newAttack(Model model) {
        ClientId me = diary.me();
        ZoneId zone = diary.settings(me).zone();
        model.addAttribute(FORM, AttackForm.starting(LocalDateTime.ofInstant(clock.instant(), zone)));
        return attackPage(me, null, zone, model);
    }

    @PostMapping("/me/diary/attacks")
    String record(@ModelAttribute(FORM) AttackForm form, BindingResult errors,
                  @RequestParam(required = false) String more, Model model, HttpServletResponse response,
                  RedirectAttributes flash, Locale locale) {
        return save(diary.me(), null, form, errors, more, model, response, flash, locale);
    }

    @GetMapping("/me/diary/attacks/{id}")
    String attack(@PathVariable UUID id, Model model) {
        ClientId me = diary.me();
        Attack attack = diary.attack(me, new AttackId(id));
        ZoneId zone = diary.settings(me).zone();
        model.addAttribute(FORM, AttackForm.of(attack, zone));
        return attackPage(me, attack, zone, model);
    }

    /** Saves the whole attack; with {@code more} ("aura" or "medicines") only shows one more empty row of that list. */
    @PostMapping("/me/diary/attacks/{id}")
    String change(@PathVariable UUID id, @ModelAttribute(FORM) AttackForm form, BindingResult errors,
                  @RequestParam(required = false) String more, Model model, HttpServletResponse response,
                  RedirectAttributes flash, Locale locale) {
        return save(diary.me(), new AttackId(id), form, errors, more, model, response, flash, locale);
    }

    /** Ends a still-going attack now, keeping everything else; then back to its form for the details. */
    @PostMapping("/me/diary/attacks/{id}/end")
    String endNow(@PathVariable UUID id, @RequestParam(required = false) Integer version, Model model,
                  HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        ClientId me = diary.me();
        AttackId attackId = new AttackId(id);
        Attack attack = diary.attack(me, attackId);
        try {
            diary.changeAttack(me, attackId, endedAt(attack.entry(), clock.instant()), version);
            flash.addFlashAttribute("flash", "diary.attack.ended-now");
            return "redirect:/me/diary/attacks/" + id;
        } catch (NotFound notFound) {
            throw notFound;
        } catch (DomainException refused) {
            refuse(refused, model, response, locale);
        }
        ZoneId zone = diary.settings(me).zone();
        Attack current = diary.attack(me, attackId);
        model.addAttribute(FORM, AttackForm.of(current, zone));
        return attackPage(me, current, zone, model);
    }

    @GetMapping("/me/diary/attacks/{id}/delete")
    String confirmDelete(@PathVariable UUID id, Model model) {
        ClientId me = diary.me();
        model.addAttribute("deleting", diary.attack(me, new AttackId(id)));
        model.addAttribute("zone", diary.settings(me).zone());
        return "diary/attack";
    }

    @PostMapping("/me/diary/attacks/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes flash) {
        diary.deleteAttack(diary.me(), new AttackId(id));
        flash.addFlashAttribute("flash", "diary.attack.deleted");
        return "redirect:/me/diary";
    }

    private String save(ClientId me, AttackId id, AttackForm posted, BindingResult errors, String more, Model model,
                        HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        Attack current = id == null ? null : diary.attack(me, id);
        ZoneId zone = diary.settings(me).zone();
        if (more != null && errors.hasErrors()) {
            // What could not be read stays as typed, beside its error, in the row it was typed in.
            posted.padded(AttackForm.SPARE_ROWS).withRow(more);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return attackPage(me, current, zone, model);
        }
        if (more != null) {
            AttackForm grown = posted.compacted(AttackForm.SPARE_ROWS).withRow(more);
            model.addAttribute(FORM, grown);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, new BeanPropertyBindingResult(grown, FORM));
            return attackPage(me, current, zone, model);
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return attackPage(me, current, zone, model);
        }
        // Filled rows first, so that a row the diary names by its index is the row shown at that index.
        AttackForm form = posted.compacted(AttackForm.SPARE_ROWS);
        BindingResult checked = new BeanPropertyBindingResult(form, FORM);
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, checked);
        if (form.endMissing()) {
            checked.rejectValue("end", "diary.attack.end-or-still-going");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return attackPage(me, current, zone, model);
        }
        try {
            if (id == null) {
                diary.recordAttack(me, form.entry(zone));
            } else {
                diary.changeAttack(me, id, form.entry(zone), form.getVersion());
            }
            flash.addFlashAttribute("flash", "diary.attack.saved");
            return "redirect:/me/diary";
        } catch (NotFound notFound) {
            throw notFound;
        } catch (InvalidInput invalid) {
            Forms.reject(checked, invalid.withFields(f -> CHECKBOX_ROW.matcher(f).matches()
                    ? f.substring(0, f.indexOf('[')) : f), null);
            response.setStatus(Forms.status(invalid).value());
        } catch (DomainException refused) {
            refuse(refused, model, response, locale);
        }
        suggestClasses(form);
        return attackPage(me, current, zone, model);
    }

    /** A medicine named without its class shows the class Stillpoint suggests, for the client to check. */
    private void suggestClasses(AttackForm form) {
        form.getMedicines().stream().filter(m -> m.getDrugClass() == null && m.getProduct() != null)
                .forEach(m -> diary.suggestDrugClass(m.getProduct()).ifPresent(m::setDrugClass));
    }

    private String attackPage(ClientId me, Attack attack, ZoneId zone, Model model) {
        model.addAttribute("attack", attack);
        model.addAttribute("zone", zone);
        model.addAttribute("latest", LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES));
        model.addAttribute("options", Options.of(diary, diary.selfCareChoices(me)));
        return "diary/attack";
    }

    private void refuse(DomainException refused, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(Forms.status(refused).value());
        model.addAttribute("problem", messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(),
                locale));
    }

    static AttackEntry endedAt(AttackEntry e, Instant end) {
        return new AttackEntry(e.start(), end, e.fellAsleep(), e.peakPain(), e.intensity(), e.side(), e.areas(),
                e.quality(), e.worseWithActivity(), e.nausea(), e.vomiting(), e.photophobia(), e.phonophobia(),
                e.aura(), e.medicines(), e.triggers(), e.ownTriggers(), e.selfCare(), e.stopped(), e.notes());
    }
}
