package org.stillpoint.intake;

import java.util.List;

import org.stillpoint.clients.ClientSummary;

/** A client's clearance page: whether they may be treated, and every clearance recorded, the most recent first. */
public record ClearanceOverview(ClientSummary client, ClearanceStatus status, List<Clearance> clearances) {

    public ClearanceOverview {
        clearances = List.copyOf(clearances);
    }
}
