package vn.egov.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.legal.control.NumberSymbol;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.search.boundary.FacetValue;
import vn.egov.portal.search.boundary.SearchHit;
import vn.egov.portal.search.boundary.SearchRequest;
import vn.egov.portal.search.boundary.SearchResults;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

class SearchIndexTest {

    /** What the legal register provides in the portal: numbers and symbols read by NumberSymbol. */
    static final IdentifierReader NUMBERS = new IdentifierReader() {
        @Override
        public Optional<String> key(String typed) {
            return NumberSymbol.tryParse(typed).map(NumberSymbol::key);
        }

        @Override
        public Optional<String> keyPrefix(String typed) {
            return NumberSymbol.keyPrefix(typed);
        }
    };

    private SearchIndex index;

    @BeforeEach
    void fill() throws IOException {
        index = SearchIndex.create(new ByteBuffersDirectory());
        index.put(List.of(
                new Searchable(
                        SearchKind.LEGAL_DOCUMENT,
                        1,
                        null,
                        "Quyết định",
                        LocalDate.of(2014, 1, 10),
                        "Quyết định ban hành Quy chế hoạt động của Cổng thông tin điện tử tỉnh Cao Bằng",
                        "Số 01/2014/QĐ-UBND. Quy chế quản lý, vận hành Cổng thông tin điện tử.",
                        "/van-ban/2014/1/qd-ubnd",
                        List.of("1/2014/QD-UBND")),
                new Searchable(
                        SearchKind.LEGAL_DOCUMENT,
                        2,
                        null,
                        "Quyết định",
                        LocalDate.of(2016, 5, 2),
                        "Quyết định sửa đổi một số điều của Quy chế",
                        "Sửa đổi Quyết định số 01/2014/QĐ-UBND của Ủy ban nhân dân tỉnh.",
                        "/van-ban/2016/15/qd-ubnd",
                        List.of("15/2016/QD-UBND")),
                new Searchable(
                        SearchKind.ARTICLE,
                        3,
                        null,
                        "Tin tức",
                        LocalDate.of(2026, 3, 1),
                        "Cao Bằng đón khách du lịch mùa thu",
                        "Ông Đàm Văn Êng, Giám đốc Sở, cho biết thác Bản Giốc đón hàng nghìn lượt khách.",
                        "/tin-tuc/cao-bang-don-khach",
                        List.of()),
                new Searchable(
                        SearchKind.ARTICLE,
                        4,
                        "so-cong-thuong",
                        "Thông báo",
                        LocalDate.of(2025, 7, 1),
                        "Cáo bảng giá dịch vụ vận tải",
                        "Giá <script>alert(1)</script> niêm yết tại bến xe tỉnh.",
                        "/so-cong-thuong/tin-tuc/cao-bang-gia",
                        List.of()),
                new Searchable(
                        SearchKind.ANSWER,
                        5,
                        null,
                        "Xây dựng",
                        LocalDate.of(2025, 9, 9),
                        "Hỏi về thủ tục cấp giấy phép xây dựng",
                        "Tôi đến cổng Ủy ban hỏi thông tin thì được trả lời là phải tin nhắn trước.",
                        "/hoi-dap/5",
                        List.of())));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} first, {2} in all")
    @CsvSource(
            delimiter = '|',
            value = {
                // Diacritics and case ignored; an exact spelling ranks first.
                "cao bang | '' | 3",
                "Cao Bằng | article:3 | 3",
                "CAO BẰNG | article:3 | 3",
                "cáo bảng | article:4 | 3",
                "dam van eng | article:3 | 1",
                "Đàm Văn Êng | article:3 | 1",
                "quyet dinh | '' | 2",
                // The number and symbol: exactly, first, in any spelling; a number alone finds it too.
                "01/2014/QĐ-UBND | legal:1 legal:2 | 2",
                "01/2014/QD-UBND | legal:1 legal:2 | 2",
                "01/2014/qđ-ubnd | legal:1 legal:2 | 2",
                "1/2014/QD-UBND | legal:1 | 1",
                "số 01/2014/QĐ-UBND | legal:1 legal:2 | 2",
                "15/2016/QD-UBND | legal:2 | 1",
                "15/2016 | legal:2 | 1",
                // Syllables next to each other rank above the same syllables apart; quotes demand it.
                "cổng thông tin | legal:1 qa:5 | 2",
                "cong thong tin | legal:1 qa:5 | 2",
                "\"cổng thông tin\" | legal:1 | 1",
                "\"thong tin dien tu\" | legal:1 | 1",
                "\"tin thong\" | '' | 0",
                // Nothing typed is syntax: no failure, no match.
                "title:* OR (a AND | '' | 0",
                "*** ??? \\ // | '' | 0",
                "\"\" | '' | 0",
                "| '' | 0",
            })
    void ranks(String typed, String first, int total) throws IOException {
        SearchResults results = search(SearchRequest.of(typed == null ? "" : typed, PageRequest.first(10)));
        List<String> wanted = first.isEmpty() ? List.of() : Arrays.asList(first.split(" "));
        assertThat(keys(results)).hasSize(total);
        assertThat(keys(results).subList(0, wanted.size())).containsExactlyElementsOf(wanted);
        assertThat(results.hits().totalItems()).isEqualTo(total);
    }

