package vn.egov.portal.content.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.content.entity.ArticleState;

/**
 * What one official may do with one article now, so the console offers exactly that: the moves they
 * may make, the moves that start from this state but are not theirs with the reason of each, whether
 * they may change the text, write the English version or propose it to the main portal, and how a
 * proposal already sent up stands.
 */
public record ArticleOffer(
        List<WorkflowAction> actions,
        Map<WorkflowAction, String> refused,
        boolean editable,
        boolean translatable,
        boolean proposable,
        Optional<ArticleState> proposal) {

    public ArticleOffer {
        actions = List.copyOf(actions);
        refused = Collections.unmodifiableMap(new LinkedHashMap<>(refused));
    }
}
