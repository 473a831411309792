package vn.egov.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.egov.portal.content.boundary.ArticleWorkflow;
import vn.egov.portal.content.boundary.EditorialService;
import vn.egov.portal.content.control.WorkflowAction;
import vn.egov.portal.content.entity.ArticleText;
import vn.egov.portal.legal.boundary.DocumentDraft;
import vn.egov.portal.legal.boundary.LegalDocumentEditing;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.platform.i18n.control.Language;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsCollaborator;
import vn.egov.portal.test.container.AsDeputyEditor;
import vn.egov.portal.test.container.AsEditorInChief;
import vn.egov.portal.test.container.AsSecretary;
import vn.egov.portal.test.container.RunAsRole;

/**
 * Issue 13 part 3, discovery beyond the sitemap: the Atom feeds of legal documents and Q&A answers
 * (valid Atom a feed reader takes, newest first, cached like pages, linked from their lists) and the
 * schema.org JSON-LD of an article and a legal document, which a title holding "</script>" cannot
 * break out of.
 */
@ExtendWith(ArquillianExtension.class)
class DiscoveryIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final String BREAK_OUT = "</script><script>alert(1)</script>";
    private static final Pattern JSON_LD =
            Pattern.compile("<script[^>]* type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @Inject
    LegalDocumentEditing legal;

    @Inject
    EditorialService editorial;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    AsEditorInChief chief;

    @Inject
    AsCollaborator collaborator;

    @Inject
    AsSecretary secretary;

    @Inject
    AsDeputyEditor deputy;

    @Test
    void theLegalFeedListsTheNewestDocumentFirstAndItsPageCarriesLegislation() throws Exception {
        WebClient web = new WebClient(base.toURI());
        Document before = atom(web.get("/van-ban/moi.atom"));
        assertThat(entries(before)).isNotEmpty();
        assertThat(links(before)).anySatisfy(href -> assertThat(href).endsWith("/van-ban/2014/1/qd-ubnd"));
        assertThat(web.get("/van-ban/moi.atom").headers().firstValue("X-Portal-Cache"))
                .as("kept like a page")
                .hasValue("HIT");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int number = 1000 + (int) (System.currentTimeMillis() % 900_000);
        String excerpt = "Quyết định về lễ hội Lồng Tồng " + BREAK_OUT;
        LegalDocument registered = chief.call(() -> legal.register(new DocumentDraft(
                number + "/" + today.getYear() + "/QĐ-UBND",
                "quyet-dinh",
                "ubnd-tinh",
                null,
                "so-tu-phap",
                null,
                null,
                today,
                null,
                null,
                null,
                excerpt,
                List.of("Văn hóa"))));
        chief.call(() -> legal.publish(registered.getId()));
        String path = "/van-ban/" + registered.getEliPath();

        Document after = atom(web.get("/van-ban/moi.atom"));
        Element newest = entries(after).get(0);
        assertThat(text(newest, "title"))
                .as("newest issued first, the feed followed the publication")
                .isEqualTo(number + "/" + today.getYear() + "/QĐ-UBND – " + excerpt);
        assertThat(link(newest)).startsWith("http").endsWith(path);
        assertThat(text(newest, "id")).isEqualTo(link(newest));
        assertThat(text((Element) newest.getElementsByTagNameNS(ATOM, "author").item(0), "name"))
                .isNotBlank();
        assertThat(text(after.getDocumentElement(), "title")).startsWith("Văn bản pháp luật");
        Document english = atom(web.get("/en/van-ban/moi.atom"));
        assertThat(text(english.getDocumentElement(), "title")).startsWith("Legal documents");
        assertThat(entries(english).get(0).getAttributeNS(XML, "lang"))
                .as("a Vietnamese text in an English feed")
                .isEqualTo("vi");

        String register = web.get("/van-ban/").body();
        assertThat(register)
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
                .contains("href=\"/van-ban/moi.atom\"");

        String page = web.get(path).body();
        assertThat(page).doesNotContain(BREAK_OUT);
        JsonObject legislation = jsonLd(page);
        assertThat(legislation.getString("@type")).isEqualTo("Legislation");
        assertThat(legislation.getString("name")).isEqualTo(excerpt);
        assertThat(legislation.getString("legislationIdentifier"))
                .isEqualTo(number + "/" + today.getYear() + "/QĐ-UBND");
        assertThat(legislation.getString("legislationDate")).isEqualTo(today.toString());
        assertThat(legislation.getJsonObject("legislationPassedBy").getString("name"))
                .isNotBlank();
        assertThat(legislation.getString("inLanguage")).isEqualTo("vi");
        assertThat(legislation.getString("url")).startsWith("http").endsWith(path);
        assertThat(legislation.toString()).doesNotContain("signer");

        JsonObject seed = jsonLd(web.get("/van-ban/2014/1/qd-ubnd").body());
        assertThat(seed.getString("legislationIdentifier")).isEqualTo("01/2014/QĐ-UBND");
        assertThat(seed.getString("legislationDate")).startsWith("2014-");
    }

    @Test
    void theQaFeedListsPublishedAnswersInBothLanguages() throws Exception {
        WebClient web = new WebClient(base.toURI());
        HttpResponse<String> vi = web.get("/hoi-dap/moi.atom");
        Document feed = atom(vi);
        List<Element> entries = entries(feed);
        assertThat(entries).isNotEmpty();
        for (Element entry : entries) {
            assertThat(link(entry)).contains("/hoi-dap/");
            assertThat(text(entry, "id")).isEqualTo(link(entry));
            assertThat(text(entry, "updated")).isNotBlank();
            assertThat(text(entry, "title")).isNotBlank();
        }
        assertThat(text(feed.getDocumentElement(), "title")).startsWith("Hỏi – Đáp");
        Document english = atom(web.get("/en/hoi-dap/moi.atom"));
        assertThat(text(english.getDocumentElement(), "title")).startsWith("Questions and answers");
        assertThat(links(english)).allSatisfy(href -> assertThat(href).contains("/en/"));
        assertThat(web.get("/hoi-dap/").body()).contains("type=\"application/atom+xml\"", "href=\"/hoi-dap/moi.atom\"");
    }

    @Test
    void anArticlePageCarriesANewsArticleThatItsTitleCannotBreakOutOf() throws Exception {
        String title = "Lễ hội Lồng Tồng " + BREAK_OUT;
        long id = collaborator
                .call(() -> editorial.create(
                        "tinh",
                        "tin-tuc-su-kien",
                        Language.VIETNAMESE,
                        ArticleText.of(title, "Người dân xuống đồng.", "<p>Lễ hội xuống đồng.</p>")))
                .getId();
        Map<WorkflowAction, RunAsRole> board = new LinkedHashMap<>();
        board.put(WorkflowAction.SUBMIT, collaborator);
        board.put(WorkflowAction.START_REVIEW, secretary);
        board.put(WorkflowAction.APPROVE, secretary);
        board.put(WorkflowAction.PUBLISH, deputy);
        for (Map.Entry<WorkflowAction, RunAsRole> step : board.entrySet()) {
            step.getValue().call(() -> workflow.transition(id, step.getKey(), null));
        }
        WebClient web = new WebClient(base.toURI());
        HttpResponse<String> response = web.get("/tin/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(BREAK_OUT);
        JsonObject article = jsonLd(response.body());
        assertThat(article.getString("@type")).isEqualTo("NewsArticle");
        assertThat(article.getString("headline")).isEqualTo(title);
        assertThat(article.getString("datePublished")).isNotBlank();
        assertThat(article.getString("dateModified")).isNotBlank();
        assertThat(article.get("author")).isNotNull();
        assertThat(article.getJsonObject("publisher").getString("name")).isNotBlank();
        assertThat(article.getString("inLanguage")).isEqualTo("vi");
        assertThat(article.getString("url")).contains("/tin/" + id);
    }

    /** The response parsed as namespace-aware XML: an Atom feed with its required elements. */
    private static Document atom(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        Element feed = document.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated")) {
            assertThat(text(feed, required)).as(required).isNotBlank();
        }
        assertThat(feed.getElementsByTagNameNS(ATOM, "author").getLength()).isPositive();
        return document;
    }

    private static List<Element> entries(Document feed) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    private static List<String> links(Document feed) {
        return entries(feed).stream().map(DiscoveryIT::link).toList();
    }

    private static String link(Element entry) {
        return ((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href");
    }

    /** The text of the element's first child of that name (not of a nested entry's). */
    private static String text(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && name.equals(child.getLocalName())) {
                return child.getTextContent();
            }
        }
        return null;
    }

    /** The page's one JSON-LD block, read up to the first "</script>" as a browser would. */
    private static JsonObject jsonLd(String page) {
        Matcher block = JSON_LD.matcher(page);
        assertThat(block.find()).as("a JSON-LD block").isTrue();
        try (var reader = Json.createReader(new StringReader(block.group(1)))) {
            return reader.readObject();
        }
    }
}
