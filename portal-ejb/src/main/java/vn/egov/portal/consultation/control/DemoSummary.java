package vn.egov.portal.consultation.control;

import java.util.List;
import vn.egov.portal.consultation.entity.AnswerVerdict;

/**
 * The demo's closed drafts with their comments (seed/demo-consultation-summary.json): single comments
 * on an article (0: the whole draft) and a campaign of near copies, answered (verdict and answer) and
 * the summary published, or left for the agency to answer (no verdict).
 */
public record DemoSummary(List<Item> consultations) {

    public record Item(String consultation, boolean publish, List<Answered> comments, Campaign campaign) {}

    public record Answered(
            int article, String body, String name, boolean showName, AnswerVerdict verdict, String answer) {}

    public record Campaign(
            int part, String text, int copies, List<String> closings, AnswerVerdict verdict, String answer) {}
}
