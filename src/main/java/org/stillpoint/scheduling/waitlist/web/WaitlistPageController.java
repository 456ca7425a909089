package org.stillpoint.scheduling.waitlist.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.NotFound;
import org.stillpoint.scheduling.Waitlist;
import org.stillpoint.scheduling.waitlist.PartOfDay;
import org.stillpoint.scheduling.waitlist.WaitlistEntryId;
import org.stillpoint.scheduling.waitlist.WaitlistOfferId;

/**
 * The waitlist pages. A client sees their entries with the form to add one; the owner and the front desk, who run
 * the waitlist, see everyone's entries, the newest offers and where they stand, and add entries for a client they
 * pick. An offer has a page of its own, linked from its e-mail, to accept or decline it.
 */
@Controller
class WaitlistPageController {

    /** How many of the newest offers the staff page shows. */
    private static final int RECENT_OFFERS = 30;

    private final Waitlist waitlist;

    WaitlistPageController(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    @ModelAttribute("partsOfDay")
    PartOfDay[] partsOfDay() {
        return PartOfDay.values();
    }

    @GetMapping("/waitlist")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) UUID client,
                CurrentUser caller, Model model) {
        model.addAttribute("form", WaitlistForm.empty(waitlist.today(), client));
        return page(q, caller, model);
    }

    @PostMapping("/waitlist")
    String join(@ModelAttribute("form") WaitlistForm form, BindingResult errors, CurrentUser caller, Model model,
                RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                waitlist.join(form.toNewEntry());
                flash.addFlashAttribute("flash", "waitlist.joined");
                return "redirect:/waitlist";
            } catch (NotFound e) {
                throw e;
            } catch (DomainException e) {
                Forms.reject(errors, e, null);
            }
        }
        return page(null, caller, model);
    }

    @PostMapping("/waitlist/{id}/withdraw")
    String withdraw(@PathVariable UUID id, RedirectAttributes flash) {
        waitlist.withdraw(new WaitlistEntryId(id));
        flash.addFlashAttribute("flash", "waitlist.withdrawn");
        return "redirect:/waitlist";
    }

    @GetMapping("/waitlist/offers/{id}")
    String offer(@PathVariable UUID id, Model model) {
        model.addAttribute("offer", waitlist.offer(new WaitlistOfferId(id)));
        return "scheduling/waitlist-offer";
    }

    /** Books the slot; an expired offer or a slot taken meanwhile re-renders the offer with a kind word (409). */
    @PostMapping("/waitlist/offers/{id}/accept")
    String accept(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return answer(id, true, model, response, flash);
    }

    @PostMapping("/waitlist/offers/{id}/decline")
    String decline(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return answer(id, false, model, response, flash);
    }

    private String answer(UUID id, boolean accept, Model model, HttpServletResponse response,
                          RedirectAttributes flash) {
        WaitlistOfferId offer = new WaitlistOfferId(id);
        try {
            if (accept) {
                waitlist.accept(offer);
            } else {
                waitlist.decline(offer);
            }
        } catch (Conflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", e.messageKey());
            return offer(id, model);
        }
        flash.addFlashAttribute("flash", accept ? "waitlist.offer.accepted" : "waitlist.offer.declined");
        return accept ? "redirect:/waitlist/offers/" + id : "redirect:/waitlist";
    }

    private String page(String q, CurrentUser caller, Model model) {
        model.addAttribute("entries", waitlist.entries(null));
        model.addAttribute("sessionTypes", waitlist.sessionTypes());
        model.addAttribute("therapists", waitlist.therapists());
        model.addAttribute("today", waitlist.today());
        model.addAttribute("holdMinutes", waitlist.offerHold().toMinutes());
        if (caller.isStaff()) {
            model.addAttribute("offers", waitlist.recentOffers(RECENT_OFFERS));
            model.addAttribute("clients", waitlist.clientsToChoose(q));
            model.addAttribute("q", q);
        }
        return "scheduling/waitlist";
    }
}
