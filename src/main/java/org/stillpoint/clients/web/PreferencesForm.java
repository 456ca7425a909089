package org.stillpoint.clients.web;

import jakarta.validation.constraints.Size;

import org.stillpoint.clients.ClientPreferences;
import org.stillpoint.clients.PressurePreference;

/**
 * A client's preferences as the pages and the API take and show them. The yes/no parts are wrappers because an
 * unticked checkbox sends nothing: absent means no. No pressure means the client has not said.
 */
record PreferencesForm(Boolean lightSensitive, Boolean soundSensitive, Boolean scentSensitive,
                       Boolean touchSensitive, PressurePreference pressure,
                       @Size(max = 500, message = "{field.too-long}") String areasToAvoid, Boolean quietSession) {

    static PreferencesForm of(ClientPreferences p) {
        return new PreferencesForm(p.lightSensitive(), p.soundSensitive(), p.scentSensitive(), p.touchSensitive(),
                p.pressure(), p.areasToAvoid(), p.quietSession());
    }

    ClientPreferences toPreferences() {
        return new ClientPreferences(yes(lightSensitive), yes(soundSensitive), yes(scentSensitive),
                yes(touchSensitive), pressure, areasToAvoid, yes(quietSession));
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
