package vn.egov.portal.qa.control;

import java.time.LocalDate;
import java.util.List;
import vn.egov.portal.privacy.control.Particulars;

/**
 * The demo province's Q&A (seed/demo-qa.json): an agency head and a delegate on the register, and
 * questions that went each of the ways a question can go, told as what happened to them.
 */
public record DemoQaData(List<Head> heads, List<Delegation> delegations, List<DemoQuestion> questions) {

    public record Head(
            String username, String displayName, String email, String agency, String reference, LocalDate since) {}

    public record Delegation(String agency, String username, String kind, String reference, LocalDate since) {}

    public record Cited(String numberSymbol, String excerpt, LocalDate issuedOn, String issuingBody) {}

    public record Answer(String text, List<Cited> citations) {}

    public record Transfer(String to, String note) {}

    public record Promise(int inDays, String note) {}

    public record Refusal(String reason, String note) {}

    public record Erasure(String requestedBy, String reference) {}

    public record Part(String title, String body, String field, String agency) {}

    public record DemoQuestion(
            int daysAgo,
            String type,
            String field,
            Particulars asker,
            String title,
            String body,
            String route,
            Transfer transfer,
            Promise promise,
            Answer answer,
            boolean publish,
            Erasure erase,
            Refusal refuse,
            List<Part> split) {

        /** Answered or refused there and then, with nothing that waits on today (a promised date). */
        public boolean isFinished() {
            boolean answered = answer != null && promise == null && erase == null && split == null;
            return answered || refuse != null;
        }

        /** The same story told {@code days} earlier, left unpublished: the public Q&A keeps its own. */
        public DemoQuestion earlier(int days) {
            return new DemoQuestion(
                    daysAgo + days,
                    type,
                    field,
                    asker,
                    title,
                    body,
                    route,
                    transfer,
                    promise,
                    answer,
                    false,
                    erase,
                    refuse,
                    split);
        }
    }
}
