package org.stillpoint.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stillpoint.clients.ClientPreferences;
import org.stillpoint.clinic.ProviderType;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.RoomView;
import org.stillpoint.clinic.SessionTypeView;
import org.stillpoint.clinic.Technique;

/** The demo clinic's four rooms: which suit whom, and which is used first. */
class RoomChoiceTest {

    private final RoomView willow = room("Willow", true, true, true, true, false, true);
    private final RoomView cedar = room("Cedar", true, true, true, true, true, true);
    private final RoomView fern = room("Fern", true, true, false, false, false, true);
    private final RoomView birch = room("Birch", false, false, false, true, true, true);
    private final RoomView closed = room("Aspen", false, false, false, false, false, false);
    private final List<RoomView> rooms = List.of(willow, cedar, fern, birch, closed);

    private final SessionTypeView massage = BookingRulesTest.type(null, ProviderType.MEDICAL_MASSAGE_THERAPIST);
    private final SessionTypeView hotStone = BookingRulesTest.type(Technique.HOT_STONE,
            ProviderType.SPA_MASSAGE_THERAPIST);

    @Test
    void withoutSensitivitiesThePlainestActiveRoomsComeFirst() {
        assertThat(RoomChoice.suitable(rooms, massage, ClientPreferences.notStated()))
                .containsExactly(birch, fern, willow, cedar);
        assertThat(RoomChoice.suitable(rooms, massage, null)).containsExactly(birch, fern, willow, cedar);
    }

    @Test
    void aClientSensitiveToLightSoundAndScentGetsOnlyDimQuietScentFreeRooms() {
        ClientPreferences sensitive = new ClientPreferences(true, true, true, false, null, null, false);

        assertThat(RoomChoice.suitable(rooms, massage, sensitive)).containsExactly(willow, cedar);
    }

    @Test
    void hotStoneNeedsTheHeater() {
        ClientPreferences scent = new ClientPreferences(false, false, true, false, null, null, false);

        assertThat(RoomChoice.suitable(rooms, hotStone, null)).containsExactly(birch, cedar);
        assertThat(RoomChoice.suitable(rooms, hotStone, scent)).containsExactly(cedar);
    }

    private static RoomView room(String name, boolean dimmable, boolean scentFree, boolean soundproofed,
                                 boolean heatedTable, boolean hotStoneHeater, boolean active) {
        return new RoomView(new RoomId(UUID.randomUUID()), name, dimmable, scentFree, soundproofed, heatedTable,
                hotStoneHeater, active);
    }
}
