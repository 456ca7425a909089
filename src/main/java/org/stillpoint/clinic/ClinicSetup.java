package org.stillpoint.clinic;

/** First-run setup: the clinic and its owner's account. */
public record ClinicSetup(String clinicName, String address, String phone, String timeZone, String currency,
                          String ownerName, String ownerEmail, String ownerPassword) {
}
