package org.stillpoint.treatment;

import java.util.Objects;

/**
 * The room for the session: lights, sound, temperature, a cold or warm pack and how the client lies. Scent is not a
 * choice: every Stillpoint room is scent-free (strong smells are a common trigger, clinical-reference §6.3).
 */
public record Environment(Lighting lighting, Sound sound, RoomTemperature temperature, Pack pack, Position position) {

    public Environment {
        Objects.requireNonNull(lighting, "lighting");
        Objects.requireNonNull(sound, "sound");
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(position, "position");
    }
}
