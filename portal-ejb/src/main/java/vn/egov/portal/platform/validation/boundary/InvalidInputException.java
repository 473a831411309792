package vn.egov.portal.platform.validation.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a business rule, with one message key per field so the form or the API can show
 * every problem at once. Message keys resolve in the caller's language (messages bundles). Bean
 * Validation's violations become the same map ({@link #of(Collection)}), so the API's 400 and the
 * Faces messages know one shape only.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors.keySet());
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    /**
     * The violations by field path ({@code title}, {@code parts[1].agency}), each with the bundle key
     * its constraint names in braces. A field that breaks two rules shows one, the same one every time.
     */
    public static InvalidInputException of(Collection<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.<ConstraintViolation<?>, String>comparing(InvalidInputException::field)
                        .thenComparing(InvalidInputException::key))
                .forEach(violation -> errors.putIfAbsent(field(violation), key(violation)));
        return new InvalidInputException(errors);
    }

    /** Field name to message key, e.g. {@code password -> error.password.tooShort}. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /**
     * The property path as the client wrote it: method and parameter nodes of method validation are
     * left out, list positions kept, the nameless node of a list element is its position alone.
     */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                path.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.isEmpty() ? "input" : path.toString();
    }

    /** "{qa.error.required.title}" names the key; a template without braces is a key already. */
    static String key(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }
}
