package org.stillpoint.clinic;

/** What the owner edits on the clinic settings page and through {@code PUT /api/v1/clinic}. */
public record ClinicDetails(String name, String address, String phone, String timeZone, String currency,
                            Integer cancellationWindowHours, Integer slotStepMinutes, Integer bufferMinutes) {
}
