package vn.egov.portal.deadline.entity;

/** How an open obligation stands against its due date, and its dashboard colour. */
public enum DeadlineStatus {
    ON_TRACK("green"),
    DUE_SOON("amber"),
    DUE_TODAY("amber"),
    OVERDUE("red"),
    ESCALATED("red");

    private final String colour;

    DeadlineStatus(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    public boolean isLate() {
        return this == OVERDUE || this == ESCALATED;
    }
}
