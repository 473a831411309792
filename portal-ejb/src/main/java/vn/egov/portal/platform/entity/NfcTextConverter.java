package vn.egov.portal.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * Stores every string attribute in Unicode NFC (Article 6.1, TCVN 6909:2011). Vietnamese typed on
 * different keyboards arrives composed or decomposed; without this, "Cao Bằng" would not equal
 * itself in a query.
 */
@Converter(autoApply = true)
public class NfcTextConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return Text.nfc(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return column;
    }
}
