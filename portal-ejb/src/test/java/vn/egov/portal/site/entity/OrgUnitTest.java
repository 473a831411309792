package vn.egov.portal.site.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.entity.LocalizedText;

class OrgUnitTest {

    private final OrgUnit province = unit("tinh", null);
    private final OrgUnit committee = unit("ubnd", province);
    private final OrgUnit justice = unit("so-tp", committee);

    @Test
    void keepsThePathOfCodesFromTheRoot() {
        assertThat(justice.getPath()).isEqualTo("/tinh/ubnd/so-tp/");
        assertThat(justice.getDepth()).isEqualTo(2);
        assertThat(justice.isWithin(province)).isTrue();
        assertThat(province.isWithin(justice)).isFalse();
    }

    @Test
    void aUnitCannotMoveIntoItsOwnBranch() {
        assertThatThrownBy(() -> committee.placeUnder(justice)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> committee.placeUnder(committee)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void descendantsFollowAMovedParent() {
        OrgUnit council = unit("hdnd", province);

        committee.placeUnder(council);
        justice.followParent();

        assertThat(justice.getPath()).isEqualTo("/tinh/hdnd/ubnd/so-tp/");
        assertThat(justice.getDepth()).isEqualTo(3);
    }

    @Test
    void siblingCodeSharingAPrefixIsNotInTheBranch() {
        OrgUnit other = unit("ubnd-2", province);

        assertThat(other.isWithin(committee)).isFalse();
    }

    private static OrgUnit unit(String code, OrgUnit parent) {
        return new OrgUnit(new Slug(code), LocalizedText.of(code, null), OrgUnitKind.UNIT, parent, 0);
    }
}
