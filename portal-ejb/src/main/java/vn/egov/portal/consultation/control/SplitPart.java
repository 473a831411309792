package vn.egov.portal.consultation.control;

import vn.egov.portal.consultation.entity.PartKind;

/**
 * One part as the splitter found it: its kind, its number as written ("I", "3", "2a"), the heading
 * after the number and the text below it up to the next part.
 */
public record SplitPart(PartKind kind, String number, String heading, String body) {}
