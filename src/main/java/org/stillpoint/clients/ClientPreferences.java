package org.stillpoint.clients;

/**
 * How a session should feel for this client: what they are sensitive to, the pressure they like (null while they
 * have not said), areas not to touch in their own words, and whether they want a quiet, talk-free session.
 */
public record ClientPreferences(boolean lightSensitive, boolean soundSensitive, boolean scentSensitive,
                                boolean touchSensitive, PressurePreference pressure, String areasToAvoid,
                                boolean quietSession) {

    public static ClientPreferences notStated() {
        return new ClientPreferences(false, false, false, false, null, null, false);
    }
}
