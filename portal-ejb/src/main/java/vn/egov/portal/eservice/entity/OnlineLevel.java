package vn.egov.portal.eservice.entity;

/** How much of a procedure can be done online: all of it (toàn trình) or part of it (một phần). */
public enum OnlineLevel {
    FULL,
    PARTIAL
}
