package vn.egov.portal.platform.discovery.control;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The portal's one writer of Atom 1.0 and RSS 2.0 documents (category news, legal documents, Q&A
 * answers), written with StAX so every text is escaped. Each entry ends with the portal's reuse
 * notice (Article 7.3): whoever republishes an item carries it.
 */
public final class FeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /**
     * The feed as a whole: title, the page it mirrors, its own address, the reuse notice, language, and
     * the author named for entries that have none of their own (Atom requires one).
     */
    public record Channel(
            String title, String pageUrl, String selfUrl, String attribution, String language, String author) {}

    /**
     * One item: its title, full address (also its id), when it was first published and last changed,
     * its bylines (empty: the channel's author), a plain-text summary, and the language of its text
     * when it differs from the channel's (null otherwise).
     */
    public record Entry(
            String title,
            String url,
            Instant published,
            Instant updated,
            List<String> authors,
            String summary,
            String language) {

        public Entry {
            authors = authors == null ? List.of() : List.copyOf(authors);
            updated = updated == null || updated.isBefore(published) ? published : updated;
        }
    }

    private FeedWriter() {}

    /** The entries newest first: the feed's own updated date is the first entry's. */
    public static byte[] atom(Channel channel, List<Entry> entries) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", channel.language());
        element(xml, "title", channel.title());
        element(xml, "id", channel.selfUrl());
        element(xml, "rights", channel.attribution());
        element(
                xml,
                "updated",
                entries.stream()
                        .map(Entry::updated)
                        .max(Instant::compareTo)
                        .orElse(Instant.EPOCH)
                        .toString());
        author(xml, channel.author());
        link(xml, "self", channel.selfUrl());
        link(xml, "alternate", channel.pageUrl());
        for (Entry entry : entries) {
            xml.writeStartElement("entry");
            if (entry.language() != null && !entry.language().equals(channel.language())) {
                xml.writeAttribute("xml:lang", entry.language());
            }
            element(xml, "title", entry.title());
            element(xml, "id", entry.url());
            link(xml, "alternate", entry.url());
            element(xml, "published", entry.published().toString());
            element(xml, "updated", entry.updated().toString());
            for (String name : entry.authors()) {
                author(xml, name);
            }
            element(xml, "summary", withNotice(entry.summary(), channel.attribution(), entry.url()));
            element(xml, "rights", channel.attribution());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    public static byte[] rss(Channel channel, List<Entry> entries) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeStartElement("channel");
        element(xml, "title", channel.title());
        element(xml, "link", channel.pageUrl());
        element(xml, "description", channel.title());
        element(xml, "language", channel.language());
        element(xml, "copyright", channel.attribution());
        for (Entry entry : entries) {
            xml.writeStartElement("item");
            element(xml, "title", entry.title());
            element(xml, "link", entry.url());
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(entry.url());
            xml.writeEndElement();
            element(
                    xml,
                    "pubDate",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            entry.published().atOffset(ZoneOffset.UTC)));
            element(xml, "description", withNotice(entry.summary(), channel.attribution(), entry.url()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    /** The summary followed by the reuse notice and the item's address. */
    public static String withNotice(String summary, String attribution, String url) {
        String text = summary == null || summary.isBlank() ? "" : summary + " ";
        return text + "— " + attribution + " " + url;
    }

    private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
        if (name == null || name.isBlank()) {
            return;
        }
        xml.writeStartElement("author");
        element(xml, "name", name);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
