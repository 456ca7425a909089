package org.stillpoint.clinic;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;

/** The clinic's name, contact, time zone, currency and booking settings. */
public record ClinicProfile(String name, String address, String phone, ZoneId zone, Currency currency,
                            Duration cancellationWindow, Duration slotStep, Duration buffer) {
}
