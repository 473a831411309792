package vn.egov.portal.eservice.boundary;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.egov.portal.eservice.entity.Application;
import vn.egov.portal.eservice.entity.ApplicationMove;
import vn.egov.portal.eservice.entity.ApplicationState;
import vn.egov.portal.privacy.entity.ErasureRequester;
import vn.egov.portal.privacy.entity.PersonKind;
import vn.egov.portal.privacy.entity.SealedParticulars;

/**
 * A dossier as the agency's official sees it: the public status, the applicant's particulars (each
 * opening audited), the files by component, every move with its actor and comment, and the moves
 * the official can make now; once the particulars were erased, when and why.
 */
public record DossierCase(
        long id,
        DossierStatus status,
        PersonKind kind,
        SealedParticulars applicant,
        List<FileRow> files,
        List<EventRow> events,
        List<ApplicationMove> nextMoves,
        Erased erased) {

    /** When the applicant's personal data was erased, on whose request and under which reference; null until then. */
    public record Erased(Instant at, ErasureRequester requestedBy, String reference) {}

    public record FileRow(
            long id,
            int component,
            String componentName,
            String fileName,
            long sizeBytes,
            Instant uploadedAt,
            boolean supplement) {}

    public record EventRow(
            ApplicationMove move,
            ApplicationState from,
            ApplicationState to,
            String actor,
            Instant at,
            String comment) {}

    static DossierCase of(Application dossier, DossierStatus status) {
        return new DossierCase(
                dossier.getId(),
                status,
                dossier.getApplicantKind(),
                dossier.getApplicant(),
                dossier.getFiles().stream()
                        .map(file -> new FileRow(
                                file.getId(),
                                file.getComponentNumber(),
                                file.getComponentName(),
                                file.getFileName(),
                                file.getSizeBytes(),
                                file.getUploadedAt(),
                                file.isSupplement()))
                        .toList(),
                dossier.getEvents().stream()
                        .map(event -> new EventRow(
                                event.getMove(),
                                event.getFromState(),
                                event.getToState(),
                                event.getActor(),
                                event.getAt(),
                                event.getComment()))
                        .toList(),
                Arrays.stream(ApplicationMove.values())
                        .filter(ApplicationMove::isOfficials)
                        .filter(move -> dossier.getState().after(move).isPresent())
                        .toList(),
                dossier.isErased()
                        ? new Erased(
                                dossier.getErasure().getErasedAt(),
                                dossier.getErasure().getRequestedBy(),
                                dossier.getErasure().getReference())
                        : null);
    }
}
