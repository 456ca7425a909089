package org.stillpoint.clinic.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.stillpoint.clinic.RoomDetails;
import org.stillpoint.clinic.RoomView;

/** A room as the room pages and the rooms API take it. */
record RoomForm(@NotBlank(message = "{field.required}") @Size(max = 80, message = "{field.too-long}") String name,
                boolean dimmable, boolean scentFree, boolean soundproofed, boolean heatedTable,
                boolean hotStoneHeater, Boolean active) {

    static RoomForm empty() {
        return new RoomForm("", true, true, true, false, false, true);
    }

    static RoomForm of(RoomView r) {
        return new RoomForm(r.name(), r.dimmable(), r.scentFree(), r.soundproofed(), r.heatedTable(),
                r.hotStoneHeater(), r.active());
    }

    RoomDetails toDetails() {
        return new RoomDetails(name, dimmable, scentFree, soundproofed, heatedTable, hotStoneHeater,
                active == null || active);
    }
}
