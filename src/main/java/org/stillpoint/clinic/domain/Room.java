package org.stillpoint.clinic.domain;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stillpoint.clinic.RoomDetails;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.clinic.RoomView;

@Table("room")
public class Room {

    @Id
    private final UUID id;
    private String name;
    private boolean dimmable;
    private boolean scentFree;
    private boolean soundproofed;
    private boolean heatedTable;
    private boolean hotStoneHeater;
    private boolean active;
    @Version
    private Long version;

    @PersistenceCreator
    Room(UUID id, String name, boolean dimmable, boolean scentFree, boolean soundproofed, boolean heatedTable,
         boolean hotStoneHeater, boolean active, Long version) {
        this.id = id;
        this.name = name;
        this.dimmable = dimmable;
        this.scentFree = scentFree;
        this.soundproofed = soundproofed;
        this.heatedTable = heatedTable;
        this.hotStoneHeater = hotStoneHeater;
        this.active = active;
        this.version = version;
    }

    public static Room create(RoomDetails details) {
        Room room = new Room(UUID.randomUUID(), null, false, false, false, false, false, true, null);
        room.update(details);
        return room;
    }

    public void update(RoomDetails d) {
        this.name = ClinicSettings.required(d.name(), "name", 80);
        this.dimmable = d.dimmable();
        this.scentFree = d.scentFree();
        this.soundproofed = d.soundproofed();
        this.heatedTable = d.heatedTable();
        this.hotStoneHeater = d.hotStoneHeater();
        this.active = d.active();
    }

    public String name() {
        return name;
    }

    public RoomView view() {
        return new RoomView(new RoomId(id), name, dimmable, scentFree, soundproofed, heatedTable, hotStoneHeater,
                active);
    }
}
