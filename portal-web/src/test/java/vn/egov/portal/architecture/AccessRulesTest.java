package vn.egov.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleLinks;
import vn.egov.portal.platform.rest.PortalApi;
import vn.egov.portal.security.entity.Roles;

/**
 * Issue 10 item 5: the role names have one source ({@link Roles}) and the places that repeat them
 * (web.xml, the API's declared roles, {@code @RolesAllowed}, the console links) cannot drift from it
 * or from each other; every boundary says who may call each of its operations.
 */
class AccessRulesTest {

    private static final String OFFICIALS_API = "Officials' API";
    private static final Set<Class<?>> SECURITY = Set.of(RolesAllowed.class, PermitAll.class, DenyAll.class);
    private static final List<Constraint> WEB_XML = constraints(new File("src/main/webapp/WEB-INF/web.xml"));

    @Test
    void webXmlAndTheApiDeclareExactlyTheRolesOfTheOneSource() throws Exception {
        Element webApp = document(new File("src/main/webapp/WEB-INF/web.xml"));
        assertThat(texts(webApp, "security-role")).as("web.xml security-role").isEqualTo(Roles.ALL);
        assertThat(Set.of(PortalApi.class.getAnnotation(DeclareRoles.class).value()))
                .as("PortalApi @DeclareRoles")
                .isEqualTo(Roles.ALL);
        WEB_XML.forEach(constraint -> assertThat(Roles.ALL)
                .as("roles of the constraint %s", constraint.name())
                .containsAll(constraint.roles().stream()
                        .filter(role -> !role.equals("*"))
                        .toList()));
    }

    @Test
    void everyRolesAllowedNamesARoleOfTheOneSource() {
        Set<String> named = PortalClasses.ALL.stream()
                .flatMap(type -> Stream.concat(
                        Stream.of(type.reflect()), Arrays.stream(type.reflect().getDeclaredMethods())))
                .map(element -> element.getAnnotation(RolesAllowed.class))
                .filter(annotation -> annotation != null)
                .flatMap(annotation -> Arrays.stream(annotation.value()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(named).isNotEmpty();
        assertThat(Roles.ALL).containsAll(named);
    }

    /** A console page's web.xml constraint and its menu entry name the same roles. */
    @Test
    void consolePagesConstrainedInWebXmlAreForTheRolesOfTheirMenuEntry() {
        Map<String, Set<String>> linkRoles =
                consoleLinks().stream().collect(Collectors.toMap(ConsoleLink::path, ConsoleLink::roles));
        List<Constraint> pages = WEB_XML.stream()
                .filter(constraint ->
                        constraint.patterns().stream().allMatch(p -> p.startsWith("/admin/") && !p.endsWith("*")))
                .toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(7);
        for (Constraint page : pages) {
            for (String pattern : page.patterns()) {
                assertThat(linkRoles).as("menu entry for %s", pattern).containsKey(pattern);
                assertThat(linkRoles.get(pattern)).as("roles of %s", pattern).isEqualTo(page.roles());
            }
        }
    }

    /**
     * Leftover of wave 1: a resource method with {@code @RolesAllowed} outside the officials' API
     * constraint lets the log-in mechanism's 401 and Jersey both write the answer.
     */
    @Test
    void everyApiOperationForRolesLiesUnderTheOfficialsApiConstraint() {
        Constraint officials = WEB_XML.stream()
                .filter(constraint -> constraint.name().equals(OFFICIALS_API))
                .findFirst()
                .orElseThrow();
        List<String> guarded = resourceOperations()
                .filter(operation -> guarded(operation.method()))
                .map(Operation::path)
                .toList();
        assertThat(guarded).as("operations for roles").isNotEmpty();
        assertThat(guarded).allSatisfy(path -> assertThat(officials.patterns())
                .as("web.xml %s patterns covering %s", OFFICIALS_API, path)
                .anyMatch(pattern -> covers(pattern, path)));
    }

    /** The boundary is honest: each operation of each bean in a boundary package says who may call it. */
    @Test
    void everyPublicOperationOfABoundaryBeanDeclaresWhoMayCallIt() {
        List<String> undeclared = PortalClasses.ALL.stream()
                .filter(type -> type.getPackageName().endsWith(".boundary"))
                .filter(type -> type.isAnnotatedWith(Stateless.class) || type.isAnnotatedWith(Singleton.class))
                .filter(type -> SECURITY.stream().noneMatch(annotation -> type.isAnnotatedWith(annotation.getName())))
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(method -> !method.getModifiers().contains(JavaModifier.STATIC))
                .filter(method ->
                        SECURITY.stream().noneMatch(annotation -> method.isAnnotatedWith(annotation.getName())))
                .map(JavaMethod::getFullName)
                .toList();
        assertThat(undeclared).isEmpty();
    }

    private static boolean guarded(JavaMethod method) {
        return method.isAnnotatedWith(RolesAllowed.class)
                || (method.getOwner().isAnnotatedWith(RolesAllowed.class) && !method.isAnnotatedWith(PermitAll.class));
    }

    private static boolean covers(String pattern, String path) {
        return pattern.endsWith("/*")
                ? path.equals(pattern.substring(0, pattern.length() - 2))
                        || path.startsWith(pattern.substring(0, pattern.length() - 1))
                : path.equals(pattern);
    }

    private record Operation(JavaMethod method, String path) {}

    private static Stream<Operation> resourceOperations() {
        String api = "/" + PortalApi.class.getAnnotation(ApplicationPath.class).value();
        return PortalClasses.ALL.stream()
                .filter(type -> type.isAnnotatedWith(Path.class))
                .flatMap(type -> type.getMethods().stream()
                        .filter(method -> method.getAnnotations().stream()
                                .anyMatch(annotation -> annotation.getRawType().isAnnotatedWith(HttpMethod.class)))
                        .map(method -> new Operation(
                                method,
                                join(
                                        api,
                                        join(
                                                pathOf(type),
                                                method.tryGetAnnotationOfType(Path.class)
                                                        .map(Path::value)
                                                        .orElse(""))))));
    }

    private static String pathOf(JavaClass type) {
        return type.getAnnotationOfType(Path.class).value();
    }

    private static String join(String base, String tail) {
        String trimmed = tail.startsWith("/") ? tail.substring(1) : tail;
        return trimmed.isEmpty() ? base : base + "/" + trimmed;
    }

    private static List<ConsoleLink> consoleLinks() {
        return PortalClasses.ALL.stream()
                .filter(type -> type.isAssignableTo(ConsoleLinks.class) && !type.isInterface())
                .map(type -> {
                    try {
                        return (ConsoleLinks)
                                type.reflect().getDeclaredConstructor().newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError("cannot make " + type.getName(), e);
                    }
                })
                .flatMap(links -> links.links().stream())
                .toList();
    }

    private record Constraint(String name, Set<String> patterns, Set<String> roles) {}

    private static List<Constraint> constraints(File webXml) {
        try {
            NodeList found = document(webXml).getElementsByTagName("security-constraint");
            return IntStream.range(0, found.getLength())
                    .mapToObj(i -> (Element) found.item(i))
                    .map(constraint -> new Constraint(
                            texts(constraint, "web-resource-name").iterator().next(),
                            texts(constraint, "url-pattern"),
                            texts(constraint, "role-name")))
                    .toList();
        } catch (Exception e) {
            throw new AssertionError("cannot read " + webXml, e);
        }
    }

    private static Element document(File file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file).getDocumentElement();
    }

    private static Set<String> texts(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return IntStream.range(0, found.getLength())
                .mapToObj(i -> found.item(i).getTextContent().trim())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