    @Test
    void facetsCountAllResultsAndFiltersNarrowThem() throws IOException {
        SearchResults all = search(SearchRequest.of("cao bang", PageRequest.first(1)));
        assertThat(all.hits().totalItems()).isEqualTo(3);
        assertThat(all.hits().items()).hasSize(1);
        assertThat(all.facet(SearchResults.KIND))
                .containsExactly(new FacetValue("article", 2), new FacetValue("legal", 1));
        assertThat(all.facet(SearchResults.YEAR)).contains(new FacetValue("2014", 1), new FacetValue("2026", 1));
        assertThat(all.facet(SearchResults.SITE)).containsExactly(new FacetValue("so-cong-thuong", 1));

        SearchRequest articlesOnly =
                new SearchRequest("cao bang", SearchKind.ARTICLE, null, null, null, PageRequest.first(10));
        assertThat(keys(search(articlesOnly))).containsExactly("article:3", "article:4");
        SearchRequest ofSite = new SearchRequest("cao bang", null, "so-cong-thuong", null, null, PageRequest.first(10));
        assertThat(keys(search(ofSite))).containsExactly("article:4");
        SearchRequest ofYear = new SearchRequest("cao bang", null, null, null, 2014, PageRequest.first(10));
        assertThat(keys(search(ofYear))).containsExactly("legal:1");
    }

    @Test
    void pagesFollowTheRanking() throws IOException {
        List<String> all = keys(search(SearchRequest.of("cao bang", PageRequest.first(10))));
        SearchResults second = search(SearchRequest.of("cao bang", new PageRequest(2, 2)));
        assertThat(second.hits().totalItems()).isEqualTo(3);
        assertThat(second.hits().getTotalPages()).isEqualTo(2);
        assertThat(keys(second)).containsExactly(all.get(2));
        assertThat(keys(search(SearchRequest.of("cao bang", new PageRequest(1, 2)))))
                .isEqualTo(all.subList(0, 2));
        assertThat(search(SearchRequest.of("cao bang", new PageRequest(3, 2)))
                        .hits()
                        .items())
                .isEmpty();
    }

