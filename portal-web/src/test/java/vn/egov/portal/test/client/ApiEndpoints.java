package vn.egov.portal.test.client;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.egov.portal.platform.rest.PortalApi;

/**
 * The API's write operations, read from the JAX-RS resources themselves (every class with @Path in
 * the web module's classes), so a resource added later is found without anyone listing it. Each comes
 * with the Java type of its body, from which the fuzz builds what to send.
 */
public final class ApiEndpoints {

    /** One operation: "POST", "/api/v1/questions/{id}/answer", the body's type (null when it takes none). */
    public record Endpoint(String method, String path, Type body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private ApiEndpoints() {}

    public static List<Endpoint> postsAndPuts() {
        String root = "/" + PortalApi.class.getAnnotation(ApplicationPath.class).value();
        List<Endpoint> found = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String base = join(root, resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                Optional<String> verb = verb(method);
                if (verb.isPresent()) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(new Endpoint(verb.get(), sub == null ? base : join(base, sub.value()), bodyType(method)));
                }
            }
        }
        found.sort(Comparator.comparing(Endpoint::toString));
        return found;
    }

    private static Optional<String> verb(Method method) {
        if (method.isAnnotationPresent(POST.class)) {
            return Optional.of("POST");
        }
        return method.isAnnotationPresent(PUT.class) ? Optional.of("PUT") : Optional.empty();
    }

    /** The one parameter without a JAX-RS annotation is the entity. */
    private static Type bodyType(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = Stream.of(parameter.getAnnotations())
                    .map(Annotation::annotationType)
                    .anyMatch(type -> type.getPackageName().startsWith("jakarta.ws.rs"));
            if (!annotated) {
                return parameter.getParameterizedType();
            }
        }
        return null;
    }

    private static List<Class<?>> resourceClasses() {
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(PortalApi.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(classes)) {
                return files.map(classes::relativize)
                        .map(java.nio.file.Path::toString)
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .map(name -> name.substring(0, name.length() - ".class".length())
                                .replace(java.io.File.separatorChar, '.'))
                        .map(ApiEndpoints::load)
                        .filter(type -> type.isAnnotationPresent(Path.class))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiEndpoints.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String join(String base, String path) {
        String joined = base + "/" + path;
        return joined.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}")
                .replaceAll("/+", "/")
                .replaceAll("/$", "");
    }
}
