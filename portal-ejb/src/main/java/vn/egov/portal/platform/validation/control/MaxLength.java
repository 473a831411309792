package vn.egov.portal.platform.validation.control;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * At most so many characters of text as it will be stored: in NFC and without outer white space, so a
 * name typed in decomposed Unicode or padded with spaces is measured the way it is kept, not the way
 * the keyboard sent it (line breaks inside a text count, as they are kept). Null passes;
 * {@link Required} says whether text may be missing.
 */
@Documented
@Constraint(validatedBy = MaxLength.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface MaxLength {

    int value();

    String message() default "{error.text.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<MaxLength, CharSequence> {

        private int max;

        @Override
        public void initialize(MaxLength constraint) {
            max = constraint.value();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || Text.nfc(value.toString()).strip().length() <= max;
        }
    }
}
