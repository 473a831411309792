package vn.egov.portal.platform.document.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.egov.portal.platform.i18n.control.Language;

/**
 * A generated document (receipt, summary table, report) said once and written in any
 * {@link DocumentFormat}: the features build this model and never touch a file format. All text is
 * NFC, so each Vietnamese letter is one glyph of the embedded font. The page footer is printed on
 * every page of a PDF or ODT next to the page number ("Trang 2/5", in the document's language).
 */
public record Document(
        String title,
        String author,
        String subject,
        Language language,
        Instant created,
        List<Block> blocks,
        String footer) {

    public Document {
        title = Block.plain(title);
        if (title.isBlank()) {
            throw new IllegalArgumentException("A document has a title");
        }
        author = Block.plain(author);
        subject = Block.plain(subject);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(created, "created");
        blocks = List.copyOf(blocks);
        footer = Block.plain(footer);
    }

    /** The tables of the document, in order: what a spreadsheet or CSV is chiefly made of. */
    public List<Table> tables() {
        return blocks.stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .toList();
    }

    /**
     * {@code Document.titled("Giấy tiếp nhận hồ sơ", Language.VIETNAMESE, now).heading("...")
     * .fields(f -> f.field("Mã hồ sơ", code)).table(...).footer("...").build()}
     */
    public static Builder titled(String title, Language language, Instant created) {
        return new Builder(title, language, created);
    }

    /** Builds a document block by block, in reading order. */
    public static final class Builder {
        private final String title;
        private final Language language;
        private final Instant created;
        private final List<Block> blocks = new ArrayList<>();
        private String author;
        private String subject;
        private String footer;

        private Builder(String title, Language language, Instant created) {
            this.title = title;
            this.language = language;
            this.created = created;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder footer(String footer) {
            this.footer = footer;
            return this;
        }

        /** A section heading (level 1). */
        public Builder heading(String text) {
            return heading(1, text);
        }

        public Builder heading(int level, String text) {
            blocks.add(new Block.Heading(level, text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Block.Paragraph(text));
            return this;
        }

        /** Labelled values: {@code fields(f -> f.field("Mã hồ sơ", code).field("Ngày hẹn trả", due))}. */
        public Builder fields(UnaryOperator<FieldList> fields) {
            blocks.add(new Block.Fields(fields.apply(new FieldList()).fields));
            return this;
        }

        public Builder table(Table table) {
            blocks.add(table);
            return this;
        }

        public Builder blocks(Block... more) {
            blocks.addAll(Arrays.asList(more));
            return this;
        }

        public Document build() {
            return new Document(title, author, subject, language, created, blocks, footer);
        }
    }

    /** The labelled values of one {@link Block.Fields} block. */
    public static final class FieldList {
        private final List<Block.Field> fields = new ArrayList<>();

        private FieldList() {}

        public FieldList field(String label, String value) {
            fields.add(new Block.Field(label, value));
            return this;
        }
    }
}
