package vn.egov.portal.eservice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import vn.egov.portal.eservice.boundary.ProcedureEditing;
import vn.egov.portal.eservice.control.ProcedureCells;
import vn.egov.portal.eservice.control.ProcedureImport;
import vn.egov.portal.eservice.entity.OnlineLevel;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ProcedureLevel;
import vn.egov.portal.platform.error.boundary.AccessDeniedException;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The catalogue's console page (admin/thu-tuc/catalogue.xhtml): open a procedure by its code or
 * start a new one, edit it in text fields named after the import file's columns (lists one item a
 * line, as in the CSV), upload a component's blank form, and import a CSV or JSON file, whose
 * problems are listed by line as the API's 400 lists them. The boundary checks who may.
 */
@Named
@ViewScoped
public class ProcedureConsolePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProcedureEditing editing;

    private String codeToOpen;
    private final Map<String, String> cells = new HashMap<>();
    private boolean opened;
    private int componentCount;
    private Integer componentNumber;
    private transient UploadedFile formUpload;
    private transient UploadedFile importUpload;
    private final List<String> importProblems = new ArrayList<>();

    /** The text fields, by import column name ("code", "steps", ...). */
    public Map<String, String> getCells() {
        return cells;
    }

    public void open() {
        try {
            load(editing.open(codeToOpen));
        } catch (NotFoundException unknown) {
            FacesFeedback.show(InvalidInputException.of("codeToOpen", "eservice.error.procedure"), "pick");
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        }
    }

    public void startNew() {
        cells.clear();
        opened = true;
        componentCount = 0;
    }

    public void save() {
        try {
            ProcedureEditing.Saved saved = editing.saveCells(cells);
            load(saved.procedure());
            saved.revision()
                    .ifPresentOrElse(
                            revision -> FacesFeedback.note(
                                    FacesFeedback.text("eservice.console.saved", revision.getNumber())),
                            () -> FacesFeedback.note("eservice.console.unchanged"));
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "editor");
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        }
    }

    public void uploadForm() {
        if (formUpload == null || formUpload.getSize() == 0 || componentNumber == null) {
            FacesFeedback.show(InvalidInputException.of("formFile", "eservice.error.form.format"), "forms");
            return;
        }
        try (InputStream content = formUpload.getInputStream()) {
            editing.attachForm(cells.get("code"), componentNumber, formUpload.getFileName(), content);
            FacesFeedback.note(FacesFeedback.text("eservice.console.formUploaded", componentNumber));
        } catch (InvalidInputException refused) {
            FacesFeedback.show(refused, "forms");
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public void importFile() {
        importProblems.clear();
        if (importUpload == null || importUpload.getSize() == 0) {
            importProblems.add(FacesFeedback.text("eservice.error.import.empty"));
            return;
        }
        try (InputStream content = importUpload.getInputStream()) {
            ProcedureEditing.Imported imported = editing.importFile(content.readAllBytes());
            FacesFeedback.note(FacesFeedback.text(
                    "eservice.console.imported", imported.rows(), imported.created(), imported.changed()));
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().forEach((where, key) -> importProblems.add(where + ": " + FacesFeedback.text(key)));
        } catch (AccessDeniedException denied) {
            FacesFeedback.show(denied);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private void load(Procedure procedure) {
        cells.clear();
        cells.put("code", procedure.getCode());
        cells.put("name", procedure.getName());
        cells.put("field", procedure.getField());
        cells.put("agency", procedure.getAgency().getCode());
        cells.put("level", procedure.getLevel().name());
        cells.put("executingBody", procedure.getExecutingBody());
        cells.put("conditions", procedure.getConditions());
        cells.put("steps", String.join("\n", procedure.getSteps()));
        cells.put("components", ProcedureCells.componentsText(procedure.getComponents()));
        cells.put("feeVnd", procedure.isFree() ? "" : String.valueOf(procedure.getFeeVnd()));
        cells.put("processingDays", String.valueOf(procedure.getProcessingDays()));
        cells.put("result", procedure.getResult());
        cells.put("legalBasis", ProcedureCells.citationsText(procedure.getCitations()));
        cells.put("onlineLevel", procedure.getOnlineLevel().name());
        codeToOpen = procedure.getCode();
        componentCount = procedure.getComponents().size();
        opened = true;
    }

    public List<OrgUnit> getAgencies() {
        return editing.editableAgencies();
    }

    public ProcedureLevel[] getLevels() {
        return ProcedureLevel.values();
    }

    public OnlineLevel[] getOnlineLevels() {
        return OnlineLevel.values();
    }

    /** The component numbers a form may be uploaded for: those of the saved procedure. */
    public List<Integer> getComponentNumbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= componentCount; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    public String getColumns() {
        return String.join(", ", ProcedureImport.COLUMNS);
    }

    public boolean isOpened() {
        return opened;
    }

    public String getCodeToOpen() {
        return codeToOpen;
    }

    public void setCodeToOpen(String codeToOpen) {
        this.codeToOpen = codeToOpen;
    }

    public Integer getComponentNumber() {
        return componentNumber;
    }

    public void setComponentNumber(Integer componentNumber) {
        this.componentNumber = componentNumber;
    }

    public UploadedFile getFormUpload() {
        return formUpload;
    }

    public void setFormUpload(UploadedFile formUpload) {
        this.formUpload = formUpload;
    }

    public UploadedFile getImportUpload() {
        return importUpload;
    }

    public void setImportUpload(UploadedFile importUpload) {
        this.importUpload = importUpload;
    }

    public List<String> getImportProblems() {
        return importProblems;
    }
}
