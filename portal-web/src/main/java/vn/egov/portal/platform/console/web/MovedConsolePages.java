package vn.egov.portal.platform.console.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.platform.address.web.PathRewrite;

/**
 * The console pages that lived at the top of the console or in another feature's folder before console
 * addresses became admin/{feature}/... (issue 10 item 7). Officials bookmarked them; the old address
 * answers 301 with the new one. A table, not a rewrite: nothing is served at the old address any more.
 */
@ApplicationScoped
public class MovedConsolePages implements PathRewrite {

    private static final Map<String, String> MOVES = Map.ofEntries(
            Map.entry("/admin/legal-documents.xhtml", "/admin/van-ban/documents.xhtml"),
            Map.entry("/admin/legal-files.xhtml", "/admin/van-ban/files.xhtml"),
            Map.entry("/admin/gazette.xhtml", "/admin/cong-bao/issues.xhtml"),
            Map.entry("/admin/calendar.xhtml", "/admin/lich/overrides.xhtml"),
            Map.entry("/admin/deadlines.xhtml", "/admin/han-cap-nhat/dashboard.xhtml"),
            Map.entry("/admin/batch.xhtml", "/admin/tac-vu/jobs.xhtml"),
            Map.entry("/admin/audit.xhtml", "/admin/nhat-ky/events.xhtml"),
            Map.entry("/admin/users.xhtml", "/admin/nguoi-dung/accounts.xhtml"),
            Map.entry("/admin/account.xhtml", "/admin/tai-khoan/profile.xhtml"),
            Map.entry("/admin/noi-dung/leaders.xhtml", "/admin/lanh-dao/leaders.xhtml"),
            Map.entry("/admin/noi-dung/royalties.xhtml", "/admin/nhuan-but/royalties.xhtml"),
            Map.entry("/admin/noi-dung/subportals.xhtml", "/admin/trang-thanh-phan/subportals.xhtml"));

    @Override
    public Optional<String> rewrite(String path) {
        return Optional.empty();
    }

    @Override
    public Optional<String> movedTo(String path) {
        return Optional.ofNullable(MOVES.get(path));
    }
}
