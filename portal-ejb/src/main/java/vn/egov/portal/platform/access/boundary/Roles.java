package vn.egov.portal.platform.access.boundary;

import java.util.Set;

/**
 * The group names the identity store hands to the container, as constants so that every feature's
 * {@code @RolesAllowed} and the web descriptors spell them one way. In the platform because every
 * feature and the platform's own API name them; the security feature grants them, scoped (Role).
 */
public final class Roles {

    public static final String COLLABORATOR = "collaborator";
    public static final String SECRETARY = "secretary";
    public static final String DEPUTY_EDITOR = "deputy-editor";
    public static final String EDITOR_IN_CHIEF = "editor-in-chief";
    public static final String SUBPORTAL_EDITOR = "subportal-editor";
    public static final String AGENCY_ANSWERER = "agency-answerer";
    public static final String BATCH_OPERATOR = "batch-operator";
    public static final String SYSADMIN = "sysadmin";
    /** An integrator's system calling the API with a token (integration/boundary/ApiTokens); never an official. */
    public static final String INTEGRATOR = "integrator";

    /** Every official's role: whoever holds any of them may enter the console. */
    public static final Set<String> OFFICIALS = Set.of(
            COLLABORATOR,
            SECRETARY,
            DEPUTY_EDITOR,
            EDITOR_IN_CHIEF,
            SUBPORTAL_EDITOR,
            AGENCY_ANSWERER,
            BATCH_OPERATOR,
            SYSADMIN);

    /**
     * Every role the container knows (web.xml, the API's declared roles): the officials' and
     * {@link #INTEGRATOR}, whose tokens are taken on the API only and never open the console.
     */
    public static final Set<String> ALL = union(OFFICIALS, Set.of(INTEGRATOR));

    private Roles() {}

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> all = new java.util.HashSet<>(one);
        all.addAll(other);
        return Set.copyOf(all);
    }
}
