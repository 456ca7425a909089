package org.stillpoint.clients.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.stillpoint.clients.domain.BirthDateRule;

/** A plausible date of birth ({@link BirthDateRule}); null passes, pair it with {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BirthDate.Validator.class)
@interface BirthDate {

    String message() default "{field.date.future}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BirthDate, java.time.LocalDate> {

        @Override
        public boolean isValid(java.time.LocalDate value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            var today = BirthDateRule.latestToday(context.getClockProvider().getClock());
            return BirthDateRule.problem(value, today).map(key -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
