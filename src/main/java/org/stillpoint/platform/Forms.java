package org.stillpoint.platform;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/** Puts a rule's refusal beside the form field it is about, so the page re-renders with the reason. */
public final class Forms {

    private Forms() {
    }

    /**
     * @param fallbackField where a rule without a field of its own is shown; null shows it above the form
     */
    public static void reject(BindingResult errors, DomainException e, String fallbackField) {
        if (e instanceof InvalidInput invalid) {
            for (InvalidInput.FieldMessage field : invalid.fields()) {
                Object[] args = field.args().toArray();
                if (errors.getTarget() != null && hasProperty(errors, field.field())) {
                    errors.rejectValue(field.field(), field.messageKey(), args, field.messageKey());
                } else {
                    errors.reject(field.messageKey(), args, field.messageKey());
                }
            }
            return;
        }
        String field = e instanceof RuleViolation rule && rule.field() != null ? rule.field() : fallbackField;
        if (field != null && errors.getTarget() != null && hasProperty(errors, field)) {
            errors.rejectValue(field, e.messageKey(), e.args(), e.messageKey());
        } else {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    /**
     * The status a refusal is answered with: 404 for {@link NotFound}, 409 for {@link Conflict}, 422 for
     * {@link RuleViolation}, 400 otherwise ({@link InvalidInput}). The API answers with it, and so does a page that
     * shows the refusal on the form it came from.
     */
    public static HttpStatus status(DomainException e) {
        return e instanceof NotFound ? HttpStatus.NOT_FOUND
                : e instanceof Conflict ? HttpStatus.CONFLICT
                : e instanceof RuleViolation ? HttpStatus.UNPROCESSABLE_CONTENT
                : HttpStatus.BAD_REQUEST;
    }

    private static boolean hasProperty(BindingResult errors, String field) {
        try {
            errors.getFieldType(field);
            return errors.getFieldType(field) != null;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }
}
