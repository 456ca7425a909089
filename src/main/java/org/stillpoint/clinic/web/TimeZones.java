package org.stillpoint.clinic.web;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** Region-based time zone IDs for the pickers, sorted, with UTC first. */
final class TimeZones {

    static final List<String> ALL = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()).toList();

    private TimeZones() {
    }

    /** This machine's zone when the picker offers it, otherwise UTC. */
    static String suggested() {
        String system = ZoneId.systemDefault().normalized().getId();
        return ALL.contains(system) ? system : "UTC";
    }
}
