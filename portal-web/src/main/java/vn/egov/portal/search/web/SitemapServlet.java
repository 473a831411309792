package vn.egov.portal.search.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.egov.portal.platform.discovery.boundary.PublicFeed;
import vn.egov.portal.search.boundary.PublicAddress;
import vn.egov.portal.search.boundary.SearchEngine;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;
import vn.egov.portal.site.web.PortalView;

/**
 * The sitemaps search engines crawl (sitemaps.org 0.9), one per site: {@code /sitemap.xml} is the
 * index naming {@code /sitemap/<slug>.xml} for the main portal and each active sub-portal; each lists
 * the site's home pages, category pages and category Atom feeds in both languages (the main portal
 * also every {@link PublicFeed}: legal documents, answers), then every public item the search index holds for it
 * (articles by their site; legal documents, answers, procedures and consultations on the main
 * portal), newest first with their dates. The index is the list of what is public: what it withdraws
 * leaves the sitemap at once. Addresses are absolute under {@code portal.public-url}, XML-escaped.
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/sitemap/*"})
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern SITE = Pattern.compile("/([a-z0-9-]{1,100})\\.xml");

    /** The most addresses one sitemap may hold (sitemaps.org). */
    private static final int MAX_URLS = 50_000;

    @Inject
    transient SearchEngine engine;

    @Inject
    transient PortalView portal;

    @Inject
    @Any
    transient Instance<PublicFeed> feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = portal.absolute("");
        try {
            if ("/sitemap.xml".equals(request.getServletPath())) {
                write(response, index(base));
                return;
            }
            Matcher path = SITE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
            Optional<Site> site = path.matches() ? site(path.group(1)) : Optional.empty();
            if (site.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            write(response, urls(base, site.get()));
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the sitemap", e);
        }
    }

    private List<Site> sites() {
        List<Site> sites = new ArrayList<>();
        sites.add(portal.getMainSite());
        sites.addAll(portal.getSubPortals());
        return sites;
    }

    private Optional<Site> site(String slug) {
        return sites().stream().filter(site -> site.getSlug().equals(slug)).findFirst();
    }

    private byte[] index(String base) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter xml = start(bytes, "sitemapindex");
        for (Site site : sites()) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", base + "/sitemap/" + site.getSlug() + ".xml");
            xml.writeEndElement();
        }
        return end(xml, bytes);
    }

    private byte[] urls(String base, Site site) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter xml = start(bytes, "urlset");
        List<String> pages = new ArrayList<>();
        pages.add(site.getPathPrefix() + "/");
        if (site.isMain()) {
            feeds.stream().map(PublicFeed::path).sorted().forEach(pages::add);
        }
        for (Category category : portal.getCategories()) {
            pages.add(site.getPathPrefix() + "/chuyen-muc/" + category.getCode());
            pages.add(site.getPathPrefix() + "/feed/" + category.getCode() + ".atom");
        }
        int written = 0;
        for (String page : pages) {
            url(xml, base + page, null);
            url(xml, base + "/en" + page, null);
            written += 2;
        }
        for (PublicAddress item : engine.publicAddresses(Integer.MAX_VALUE)) {
            if (written >= MAX_URLS) {
                break;
            }
            boolean ofSite = item.site() == null ? site.isMain() : item.site().equals(site.getSlug());
            if (ofSite) {
                url(
                        xml,
                        base + item.address(),
                        item.date() == null ? null : item.date().toString());
                written++;
            }
        }
        return end(xml, bytes);
    }

    private static void url(XMLStreamWriter xml, String loc, String lastmod) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (lastmod != null) {
            element(xml, "lastmod", lastmod);
        }
        xml.writeEndElement();
    }

    private static XMLStreamWriter start(ByteArrayOutputStream bytes, String root) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NS);
        return xml;
    }

    private static byte[] end(XMLStreamWriter xml, ByteArrayOutputStream bytes) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void write(HttpServletResponse response, byte[] xml) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(xml.length);
        response.getOutputStream().write(xml);
    }
}
