package org.stillpoint.clinic.web;

import java.time.ZoneId;
import java.util.List;

/** Region-based time zone IDs for the pickers, sorted. */
final class TimeZones {

    static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();

    private TimeZones() {
    }
}
