package vn.egov.portal.platform.validation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/**
 * Every constraint of the portal's input types names a key that both bundles have, so no refusal is
 * ever shown as a key or as the validator's English default ("must not be null").
 */
class InputMessagesTest {

    @Test
    void everyConstraintMessageIsAKeyOfBothBundles() throws Exception {
        List<String> templates = new ArrayList<>();
        for (Class<?> type : portalClasses()) {
            Stream.of(type.getDeclaredFields()).forEach(field -> {
                collect(field, templates);
                collect(field.getAnnotatedType(), templates);
            });
            Stream.of(type.getDeclaredMethods()).forEach(method -> collect(method, templates));
            Stream.of(type.getDeclaredConstructors()).forEach(constructor -> parameters(constructor, templates));
            Stream.of(type.getDeclaredMethods()).forEach(method -> parameters(method, templates));
        }
        assertThat(templates).as("constraints found").hasSizeGreaterThan(40);

        TreeSet<String> missing = new TreeSet<>();
        for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            ResourceBundle bundle = PortalMessages.bundle(locale);
            for (String template : templates) {
                boolean key = template.startsWith("{") && template.endsWith("}");
                if (!key || !bundle.containsKey(template.substring(1, template.length() - 1))) {
                    missing.add(locale + " " + template);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void parameters(Executable executable, List<String> templates) {
        Arrays.stream(executable.getParameters()).forEach(parameter -> {
            collect(parameter, templates);
            collect(parameter.getAnnotatedType(), templates);
        });
    }

    private static void collect(AnnotatedElement element, List<String> templates) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                templates.add(message(annotation));
            }
        }
        if (element instanceof AnnotatedParameterizedType generic) {
            Arrays.stream(generic.getAnnotatedActualTypeArguments()).forEach(argument -> collect(argument, templates));
        }
    }

    private static void collect(AnnotatedType type, List<String> templates) {
        collect((AnnotatedElement) type, templates);
    }

    private static String message(Annotation constraint) {
        try {
            Method message = constraint.annotationType().getMethod("message");
            return (String) message.invoke(constraint);
        } catch (ReflectiveOperationException noMessage) {
            throw new IllegalStateException(noMessage);
        }
    }

    private static List<Class<?>> portalClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, InputMessagesTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
