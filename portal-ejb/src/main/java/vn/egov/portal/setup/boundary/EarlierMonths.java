package vn.egov.portal.setup.boundary;

import java.util.List;

/**
 * A feature's demo data that can tell its finished stories again in earlier months, so the demo
 * province has a year of activity for its reports ({@link DemoHistoryData}). Copies are of stories
 * that ended (answered, refused, completed), never of ones still waiting on today.
 */
public interface EarlierMonths {

    /** Plays the finished stories once more for each shift, each "days ago" moved back by that many days. */
    void playEarlier(List<Integer> earlierShifts);
}
