package org.stillpoint.clinic.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.stillpoint.clinic.RoomDetails;
import org.stillpoint.clinic.RoomView;

/**
 * A room as the room pages and the rooms API take it. The features are wrappers because an unticked checkbox
 * sends nothing: absent means no (and {@code active} absent means yes, for API clients that leave it out).
 */
record RoomForm(@NotBlank(message = "{field.required}") @Size(max = 80, message = "{field.too-long}") String name,
                Boolean dimmable, Boolean scentFree, Boolean soundproofed, Boolean heatedTable,
                Boolean hotStoneHeater, Boolean active) {

    static RoomForm empty() {
        return new RoomForm("", true, true, true, false, false, true);
    }

    static RoomForm of(RoomView r) {
        return new RoomForm(r.name(), r.dimmable(), r.scentFree(), r.soundproofed(), r.heatedTable(),
                r.hotStoneHeater(), r.active());
    }

    RoomDetails toDetails() {
        return new RoomDetails(name, yes(dimmable), yes(scentFree), yes(soundproofed), yes(heatedTable),
                yes(hotStoneHeater), active == null || active);
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
