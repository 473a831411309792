package vn.egov.portal.platform.document.control;

import java.util.List;
import java.util.Objects;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * One part of a {@link Document}, in reading order. Each writer renders the kinds it can: a PDF or
 * ODT all of them; a spreadsheet or CSV chiefly the {@link Table}s and {@link Fields}.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Fields, Table {

    /** A heading of level 1 (the document's sections) to 3. */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("Heading levels are 1 to 3: " + level);
            }
            text = plain(text);
        }
    }

    /** A paragraph of running text; line breaks inside it are kept. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            text = plain(text);
        }
    }

    /** Labelled values, one per line: "Mã hồ sơ: HS-2026-000123". */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** One label and its value. */
    record Field(String label, String value) {
        public Field {
            label = plain(label);
            value = plain(value);
        }
    }

    /** NFC, never null: what every writer puts on the page. */
    static String plain(String text) {
        return Objects.requireNonNullElse(Text.nfc(text), "");
    }
}
