package vn.egov.portal.privacy.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.privacy.control.PersonalDataKey;

/**
 * Stores a personal-data attribute sealed (AES-GCM) and reads it back in clear: what sits in the
 * database, its backups and dumps is unreadable without the configured key. Apply it with
 * {@code @Convert(converter = SealedText.class)}; values are NFC-normalised before sealing.
 */
@Converter
public class SealedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return attribute == null ? null : PersonalDataKey.cipher().seal(Text.nfc(attribute));
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return column == null ? null : PersonalDataKey.cipher().open(column);
    }
}
