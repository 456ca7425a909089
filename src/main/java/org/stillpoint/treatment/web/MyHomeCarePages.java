package org.stillpoint.treatment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.stillpoint.clients.ClientId;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.NotFound;
import org.stillpoint.treatment.HomeCare;
import org.stillpoint.treatment.HomeCareItem;
import org.stillpoint.treatment.HomeCareItemId;
import org.stillpoint.treatment.HomeCareOverview;
import org.stillpoint.treatment.SessionPlans;

/**
 * The client's "My plan and home care" page: their session plan in plain words (the next session's, else the last
 * one's), the items of a day (today unless they pick one of the last week) as big buttons to tick, and the ticks of
 * the last seven days. A tick swaps just its item when htmx sends it, and
 * otherwise comes back to the page; a refused tick shows why, and nothing is saved.
 */
@Controller
class MyHomeCarePages {

    static final int HISTORY_DAYS = 7;

    private final HomeCare homeCare;
    private final SessionPlans plans;
    private final MessageSource messages;

    MyHomeCarePages(HomeCare homeCare, SessionPlans plans, MessageSource messages) {
        this.homeCare = homeCare;
        this.plans = plans;
        this.messages = messages;
    }

    /** An item of the plan on the day shown, and whether the client ticked it. */
    record Entry(HomeCareItem item, boolean done) {
    }

    @GetMapping("/me/home-care")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate day, Model model) {
        return show(homeCare.overview(homeCare.me(), HISTORY_DAYS), day, null, model);
    }

    /** Ticks (or takes back) an item for a day: the item alone for htmx, else the page again. */
    @PostMapping("/me/home-care/ticks")
    String tick(@RequestParam UUID itemId, @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate day,
                @RequestParam(defaultValue = "true") boolean done,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        ClientId me = homeCare.me();
        HomeCareItemId item = new HomeCareItemId(itemId);
        String problem = record(me, day, item, done, locale);
        if (htmx != null) {
            return item(homeCare.overview(me, HISTORY_DAYS), item, day, problem == null ? done : null, problem,
                    model);
        }
        if (problem == null) {
            return "redirect:/me/home-care" + (day.equals(homeCare.today()) ? "" : "?day=" + day);
        }
        return show(homeCare.overview(me, HISTORY_DAYS), day, problem, model);
    }

    /** Records the tick; answers why it was refused, or null. */
    private String record(ClientId me, LocalDate day, HomeCareItemId item, boolean done, Locale locale) {
        try {
            homeCare.recordAdherence(me, day, item, done);
            return null;
        } catch (NotFound notFound) {
            throw notFound;
        } catch (DomainException refused) {
            return messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale);
        }
    }

    /**
     * The item as it stands after a tick ({@code done}, or as recorded before when the tick was refused), or a note
     * in its place when it left the plan meanwhile.
     */
    private String item(HomeCareOverview overview, HomeCareItemId item, LocalDate day, Boolean done, String problem,
                        Model model) {
        model.addAttribute("day", day);
        model.addAttribute("itemId", item.value());
        model.addAttribute("itemProblem", problem);
        HomeCareItem planned = overview.plan().items().stream().filter(i -> i.id().equals(item)).findFirst()
                .orElse(null);
        if (planned == null) {
            return "treatment/home-care :: gone";
        }
        model.addAttribute("entry", new Entry(planned, done != null ? done : overview.history().done(item, day)));
        return "treatment/home-care :: item";
    }

    /** The page for a day of the history shown; today for any other day. */
    private String show(HomeCareOverview overview, LocalDate day, String problem, Model model) {
        LocalDate shown = day == null || day.isAfter(overview.today()) || day.isBefore(overview.history().from())
                ? overview.today() : day;
        List<Entry> entries = overview.plan().items().stream().filter(i -> i.inPlanOn(shown))
                .map(i -> new Entry(i, overview.history().done(i.id(), shown))).toList();
        model.addAttribute("sessionPlan", plans.myCurrentSummary().orElse(null));
        model.addAttribute("overview", overview);
        model.addAttribute("day", shown);
        model.addAttribute("entries", entries);
        model.addAttribute("problem", problem);
        model.addAttribute("linkDays", true);
        return "treatment/home-care";
    }
}
