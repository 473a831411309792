package vn.egov.portal.eservice.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import vn.egov.portal.eservice.entity.ApplicationState;
import vn.egov.portal.eservice.entity.ServiceRating;

/**
 * The public figures of a set of dossiers (those submitted in one month): received, resolved on time
 * or late (the day the result was ready against the due date), in progress (and of those, past their
 * due date), refused or rejected, withdrawn; the on-time rate over the resolved ones and the
 * satisfaction rate (satisfied or acceptable) over the rated ones, in percent with one decimal, null
 * when there is nothing to divide by.
 */
public record ResultTally(
        int received,
        int onTime,
        int late,
        int inProgress,
        int overdue,
        int rejected,
        int withdrawn,
        int rated,
        BigDecimal onTimeRate,
        BigDecimal satisfactionRate) {

    /** What the tally needs of one dossier; {@code resultDay} is the local day its result was ready. */
    public record Facts(ApplicationState state, LocalDate dueDate, LocalDate resultDay, ServiceRating rating) {}

    public static ResultTally of(List<Facts> dossiers, LocalDate today) {
        int onTime = 0;
        int late = 0;
        int inProgress = 0;
        int overdue = 0;
        int rejected = 0;
        int withdrawn = 0;
        int rated = 0;
        int content = 0;
        for (Facts dossier : dossiers) {
            switch (dossier.state()) {
                case RESULT_READY, COMPLETED -> {
                    if (dossier.dueDate() != null
                            && dossier.resultDay() != null
                            && dossier.resultDay().isAfter(dossier.dueDate())) {
                        late++;
                    } else {
                        onTime++;
                    }
                }
                case REFUSED, REJECTED -> rejected++;
                case WITHDRAWN -> withdrawn++;
                default -> {
                    inProgress++;
                    if (dossier.state().clockRuns() && dossier.dueDate() != null && today.isAfter(dossier.dueDate())) {
                        overdue++;
                    }
                }
            }
            if (dossier.rating() != null) {
                rated++;
                content += dossier.rating().isContent() ? 1 : 0;
            }
        }
        return new ResultTally(
                dossiers.size(),
                onTime,
                late,
                inProgress,
                overdue,
                rejected,
                withdrawn,
                rated,
                percent(onTime, onTime + late),
                percent(content, rated));
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
