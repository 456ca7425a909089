package org.stillpoint.intake.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.stillpoint.intake.domain.Hit6Total;

/** A HIT-6 total administered outside Stillpoint, 36 to 78 (clinical-reference §3.2), on the page and the API. */
record Hit6EntryForm(
        @NotNull(message = "{field.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate administeredOn,
        @NotNull(message = "{field.required}") @Min(value = Hit6Total.MIN, message = "{field.min}")
        @Max(value = Hit6Total.MAX, message = "{field.max}") Integer total) {

    static Hit6EntryForm empty(LocalDate today) {
        return new Hit6EntryForm(today, null);
    }
}
