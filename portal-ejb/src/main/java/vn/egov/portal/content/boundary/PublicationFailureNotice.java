package vn.egov.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.mail.boundary.Outbox;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.site.boundary.BoardMailbox;

/**
 * Mails the editorial board when a scheduled publication fails, besides the board's queue and the
 * audit trail: a failure at night must be seen in the morning. One mail per article and schedule.
 */
@Stateless
// Open to every caller on purpose: scheduled publishing calls it without a caller.
@PermitAll
public class PublicationFailureNotice {

    private static final Locale BOARD_LANGUAGE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Inject
    Outbox outbox;

    @Inject
    BoardMailbox board;

    @Inject
    PortalConfig config;

    public void send(Article article, String reason) {
        board.address()
                .ifPresent(address -> outbox.enqueue(
                        "article-publish-failed:" + article.getId() + ":"
                                + article.getPublishAt().toEpochMilli(),
                        List.of(address),
                        PortalMessages.get(BOARD_LANGUAGE, "mail.publishFailed.subject", article.getTitle()),
                        PortalMessages.get(
                                BOARD_LANGUAGE,
                                "mail.publishFailed.body",
                                article.getTitle(),
                                String.valueOf(article.getId()),
                                WHEN.format(article.getPublishAt().atZone(config.zone())),
                                PortalMessages.get(BOARD_LANGUAGE, reason))));
    }
}