    @Test
    void snippetsEscapeTheTextAndMarkTheMatches() throws IOException {
        SearchHit hit = search(SearchRequest.of("niem yet", PageRequest.first(10)))
                .hits()
                .items()
                .get(0);
        assertThat(hit.snippetHtml())
                .contains("<mark>niêm yết</mark>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(hit.titleHtml()).isEqualTo("Cáo bảng giá dịch vụ vận tải");
        assertThat(hit.address()).isEqualTo("/so-cong-thuong/tin-tuc/cao-bang-gia");
        assertThat(hit.date()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(search(SearchRequest.of("Bản Giốc", PageRequest.first(10)))
                        .hits()
                        .items()
                        .get(0)
                        .snippetHtml())
                .contains("<mark>Bản Giốc</mark>");
    }

    @Test
    void suggestsTheNearestWordsForAWordFoundNowhere() throws IOException {
        SearchResults missed = search(SearchRequest.of("giấy phéep", PageRequest.first(10)));
        assertThat(missed.hits().isEmpty()).isTrue();
        assertThat(missed.didYouMean()).contains("giay phep");
        assertThat(search(SearchRequest.of("thac ban gioc", PageRequest.first(10)))
                        .hits()
                        .totalItems())
                .isEqualTo(1);
        assertThat(search(SearchRequest.of("thac ban gioc", PageRequest.first(10)))
                        .didYouMean())
                .isEmpty();
        assertThat(search(SearchRequest.of("zzzzqqq", PageRequest.first(10))).didYouMean())
                .isEmpty();
    }

    @Test
    void aRemovedOrReplacedItemIsFoundNoMoreAtOnce() throws IOException {
        index.remove(Searchable.keyOf(SearchKind.ARTICLE, 3));
        assertThat(keys(search(SearchRequest.of("dam van eng", PageRequest.first(10)))))
                .isEmpty();
        index.put(List.of(
                new Searchable(SearchKind.ANSWER, 5, null, null, null, "Thủ tục đã sửa", "", "/hoi-dap/5", List.of())));
        assertThat(keys(search(SearchRequest.of("giay phep", PageRequest.first(10)))))
                .isEmpty();
        assertThat(keys(search(SearchRequest.of("thu tuc da sua", PageRequest.first(10)))))
                .containsExactly("qa:5");
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void theSameSearchAfterAChangeCountsAnewAndEveryPageBeyondTheBestTwoHundredFollowsOn() throws IOException {
        SearchResults before = search(SearchRequest.of("du lich", PageRequest.first(10)));
        assertThat(before.hits().totalItems()).isEqualTo(1);
        List<Searchable> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(new Searchable(
                    SearchKind.ANSWER,
                    100 + i,
                    null,
                    "Du lịch",
                    LocalDate.of(2020, 1, 1).plusDays(i),
                    "Hỏi về du lịch số " + i,
                    "Du lịch mùa thu ở Cao Bằng, câu hỏi " + i + ".",
                    "/hoi-dap/" + (100 + i),
                    List.of()));
        }
        index.put(many);

        SearchResults after = search(SearchRequest.of("du lich", PageRequest.first(10)));
        assertThat(after.hits().totalItems())
                .as("the total of the same words, counted again")
                .isEqualTo(251);
        assertThat(after.facet(SearchResults.KIND)).contains(new FacetValue("qa", 250), new FacetValue("article", 1));
        Set<String> seen = new HashSet<>();
        for (int number = 1; number <= 26; number++) {
            List<String> page = keys(search(SearchRequest.of("du lich", new PageRequest(number, 10))));
            assertThat(page).as("page %d", number).hasSize(number < 26 ? 10 : 1);
            assertThat(seen.addAll(page)).isTrue();
        }
        assertThat(seen).hasSize(251);
        assertThat(keys(search(SearchRequest.of("du lich", new PageRequest(21, 10)))))
                .as("asked again, the same page")
                .isEqualTo(keys(search(SearchRequest.of("du lich", new PageRequest(21, 10)))));
    }

    @Test
    void theSpellingAndThePhraseLiftAnItemFromBeyondTheBestTwoHundredByTheWordsAlone() throws IOException {
        List<Searchable> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(new Searchable(
                    SearchKind.ANSWER,
                    1_000 + i,
                    null,
                    null,
                    LocalDate.of(2021, 1, 1),
                    "dinh va quyet so " + i,
                    "Hoi ve dinh, roi quyet, so " + i + ".",
                    "/hoi-dap/" + (1_000 + i),
                    List.of()));
        }
        many.add(new Searchable(
                SearchKind.ANSWER,
                2_000,
                null,
                null,
                LocalDate.of(2020, 1, 1),
                "Thông báo số 2000",
                "Quyết định của tỉnh về việc này.",
                "/hoi-dap/2000",
                List.of()));
        index.put(many);

        SearchResults found =
                search(new SearchRequest("Quyết định", SearchKind.ANSWER, null, null, null, PageRequest.first(10)));

        assertThat(found.hits().totalItems()).isEqualTo(301);
        assertThat(keys(found))
                .as("the only item with the words as typed, and as a phrase, though only in its text")
                .startsWith(Searchable.keyOf(SearchKind.ANSWER, 2_000));
    }

    @Test
    void anItemPutAloneAmongManySmallChangesIsCountedInTheTotalAndTheFacets() throws IOException {
        for (int i = 0; i < 40; i++) {
            index.put(List.of(new Searchable(
                    SearchKind.ARTICLE,
                    500 + i % 7,
                    "tinh",
                    "Tin tức",
                    LocalDate.of(2026, 3, 1),
                    "Tin số " + i,
                    "Nội dung thứ " + i + " của tin.",
                    "/tin/" + i,
                    List.of())));
        }
        index.put(List.of(new Searchable(
                SearchKind.ARTICLE,
                600,
                "tinh",
                "Tin tức",
                LocalDate.of(2026, 3, 2),
                "Nhà văn hóa xóm Nà Rì",
                "Khánh thành nhà văn hóa xóm Nà Rì.",
                "/tin/600",
                List.of())));

        SearchResults found =
                search(new SearchRequest("nha van hoa xom na ri", null, "tinh", null, null, PageRequest.first(10)));

        assertThat(keys(found)).containsExactly(Searchable.keyOf(SearchKind.ARTICLE, 600));
        assertThat(found.hits().totalItems()).isEqualTo(1);
        assertThat(found.facets()).as("facets").containsKey(SearchResults.SITE);
        assertThat(found.facet(SearchResults.KIND)).containsExactly(new FacetValue("article", 1));
    }

    private SearchResults search(SearchRequest request) throws IOException {
        return index.search(request, NUMBERS);
    }

    private static List<String> keys(SearchResults results) {
        return results.hits().items().stream()
                .map(hit -> Searchable.keyOf(hit.kind(), hit.id()))
                .toList();
    }

    @Test
    void rankGivesTheIdsOfOneKindBestFirstAndTheAddressesListEveryItem() throws IOException {
        assertThat(index.rank("01/2014/QD-UBND", SearchKind.LEGAL_DOCUMENT, 10, NUMBERS))
                .as("the document numbered so first, the one that cites it after")
                .containsExactly(1L, 2L);
        assertThat(index.rank("quyet dinh", SearchKind.ARTICLE, 10, NUMBERS)).doesNotContain(1L, 2L);
        assertThat(index.rank("cao bang", SearchKind.LEGAL_DOCUMENT, 1, NUMBERS))
                .containsExactly(1L);
        assertThat(index.rank("   ", SearchKind.LEGAL_DOCUMENT, 10, NUMBERS)).isEmpty();

        assertThat(index.addresses(100))
                .hasSize(index.size())
                .extracting(vn.egov.portal.search.boundary.PublicAddress::address)
                .contains("/van-ban/2014/1/qd-ubnd", "/tin-tuc/cao-bang-don-khach");
        assertThat(index.addresses(100).get(0).date()).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
