package vn.egov.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.guard.control.ProofOfWork;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.PageMessages;
import vn.egov.portal.test.client.WebClient;

/**
 * What a citizen and an integrator see over HTTP: the home page of the living demo portal, sub-portals
 * at their own addresses, articles with the reuse notice, feeds, media, the articles API with paging,
 * and the page cache's revalidation.
 */
@ExtendWith(ArquillianExtension.class)
class PublicSiteIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    WebClient web;

    @BeforeEach
    void newVisitor() throws Exception {
        web = new WebClient(base.toURI());
    }

    @Test
    void theHomePageShowsNewsOfEveryCategoryAndTheSubPortalsWithoutAnyScript() {
        String home = web.get("/").body();

        assertThat(home)
                .contains(
                        "Tin mới theo chuyên mục",
                        "Cao Bằng đón hơn 1,2 triệu lượt khách du lịch",
                        "Cổng thông tin thành phần");
        assertThat(Pattern.compile("class=\"news-block\"")
                        .matcher(home)
                        .results()
                        .count())
                .isEqualTo(14);
        assertThat(home).contains("href=\"/so-tu-phap/\"", "href=\"/xa-dam-thuy/\"", "href=\"/lanh-dao/\"");
        assertThat(home).doesNotContain("<script", "primefaces", "theme.css");
    }

    @Test
    void subPortalsLiveAtTheirSlugInBothLanguagesAndUnknownSlugsAre404() {
        HttpResponse<String> justice = web.get("/so-tu-phap/");
        HttpResponse<String> english = web.get("/en/so-tu-phap/");

        assertThat(justice.statusCode()).isEqualTo(200);
        assertThat(justice.body())
                .contains("Cổng thông tin Sở Tư pháp tỉnh Cao Bằng", "Sở Tư pháp triển khai nhiệm vụ công tác cuối năm")
                .doesNotContain("Cao Bằng đón hơn 1,2 triệu lượt khách");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body())
                .contains("lang=\"en\"", "Cao Bang Department of Justice", "href=\"/en/so-tu-phap/chuyen-muc/");
        assertThat(web.get("/so-tu-phap").statusCode()).isEqualTo(302);
        HttpResponse<String> unknown = web.get("/so-khong-co/");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không tìm thấy trang bạn yêu cầu.");
        assertThat(web.get("/admin/").statusCode())
                .as("reserved paths are never sub-portals")
                .isNotEqualTo(404);
    }

    @Test
    void anArticlePageCarriesTheReuseNoticeAndAProposalShowsItsOrigin() {
        String path = chestnutHarvestPath();
        String article = web.get(path).body();

        assertThat(article)
                .contains(
                        "Mùa hạt dẻ Trùng Khánh cho thu nhập cao",
                        "Theo Cổng Thông tin điện tử tỉnh Cao Bằng (www.caobang.gov.vn)",
                        "Địa chỉ bài viết:",
                        base.getHost());
        String proposed = firstPath(
                web.get("/api/v1/articles?site=tinh&q=ngay%20phap%20luat").body());
        assertThat(web.get(proposed).body()).contains("Tin từ:", "href=\"/so-tu-phap/tin/");
        assertThat(web.get("/tin/999999-khong-co").statusCode()).isEqualTo(404);
        assertThat(web.get("/so-tu-phap" + path).statusCode())
                .as("a main-portal article is not a sub-portal page")
                .isEqualTo(404);
    }

    @Test
    void everyPageHasTheHeaderSearchAndTheFooterContactsHotlineAndOfficialLinksFromData() {
        String home = web.get("/").body();
        String english = web.get("/en/").body();
        String justice = web.get("/so-tu-phap/").body();

        assertThat(home)
                .contains(
                        "<form class=\"site-search\" role=\"search\" method=\"get\" action=\"/tim-kiem\"",
                        "name=\"q\"",
                        "<details class=\"menu-disclosure\">",
                        "Đường dây nóng: <a href=\"tel:02063856000\"><strong>0206 3856 000</strong></a>",
                        "href=\"https://dichvucong.gov.vn\">Cổng Dịch vụ công quốc gia</a>",
                        "href=\"/so-tu-phap/\">Cổng thông tin Sở Tư pháp tỉnh Cao Bằng</a>",
                        "href=\"/login.xhtml\"");
        assertThat(english).contains("action=\"/en/tim-kiem\"", ">National Public Service Portal</a>", "Hotline:");
        // A sub-portal keeps the design and the province's official links, with its own body's contacts.
        assertThat(justice)
                .contains(
                        "Số 044, phố Hiến Giang",
                        "tel:02063852316",
                        "href=\"https://dichvucong.gov.vn\"",
                        "Thuộc <a href=\"/\">Cổng Thông tin điện tử tỉnh Cao Bằng</a>")
                .doesNotContain("tel:02063856000");
    }

    /**
     * The header and the menu are kept as markup per portal, language and the page's own menu entry
     * (portal:kept, issue 15): a page rendered after another still marks its own entry, in its own
     * language, on a sub-portal with the sub-portal's name.
     */
    @Test
    void theKeptMenuMarksEachPagesOwnEntryInItsLanguage() {
        String home = web.get("/").body();
        List<String> entries = menuLinks(home);
        assertThat(entries).as("the main menu's entries").hasSizeGreaterThan(2);
        assertThat(currentEntries(home)).containsOnly("/");
        String other = entries.get(1);

        String otherPage = web.get(other).body();
        assertThat(currentEntries(otherPage)).as("the menu of %s", other).containsOnly(other);
        assertThat(currentEntries(web.get("/").body())).containsOnly("/");

        String english = web.get("/en" + other).body();
        assertThat(currentEntries(english)).containsOnly("/en" + other);
        assertThat(english).contains("lang=\"en\"", ">Home</a>").doesNotContain(">Trang chủ</a>");
        assertThat(web.get("/so-tu-phap/").body())
                .contains("<span class=\"brand-name\">Cổng thông tin Sở Tư pháp tỉnh Cao Bằng</span>");
    }

    @Test
    void theHomePageLeadsWithThePictureOfTheNewestStoryAndCardsShowTheirPictures() {
        String home = web.get("/").body();

        Matcher lead = Pattern.compile(
                        "<article class=\"lead-feature\"[^>]*>\\s*<img class=\"story-image\" src=\"(/media/[0-9a-f]{32}\\?w=960)\"")
                .matcher(home);
        assertThat(lead.find()).as("a lead story with its picture").isTrue();
        HttpResponse<String> picture = web.get(lead.group(1));
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(Pattern.compile("class=\"story-image\" src=\"/media/[0-9a-f]{32}\\?w=320\"")
                        .matcher(home)
                        .results()
                        .count())
                .as("news cards show the small rendition")
                .isGreaterThanOrEqualTo(10);
        assertThat(home).contains("alt=\"Ảnh minh họa: dãy núi đá vôi bên dòng sông\"");
    }

    @Test
    void anArticleHasLinkPreviewMetadataAndRelatedArticlesOfItsCategory() {
        String path = chestnutHarvestPath();
        String article = web.get(path).body();

        assertThat(article)
                .contains(
                        "<meta property=\"og:type\" content=\"article\"",
                        "<meta property=\"og:title\" content=\"Mùa hạt dẻ Trùng Khánh cho thu nhập cao\"",
                        "<meta property=\"og:url\" content=\"http://" + base.getHost(),
                        "<meta name=\"twitter:card\" content=\"summary_large_image\"",
                        "<link rel=\"canonical\"",
                        "Tin cùng chuyên mục");
        assertThat(article)
                .containsPattern(
                        "<meta property=\"og:image\" content=\"http://[^\"]+/media/[0-9a-f]{32}/[^\"?]+\\?w=960\"");
        assertThat(article.substring(article.indexOf("Tin cùng chuyên mục")))
                .as("the article itself is not among its related ones")
                .doesNotContain("href=\"" + path + "\"");
    }

    @Test
    void displayOptionsAreRememberedByALinkAndACookieWhileThePagesStayTheSameForEveryone() throws Exception {
        HttpResponse<String> chosen = web.get("/hien-thi?chu=lon&ve=/lich/");
        HttpResponse<String> offSite = web.get("/hien-thi?tuong-phan=cao&ve=//evil.example/");

        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location")).hasValue("/lich/");
        assertThat(chosen.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("hien-thi=chu-lon", "HttpOnly", "SameSite=Lax");
        assertThat(offSite.headers().firstValue("Location"))
                .as("only an address of this portal is a way back")
                .hasValue("/");
        HttpResponse<String> large = web.send(HttpRequest.newBuilder(web.resolve("/hien-thi.css"))
                .header("Cookie", "hien-thi=chu-lon.tuong-phan-cao")
                .build());
        // A reader who never chose (the client above keeps the cookie it was given).
        HttpResponse<String> standard = new WebClient(base.toURI()).get("/hien-thi.css");
        assertThat(large.body()).contains("font-size: 125%", "#ffeb3b");
        assertThat(large.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(standard.body()).doesNotContain("125%", "#ffeb3b");
        assertThat(web.get("/").body())
                .contains("href=\"/hien-thi?chu=lon&amp;ve=%2F\"", "<link rel=\"stylesheet\" href=\"/hien-thi.css\"");
    }

    @Test
    void theFaviconAndRobotsTxtAreServed() {
        HttpResponse<String> favicon = web.get("/favicon.ico");
        HttpResponse<String> robots = web.get("/robots.txt");

        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.headers().firstValue("Content-Type").orElseThrow()).contains("icon");
        assertThat(favicon.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("User-agent: *", "Disallow: /admin/");
    }

    @Test
    void feedsPerCategoryCarryTheAttributionOnEveryItem() {
        HttpResponse<String> atom = web.get("/feed/tin-tuc-su-kien.atom");
        HttpResponse<String> rss = web.get("/so-tu-phap/feed/pho-bien-phap-luat.rss");

        assertThat(atom.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        assertThat(atom.body())
                .contains(
                        "<feed xmlns=\"http://www.w3.org/2005/Atom\"",
                        "<rights>Theo Cổng Thông tin điện tử tỉnh Cao Bằng");
        long entries = Pattern.compile("<entry>").matcher(atom.body()).results().count();
        assertThat(entries).isGreaterThanOrEqualTo(3);
        assertThat(Pattern.compile("<summary>[^<]*— Theo Cổng Thông tin điện tử tỉnh Cao Bằng")
                        .matcher(atom.body())
                        .results()
                        .count())
                .isEqualTo(entries);
        assertThat(rss.body())
                .contains(
                        "<rss version=\"2.0\"",
                        "Sở Tư pháp tổ chức Ngày Pháp luật",
                        "— Theo Cổng thông tin Sở Tư pháp tỉnh Cao Bằng");
        assertThat(web.get("/feed/khong-co.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void theArticlesApiPagesWithMetadataAndRefusesBadPaging() {
        String first =
                web.get("/api/v1/articles?site=tinh&lang=vi&page=1&size=5").body();
        String second =
                web.get("/api/v1/articles?site=tinh&lang=vi&page=2&size=5").body();

        assertThat(first).contains("\"page\":1", "\"size\":5", "\"hasNext\":true", "\"totalPages\":");
        assertThat(Pattern.compile("\"id\":").matcher(first).results().count()).isEqualTo(5);
        assertThat(second).contains("\"page\":2").isNotEqualTo(first);
        assertThat(web.get("/api/v1/articles?category=thong-ke&lang=vi").body()).contains("\"totalItems\":2");
        HttpResponse<String> bad = web.get("/api/v1/articles?page=0&size=500");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"page\"", "\"field\":\"size\"");
        String detail = web.get("/api/v1/articles/" + firstId(first)).body();
        assertThat(detail).contains("\"bodyHtml\":", "\"attribution\":\"Theo Cổng Thông tin điện tử tỉnh Cao Bằng");
        assertThat(web.get("/api/v1/articles?site=tinh&q=Hoi%20nghi%20xuc%20tien")
                        .body())
                .as("articles under review are not public")
                .contains("\"totalItems\":0");
        assertThat(web.get("/openapi").body()).contains("/api/v1/articles", "/api/v1/articles/{id}");
    }

    @Test
    void publicPagesAreCachedForAnonymousReadersAndRevalidateWith304() {
        web.get("/chuyen-muc/thong-ke");
        HttpResponse<String> cached = web.get("/chuyen-muc/thong-ke");
        String etag = cached.headers().firstValue("ETag").orElseThrow();

        assertThat(cached.headers().firstValue("X-Portal-Cache")).contains("HIT");
        assertThat(cached.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("public", "max-age=0", "s-maxage=5"));
        assertThat(cached.headers().firstValue("Last-Modified")).isPresent();
        assertThat(cached.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(c -> assertThat(c).contains("script-src 'self'"));
        HttpResponse<String> revalidated = web.send(HttpRequest.newBuilder(web.resolve("/chuyen-muc/thong-ke"))
                .header("If-None-Match", etag)
                .GET()
                .build());
        assertThat(revalidated.statusCode()).isEqualTo(304);
        WebClient official = new WebClient(web.resolve("/"));
        assertThat(official.login("admin", PortalDeployment.adminPassword()).statusCode())
                .isEqualTo(302);
        assertThat(official.get("/chuyen-muc/thong-ke").headers().firstValue("X-Portal-Cache"))
                .as("logged-in readers bypass the cache")
                .isEmpty();
        assertThat(web.get("/en/chuyen-muc/thong-ke").body())
                .as("each language has its own entry")
                .contains("lang=\"en\"");
    }

    @Test
    void aSessionCookieNamingNoLiveSessionIsServedFromTheCache() {
        web.get("/chuyen-muc/thong-ke");
        for (String cookie : List.of("JSESSIONID=made-up-" + UUID.randomUUID(), "JSESSIONID=")) {
            HttpResponse<String> forged = web.send(HttpRequest.newBuilder(web.resolve("/chuyen-muc/thong-ke"))
                    .header("Cookie", cookie)
                    .GET()
                    .build());
            assertThat(forged.statusCode()).isEqualTo(200);
            assertThat(forged.headers().firstValue("X-Portal-Cache"))
                    .as("a made-up session cookie (%s) does not force a render", cookie)
                    .contains("HIT");
            assertThat(forged.headers().allValues("Set-Cookie")).isEmpty();
        }
        WebClient endedSession = new WebClient(web.resolve("/"));
        endedSession.login("admin", PortalDeployment.adminPassword());
        assertThat(endedSession.get("/chuyen-muc/thong-ke").headers().firstValue("X-Portal-Cache"))
                .isEmpty();
        assertThat(endedSession
                        .submit("/admin/index.xhtml", Map.of("session:logout", "x"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(endedSession.get("/chuyen-muc/thong-ke").headers().firstValue("X-Portal-Cache"))
                .as("after log-out the cookie names no live session")
                .contains("HIT");
    }

    @Test
    void aForgedHostHeaderCannotPoisonTheCachedPageOtherReadersGet() throws IOException {
        Matcher article =
                Pattern.compile("href=\"(/tin/[^\"]+)\"").matcher(web.get("/").body());
        assertThat(article.find()).isTrue();
        String path = article.group(1);

        String forged = rawGet(path, "evil.example");
        String genuine = web.get(path).body();

        assertThat(forged).as("the forged request gets its own copy").contains("http://evil.example");
        assertThat(genuine)
                .as("the page readers get names the portal's own address")
                .doesNotContain("evil.example")
                .contains(web.resolve(path).toString());
    }

    /** Java's HTTP client will not send a Host header of our choosing, so this one is written by hand. */
    private String rawGet(String path, String host) throws IOException {
        URI target = web.resolve(path);
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void leadersScheduleOrganisationContactAndMedia() {
        String leaders = web.get("/lanh-dao/").body();
        assertThat(leaders).contains("Hoàng Xuân Ánh", "Chủ tịch UBND tỉnh");
        Matcher photo = Pattern.compile("src=\"(/media/[0-9a-f]{32}/[^\"]+)\"").matcher(leaders);
        assertThat(photo.find()).isTrue();
        HttpResponse<String> image = web.get(photo.group(1).replace("&amp;", "&"));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(image.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
        assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        assertThat(web.get("/lanh-dao/hoang-xuan-anh").body())
                .contains("chutich@caobang.gov.vn", "Nhiệm vụ được phân công");
        assertThat(web.get("/lanh-dao/lich-tuan.xhtml").body()).contains("Giao ban lãnh đạo UBND tỉnh", "Thứ Hai");
        assertThat(web.get("/to-chuc/").body()).contains("Sở Tư pháp", "Phòng Phổ biến, giáo dục pháp luật");
        assertThat(web.get("/lien-he/").body()).contains("banbientap@caobang.gov.vn", "sotuphap@caobang.gov.vn");
        assertThat(web.get("/media/00000000000000000000000000000000/x.png").statusCode())
                .isEqualTo(404);
    }

    @Test
    void noPublicPageShowsAMessageThePortalDidNotWrite() throws Exception {
        String code = askedQuestion();
        List<String> checked = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        for (String language : List.of("", "/en")) {
            for (String kind : List.of("ca-nhan", "to-chuc")) {
                String ask = language + "/hoi-dap/dat-cau-hoi.xhtml?loai=" + kind;
                check(ask, web.get(ask).body(), checked, foreign);
                check(
                        ask + " (empty)",
                        freshVisitor().submit(ask, Map.of("ask:submit", "x")).body(),
                        checked,
                        foreign);
            }
            String track = language + "/hoi-dap/tra-cuu.xhtml";
            check(track, web.get(track).body(), checked, foreign);
            check(track + " (found)", lookUp(track, code), checked, foreign);
            check(track + " (unknown)", lookUp(track, "HD-0000-0000"), checked, foreign);
            check(
                    language + "/van-ban/?nam=1",
                    web.get(language + "/van-ban/?nam=1").body(),
                    checked,
                    foreign);
        }

        assertThat(checked).as("pages that showed messages at all").hasSizeGreaterThanOrEqualTo(4);
        assertThat(foreign).as("messages that are not the portal's own words").isEmpty();
    }

    private void check(String page, String html, List<String> checked, List<String> foreign) {
        if (!PageMessages.shown(html).isEmpty()) {
            checked.add(page);
        }
        PageMessages.notThePortals(html).forEach(message -> foreign.add(page + ": " + message));
    }

    private String lookUp(String track, String code) throws Exception {
        return freshVisitor()
                .submit(track, Map.of("track:code", code, "track:lookup", "x"))
                .body();
    }

    private WebClient freshVisitor() throws Exception {
        return new WebClient(base.toURI());
    }

    /** A question asked through the public API, as a citizen's browser does; answers its tracking code. */
    private String askedQuestion() {
        Matcher challenge = Pattern.compile("\"challenge\":\"([^\"]+)\"")
                .matcher(web.get("/api/v1/questions/challenge").body());
        assertThat(challenge.find()).isTrue();
        String json =
                """
                {"particulars":{"kind":"INDIVIDUAL","name":"Hà Thị Thu","nationality":"Việt Nam",
                "occupation":"Kế toán","idNumber":"004196054321","address":"Tổ 5, phường Thục Phán",
                "phone":"0915 135 790","email":"thu.ha@example.org"},"title":"Cấp bản sao trích lục khai sinh","body":"Tôi cần làm gì?",
                "field":"tu-phap-ho-tich","consent":true,"consentVersion":"2026.1","challenge":"%s","nonce":"%s"}\
                """
                        .formatted(challenge.group(1), ProofOfWork.solve(challenge.group(1)));
        HttpResponse<String> receipt = web.send(HttpRequest.newBuilder(web.resolve("/api/v1/questions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        Matcher code = Pattern.compile("\"trackingCode\":\"([^\"]+)\"").matcher(receipt.body());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    @Test
    void theLanguageSwitchOfAnArticleLeadsToItsTranslationOrToTheCategoryInTheOtherLanguage() {
        String original = firstPath(web.get("/api/v1/articles?site=tinh&lang=vi&q=an%20toan%20giao%20thong")
                .body());
        String translation = firstPath(
                web.get("/api/v1/articles?site=tinh&lang=en&q=road%20safety").body());
        String untranslated = chestnutHarvestPath();

        assertThat(languageSwitch(web.get(original).body())).isEqualTo("/en" + translation);
        assertThat(languageSwitch(web.get("/en" + translation).body())).isEqualTo(original);
        HttpResponse<String> vietnameseInEnglish = web.get("/en" + original);
        assertThat(vietnameseInEnglish.statusCode())
                .as("an English address of a Vietnamese article leads to its translation")
                .isEqualTo(302);
        assertThat(vietnameseInEnglish.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/en" + translation));

        String toCategory = languageSwitch(web.get(untranslated).body());
        assertThat(toCategory).startsWith("/en/chuyen-muc/tin-tuc-su-kien");
        HttpResponse<String> category = web.get(toCategory);
        assertThat(category.statusCode()).isEqualTo(200);
        assertThat(category.body())
                .contains("lang=\"en\"", "has not been translated into English yet")
                .doesNotContain("Mùa hạt dẻ Trùng Khánh");
        assertThat(web.get("/en" + untranslated).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(toCategory));
    }

    /** Where the page's language switch (in the header) leads. */
    private static String languageSwitch(String html) {
        Matcher link = Pattern.compile("<a href=\"([^\"]+)\" hreflang=\"(?:en|vi)\" lang=")
                .matcher(html);
        assertThat(link.find()).as("a language switch").isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    @Test
    void anEmptyListSaysThereIsNothingYetInsteadOfPagingThroughNothing() {
        String empty = web.get("/so-tu-phap/chuyen-muc/thong-ke").body();
        String english = web.get("/en/so-tu-phap/chuyen-muc/thong-ke").body();
        String onePage = web.get("/chuyen-muc/thong-ke").body();

        assertThat(empty).contains("Chuyên mục chưa có tin bài.").doesNotContain("Trang 1 / 0", "class=\"pagination\"");
        assertThat(english).contains("No articles in this category yet.").doesNotContain("Page 1 / 0");
        assertThat(onePage).contains("Niên giám thống kê").doesNotContain("Trang 1 / 1");
    }

    /**
     * Issue 15: a query parameter the page does not read reaches the cached copy (no render per
     * made-up parameter), while those it reads still pick their own copy; a read parameter written so
     * that the nginx front would not see it as that parameter is sent to its plain form, uncached.
     */
    @Test
    void parametersAPageDoesNotReadHitTheCachedCopy() {
        web.get("/?x=0");
        for (String busting : List.of("/?x=1", "/?utm_source=" + UUID.randomUUID(), "/?trang=9&q=xe")) {
            assertThat(web.get(busting).headers().firstValue("X-Portal-Cache"))
                    .as(busting)
                    .contains("HIT");
        }
        web.get("/hoi-dap/?q=khai+sinh&x=1");
        assertThat(web.get("/hoi-dap/?x=2&q=khai+sinh").headers().firstValue("X-Portal-Cache"))
                .contains("HIT");
        HttpResponse<String> firstPage = web.get("/hoi-dap/?x=3");
        HttpResponse<String> searched = web.get("/hoi-dap/?q=khai+sinh");
        assertThat(searched.body()).isNotEqualTo(firstPage.body());
        assertThat(searched.body())
                .as("the page never echoes a parameter it does not read")
                .doesNotContain("x=3");

        HttpResponse<String> odd = web.get("/hoi-dap/?tr%61ng=1&x=4");
        assertThat(odd.statusCode()).isEqualTo(301);
        assertThat(odd.headers().firstValue("Location")).contains("/hoi-dap/?trang=1");
        assertThat(odd.headers().firstValue("Cache-Control")).contains("no-store");
    }

    /**
     * A missing document, article or answer is a 404 with the portal's own words in the reader's
     * language, and is never kept in the page cache: the second request is no HIT and still a 404.
     * (Before wave 2 a missing /van-ban/... document answered 200 and was cached.)
     */
    @Test
    void missingDocumentsArticlesAndAnswersAre404InTheReadersLanguageAndNeverCached() {
        for (String missing : List.of("/van-ban/2099/1/qd-ubnd", "/tin/999999-khong-co", "/hoi-dap/999999-khong-co")) {
            web.get(missing);
            HttpResponse<String> again = web.get(missing);

            assertThat(again.statusCode()).as(missing).isEqualTo(404);
            assertThat(again.headers().firstValue("X-Portal-Cache")).as(missing).isEmpty();
            assertThat(again.body())
                    .as(missing)
                    .contains("Không tìm thấy trang bạn yêu cầu.", "lang=\"vi\"")
                    .doesNotContain("Legal document", "Article", "Published question", "Exception");
        }
        HttpResponse<String> english = web.get("/en/van-ban/2099/1/qd-ubnd");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("The page you asked for does not exist.", "lang=\"en\"");
        HttpResponse<String> present = web.get("/van-ban/2014/1/qd-ubnd");
        assertThat(present.statusCode()).isEqualTo(200);
        assertThat(web.get("/van-ban/2014/1/qd-ubnd").headers().firstValue("X-Portal-Cache"))
                .as("a document that exists is cached as before")
                .contains("HIT");
        assertThat(web.get("/en/van-ban/2014/1/qd-ubnd").body()).contains("01/2014/QĐ-UBND", "lang=\"en\"");
    }

    /**
     * One page origin (1) and one size limit (100) for the three lists of the API, one set of fields,
     * and the same refusal of a page number that is no page: a 400 problem naming the field.
     */
    @Test
    void theThreeListsOfTheApiPageAlikeAndRefuseBadPageNumbersByField() {
        for (String list : List.of("/api/v1/articles", "/api/v1/questions", "/api/v1/legal-documents")) {
            String first = web.get(list + "?page=1&size=1").body();
            assertThat(first)
                    .as(list)
                    .contains("\"page\":1", "\"size\":1", "\"totalItems\":", "\"totalPages\":", "\"hasNext\":");
            assertThat(web.get(list).body())
                    .as(list + " without paging is its first page")
                    .contains("\"page\":1");
            assertThat(web.get(list + "?page=10000&size=100").body())
                    .as(list + ": a page past the last has no items")
                    .contains("\"items\":[]", "\"page\":10000");
            for (String bad : List.of("page=0", "page=abc", "page=-1", "page=1e3", "page=10001", "page=99999999999")) {
                HttpResponse<String> refused = web.get(list + "?" + bad);
                assertThat(refused.statusCode()).as(list + "?" + bad).isEqualTo(400);
                assertThat(refused.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(refused.body()).as(list + "?" + bad).contains("\"field\":\"page\"");
            }
            HttpResponse<String> tooLarge = web.send(HttpRequest.newBuilder(web.resolve(list + "?size=101"))
                    .header("Accept-Language", "en")
                    .GET()
                    .build());
            assertThat(tooLarge.statusCode()).as(list).isEqualTo(400);
            assertThat(tooLarge.body()).contains("\"field\":\"size\"", "from 1 to 100");
        }
        String empty = web.get("/api/v1/legal-documents?q=khongcovanbannaoxyz").body();
        assertThat(empty).contains("\"items\":[]", "\"totalItems\":0", "\"totalPages\":0", "\"hasNext\":false");
        assertThat(web.get("/openapi").body())
                .as("the page is described once")
                .contains("ResultPage", "Page number, from 1");
    }

    /** The public lists read ?trang= the same way: no page is a localised 400, past the last a 404. */
    @Test
    void thePublicListsRefuseAPageThatIsNoPageAndPastTheLastIsNotFound() {
        for (String list : List.of("/chuyen-muc/thong-ke", "/van-ban/", "/hoi-dap/")) {
            HttpResponse<String> bad = web.get(list + "?trang=abc");
            assertThat(bad.statusCode()).as(list).isEqualTo(400);
            assertThat(bad.body())
                    .as(list)
                    .contains("Địa chỉ không hợp lệ", "Số trang là số nguyên từ 1 đến 10000.")
                    .doesNotContain("Biểu mẫu đã cũ", "paging.error");
            HttpResponse<String> past = web.get(list + "?trang=9999");
            assertThat(past.statusCode()).as(list).isEqualTo(404);
            assertThat(web.get(list + "?trang=9999").headers().firstValue("X-Portal-Cache"))
                    .as(list)
                    .isEmpty();
            assertThat(web.get(list + "?trang=1").statusCode()).as(list).isEqualTo(200);
        }
        assertThat(web.get("/en/hoi-dap/?trang=0").body()).contains("Invalid address", "from 1 to 10000");
        assertThat(web.get("/van-ban/?q=khongcovanbannaoxyz").body())
                .contains("Không tìm thấy văn bản nào")
                .doesNotContain("class=\"pagination\"");
        assertThat(web.get("/hoi-dap/?q=khongcocauhoinaoxyz").body())
                .contains("class=\"empty\"")
                .doesNotContain("class=\"pagination\"");
    }

    @Test
    void aSubPortalShowsItsUnitsContactsAndItsOwnCategoriesWithoutTheProvincesTexts() {
        String justice = web.get("/so-tu-phap/").body();
        String commune = web.get("/xa-dam-thuy/").body();
        String main = web.get("/").body();

        assertThat(footer(justice)).contains("Số 044, phố Hiến Giang, phường Thục Phán", "sotuphap@caobang.gov.vn");
        assertThat(footer(commune)).contains("xadamthuy@caobang.gov.vn");
        assertThat(justice)
                .contains("Sở Tư pháp triển khai nhiệm vụ công tác cuối năm")
                .doesNotContain(
                        "Cổng thông tin thành phần",
                        "Tổ chức bộ máy hành chính, bản đồ địa giới hành chính",
                        "tiểu sử và nhiệm vụ của lãnh đạo tỉnh");
        assertThat(web.get("/so-tu-phap/lien-he/").body()).contains("0206 3852 315", "sotuphap@caobang.gov.vn");
        assertThat(footer(main))
                .as("today's administrative names (no districts since 1 July 2025)")
                .contains("phường Thục Phán, tỉnh Cao Bằng")
                .doesNotContain("Hợp Giang", "Thành phố Cao Bằng");
    }

    /** The addresses of the main menu's entries, as the wide-screen row lists them. */
    private static List<String> menuLinks(String html) {
        return hrefsIn(menuRow(html), "<a href=\"([^\"]+)\"");
    }

    private static List<String> currentEntries(String html) {
        return hrefsIn(menuRow(html), "<a href=\"([^\"]+)\" aria-current=\"page\"");
    }

    private static String menuRow(String html) {
        int row = html.indexOf("<div class=\"menu-row\">");
        assertThat(row).as("the menu row").isNotNegative();
        return html.substring(row, html.indexOf("</ul>", row));
    }

    private static List<String> hrefsIn(String html, String link) {
        return Pattern.compile(link)
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    private static String footer(String html) {
        return html.substring(html.indexOf("<footer"));
    }

    /** The demo's article on the Trùng Khánh chestnut harvest, found through the API. */
    private String chestnutHarvestPath() {
        return firstPath(web.get("/api/v1/articles?site=tinh&category=tin-tuc-su-kien&lang=vi&q=Trung%20Khanh")
                .body());
    }

    private static String firstPath(String json) {
        Matcher path = Pattern.compile("\"path\":\"([^\"]+)\"").matcher(json);
        assertThat(path.find()).as("a result in " + json).isTrue();
        return path.group(1);
    }

    private static String firstId(String json) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(id.find()).isTrue();
        return id.group(1);
    }
}
