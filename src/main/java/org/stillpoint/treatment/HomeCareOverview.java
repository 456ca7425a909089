package org.stillpoint.treatment;

import java.time.LocalDate;

import org.stillpoint.clients.ClientSummary;

/**
 * What a home-care page shows: who the plan is for, the plan, and the ticks of the last days up to {@code today} (in
 * the clinic's zone).
 */
public record HomeCareOverview(ClientSummary client, LocalDate today, HomeCarePlan plan, HomeCareHistory history) {
}
