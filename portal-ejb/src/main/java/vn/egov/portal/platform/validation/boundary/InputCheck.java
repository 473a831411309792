package vn.egov.portal.platform.validation.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.LinkedHashMap;
import java.util.Map;
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
        Map<String, String> problems = problems(input, groups);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    /**
     * Field to message key for every rule the input breaks (a map the caller may add to), for a boundary
     * that adds the rules only it can check (is the document in the register?) so that the caller still
     * learns everything at once.
     */
    public Map<String, String> problems(Object input, Class<?>... groups) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (input == null) {
            problems.put("input", "error.input.required");
            return problems;
        }
        Set<ConstraintViolation<Object>> violations =
                validator.validate(input, groups.length == 0 ? new Class<?>[] {Default.class} : groups);
        if (!violations.isEmpty()) {
            problems.putAll(InvalidInputException.of(violations).fieldErrors());
        }
        return problems;
    }
}
