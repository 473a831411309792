package vn.egov.portal.qa.web;

import java.io.Serializable;
import vn.egov.portal.qa.boundary.PartRequest;

/** One row of the split editor: a part's wording, field and agency. */
public class PartRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String body;
    private String field;
    private String agency;

    PartRequest toRequest() {
        return new PartRequest(title, body, field, agency);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }
}
