package vn.egov.portal.qa.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.qa.boundary.AgencyLoad;
import vn.egov.portal.qa.boundary.OpenQuestion;
import vn.egov.portal.qa.boundary.PublishedQa;
import vn.egov.portal.qa.boundary.QuestionStatus;
import vn.egov.portal.qa.entity.AnswerDelegation;
import vn.egov.portal.qa.entity.Citation;
import vn.egov.portal.qa.entity.QaField;
import vn.egov.portal.qa.entity.Question;
import vn.egov.portal.qa.entity.QuestionEvent;

/** The JSON shapes of the Q&A API: plain data; the public ones cannot carry personal data at all. */
public final class QaViews {

    private QaViews() {}

    public record Names(String vi, String en) {
        static Names of(LocalizedText text) {
            return text == null ? null : new Names(text.getVi(), text.getEn());
        }
    }

    public record FieldView(String code, Names name, String agency) {
        static FieldView of(QaField field) {
            return new FieldView(
                    field.getCode(),
                    Names.of(field.getName()),
                    field.getAgency() == null ? null : field.getAgency().getCode());
        }
    }

    public record CitationView(
            String numberSymbol, String excerpt, LocalDate issuedOn, String issuingBody, Long documentId) {
        static CitationView of(Citation citation) {
            return new CitationView(
                    citation.getNumberSymbol(),
                    citation.getExcerpt(),
                    citation.getIssuedOn(),
                    citation.getIssuingBody(),
                    citation.getDocumentId());
        }
    }

    /** A published question and answer, with the disclaimer of Article 9.6. */
    public record PublishedView(
            long id,
            String title,
            String question,
            String answer,
            String field,
            String agency,
            Names agencyName,
            Instant answeredAt,
            Instant publishedAt,
            List<CitationView> citations,
            Names disclaimer) {
        static PublishedView of(PublishedQa qa, LocalizedText disclaimer) {
            return new PublishedView(
                    qa.id(),
                    qa.title(),
                    qa.body(),
                    qa.answer(),
                    qa.fieldCode(),
                    qa.agencyCode(),
                    Names.of(qa.agencyName()),
                    qa.answeredAt(),
                    qa.publishedAt(),
                    qa.citations().stream().map(CitationView::of).toList(),
                    Names.of(disclaimer));
        }
    }

    /** Status by tracking code: the state and the dates, nothing else; dueExpected while no agency holds it. */
    public record StatusView(
            String trackingCode,
            String status,
            LocalDate dueDate,
            boolean dueExpected,
            LocalDate promisedDate,
            List<StatusView> parts) {
        static StatusView of(QuestionStatus status) {
            return new StatusView(
                    status.trackingCode(),
                    status.state().name(),
                    status.dueDate(),
                    status.dueExpected(),
                    status.promisedDate(),
                    status.parts().stream().map(StatusView::of).toList());
        }
    }

    public record ReceiptView(String trackingCode, Instant receivedAt, LocalDate dueDate, String status) {}

    public record ChallengeView(String challenge, int bits) {}

    public record FormView(
            String challenge, int challengeBits, String consentVersion, Names consentText, List<FieldView> fields) {}

    /** A question as officials see it in the API: its wording and history, never the asker's particulars. */
    public record CaseView(
            long id,
            String trackingCode,
            String state,
            String title,
            String question,
            String field,
            String agency,
            Instant receivedAt,
            LocalDate dueDate,
            LocalDate promisedDate,
            boolean flagged,
            String flagTerms,
            String answer,
            List<CitationView> citations,
            List<String> parts,
            List<AttachmentView> attachments,
            List<EventView> history) {
        static CaseView of(Question q) {
            return new CaseView(
                    q.getId(),
                    q.getTrackingCode(),
                    q.getState().name(),
                    q.getTitle(),
                    q.getBody(),
                    q.getField() == null ? null : q.getField().getCode(),
                    q.getAgency() == null ? null : q.getAgency().getCode(),
                    q.getReceivedAt(),
                    q.getDueDate(),
                    q.getDeadline() == null ? null : q.getDeadline().getPromisedDate(),
                    q.isFlagged(),
                    q.getFlagTerms(),
                    q.getAnswer() == null ? null : q.getAnswer().getText(),
                    q.getCitations().stream().map(CitationView::of).toList(),
                    q.getParts().stream().map(Question::getTrackingCode).toList(),
                    q.getAttachments().stream().map(AttachmentView::of).toList(),
                    q.getEvents().stream().map(EventView::of).toList());
        }
    }

    /** A file the asker sent; its bytes are at /admin/hoi-dap/tep/{id} for the board and the agency. */
    public record AttachmentView(long id, String fileName, String format, long sizeBytes) {
        static AttachmentView of(vn.egov.portal.qa.entity.Attachment file) {
            return new AttachmentView(
                    file.getId(), file.getFileName(), file.getFormat().name(), file.getSizeBytes());
        }
    }

    public record EventView(
            Instant at, String actor, String kind, String from, String to, LocalDate date, String note) {
        static EventView of(QuestionEvent e) {
            return new EventView(
                    e.getOccurredAt(),
                    e.getActor(),
                    e.getKind().name(),
                    e.getFromAgency() == null ? null : e.getFromAgency().getCode(),
                    e.getAgency() == null ? null : e.getAgency().getCode(),
                    e.getDate(),
                    e.getNote());
        }
    }

    public record OpenView(long id, String trackingCode, String agency, LocalDate answerBy, String dueStatus) {
        static OpenView of(OpenQuestion open) {
            Question q = open.question();
            return new OpenView(
                    q.getId(),
                    q.getTrackingCode(),
                    q.getAgency().getCode(),
                    q.getAnswerBy(),
                    open.status() == null ? null : open.status().name());
        }
    }

    public record DashboardView(List<AgencyLoad> agencies, List<OpenView> questions) {}

    public record DelegationView(
            long id,
            String agency,
            String username,
            String kind,
            String reference,
            LocalDate validFrom,
            LocalDate validUntil,
            Instant revokedAt) {
        static DelegationView of(AnswerDelegation d) {
            return new DelegationView(
                    d.getId(),
                    d.getAgency().getCode(),
                    d.getAccount().getUsername(),
                    d.getKind().name(),
                    d.getReference(),
                    d.getValidFrom(),
                    d.getValidUntil(),
                    d.getRevokedAt());
        }
    }
}
