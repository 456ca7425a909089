package org.stillpoint.scheduling.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stillpoint.scheduling.Scheduling;
import org.stillpoint.scheduling.Schedules;
import org.stillpoint.scheduling.Schedules.Entry;
import org.stillpoint.therapists.TherapistView;

/**
 * The front desk's day: a table with an hour per row and a therapist per column; each cell lists the
 * appointments that start in that hour, with the client, the session and the room, and links to cancel them.
 */
@Controller
class FrontDeskDayPage {

    /** The hours the table shows at least; earlier and later ones are added when an appointment needs them. */
    static final int FIRST_HOUR = 8;
    static final int LAST_HOUR = 18;

    private final Scheduling scheduling;
    private final Schedules schedules;

    FrontDeskDayPage(Scheduling scheduling, Schedules schedules) {
        this.scheduling = scheduling;
        this.schedules = schedules;
    }

    /** One row of the table: an hour, and per therapist (in column order) the appointments starting in it. */
    record Row(int hour, List<List<Entry>> cells) {
    }

    @GetMapping("/desk/day")
    String day(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date, Model model) {
        LocalDate day = date == null ? scheduling.today() : date;
        List<Entry> entries = schedules.named(scheduling.appointments(day, day));
        List<TherapistView> therapists = schedules.therapists().stream()
                .filter(t -> t.active() || entries.stream().anyMatch(e -> e.appointment().therapistId().equals(t.id())))
                .toList();
        int first = Math.min(FIRST_HOUR, entries.stream().mapToInt(e -> e.appointment().start().getHour())
                .min().orElse(FIRST_HOUR));
        int last = Math.max(LAST_HOUR, entries.stream().mapToInt(e -> e.appointment().start().getHour())
                .max().orElse(LAST_HOUR));
        List<Row> rows = IntStream.rangeClosed(first, last).mapToObj(hour -> new Row(hour, therapists.stream()
                .map(t -> entries.stream().filter(e -> e.appointment().therapistId().equals(t.id())
                        && e.appointment().start().getHour() == hour).toList()).toList())).toList();
        model.addAttribute("date", day);
        model.addAttribute("therapists", therapists);
        model.addAttribute("rows", rows);
        model.addAttribute("count", entries.size());
        model.addAttribute("now", schedules.now());
        return "scheduling/desk-day";
    }
}
