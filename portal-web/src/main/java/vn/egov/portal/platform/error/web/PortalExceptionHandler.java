package vn.egov.portal.platform.error.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.util.Hacks;

/**
 * Where a failed Faces request becomes an answer. A {@link Refusal} answers with its status and the
 * portal's error page, which shows officials the console around it and says what was refused; the
 * log gets one line without a stack trace. Everything else is the portal's own fault and is left to
 * OmniFaces: its error page for Ajax requests, the container's 500 page with the trace otherwise.
 */
public class PortalExceptionHandler extends FullAjaxExceptionHandler {

    private static final String ERROR_PAGE = "/error.xhtml";

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
            answerRefusal(faces);
        }
        super.handle();
    }

    /** Ajax refusals are rendered by OmniFaces as the whole error page; they too log one line. */
    @Override
    protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
        Optional<Refusal> refusal = Refusal.of(exception);
        if (refusal.isPresent()) {
            log(context, refusal.get(), exception);
        } else {
            super.logException(context, exception, location, reason);
        }
    }

    private void answerRefusal(FacesContext faces) {
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            Optional<Refusal> refusal = Refusal.of(thrown);
            if (refusal.isPresent()) {
                events.remove();
                while (events.hasNext()) {
                    events.next();
                    events.remove();
                }
                refuse(faces, refusal.get(), thrown);
                return;
            }
        }
    }

    private static void refuse(FacesContext faces, Refusal refusal, Throwable thrown) {
        log(faces, refusal, thrown);
        if (faces.getExternalContext().isResponseCommitted()) {
            faces.responseComplete();
            return;
        }
        try {
            renderErrorPage(faces, refusal, Refusal.causeOf(thrown).orElse(thrown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders the error page in this very request, as OmniFaces does for Ajax: a second Faces request
     * through the container's error dispatch would find this one's PrimeFaces state and draw the
     * console without its menu. What was already written is dropped; the security headers stay.
     */
    private static void renderErrorPage(FacesContext faces, Refusal refusal, Throwable cause) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, refusal.status());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.setAttribute(Refusal.CAUSE_ATTRIBUTE, cause);
        ((HttpServletResponse) external.getResponse()).resetBuffer();
        external.setResponseStatus(refusal.status());
        ViewHandler views = faces.getApplication().getViewHandler();
        UIViewRoot page = views.createView(faces, ERROR_PAGE);
        Hacks.removeResourceDependencyState(faces);
        faces.setViewRoot(page);
        ViewDeclarationLanguage facelets = views.getViewDeclarationLanguage(faces, ERROR_PAGE);
        facelets.buildView(faces, page);
        faces.getApplication().publishEvent(faces, PreRenderViewEvent.class, page);
        facelets.renderView(faces, page);
        faces.responseComplete();
    }

    private static void log(FacesContext faces, Refusal refusal, Throwable thrown) {
        RefusalLog.log(
                (HttpServletRequest) faces.getExternalContext().getRequest(),
                refusal,
                Refusal.causeOf(thrown).orElse(thrown));
    }
}
