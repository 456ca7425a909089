package org.stillpoint.scheduling.domain;

import java.util.Comparator;
import java.util.List;

import org.stillpoint.clients.ClientPreferences;
import org.stillpoint.clinic.RoomView;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.clinic.Technique;

/**
 * Which rooms suit a session and a client, and in which order to use them. A room must be active; a hot-stone
 * session needs the hot-stone heater; a client sensitive to light needs a dimmable room, to sound a soundproofed
 * one, to scent a scent-free one (DESIGN §2.3). Among suitable rooms the one with the fewest features that the
 * booking does not need comes first, so that the quiet, dim and heated rooms stay free for those who need them.
 */
public final class RoomChoice {

    private RoomChoice() {
    }

    public static boolean suits(RoomView room, SessionTypeView type, ClientPreferences client) {
        if (!room.active()) {
            return false;
        }
        if (type.requiredTechnique() == Technique.HOT_STONE && !room.hotStoneHeater()) {
            return false;
        }
        return client == null || ((!client.lightSensitive() || room.dimmable())
                && (!client.soundSensitive() || room.soundproofed())
                && (!client.scentSensitive() || room.scentFree()));
    }

    /** The suitable rooms, most preferred first (ties by name). */
    public static List<RoomView> suitable(List<RoomView> rooms, SessionTypeView type, ClientPreferences client) {
        return rooms.stream().filter(room -> suits(room, type, client))
                .sorted(Comparator.comparingInt(RoomChoice::features).thenComparing(RoomView::name))
                .toList();
    }

    private static int features(RoomView room) {
        return (room.dimmable() ? 1 : 0) + (room.scentFree() ? 1 : 0) + (room.soundproofed() ? 1 : 0)
                + (room.heatedTable() ? 1 : 0) + (room.hotStoneHeater() ? 1 : 0);
    }
}
