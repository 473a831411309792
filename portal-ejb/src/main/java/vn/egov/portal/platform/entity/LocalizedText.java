package vn.egov.portal.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import vn.egov.portal.platform.i18n.control.Language;

/**
 * A text kept in Vietnamese, the official language, with an optional English version (Article 8.1g
 * asks for English sections). Readers in English fall back to Vietnamese where no translation exists,
 * so a page is never blank.
 */
@Embeddable
public class LocalizedText {

    @Column(name = "vi", length = 1000)
    private String vi;

    @Column(name = "en", length = 1000)
    private String en;

    protected LocalizedText() {}

    public LocalizedText(String vi, String en) {
        this.vi = Objects.requireNonNull(vi, "vi");
        this.en = en;
    }

    public static LocalizedText of(String vi, String en) {
        return new LocalizedText(vi, en);
    }

    public String getVi() {
        return vi;
    }

    public String getEn() {
        return en;
    }

    public String in(Locale locale) {
        boolean english = Language.of(locale).isEnglish();
        return english && en != null && !en.isBlank() ? en : vi;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && Objects.equals(vi, that.vi) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vi, en);
    }

    @Override
    public String toString() {
        return vi;
    }
}
