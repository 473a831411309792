package vn.egov.portal.consultation.web;

import java.io.Serializable;
import vn.egov.portal.consultation.boundary.PartCorrection;
import vn.egov.portal.consultation.entity.DraftPart;
import vn.egov.portal.consultation.entity.PartKind;

/** One row of the split editor: a part's kind, number, heading and text as the agency corrects them. */
public class SplitRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private PartKind kind = PartKind.ARTICLE;
    private String number;
    private String heading;
    private String body;

    static SplitRow of(DraftPart part) {
        SplitRow row = new SplitRow();
        row.kind = part.getKind();
        row.number = part.getNumber();
        row.heading = part.getHeading();
        row.body = part.getBody();
        return row;
    }

    PartCorrection toCorrection() {
        return new PartCorrection(kind, number, heading, body);
    }

    public PartKind getKind() {
        return kind;
    }

    public void setKind(PartKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getHeading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
