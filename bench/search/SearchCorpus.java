import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.egov.portal.search.control.IndexFolders;
import vn.egov.portal.search.control.SearchIndex;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/**
 * Writes a search index of N generated documents into a portal data folder, in the very layout the
 * portal's engine opens ($PORTAL_DATA/search/index-N and its "current" pointer), with the portal's
 * own SearchIndex (analysis, fields, facets): the portal started on that folder then searches it.
 * Texts are Vietnamese syllables drawn with a Zipf-like skew from a fixed list (with diacritics), so
 * folded and exact spellings, phrases and rare words all occur. Reports the indexing time and rate.
 *
 * Usage: java -cp <portal-ejb classes and Lucene> SearchCorpus.java DATA_FOLDER [COUNT] [BATCH]
 */
public class SearchCorpus {

    static final String[] SYLLABLES = ("quyết định ban hành quy chế hoạt động cổng thông tin điện tử tỉnh cao bằng"
                    + " ủy ban nhân dân sở tư pháp hộ tịch khai sinh kết hôn chứng thực hợp đồng mua bán xe máy"
                    + " đất đai xây dựng giấy phép kinh doanh thuế phí lệ phí giáo dục đào tạo y tế bảo hiểm xã hội"
                    + " giao thông vận tải an toàn nông nghiệp phát triển nông thôn rừng biên giới du lịch văn hóa"
                    + " thể thao khoa học công nghệ tài nguyên môi trường nước sạch điện lực công thương lao động"
                    + " thương binh người có công dân tộc tôn giáo nội vụ cán bộ công chức viên chức thanh tra"
                    + " khiếu nại tố cáo tiếp công dân hành chính cải cách thủ tục một cửa liên thông trực tuyến"
                    + " mức độ toàn trình hướng dẫn thực hiện nghị quyết hội đồng kế hoạch năm tháng quý báo cáo"
                    + " kết quả tình hình kinh tế xã hội huyện thành phố xã phường thị trấn trùng khánh hà quảng"
                    + " bảo lâm bảo lạc nguyên bình hòa an thạch an quảng hòa hạ lang đàm thủy bản giốc"
                    + " thông báo lịch công tác chỉ đạo điều hành phòng chống dịch bệnh thiên tai lũ lụt sạt lở")
            .split(" ");

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Files.createDirectories(data.resolve("search"));
        IndexFolders folders = new IndexFolders(data.resolve("search"));
        Random random = new Random(13);
        SearchKind[] kinds = SearchKind.values();
        String[] sites = {null, "so-tu-phap", "huyen-trung-khanh", "xa-dam-thuy", "so-y-te"};
        String[] categories = {"tin-tuc-su-kien", "thong-bao", "chi-dao-dieu-hanh", "Quyết định", "Hộ tịch"};
        long started = System.nanoTime();
        try (SearchIndex index = SearchIndex.create(folders.next())) {
            List<Searchable> chunk = new ArrayList<>(batch);
            for (int id = 1; id <= count; id++) {
                SearchKind kind = kinds[id % kinds.length];
                LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
                List<String> identifiers = kind == SearchKind.LEGAL_DOCUMENT
                        ? List.of((id % 90 + 1) + "/" + date.getYear() + "/qd-ubnd")
                        : List.of();
                chunk.add(new Searchable(
                        kind,
                        id,
                        sites[random.nextInt(sites.length)],
                        categories[random.nextInt(categories.length)],
                        date,
                        capitalised(words(random, 6 + random.nextInt(8))),
                        words(random, 80 + random.nextInt(160)),
                        "/bench/" + kind.code() + "/" + id,
                        identifiers));
                if (chunk.size() == batch) {
                    index.put(chunk);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                index.put(chunk);
            }
            folders.makeCurrent(index.directory());
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(
                    "indexed %d documents in %d ms (%.0f documents/s), %d in the index%n",
                    count, millis, count * 1000.0 / millis, index.size());
        }
        folders.deleteOthers();
    }

    /** Syllables with a skew: the first ones of the list are common, the last ones rare. */
    static String words(Random random, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double skew = Math.pow(random.nextDouble(), 2.2);
            text.append(i == 0 ? "" : " ").append(SYLLABLES[(int) (skew * SYLLABLES.length)]);
        }
        return text.toString();
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
