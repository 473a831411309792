package vn.egov.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.address.boundary.PlatformAddresses;
import vn.egov.portal.platform.address.boundary.TopLevelPaths;

/**
 * Issue 10 item 3: the features declare their own top-level paths. The platform keeps only its own
 * words, and each public folder of the web module is declared by the one feature that serves it.
 */
class TopLevelPathsTest {

    /** Folders of the web module that are not public addresses of a feature. */
    private static final Set<String> NOT_PUBLIC = Set.of("WEB-INF", "META-INF", "admin", "resources");

    private static final Map<JavaClass, Set<String>> DECLARED = PortalClasses.ALL.stream()
            .filter(type -> type.isAssignableTo(TopLevelPaths.class))
            .filter(type -> !type.getModifiers().contains(JavaModifier.ABSTRACT))
            .collect(Collectors.toMap(type -> type, TopLevelPathsTest::paths));

    @Test
    void eachFeatureDeclaresItsPathsInItsOwnBoundaryAndOnlyThePlatformInThePlatform() {
        assertThat(DECLARED).hasSizeGreaterThanOrEqualTo(10);
        assertThat(DECLARED.keySet()).allSatisfy(type -> {
            assertThat(type.getPackageName())
                    .as("package of %s", type.getName())
                    .endsWith(".boundary");
            assertThat(type.getPackageName().startsWith("vn.egov.portal.platform."))
                    .as("%s is the platform's own", type.getName())
                    .isEqualTo(type.isEquivalentTo(PlatformAddresses.class));
        });
    }

    @Test
    void noWordIsDeclaredTwice() {
        List<String> all = new ArrayList<>();
        DECLARED.values().forEach(all::addAll);
        assertThat(all).doesNotHaveDuplicates();
    }

    /** A public folder (/van-ban/) is its feature's word, never one the platform keeps by hand. */
    @Test
    void everyPublicFolderIsDeclaredByAFeatureNotByThePlatform() {
        Set<String> platform = new PlatformAddresses().paths();
        Set<String> features = DECLARED.entrySet().stream()
                .filter(entry -> !entry.getKey().isEquivalentTo(PlatformAddresses.class))
                .flatMap(entry -> entry.getValue().stream())
                .collect(Collectors.toSet());
        List<String> folders = Arrays.stream(new File("src/main/webapp").listFiles(File::isDirectory))
                .map(File::getName)
                .filter(name -> !NOT_PUBLIC.contains(name))
                .toList();
        assertThat(folders).hasSizeGreaterThanOrEqualTo(10);
        assertThat(features).containsAll(folders);
        assertThat(platform).doesNotContainAnyElementsOf(features);
    }

    private static Set<String> paths(JavaClass type) {
        try {
            return ((TopLevelPaths) type.reflect().getDeclaredConstructor().newInstance()).paths();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make " + type.getName(), e);
        }
    }
}
