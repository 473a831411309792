package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import vn.egov.portal.qa.entity.Question;

/**
 * The mails to the asker: the receipt with the tracking code, a refusal with its reason at once,
 * a progress notice, the answer. This is the only place Q&A meets the outbound mail.
 *
 * <p>The shared mail outbox (issue 3) is not in this build yet: until it is wired here, no mail is
 * sent, and no page says one was.
 */
@Stateless
@PermitAll
public class QuestionNotices {

    public void received(Question question) {
        // No outbox yet: see the class comment.
    }

    public void refused(Question question) {
        // No outbox yet: see the class comment.
    }

    public void promised(Question question) {
        // No outbox yet: see the class comment.
    }

    public void answered(Question question) {
        // No outbox yet: see the class comment.
    }
}
