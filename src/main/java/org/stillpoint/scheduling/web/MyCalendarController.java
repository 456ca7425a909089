package org.stillpoint.scheduling.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.scheduling.calendar.CalendarFeeds;

/**
 * {@code /me/calendar}: a client's or therapist's calendar feed. The page says whether there is one; creating or
 * renewing shows the new URL once (it is carried to the page by the flash, never stored), revoking ends it.
 */
@Controller
class MyCalendarController {

    private final CalendarFeeds feeds;

    MyCalendarController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/me/calendar")
    String page(Model model) {
        model.addAttribute("feed", feeds.mine().orElse(null));
        return "scheduling/calendar-feed";
    }

    @PostMapping("/me/calendar")
    String renew(RedirectAttributes flash) {
        flash.addFlashAttribute("feedUrl", feeds.renew().url());
        flash.addFlashAttribute("flash", "scheduling.calendar.created");
        return "redirect:/me/calendar";
    }

    @PostMapping("/me/calendar/revoke")
    String revoke(RedirectAttributes flash) {
        feeds.revoke();
        flash.addFlashAttribute("flash", "scheduling.calendar.revoked");
        return "redirect:/me/calendar";
    }
}
