package vn.egov.portal.consultation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.primefaces.model.file.UploadedFile;
import vn.egov.portal.consultation.boundary.ConsultationFiles;
import vn.egov.portal.content.web.PublicPages;
import vn.egov.portal.platform.error.boundary.ConflictException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;

/**
 * The draft as files on a consultation's console page, while it is a draft: one upload at a time,
 * judged by its content by the file store (a renamed picture is refused whatever its name says).
 */
@Named
@ViewScoped
public class DraftFilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationFiles files;

    private Long id;
    private transient UploadedFile upload;

    /** The consultation of the address, read when the page is first drawn (a post carries no query). */
    @PostConstruct
    void init() {
        id = PublicPages.longParam("id");
    }

    public void attach() {
        if (id == null || upload == null || upload.getSize() == 0) {
            FacesFeedback.show(InvalidInputException.of("file", "consultation.error.fileMissing"), "draftFiles");
            return;
        }
        try (InputStream content = upload.getInputStream()) {
            files.attachDraft(id, upload.getFileName(), content);
            FacesFeedback.done("consultation.console.fileAdded");
            PublicPages.redirect(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/admin/lay-y-kien/consultation.xhtml?id=" + id);
        } catch (InvalidInputException refused) {
            FacesFeedback.show(refused, "draftFiles");
        } catch (ConflictException conflict) {
            FacesFeedback.show(conflict);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
