package vn.egov.portal.consultation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import vn.egov.portal.consultation.boundary.ConsultationRegister;
import vn.egov.portal.consultation.entity.Consultation;
import vn.egov.portal.consultation.entity.Extension;
import vn.egov.portal.platform.discovery.control.FeedWriter;
import vn.egov.portal.platform.discovery.web.AtomResponse;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.site.web.AtomFeedServlet;

/**
 * Atom feed of the consultations (/lay-y-kien/moi.atom, /en/lay-y-kien/moi.atom): each one since it
 * was opened, updated when its period is extended (the extension is announced in the entry), closed or
 * summarised, so a reader learns of each step. The texts are Vietnamese; the feed's words follow the
 * address's language.
 */
@WebServlet(urlPatterns = ConsultationFeedServlet.PATH)
public class ConsultationFeedServlet extends AtomFeedServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/lay-y-kien/moi.atom";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Inject
    ConsultationRegister register;

    public ConsultationFeedServlet() {
        super("consultation.feed.title", "/lay-y-kien/", PATH);
    }

    @Override
    protected List<FeedWriter.Entry> entries(Locale locale, String prefix) {
        ZoneId zone = register.zone();
        return register.list(PageRequest.first(AtomResponse.ENTRIES)).items().stream()
                .map(c -> new FeedWriter.Entry(
                        c.getTitle(),
                        portal.absoluteAddress(prefix + c.getPath()),
                        published(c),
                        updated(c),
                        List.of(c.getLeadAgency().getName().in(locale)),
                        summary(c, locale, zone),
                        Language.VIETNAMESE.code()))
                .sorted(Comparator.comparing(FeedWriter.Entry::updated).reversed())
                .toList();
    }

    private static Instant published(Consultation c) {
        return c.getOpenedAt() != null ? c.getOpenedAt() : c.getOpensAt();
    }

    /** The latest step the public saw: opening, an extension, the close, the summary. */
    private static Instant updated(Consultation c) {
        Stream<Instant> steps = Stream.concat(
                Stream.of(published(c), c.getClosedAt(), c.getSummarisedAt()),
                c.getExtensions().stream().map(Extension::getRecordedAt));
        return steps.filter(Objects::nonNull).max(Instant::compareTo).orElse(published(c));
    }

    /** The draft's summary, its period, and the latest extension with its reason. */
    private String summary(Consultation c, Locale locale, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add(c.getSummary());
        lines.add(PortalMessages.get(
                locale,
                "consultation.feed.period",
                PortalMessages.get(
                        locale,
                        "consultation.phase." + c.phaseAt(register.now()).name()),
                WHEN.format(c.getOpensAt().atZone(zone)),
                WHEN.format(c.getClosesAt().atZone(zone))));
        List<Extension> extensions = c.getExtensions();
        if (!extensions.isEmpty()) {
            Extension last = extensions.get(extensions.size() - 1);
            lines.add(PortalMessages.get(
                    locale,
                    "consultation.extended",
                    WHEN.format(last.getNewClose().atZone(zone)),
                    WHEN.format(last.getPreviousClose().atZone(zone)),
                    last.getReason()));
        }
        return String.join(" ", lines);
    }
}
