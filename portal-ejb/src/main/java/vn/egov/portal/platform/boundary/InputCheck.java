package vn.egov.portal.platform.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.Set;

/**
 * The one way a boundary checks what it is given: the input record carries Bean Validation
 * constraints whose messages are keys of the portal's bundles, and the boundary calls
 * {@link #require} first thing. Every broken rule comes back at once as an
 * {@link InvalidInputException}, which the API answers with its 400 field list and the console
 * shows next to the fields. Rules that need the database (is the number taken, does the account
 * exist) stay in the boundary and throw the same exception.
 */
@Dependent
public class InputCheck {

    private final Validator validator;

    @Inject
    public InputCheck(Validator validator) {
        this.validator = validator;
    }

    /** The input itself when it keeps every rule of the given groups (the default group when none). */
    public <T> T require(T input, Class<?>... groups) {
        if (input == null) {
            throw InvalidInputException.of("input", "error.input.required");
        }
        Set<ConstraintViolation<T>> violations =
                validator.validate(input, groups.length == 0 ? new Class<?>[] {Default.class} : groups);
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        return input;
    }
}
