package org.stillpoint.scheduling;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import java.util.List;
import java.util.Map;

import org.stillpoint.platform.Conflict;

/**
 * The requested time is not free (409): the therapist or the room is booked then (buffers included), no suitable
 * room is free, or the client already has another appointment at that time (one person, one place). The answer
 * lists the nearest free alternatives with the same therapist.
 */
public class SlotTaken extends Conflict {

    /** What stands in the way. */
    public enum Obstacle { THERAPIST_BUSY, ROOM_BUSY, NO_ROOM_FREE, CLIENT_BUSY }

    private final Obstacle obstacle;
    private final List<Slot> alternatives;

    public SlotTaken(Obstacle obstacle) {
        this(obstacle, List.of());
    }

    private SlotTaken(Obstacle obstacle, List<Slot> alternatives) {
        super("slot-taken", obstacle == Obstacle.CLIENT_BUSY ? "appointment.client-busy" : "appointment.slot-taken");
        this.obstacle = obstacle;
        this.alternatives = List.copyOf(alternatives);
    }

    public Obstacle obstacle() {
        return obstacle;
    }

    public List<Slot> alternatives() {
        return alternatives;
    }

    public SlotTaken withAlternatives(List<Slot> nearest) {
        SlotTaken answer = new SlotTaken(obstacle, nearest);
        answer.initCause(this);
        return answer;
    }

    /** Plain JSON members: the obstacle, and each alternative as the API writes a slot (times with their offset). */
    @Override
    public Map<String, Object> properties() {
        return Map.of("obstacle", obstacle.name(), "alternatives", alternatives.stream().map(SlotTaken::member)
                .toList());
    }

    /** A slot as the API writes it, for a problem's members. */
    static Map<String, Object> member(Slot slot) {
        return Map.of("start", ISO_OFFSET_DATE_TIME.format(slot.start()),
                "end", ISO_OFFSET_DATE_TIME.format(slot.end()),
                "therapistId", slot.therapistId().toString(), "roomId", slot.roomId().toString());
    }
}
