package vn.egov.portal.legal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;
import vn.egov.portal.legal.boundary.LegalDocumentEditing;
import vn.egov.portal.legal.boundary.LegalSettings;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;

/**
 * The signed files of one document (admin/legal-files.xhtml?id=...): the list and an upload. The
 * boundary judges the file by its content, so a renamed picture is refused whatever its name says.
 */
@Named
@ViewScoped
public class LegalFilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalDocumentEditing editing;

    @Inject
    LegalSettings settings;

    private Long documentId;
    private LegalDocument document;
    private transient UploadedFile upload;

    @PostConstruct
    void load() {
        String id = Faces.getRequestParameter("id");
        documentId = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        refresh();
    }

    private void refresh() {
        try {
            document = documentId == null ? null : editing.get(documentId);
        } catch (NotFoundException unknown) {
            document = null;
        }
    }

    public void attach() {
        if (document == null || upload == null || upload.getSize() == 0) {
            FacesFeedback.show(InvalidInputException.of("file", "error.legal.file.missing"), "upload");
            return;
        }
        try (InputStream content = upload.getInputStream()) {
            editing.attach(document.getId(), upload.getFileName(), content);
            FacesFeedback.done("legal.console.uploaded");
            refresh();
        } catch (InvalidInputException refused) {
            FacesFeedback.show(refused, "upload");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public LegalDocument getDocument() {
        return document;
    }

    public long getMaxBytes() {
        return settings.maxFileBytes();
    }

    public long getMaxMegabytes() {
        return settings.maxFileBytes() / (1024 * 1024);
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
