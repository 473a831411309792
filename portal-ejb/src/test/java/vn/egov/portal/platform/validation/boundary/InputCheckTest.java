package vn.egov.portal.platform.validation.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.AssertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.validation.control.MaxLength;
import vn.egov.portal.platform.validation.control.Required;
import vn.egov.portal.platform.validation.control.Storable;

public class InputCheckTest {

    public static final InputCheck INPUTS =
            new InputCheck(Validation.buildDefaultValidatorFactory().getValidator());

    record Line(@Required(message = "{line.required}") String text) {}

    record Form(
            @Required(message = "{form.title}") @MaxLength(value = 5, message = "{form.long}") @Storable String title,
            List<@MaxLength(value = 3, message = "{form.tag}") String> tags,
            List<@Valid Line> lines,
            Integer from,
            Integer to) {

        @AssertTrue(message = "{form.order}")
        private boolean isTo() {
            return from == null || to == null || to >= from;
        }
    }

    @Test
    void everyBrokenRuleIsNamedByItsFieldPathWithTheKeyItsConstraintNames() {
        Form form = new Form(" \u200B ", List.of("ok", "too long"), List.of(new Line("a"), new Line(" ")), 5, 1);

        assertThatThrownBy(() -> INPUTS.require(form))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsExactly(
                                java.util.Map.entry("lines[1].text", "line.required"),
                                java.util.Map.entry("tags[1]", "form.tag"),
                                java.util.Map.entry("title", "form.title"),
                                java.util.Map.entry("to", "form.order")));
    }

    @Test
    void lengthIsMeasuredAsStoredAndUnstorableTextIsRefused() {
        // Typed in decomposed form and padded: 11 characters sent, "Hà Nọ" (5) stored.
        assertThat(INPUTS.require(new Form("  Ha\u0300 No\u0323  ", null, null, null, null)))
                .isNotNull();
        assertThatThrownBy(() -> INPUTS.require(new Form("Ha\u0300 No\u0323i", null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("title", "form.long"));
        assertThatThrownBy(() -> INPUTS.require(new Form("a\u0000b", null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("title", "error.text.characters"));
    }

    @Test
    void aMissingInputIsRefusedLikeAMissingField() {
        assertThatThrownBy(() -> INPUTS.require(null))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.fieldErrors())
                        .containsEntry("input", "error.input.required"));
    }
}
