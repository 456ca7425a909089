package org.stillpoint.diary.web;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.stillpoint.diary.Attack;

/** An attack as the diary's pages list it: its times in the client's zone and how long it lasted (once ended). */
record AttackView(Attack attack, ZonedDateTime start, ZonedDateTime end, Long hours, Long minutes) {

    static AttackView of(Attack attack, ZoneId zone) {
        ZonedDateTime start = attack.entry().start().atZone(zone);
        ZonedDateTime end = attack.entry().end() == null ? null : attack.entry().end().atZone(zone);
        Duration lasted = end == null ? null : Duration.between(start, end);
        return new AttackView(attack, start, end, lasted == null ? null : lasted.toHours(),
                lasted == null ? null : (long) lasted.toMinutesPart());
    }
}
