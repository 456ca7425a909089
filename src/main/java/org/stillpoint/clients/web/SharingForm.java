package org.stillpoint.clients.web;

import jakarta.validation.constraints.NotNull;

/** The client's answer: may my therapists see my headache diary? */
record SharingForm(@NotNull(message = "{field.required}") Boolean sharesDiaryWithTherapists) {
}
