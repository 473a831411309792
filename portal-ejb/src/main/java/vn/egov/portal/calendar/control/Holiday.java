package vn.egov.portal.calendar.control;

import vn.egov.portal.platform.i18n.control.Phrase;

/** The public holidays of the Labour Code 2019, Art. 112(1). */
public enum Holiday {
    NEW_YEAR("calendar.holiday.newYear"),
    TET("calendar.holiday.tet"),
    HUNG_KINGS("calendar.holiday.hungKings"),
    REUNIFICATION("calendar.holiday.reunification"),
    LABOUR_DAY("calendar.holiday.labourDay"),
    NATIONAL_DAY("calendar.holiday.nationalDay");

    private final String key;

    Holiday(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public Phrase phrase() {
        return Phrase.of(key);
    }
}
