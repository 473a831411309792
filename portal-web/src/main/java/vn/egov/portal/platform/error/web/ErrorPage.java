package vn.egov.portal.platform.error.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.egov.portal.platform.console.web.ConsoleLink;
import vn.egov.portal.platform.console.web.ConsoleMenu;
import vn.egov.portal.platform.i18n.control.PortalMessages;
import vn.egov.portal.platform.i18n.web.PortalLocale;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.security.boundary.AccessDeniedException;

/**
 * What the error page says. Officials keep the console around it (menu, log-out), so a refusal does
 * not throw them out of their work; the page names what was refused: the record's own explanation,
 * or the console page and the roles it is for. Citizens get the public chrome.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final String CONSOLE = "/admin/";

    @Inject
    HttpServletRequest request;

    @Inject
    PortalLocale locale;

    @Inject
    ConsoleMenu menu;

    public String getTemplate() {
        return isConsole() ? "/WEB-INF/templates/console.xhtml" : "/WEB-INF/templates/public.xhtml";
    }

    /**
     * An official's page: the console's chrome, not the citizens'. The page posted back to itself
     * (log-out, language from its header) is one as well: only the console's chrome has a form.
     */
    public boolean isConsole() {
        return request.getUserPrincipal() != null
                && (consolePath().isPresent() || request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null);
    }

    public int getStatus() {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer number ? number : 500;
        return cause().flatMap(Refusal::of).map(Refusal::status).orElse(code);
    }

    public String getTitle() {
        return text(
                switch (getStatus()) {
                    case 400 -> isInvalidAddress() ? "error.badRequest.title" : "error.staleForm.title";
                    case 403 -> "error.forbidden.title";
                    case 404 -> "error.notFound.title";
                    case 410 -> "error.gone.title";
                    case 503 -> "error.unavailable.title";
                    default -> "error.title";
                });
    }

    public String getExplanation() {
        return switch (getStatus()) {
            case 400 -> isInvalidAddress() ? invalidAddress() : text("error.staleForm");
            case 403 -> forbidden();
            case 404 -> text("error.notFound");
            case 410 -> text("error.gone");
            case 503 -> text("error.unavailable");
            default -> text("error.general");
        };
    }

    /** A 400 for the address itself (a page number that is no page), not for a stale form: no reload button. */
    public boolean isInvalidAddress() {
        return cause().flatMap(Refusal::of)
                .filter(Refusal.INVALID_ADDRESS::equals)
                .isPresent();
    }

    /** What is wrong with the address, in the reader's words: the first refused parameter's message. */
    private String invalidAddress() {
        String problem = cause().filter(InvalidInputException.class::isInstance)
                .map(invalid -> ((InvalidInputException) invalid).fieldErrors().values())
                .flatMap(messages -> messages.stream().findFirst())
                .map(this::text)
                .orElseGet(() -> text("error.general"));
        return text("error.badRequest", problem);
    }

    /** The page again, freshly loaded: what a stale or tampered form needs. */
    public String getReloadLink() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getContextPath() + "/" : uri.toString();
        return "/" + path.replaceFirst("^/+", "");
    }

    private String forbidden() {
        Optional<String> explained = cause().filter(AccessDeniedException.class::isInstance)
                .flatMap(denied -> ((AccessDeniedException) denied).explanation())
                .map(phrase -> phrase.render(bundle(), locale.getLocale()));
        if (explained.isPresent()) {
            return explained.get();
        }
        List<ConsoleLink> links = consolePath().map(menu::linksTo).orElse(List.of());
        return links.isEmpty()
                ? text("error.forbidden")
                : text("error.forbidden.page", text(links.get(0).labelKey()), roles(links));
    }

    private String roles(List<ConsoleLink> links) {
        return links.stream()
                .flatMap(link -> link.roles().stream())
                .distinct()
                .sorted()
                .map(role -> text("role." + role))
                .collect(Collectors.joining(", "));
    }

    /** The console page asked for, relative to the portal ("/admin/users.xhtml"), if it is one. */
    private Optional<String> consolePath() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String context = request.getContextPath();
        if (uri == null || !uri.toString().startsWith(context + CONSOLE)) {
            return Optional.empty();
        }
        return Optional.of(uri.toString().substring(context.length()));
    }

    private Optional<Throwable> cause() {
        Object refused = request.getAttribute(Refusal.CAUSE_ATTRIBUTE);
        Object thrown = refused != null ? refused : request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        return thrown instanceof Throwable exception ? Refusal.causeOf(exception) : Optional.empty();
    }

    private String text(String key, Object... arguments) {
        return PortalMessages.get(locale.getLocale(), key, arguments);
    }

    private ResourceBundle bundle() {
        Locale language = locale.getLocale();
        return PortalMessages.bundle(language);
    }
}
