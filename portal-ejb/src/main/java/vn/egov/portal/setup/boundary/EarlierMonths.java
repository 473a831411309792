package vn.egov.portal.setup.boundary;

import java.util.List;

/**
 * A feature's demo data that can tell its finished stories again in earlier months, so the demo
 * province has a year of activity for its reports ({@link DemoHistoryData}). Copies are of stories
 * that ended (answered, refused, completed), never of ones still waiting on today.
 */
public interface EarlierMonths {

    /** Plays the month's share of the finished stories once more for each month, "days ago" moved back. */
    void playEarlier(List<EarlierMonth> months);
}
