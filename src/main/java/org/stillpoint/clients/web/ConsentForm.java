package org.stillpoint.clients.web;

import jakarta.validation.constraints.NotNull;

import org.stillpoint.clients.ConsentKind;

/** The client accepts one version of one consent text. */
record ConsentForm(@NotNull(message = "{field.required}") ConsentKind kind,
                   @NotNull(message = "{field.required}") Integer version) {
}
