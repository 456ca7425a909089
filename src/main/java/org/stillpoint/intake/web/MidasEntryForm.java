package org.stillpoint.intake.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.stillpoint.intake.domain.MidasForm;

/**
 * A MIDAS form as staff copy it in, on the page and through the API: the items by number only (clinical-reference
 * §3.1, §8.7). Day counts 0 to 92 (our bound [U]), item B 0 to 10; an empty item is allowed, but then the form is
 * kept without a score.
 */
record MidasEntryForm(
        @NotNull(message = "{field.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate administeredOn,
        @Min(value = 0, message = "{field.min}") @Max(value = MidasForm.MAX_DAYS, message = "{field.max}") Integer item1,
        @Min(value = 0, message = "{field.min}") @Max(value = MidasForm.MAX_DAYS, message = "{field.max}") Integer item2,
        @Min(value = 0, message = "{field.min}") @Max(value = MidasForm.MAX_DAYS, message = "{field.max}") Integer item3,
        @Min(value = 0, message = "{field.min}") @Max(value = MidasForm.MAX_DAYS, message = "{field.max}") Integer item4,
        @Min(value = 0, message = "{field.min}") @Max(value = MidasForm.MAX_DAYS, message = "{field.max}") Integer item5,
        @Min(value = 0, message = "{field.min}") @Max(value = MidasForm.MAX_DAYS, message = "{field.max}") Integer itemA,
        @Min(value = 0, message = "{field.min}") @Max(value = MidasForm.MAX_PAIN, message = "{field.max}") Integer itemB) {

    static MidasEntryForm empty(LocalDate today) {
        return new MidasEntryForm(today, null, null, null, null, null, null, null);
    }

    MidasForm toForm() {
        return new MidasForm(item1, item2, item3, item4, item5, itemA, itemB);
    }
}
