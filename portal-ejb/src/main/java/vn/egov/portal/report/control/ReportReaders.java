package vn.egov.portal.report.control;

import java.util.Set;
import vn.egov.portal.platform.access.boundary.Roles;
import vn.egov.portal.report.entity.ReportKind;

/**
 * Who may read a kept report's figures and files, by kind. The activity reports are for the board
 * and the operators. Royalty statements are authors' pay: the board (editor-in-chief, deputy
 * editor, secretary) and the system administrator, the readers of the royalty ledger's statement;
 * the batch operator runs the job and sees in the list that the report exists, nothing more.
 */
public final class ReportReaders {

    /** Whoever may see the list of reports (kind, period, version, state; no figures). */
    public static final Set<String> LIST =
            Set.of(Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.BATCH_OPERATOR, Roles.SYSADMIN);

    public static final Set<String> ROYALTIES =
            Set.of(Roles.EDITOR_IN_CHIEF, Roles.DEPUTY_EDITOR, Roles.SECRETARY, Roles.SYSADMIN);

    /** Whoever reads some kind of report. */
    public static final Set<String> ANY = union(LIST, ROYALTIES);

    private ReportReaders() {}

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> both = new java.util.HashSet<>(one);
        both.addAll(other);
        return Set.copyOf(both);
    }

    public static Set<String> of(ReportKind kind) {
        return kind == ReportKind.ROYALTY_STATEMENT ? ROYALTIES : LIST;
    }
}
