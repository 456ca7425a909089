package org.stillpoint.treatment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.clients.ClientId;
import org.stillpoint.treatment.HomeCare;
import org.stillpoint.treatment.HomeCareFrequency;
import org.stillpoint.treatment.HomeCareHistory;
import org.stillpoint.treatment.HomeCareItem;
import org.stillpoint.treatment.HomeCareItemId;
import org.stillpoint.treatment.HomeCareMeasure;
import org.stillpoint.treatment.HomeCarePlan;
import org.stillpoint.treatment.HomeCarePlanChange;
import org.stillpoint.treatment.HomeCareTemplate;
import org.stillpoint.treatment.HomeCareTick;

/**
 * Home-care plans for programs: the templates, a client's plan (the owner and a therapist who cares for the client
 * change it, the client reads it) and the client's daily ticks. 404 for anyone who may not see the client's clinical
 * records; 400 naming each wrong field; 409 for a change made from an older version.
 */
@RestController
@RequestMapping("/api/v1")
class HomeCareApiController {

    private final HomeCare homeCare;
    private final MessageSource messages;

    HomeCareApiController(HomeCare homeCare, MessageSource messages) {
        this.homeCare = homeCare;
        this.messages = messages;
    }

    @GetMapping("/home-care/templates")
    List<TemplateResponse> templates(Locale locale) {
        return homeCare.templates().stream().map(t -> new TemplateResponse(t.key(), text(HomeCareTemplate.nameKey(t.key()),
                locale), text(HomeCareTemplate.instructionsKey(t.key()), locale), t.frequency(), t.times(), t.measure(),
                t.amount(), t.maxAmount(), t.heat())).toList();
    }

    @GetMapping("/clients/{id}/home-care-plan")
    PlanResponse plan(@PathVariable UUID id, Locale locale) {
        return response(homeCare.plan(new ClientId(id)), locale);
    }

    /** The whole plan as it should be, made from {@code version} (0 for a client without a plan). */
    @PutMapping("/clients/{id}/home-care-plan")
    PlanResponse replace(@PathVariable UUID id, @RequestBody PlanRequest request, Locale locale) {
        List<HomeCarePlanChange.Item> items = request.items() == null ? null : request.items().stream()
                .map(i -> i == null ? null : new HomeCarePlanChange.Item(i.id() == null ? null
                        : new HomeCareItemId(i.id()), i.template(), i.frequency(), i.times(), i.minutes(),
                        i.glasses(), i.notes()))
                .toList();
        return response(homeCare.replacePlan(new ClientId(id), new HomeCarePlanChange(request.version(),
                request.note(), items)), locale);
    }

    /** The client ticks an item of their plan for a day ({@code done: false} takes the tick back). */
    @PostMapping("/clients/{id}/home-care/adherence")
    TickResponse tick(@PathVariable UUID id, @RequestBody TickRequest request) {
        HomeCareTick tick = homeCare.recordAdherence(new ClientId(id), request.day(),
                request.itemId() == null ? null : new HomeCareItemId(request.itemId()),
                !Boolean.FALSE.equals(request.done()));
        return new TickResponse(tick.item().value(), tick.day(), tick.done(), tick.recordedAt());
    }

    /** The items ticked as done per day, {@code from}–{@code to}; the last 7 days by default. */
    @GetMapping("/clients/{id}/home-care/adherence")
    HistoryResponse history(@PathVariable UUID id,
                            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        LocalDate last = to != null ? to : homeCare.today();
        LocalDate first = from != null ? from : last.minusDays(6);
        HomeCareHistory history = homeCare.adherence(new ClientId(id), first, last);
        return new HistoryResponse(history.from(), history.to(), history.days().stream()
                .map(day -> new DayResponse(day, history.items().stream().filter(i -> history.done(i.id(), day))
                        .map(i -> i.id().value()).toList()))
                .toList());
    }

    private PlanResponse response(HomeCarePlan plan, Locale locale) {
        return new PlanResponse(plan.client().value(), plan.version(), plan.note(), plan.items().stream()
                .map(i -> ItemResponse.of(i, text(HomeCareTemplate.nameKey(i.template()), locale))).toList(),
                plan.updatedAt(), plan.updatedBy());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    record PlanRequest(Long version, String note, List<ItemRequest> items) {
    }

    /** An item; {@code id} of an item of the plan to change it, none to add one. */
    record ItemRequest(UUID id, String template, HomeCareFrequency frequency, Integer times, Integer minutes,
                       Integer glasses, String notes) {
    }

    /** {@code done} defaults to true. */
    record TickRequest(LocalDate day, UUID itemId, Boolean done) {
    }

    record TemplateResponse(String key, String name, String instructions, HomeCareFrequency frequency,
                            Integer times, HomeCareMeasure measure, int amount, int maxAmount, boolean heat) {
    }

    record PlanResponse(UUID clientId, long version, String note, List<ItemResponse> items, OffsetDateTime updatedAt,
                        String updatedBy) {
    }

    record ItemResponse(UUID id, String template, String name, HomeCareFrequency frequency, Integer times,
                        Integer minutes, Integer glasses, String notes, LocalDate addedOn) {
        static ItemResponse of(HomeCareItem item, String name) {
            return new ItemResponse(item.id().value(), item.template(), name, item.frequency(), item.times(),
                    item.minutes(), item.glasses(), item.notes(), item.addedOn());
        }
    }

    record TickResponse(UUID itemId, LocalDate day, boolean done, Instant recordedAt) {
    }

    record HistoryResponse(LocalDate from, LocalDate to, List<DayResponse> days) {
    }

    /** A day and the items ticked as done on it. */
    record DayResponse(LocalDate day, List<UUID> done) {
    }
}
