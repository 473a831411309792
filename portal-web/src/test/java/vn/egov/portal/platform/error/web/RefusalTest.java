package vn.egov.portal.platform.error.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.error.boundary.WithdrawnException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.privacy.boundary.SealedDataUnavailableException;

/** Which failures of a page are answered with their own status and page rather than a 500. */
class RefusalTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new NotFoundException("Article", 1), 404),
                Arguments.of(new WithdrawnException("Article", 1), 410),
                Arguments.of(InvalidInputException.of("page", "paging.error.page"), 400),
                Arguments.of(new InvalidInputException(Map.of("size", "paging.error.size")), 400),
                Arguments.of(new SealedDataUnavailableException("wrong key"), 503),
                Arguments.of(new EJBException(new SealedDataUnavailableException("wrong key")), 503),
                Arguments.of(new FacesException(new FacesException(new WithdrawnException("Question", 2))), 410));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failures")
    void aRefusalAnywhereInTheChainGivesItsStatus(Throwable thrown, int status) {
        assertThat(Refusal.of(thrown)).map(Refusal::status).contains(status);
    }

    @ParameterizedTest
    @MethodSource("faults")
    void thePortalsOwnFaultsAreNoRefusal(Throwable thrown) {
        assertThat(Refusal.of(thrown)).isEmpty();
    }

    static Stream<Throwable> faults() {
        return Stream.of(new IllegalStateException("bug"), new FacesException(new NullPointerException()));
    }
}
