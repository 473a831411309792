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
 * Text the portal may keep and show ({@link Text#isStorable}: no NUL or other control characters, no
 * direction overrides, no broken surrogates). The API's body check and the Faces default validator
 * refuse such text on the way in already; this constraint holds the rule where a boundary is
 * reached another way (demo data, a batch step, a test).
 */
@Documented
@Constraint(validatedBy = Storable.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Storable {

    String message() default "{" + Text.UNSTORABLE + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Storable, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || Text.isStorable(value.toString());
        }
    }
}
