package vn.egov.portal.consultation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.consultation.control.SplitPart;
import vn.egov.portal.platform.address.control.Slug;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.OrgUnitKind;

class ConsultationStateTest {

    /** The whole table: forward, one step at a time; every other pair, backwards and jumps, is refused. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {"DRAFT | OPEN", "OPEN | CLOSED", "CLOSED | SUMMARISED", "SUMMARISED | ARCHIVED", "ARCHIVED |"})
    void movesForwardOneStepAtATime(ConsultationState from, ConsultationState only) {
        for (ConsultationState to : ConsultationState.values()) {
            assertEquals(to == only, from.canMoveTo(to), from + " -> " + to);
        }
    }

    private static final Instant OPENS = Instant.parse("2026-03-01T01:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-04-01T10:00:00Z");

    /** A drafted consultation of the Department of Justice, open from OPENS to CLOSES once opened. */
    static Consultation consultation() {
        Consultation c = new Consultation(
                "du-thao",
                new OrgUnit(
                        new Slug("so-tu-phap"),
                        LocalizedText.of("Sở Tư pháp", "Department of Justice"),
                        OrgUnitKind.PROVINCE,
                        null,
                        1),
                OPENS);
        c.describe("Dự thảo", "Tóm tắt", "Nguyễn Văn A", null, null, OPENS, CLOSES, null);
        return c;
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource({
        "DRAFT, 2026-03-10T00:00:00Z, UPCOMING",
        "OPEN, 2026-02-28T00:00:00Z, UPCOMING",
        "OPEN, 2026-03-01T01:00:00Z, OPEN",
        "OPEN, 2026-04-01T09:59:59Z, OPEN",
        "OPEN, 2026-04-01T10:00:00Z, CLOSED",
        "CLOSED, 2026-03-10T00:00:00Z, CLOSED",
        "SUMMARISED, 2026-05-10T00:00:00Z, SUMMARISED"
    })
    void showsThePhaseReadersSee(ConsultationState state, Instant now, PublicPhase phase) {
        Consultation c = consultation();
        for (ConsultationState step : ConsultationState.values()) {
            if (step == state) {
                break;
            }
            c.moveTo(step.next().iterator().next(), OPENS);
        }
        assertEquals(phase, c.phaseAt(now));
        assertEquals(phase == PublicPhase.OPEN, c.takesCommentsAt(now));
    }

    @Test
    void refusesAJumpAndCorrectionsAfterOpening() {
        Consultation c = consultation();
        c.replaceDraft("Điều 1. A", List.of(new SplitPart(PartKind.ARTICLE, "1", "A", "")), true);
        assertThrows(IllegalStateException.class, () -> c.moveTo(ConsultationState.CLOSED, OPENS));
        c.moveTo(ConsultationState.OPEN, OPENS);
        assertThrows(IllegalStateException.class, () -> c.replaceDraft("x", List.of(), false));
        assertEquals(1, c.getParts().size());
    }

    @Test
    void recordsAnExtensionOnlyLaterAndOnlyWhileOpen() {
        Consultation c = consultation();
        Instant later = CLOSES.plusSeconds(86400 * 7);
        assertThrows(IllegalStateException.class, () -> c.extend(later, "why", OPENS, "a"));
        c.moveTo(ConsultationState.OPEN, OPENS);
        assertThrows(IllegalArgumentException.class, () -> c.extend(CLOSES, "why", OPENS, "a"));
        c.extend(later, "Thêm thời gian", OPENS, "a");
        assertEquals(later, c.getClosesAt());
        assertEquals(CLOSES, c.getExtensions().get(0).getPreviousClose());
        assertTrue(c.takesCommentsAt(CLOSES));
        assertFalse(c.takesCommentsAt(later));
    }

    /** Each step keeps its moment: opened, closed, the summary published (what the page dates it by). */
    @Test
    void recordsWhenItOpenedClosedAndWasSummarised() {
        Consultation c = consultation();
        Instant closed = CLOSES.plusSeconds(60);
        Instant summarised = CLOSES.plusSeconds(86400 * 5);
        c.moveTo(ConsultationState.OPEN, OPENS);
        c.moveTo(ConsultationState.CLOSED, closed);
        assertEquals(null, c.getSummarisedAt());
        c.moveTo(ConsultationState.SUMMARISED, summarised);
        c.moveTo(ConsultationState.ARCHIVED, summarised.plusSeconds(86400));
        assertEquals(OPENS, c.getOpenedAt());
        assertEquals(closed, c.getClosedAt());
        assertEquals(summarised, c.getSummarisedAt());
        assertEquals(PublicPhase.SUMMARISED, c.phaseAt(summarised));
    }
}
