package org.stillpoint.clinic.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.stillpoint.clinic.ClinicDetails;

/** The clinic settings, as the settings page and {@code PUT /api/v1/clinic} take them. */
record ClinicForm(
        @NotBlank(message = "{field.required}") @Size(max = 120, message = "{field.too-long}") String name,
        @Size(max = 300, message = "{field.too-long}") String address,
        @Size(max = 40, message = "{field.too-long}") String phone,
        @NotBlank(message = "{field.required}") String timeZone,
        @NotBlank(message = "{field.required}") @Pattern(regexp = "[A-Za-z]{3}", message = "{clinic.currency.invalid}") String currency,
        @NotNull(message = "{field.required}") @Min(value = 0, message = "{field.min}") @Max(value = 168, message = "{field.max}") Integer cancellationWindowHours,
        @NotNull(message = "{field.required}") @Min(value = 5, message = "{field.min}") @Max(value = 60, message = "{field.max}") Integer slotStepMinutes,
        @NotNull(message = "{field.required}") @Min(value = 0, message = "{field.min}") @Max(value = 60, message = "{field.max}") Integer bufferMinutes) {

    static ClinicForm of(ClinicDetails d) {
        return new ClinicForm(d.name(), d.address(), d.phone(), d.timeZone(), d.currency(),
                d.cancellationWindowHours(), d.slotStepMinutes(), d.bufferMinutes());
    }

    ClinicDetails toDetails() {
        return new ClinicDetails(name, address, phone, timeZone, currency, cancellationWindowHours, slotStepMinutes,
                bufferMinutes);
    }
}
