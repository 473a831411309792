package vn.egov.portal.batch.web;

import java.util.Locale;
import vn.egov.portal.platform.i18n.control.PortalMessages;

/**
 * How long a run or a step took, the way an operator reads it: "4,8 giây", "3 phút 05 giây",
 * "2 giờ 03 phút" (tenths of a second only while they matter, below ten seconds).
 */
final class Durations {

    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;

    private Durations() {}

    static String text(Long millis, Locale locale) {
        if (millis == null) {
            return "";
        }
        long ms = Math.max(0, millis);
        if (ms < 10 * SECOND) {
            return PortalMessages.get(locale, "batch.duration.tenths", Math.round(ms / 100.0) / 10.0);
        }
        if (ms < MINUTE) {
            return PortalMessages.get(locale, "batch.duration.seconds", Math.round(ms / (double) SECOND));
        }
        if (ms < HOUR) {
            return PortalMessages.get(locale, "batch.duration.minutes", ms / MINUTE, ms % MINUTE / SECOND);
        }
        return PortalMessages.get(locale, "batch.duration.hours", ms / HOUR, ms % HOUR / MINUTE);
    }
}
