package vn.egov.portal.content.control;

import vn.egov.portal.content.entity.ArticleState;

/**
 * The workflow's answer to an attempted move: allowed with its target state, or refused with the
 * message key of the reason. {@link Refusal#ILLEGAL} means the move makes no sense from this state
 * (409); {@link Refusal#DENIED} that this actor may not make it (403).
 */
public record Decision(ArticleState target, Refusal refusal, String reasonKey) {

    public enum Refusal {
        ILLEGAL,
        DENIED
    }

    static Decision allow(ArticleState target) {
        return new Decision(target, null, null);
    }

    static Decision illegal(String reasonKey) {
        return new Decision(null, Refusal.ILLEGAL, reasonKey);
    }

    static Decision denied(String reasonKey) {
        return new Decision(null, Refusal.DENIED, reasonKey);
    }

    public boolean allowed() {
        return refusal == null;
    }
}
