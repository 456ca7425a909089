package org.stillpoint.treatment;

import java.time.OffsetDateTime;
import java.util.List;

import org.stillpoint.clients.ClientId;

/**
 * A client's home-care plan, items in the therapist's order. A client without a plan has version 0, no items and no
 * author; the first change is made from version 0.
 *
 * @param updatedAt when it last changed, in the clinic's zone; null before the first change
 * @param updatedBy the name of who changed it last; null before the first change
 */
public record HomeCarePlan(ClientId client, long version, String note, List<HomeCareItem> items,
                          OffsetDateTime updatedAt, String updatedBy) {

    public HomeCarePlan {
        items = List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
