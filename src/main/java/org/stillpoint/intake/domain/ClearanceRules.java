package org.stillpoint.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.stillpoint.intake.NewClearance;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;

/** What a clearance must say before it is recorded; every problem at once, by field (400). */
public final class ClearanceRules {

    static final int NAME_LENGTH = 120;
    static final int REFERENCE_LENGTH = 200;

    private ClearanceRules() {
    }

    /** The clearance with its texts trimmed (blank ones absent). */
    public static NewClearance check(NewClearance clearance, LocalDate today) {
        List<FieldMessage> problems = new ArrayList<>();
        String name = text(problems, "clinicianName", clearance.clinicianName(), NAME_LENGTH, true);
        String profession = text(problems, "clinicianProfession", clearance.clinicianProfession(), NAME_LENGTH,
                true);
        String reference = text(problems, "documentReference", clearance.documentReference(), REFERENCE_LENGTH,
                false);
        if (clearance.clearedOn() == null) {
            problems.add(problem("clearedOn", "field.required"));
        } else if (clearance.clearedOn().isAfter(today)) {
            problems.add(problem("clearedOn", "field.date.future"));
        }
        if (clearance.scope() == null) {
            problems.add(problem("scope", "field.required"));
        }
        LocalDate expires = clearance.expiresOn();
        if (expires != null && clearance.clearedOn() != null && expires.isBefore(clearance.clearedOn())) {
            problems.add(problem("expiresOn", "intake.clearance.expires-before-given"));
        } else if (expires != null && expires.isBefore(today)) {
            problems.add(problem("expiresOn", "intake.clearance.expired-already"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("invalid-clearance", "intake.clearance.invalid", problems, problems.size());
        }
        return new NewClearance(name, profession, clearance.clearedOn(), clearance.scope(), expires, reference);
    }

    private static String text(List<FieldMessage> problems, String field, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add(problem(field, "field.required"));
            }
            return null;
        }
        if (text.length() > max) {
            problems.add(problem(field, "field.too-long"));
        }
        return text;
    }

    private static FieldMessage problem(String field, String key) {
        return new FieldMessage(field, key, List.of());
    }
}
