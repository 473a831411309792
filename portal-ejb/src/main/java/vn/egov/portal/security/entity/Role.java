package vn.egov.portal.security.entity;

import java.util.Arrays;
import java.util.Optional;
import vn.egov.portal.platform.access.boundary.Roles;

/**
 * The roles of the regulation (Articles 12 to 17) and what a grant of each one is scoped to. An
 * editor of one sub-portal must not touch another, so SITE roles carry the site; an agency
 * answerer answers for one body, so ORG_UNIT roles carry the unit.
 */
public enum Role {
    COLLABORATOR(Roles.COLLABORATOR, Scope.SITE),
    SECRETARY(Roles.SECRETARY, Scope.SITE),
    DEPUTY_EDITOR(Roles.DEPUTY_EDITOR, Scope.SITE),
    EDITOR_IN_CHIEF(Roles.EDITOR_IN_CHIEF, Scope.SITE),
    SUBPORTAL_EDITOR(Roles.SUBPORTAL_EDITOR, Scope.SITE),
    AGENCY_ANSWERER(Roles.AGENCY_ANSWERER, Scope.ORG_UNIT),
    BATCH_OPERATOR(Roles.BATCH_OPERATOR, Scope.GLOBAL),
    SYSADMIN(Roles.SYSADMIN, Scope.GLOBAL);

    public enum Scope {
        GLOBAL,
        SITE,
        ORG_UNIT
    }

    private final String group;
    private final Scope scope;

    Role(String group, Scope scope) {
        this.group = group;
        this.scope = scope;
    }

    /** The container group name, as used by {@code @RolesAllowed}. */
    public String group() {
        return group;
    }

    public Scope scope() {
        return scope;
    }

    public static Optional<Role> ofGroup(String group) {
        return Arrays.stream(values()).filter(role -> role.group.equals(group)).findFirst();
    }
}
