package vn.egov.portal.eservice.boundary;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.egov.portal.eservice.entity.Application;
import vn.egov.portal.eservice.entity.ApplicationMove;
import vn.egov.portal.eservice.entity.ApplicationState;
import vn.egov.portal.privacy.entity.PersonKind;
import vn.egov.portal.privacy.entity.SealedParticulars;

/**
 * A dossier as the agency's official sees it: the public status, the applicant's particulars (each
 * opening audited), the files by component, every move with its actor and comment, and the moves
 * the official can make now.
 */
public record DossierCase(
        long id,
        DossierStatus status,
        PersonKind kind,
        SealedParticulars applicant,
        List<FileRow> files,
        List<EventRow> events,
        List<ApplicationMove> nextMoves) {

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
        SealedParticulars applicant = dossier.getApplicant();
        return new DossierCase(
                dossier.getId(),
                status,
                dossier.getApplicantKind(),
                applicant == null ? SealedParticulars.none() : applicant,
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
                        .toList());
    }
}
