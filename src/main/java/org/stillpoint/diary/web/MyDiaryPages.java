package org.stillpoint.diary.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clients.ClientId;
import org.stillpoint.diary.Attack;
import org.stillpoint.diary.Diary;
import org.stillpoint.diary.DiaryDay;
import org.stillpoint.diary.DiarySettings;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.NotFound;

/**
 * The client's diary home (today's check-in question and the attacks of the last 28 days, the incomplete ones
 * marked), a day of their calendar to check in for, and their diary settings. A check-in swaps just its own part of
 * the page when htmx sends it, and otherwise comes back to the page it was made on.
 */
@Controller
class MyDiaryPages {

    /** The days the diary home lists attacks for: the analytics "month" (clinical-reference §2). */
    static final int RECENT_DAYS = 28;

    static final String DAY_FORM = "dayForm";
    static final String SETTINGS_FORM = "form";

    private final Diary diary;

    MyDiaryPages(Diary diary) {
        this.diary = diary;
    }

    @GetMapping("/me/diary")
    String home(Model model) {
        ClientId me = diary.me();
        LocalDate today = diary.today(me);
        DiaryDay current = checkIn(me, today);
        model.addAttribute(DAY_FORM, DayForm.of(current));
        return homePage(me, today, current, model);
    }

    @GetMapping("/me/diary/days/{date}")
    String day(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, Model model) {
        ClientId me = diary.me();
        LocalDate today = diary.today(me);
        DiaryDay current = date.isAfter(today) ? null : checkIn(me, date);
        model.addAttribute(DAY_FORM, DayForm.of(current));
        return dayPage(me, date, today, current, model);
    }

    /**
     * Records the check-in of a day: for htmx just the check-in part, otherwise back to the diary home
     * ({@code back=diary}) or to the day's page.
     */
    @PostMapping("/me/diary/days/{date}")
    String checkIn(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                   @ModelAttribute(DAY_FORM) DayForm form, BindingResult errors,
                   @RequestParam(defaultValue = "day") String back,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        ClientId me = diary.me();
        boolean home = "diary".equals(back);
        if (!errors.hasErrors()) {
            try {
                DiaryDay saved = diary.checkIn(me, date, form.checkIn());
                if (htmx != null) {
                    model.addAttribute(DAY_FORM, DayForm.of(saved));
                    model.addAttribute("checkInSaved", true);
                    return checkInPart(me, date, saved, home, model);
                }
                flash.addFlashAttribute("flash", "diary.day.saved");
                return home ? "redirect:/me/diary" : "redirect:/me/diary/days/" + date;
            } catch (NotFound notFound) {
                throw notFound;
            } catch (DomainException refused) {
                Forms.reject(errors, refused, null);
                if (htmx == null) {
                    response.setStatus(Forms.status(refused).value());
                }
            }
        } else if (htmx == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        LocalDate today = diary.today(me);
        DiaryDay current = date.isAfter(today) ? null : checkIn(me, date);
        if (htmx != null) {
            return checkInPart(me, date, current, home, model);
        }
        return home && date.equals(today) ? homePage(me, today, current, model)
                : dayPage(me, date, today, current, model);
    }

    /** Takes back a day's check-in: the day becomes a gap again, unless an attack touches it. */
    @PostMapping("/me/diary/days/{date}/clear")
    String clear(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, RedirectAttributes flash) {
        diary.clearDay(diary.me(), date);
        flash.addFlashAttribute("flash", "diary.day.cleared");
        return "redirect:/me/diary/days/" + date;
    }

    @GetMapping("/me/diary/settings")
    String settings(Model model) {
        model.addAttribute(SETTINGS_FORM, SettingsForm.of(diary.settings(diary.me())));
        return settingsPage(model);
    }

    @PostMapping("/me/diary/settings")
    String saveSettings(@ModelAttribute(SETTINGS_FORM) SettingsForm form, BindingResult errors,
                        HttpServletResponse response, Model model, RedirectAttributes flash) {
        ClientId me = diary.me();
        if (!errors.hasErrors()) {
            try {
                diary.changeSettings(me, form.settings());
                flash.addFlashAttribute("flash", "diary.settings.saved");
                return "redirect:/me/diary/settings";
            } catch (NotFound notFound) {
                throw notFound;
            } catch (DomainException refused) {
                Forms.reject(errors, refused, null);
                response.setStatus(Forms.status(refused).value());
                return settingsPage(model);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return settingsPage(model);
    }

    private String homePage(ClientId me, LocalDate today, DiaryDay current, Model model) {
        List<Attack> recent = diary.attacks(me, today.minusDays(RECENT_DAYS - 1L), today);
        DiarySettings settings = diary.settings(me);
        ZoneId zone = settings.zone();
        model.addAttribute("recent", recent.stream().map(a -> AttackView.of(a, zone)).toList());
        model.addAttribute("running", recent.stream().filter(Attack::stillGoing).findFirst().orElse(null));
        model.addAttribute("recentDays", RECENT_DAYS);
        checkInModel(today, current, true, settings, model);
        return "diary/attacks";
    }

    private String dayPage(ClientId me, LocalDate date, LocalDate today, DiaryDay current, Model model) {
        boolean future = date.isAfter(today);
        model.addAttribute("future", future);
        model.addAttribute("today", today);
        DiarySettings settings = diary.settings(me);
        ZoneId zone = settings.zone();
        model.addAttribute("attacks", future ? List.of() : diary.attacks(me, date, date).stream()
                .sorted(Comparator.comparing((Attack a) -> a.entry().start())).map(a -> AttackView.of(a, zone))
                .toList());
        checkInModel(date, current, false, settings, model);
        return "diary/day";
    }

    private String checkInPart(ClientId me, LocalDate date, DiaryDay current, boolean home, Model model) {
        checkInModel(date, current, home, diary.settings(me), model);
        return "diary/day :: check-in";
    }

    private void checkInModel(LocalDate date, DiaryDay current, boolean home, DiarySettings settings, Model model) {
        model.addAttribute("day", date);
        model.addAttribute("checkIn", current);
        model.addAttribute("home", home);
        model.addAttribute("tracksMenstruation", settings.tracksMenstruation());
        model.addAttribute("zone", settings.zone());
    }

    private DiaryDay checkIn(ClientId me, LocalDate date) {
        return diary.checkIns(me, date, date).stream().findFirst().orElse(null);
    }

    private String settingsPage(Model model) {
        model.addAttribute("zones", ZoneChoices.ALL);
        return "diary/settings";
    }

    /** The time zones a client may choose, by region ("Europe/Berlin"), in alphabetical order. */
    static final class ZoneChoices {

        static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted().toList();

        private ZoneChoices() {
        }
    }
}
