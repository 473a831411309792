package vn.egov.portal.eservice.web;

import java.util.Locale;
import java.util.stream.Collectors;
import vn.egov.portal.eservice.entity.ProcedureRevision;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/** A revision said in the reader's language: the parts it changed, and the official's note after them. */
public final class ProcedureChangeText {

    private ProcedureChangeText() {}

    /** "Time limit, legal basis. Note" — or "Entered in the catalogue." for revision 1. */
    public static String summary(ProcedureRevision revision, Locale locale) {
        String parts = revision.getChanged().stream()
                .map(part -> PortalMessages.get(locale, "eservice.part." + part.name()))
                .collect(Collectors.joining(", "));
        String note = revision.getNote();
        return PortalMessages.get(locale, "eservice.change.summary", parts)
                + (note == null || note.isBlank() ? "" : " " + note);
    }
}
