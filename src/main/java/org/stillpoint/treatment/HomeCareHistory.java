package org.stillpoint.treatment;

import java.time.LocalDate;
import java.util.List;

/**
 * The client's ticks from {@code from} to {@code to} (both included, days in the clinic's zone) for the items of
 * their current plan. {@code ticks} holds the items ticked as done; an item not ticked on a day was not recorded as
 * done.
 */
public record HomeCareHistory(LocalDate from, LocalDate to, List<HomeCareItem> items, List<HomeCareTick> ticks) {

    public HomeCareHistory {
        items = List.copyOf(items);
        ticks = List.copyOf(ticks);
    }

    /** The days of the history, the oldest first. */
    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    public boolean done(HomeCareItemId item, LocalDate day) {
        return ticks.stream().anyMatch(t -> t.item().equals(item) && t.day().equals(day));
    }

    /** On how many days of the history the item was ticked as done. */
    public long daysDone(HomeCareItemId item) {
        return ticks.stream().filter(t -> t.item().equals(item)).count();
    }
}
