package vn.egov.portal.eservice.rest;

import java.util.Arrays;
import java.util.Locale;
import vn.egov.portal.eservice.entity.ServiceRating;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;

/** The applicant's rating: the receipt's secret, one of the three answers, an optional comment. */
public record RatingPayload(String secret, String rating, String comment) {

    /** The answer named; a missing one is left to the boundary, an unknown one is a 400 on "rating". */
    ServiceRating ratingValue() {
        if (Text.isBlank(rating)) {
            return null;
        }
        String name = rating.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(ServiceRating.values())
                .filter(value -> value.name().equals(name))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("rating", "eservice.error.required.rating"));
    }
}
