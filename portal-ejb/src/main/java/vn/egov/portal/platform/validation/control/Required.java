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
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collection;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * A value the input must carry. Text counts as missing when a reader would see nothing in it: white
 * space of any kind and zero-width characters alone are blank ({@link Text#isBlank}), which
 * {@code @NotBlank} does not know; an empty list is missing too. The message names a key of the
 * portal's bundles, e.g. {@code "{qa.error.required.title}"}. Repeatable, so that one field can say
 * what is missing in the words of each group that requires it.
 */
@Documented
@Constraint(validatedBy = Required.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Required.List.class)
public @interface Required {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target({FIELD, METHOD, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        Required[] value();
    }

    final class Check implements ConstraintValidator<Required, Object> {

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value instanceof CharSequence text) {
                return !Text.isBlank(text.toString());
            }
            if (value instanceof Collection<?> values) {
                return !values.isEmpty();
            }
            return value != null;
        }
    }
}
