package vn.egov.portal.setup.boundary;

/**
 * One feature's share of the demo province, loaded when PORTAL_DEMO=true. Each feature ships its
 * own, so the demo grows with the product; each is loaded once, in its own transaction.
 */
public interface DemoDataset {

    /** The seed-log key; bump its suffix when the set changes shape. */
    String key();

    /** Lower loads first: sites before the articles that live on them. */
    int order();

    void load();
}
