package vn.egov.portal.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.egov.portal.platform.i18n.control.Language;

/**
 * Stores a {@link Language} as its ISO 639-1 code ("vi", "en"), the form the columns have always
 * held, so entities and queries speak of the enum and the schema stays as it was. A code the portal
 * does not speak reads as Vietnamese, the language in which everything exists.
 */
@Converter(autoApply = true)
public class LanguageConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.code();
    }

    @Override
    public Language convertToEntityAttribute(String code) {
        return code == null ? null : Language.of(code);
    }
}
