package vn.egov.portal.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 9: the dependencies between features and between layers that keep each feature a
 * folder one can read top to bottom, checked in every build over the classes of all modules.
 */
class ArchitectureTest {

    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String[] parts = type.getPackageName().split("\\.");
            if (parts.length < 4) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(parts[3]);
        }

        @Override
        public String getDescription() {
            return "features of vn.egov.portal";
        }
    };

    /** Each top-level package is a slice of its own, with no exception: a feature is read top to bottom. */
    @Test
    void featuresDependOnEachOtherOneWayOnly() {
        slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(PortalClasses.ALL);
    }

    /**
     * The platform is the bottom layer: addresses, errors, validation, pages' chrome, the role names.
     * What needs a feature's classes lives in that feature, or the platform declares an interface or
     * a base class the feature implements (sections of the home page, unavailable services).
     */
    @Test
    void platformDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("vn.egov.portal.platform..")
                .should()
                .dependOnClassesThat(resideInAPackage("vn.egov.portal..")
                        .and(resideOutsideOfPackage("vn.egov.portal.platform.."))
                        .as("belong to a feature"))
                .check(PortalClasses.ALL);
    }

    @Test
    void entitiesImportNoBoundary() {
        noClasses()
                .that()
                .resideInAPackage("..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..boundary..")
                .check(PortalClasses.ALL);
    }

    /** Pages and resources reach the portal's logic only through the transaction and security boundary. */
    @Test
    void webAndRestInjectOnlyBoundaries() {
        fields().that()
                .areDeclaredInClassesThat()
                .resideInAnyPackage("..web..", "..rest..")
                .and()
                .areAnnotatedWith(Inject.class)
                .should()
                .haveRawType(DescribedPredicate.describe(
                        "a boundary, another page or resource, or the platform's own",
                        (JavaClass type) -> !type.getPackageName().startsWith("vn.egov.portal.")
                                || type.getPackageName().matches(".*\\.(boundary|web|rest)$")))
                .check(PortalClasses.ALL);
    }

    /**
     * No entity manager, query or persistence context outside the boundaries. The one JPA type allowed
     * is the exception a lost race for an edit surfaces with, which the API maps to 409.
     */
    @Test
    void noJpaInWebOrRest() {
        noClasses()
                .that()
                .resideInAnyPackage("..web..", "..rest..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "are JPA other than OptimisticLockException",
                        (JavaClass type) -> type.getPackageName().startsWith("jakarta.persistence")
                                && !type.isEquivalentTo(OptimisticLockException.class)))
                .check(PortalClasses.ALL);
    }
}
