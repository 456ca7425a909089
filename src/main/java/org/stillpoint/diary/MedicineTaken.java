package org.stillpoint.diary;

import java.time.Instant;

/**
 * An acute medicine taken for an attack (clinical-reference §1.0, §1.7): the product as the client names it, its
 * drug class, when it was taken and how it worked after two hours (null until the client says).
 */
public record MedicineTaken(String product, DrugClass drugClass, Instant takenAt, MedicineEffect effect) {
}
