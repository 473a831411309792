import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.egov.portal.consultation.control.CampaignGrouping;

/**
 * The time to group 10,000 comments into campaigns (CampaignGrouping, the class the portal runs):
 * 7,000 distinct comments written from a vocabulary of Vietnamese legal words, and three campaigns
 * (1,500, 1,000 and 500 near-copies: a name, a place or a closing sentence added, words changed).
 * Warms up, then reports the median and the worst of the measured runs and the groups found.
 *
 *   bench/consultation-grouping/bench.sh            (compiles portal-ejb's classes if needed)
 */
public final class GroupingBench {

    /** About 400 syllables of administrative Vietnamese: real comments draw on a vocabulary at least this wide. */
    private static final String[] WORDS = String.join(
                    " ",
                    "đề nghị quy định rõ thời hạn cập nhật thông tin văn bản dự thảo điều khoản mục chương",
                    "mức thu lệ phí hộ tịch người cao tuổi hợp tác xã hỗ trợ vốn vay doanh nghiệp nhỏ vừa thủ tục",
                    "hành chính trực tuyến cổng điện tử tỉnh huyện thị trấn cán bộ công chức viên trách nhiệm",
                    "giải trình công khai minh bạch ngân sách đầu tư đất đai môi trường giáo dục y tế văn hóa",
                    "thể thao du lịch nông nghiệp lâm thủy sản chăn nuôi trồng trọt khuyến nông giống cây con",
                    "đường giao thông cầu cống điện nước sạch vệ sinh rác thải xử lý ô nhiễm khí hậu thiên tai",
                    "lũ quét sạt lở mưa bão hạn hán cháy rừng phòng chống cứu hộ cứu nạn an ninh trật tự quốc",
                    "phòng biên giới cửa khẩu thương mại xuất nhập khẩu hàng hóa dịch vụ logistics kho bãi chợ",
                    "siêu thị giá cả thị trường lao động việc làm đào tạo nghề thu nhập nghèo cận bảo hiểm xã",
                    "hội trợ cấp chính sách ưu đãi người có công thương binh liệt sĩ trẻ em phụ nữ dân tộc thiểu",
                    "số miền núi vùng sâu xa đặc biệt khó khăn tái định cư bồi thường giải phóng mặt bằng quy",
                    "hoạch kiến trúc xây dựng nhà ở cấp phép sổ đỏ quyền sử dụng sở hữu tài sản thuế phí",
                    "kế toán kiểm toán thanh tra kiểm tra giám sát khiếu nại tố cáo tiếp công dân hòa giải tư",
                    "pháp luật sư công chứng chứng thực lý lịch tư pháp hộ khẩu căn cước định danh điện tử",
                    "chữ ký số dữ liệu cá nhân bảo mật an toàn mạng hệ thống phần mềm ứng dụng nền tảng số",
                    "chuyển đổi chính quyền kinh tế xã hội số hóa hồ sơ lưu trữ thư viện bảo tàng di tích lễ",
                    "hội truyền thống nghệ thuật báo chí phát thanh truyền hình quảng cáo xuất bản in ấn phát",
                    "hành bưu chính viễn thông internet băng rộng sóng di động trạm thu phát phủ thôn bản xóm",
                    "tổ dân phố khu phường quận thành phố trung ương địa phương ủy ban nhân dân hội đồng sở ngành",
                    "phòng ban chi cục trung tâm đơn vị sự nghiệp tự chủ tài chính biên chế tinh giản sắp xếp",
                    "sáp nhập hợp nhất chia tách điều chỉnh địa giới tiêu chuẩn chuẩn mực định mức kỹ thuật",
                    "chất lượng hiệu quả hiệu lực tiến độ kế hoạch năm quý tháng ngày giờ sớm muộn chậm nhanh",
                    "tăng giảm bỏ giữ nguyên bổ sung sửa đổi thay thế bãi hủy ban hành thi hành áp dụng")
            .split(" ");
    private static final String[] CAMPAIGNS = {
        "Chúng tôi đề nghị giữ nguyên mức hỗ trợ 50 triệu đồng cho mỗi hợp tác xã vì đây là nguồn lực quan trọng"
                + " để phát triển kinh tế tập thể ở vùng cao biên giới của tỉnh.",
        "Đề nghị bỏ quy định thu phí thẩm định hồ sơ cấp phép xây dựng nhà ở riêng lẻ tại khu vực nông thôn vì"
                + " gây khó khăn cho người dân và không phù hợp với chủ trương cải cách hành chính.",
        "Tôi không đồng ý với việc sáp nhập điểm trường tiểu học của thôn vào trường trung tâm xã vì đường đi xa"
                + " và nguy hiểm cho học sinh nhỏ tuổi trong mùa mưa lũ."
    };
    private static final int[] COPIES = {1500, 1000, 500};

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : 0.8;
        List<String> comments = comments(total, new Random(12));
        CampaignGrouping grouping = new CampaignGrouping(threshold);
        for (int i = 0; i < 3; i++) {
            grouping.group(comments);
        }
        int runs = 7;
        long[] millis = new long[runs];
        List<List<Integer>> groups = List.of();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            groups = grouping.group(comments);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        List<Integer> largest = groups.stream().map(List::size).filter(size -> size > 1).sorted((a, b) -> b - a).toList();
        System.out.printf(
                "%d comments, threshold %.2f: median %d ms, worst %d ms over %d runs; %d groups, campaigns of %s%n",
                comments.size(), threshold, millis[runs / 2], millis[runs - 1], runs, groups.size(), largest);
    }

    private static List<String> comments(int total, Random random) {
        List<String> comments = new ArrayList<>();
        for (int c = 0; c < CAMPAIGNS.length; c++) {
            for (int i = 0; i < COPIES[c] * total / 10_000; i++) {
                comments.add(nearCopy(CAMPAIGNS[c], i, random));
            }
        }
        while (comments.size() < total) {
            StringBuilder text = new StringBuilder();
            int length = 12 + random.nextInt(60);
            for (int w = 0; w < length; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 11 == 10 ? ". " : " ");
            }
            comments.add(text.toString().strip());
        }
        java.util.Collections.shuffle(comments, random);
        return comments;
    }

    private static String nearCopy(String text, int i, Random random) {
        return switch (i % 4) {
            case 0 -> text;
            case 1 -> text + " Người góp ý: công dân số " + i + ".";
            case 2 -> text.toUpperCase(java.util.Locale.ROOT).replace(",", "");
            default -> text.replace("vì", "bởi vì") + " Xin cảm ơn.";
        };
    }
}
