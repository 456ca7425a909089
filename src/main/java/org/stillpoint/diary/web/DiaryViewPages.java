package org.stillpoint.diary.web;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stillpoint.clients.ClientId;
import org.stillpoint.diary.Diary;
import org.stillpoint.diary.DiaryCharts;
import org.stillpoint.diary.DiaryMonth;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.web.DiaryChartsApiController.ChartsResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The diary as a month calendar and as charts, for the client (under /me/diary) and for the staff who may read it
 * (under /therapist/clients/{id}/diary: the owner, and a therapist who cares for the client while the client shares
 * the diary; 404 otherwise, every read audited). Both work without JavaScript: the charts' numbers are tables too.
 */
@Controller
class DiaryViewPages {

    /** How far back the charts page offers to look, in months. */
    static final List<Integer> CHART_MONTHS = List.of(6, 12, 24);

    private final Diary diary;
    private final JsonMapper json;

    DiaryViewPages(Diary diary, JsonMapper json) {
        this.diary = diary;
        this.json = json;
    }

    @GetMapping("/me/diary/month")
    String myMonth(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                   Model model) {
        return month(diary.me(), month, "/me/diary", model);
    }

    @GetMapping("/therapist/clients/{clientId}/diary/month")
    String clientMonth(@PathVariable UUID clientId,
                       @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                       Model model) {
        return month(new ClientId(clientId), month, "/therapist/clients/" + clientId + "/diary", model);
    }

    @GetMapping("/me/diary/charts")
    String myCharts(@RequestParam(required = false) Integer months, Model model) {
        return charts(diary.me(), months, "/me/diary", model);
    }

    @GetMapping("/therapist/clients/{clientId}/diary/charts")
    String clientCharts(@PathVariable UUID clientId, @RequestParam(required = false) Integer months, Model model) {
        return charts(new ClientId(clientId), months, "/therapist/clients/" + clientId + "/diary", model);
    }

    private String month(ClientId id, YearMonth month, String base, Model model) {
        DiaryMonth view = diary.month(id, month);
        model.addAttribute("view", view);
        model.addAttribute("grid", MonthGrid.of(view));
        model.addAttribute("base", base);
        model.addAttribute("own", base.startsWith("/me/"));
        return "diary/month";
    }

    private String charts(ClientId id, Integer months, String base, Model model) {
        DiaryCharts charts = diary.charts(id, months == null ? DiaryChartsApiController.DEFAULT_MONTHS : months);
        ChartsResponse numbers = ChartsResponse.of(charts);
        model.addAttribute("charts", charts);
        model.addAttribute("numbers", numbers);
        model.addAttribute("numbersJson", json.writeValueAsString(numbers));
        model.addAttribute("choices", CHART_MONTHS);
        model.addAttribute("drugClasses", DrugClass.values());
        model.addAttribute("base", base);
        model.addAttribute("own", base.startsWith("/me/"));
        return "diary/charts";
    }
}
