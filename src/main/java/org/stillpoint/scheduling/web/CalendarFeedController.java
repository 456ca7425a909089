package org.stillpoint.scheduling.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.platform.NotFound;
import org.stillpoint.scheduling.calendar.CalendarFeeds;
import org.stillpoint.scheduling.calendar.ICalendar;

/**
 * A calendar feed at its secret URL, for calendar programs, which cannot sign in: the token is the key. An unknown
 * or revoked token answers 404, as does anything that is not a token. Never cached on the way.
 */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType(ICalendar.MEDIA_TYPE + ";charset=UTF-8");

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String calendar = feeds.feed(token).orElseThrow(() -> new NotFound("calendar-feed"));
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex").body(calendar);
    }
}
