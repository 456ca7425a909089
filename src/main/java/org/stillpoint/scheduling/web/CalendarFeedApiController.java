package org.stillpoint.scheduling.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.scheduling.calendar.CalendarFeeds;
import org.stillpoint.scheduling.calendar.CalendarFeeds.IssuedFeed;

/** The caller's calendar feed (client or therapist): create or renew it, and revoke it. */
@RestController
@RequestMapping("/api/v1/me/calendar-feed")
class CalendarFeedApiController {

    private final CalendarFeeds feeds;

    CalendarFeedApiController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    /** A new secret URL, shown only in this answer; an earlier URL of the caller stops working. */
    @PostMapping
    ResponseEntity<FeedResponse> renew() {
        IssuedFeed issued = feeds.renew();
        return ResponseEntity.created(URI.create(issued.url()))
                .body(new FeedResponse(issued.url(), issued.since().atOffset(ZoneOffset.UTC)));
    }

    @DeleteMapping
    ResponseEntity<Void> revoke() {
        feeds.revoke();
        return ResponseEntity.noContent().build();
    }

    record FeedResponse(String url, OffsetDateTime createdAt) {
    }
}
