package vn.egov.portal.content.control;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.egov.portal.content.entity.Article;

/**
 * Atom 1.0 and RSS 2.0 documents of a category, written with StAX so every text is escaped. Each
 * entry ends with the portal's reuse notice (Article 7.3): whoever republishes an item carries it.
 */
public final class FeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** The feed as a whole: title, the page it mirrors, its own address, the reuse notice, language. */
    public record Channel(String title, String pageUrl, String selfUrl, String attribution, String language) {}

    private FeedWriter() {}

    public static byte[] atom(Channel channel, List<Article> articles, String base) throws XMLStreamException {
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
                articles.isEmpty()
                        ? Instant.EPOCH.toString()
                        : updated(articles.get(0)).toString());
        link(xml, "self", channel.selfUrl());
        link(xml, "alternate", channel.pageUrl());
        for (Article article : articles) {
            xml.writeStartElement("entry");
            element(xml, "title", article.getTitle());
            element(xml, "id", base + article.getPath());
            link(xml, "alternate", base + article.getPath());
            element(xml, "published", article.getPublishedAt().toString());
            element(xml, "updated", updated(article).toString());
            article.getAuthors().forEach(author -> {
                try {
                    xml.writeStartElement("author");
                    element(xml, "name", author.getName());
                    xml.writeEndElement();
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
            });
            element(xml, "summary", withNotice(article.getSummary(), channel.attribution(), base + article.getPath()));
            element(xml, "rights", channel.attribution());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    public static byte[] rss(Channel channel, List<Article> articles, String base) throws XMLStreamException {
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
        for (Article article : articles) {
            xml.writeStartElement("item");
            element(xml, "title", article.getTitle());
            element(xml, "link", base + article.getPath());
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(base + article.getPath());
            xml.writeEndElement();
            element(
                    xml,
                    "pubDate",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            article.getPublishedAt().atOffset(ZoneOffset.UTC)));
            element(
                    xml,
                    "description",
                    withNotice(article.getSummary(), channel.attribution(), base + article.getPath()));
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
        String text = summary == null ? "" : summary + " ";
        return text + "— " + attribution + " " + url;
    }

    private static Instant updated(Article article) {
        return article.getUpdatedAt().isAfter(article.getPublishedAt())
                ? article.getUpdatedAt()
                : article.getPublishedAt();
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
