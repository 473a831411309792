package vn.egov.portal.consultation.control;

import java.util.List;

/**
 * The demo's comments on its open draft (seed/demo-consultation-comments.json): single comments on
 * an article (0: the whole draft) and a campaign of near copies, each signer with a closing of their own.
 */
public record DemoComments(String consultation, List<Single> comments, Campaign campaign) {

    public record Single(int article, String body, String name, boolean showName) {}

    public record Campaign(int part, String text, int copies, List<String> signers, List<String> closings) {}
}
