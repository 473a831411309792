package vn.egov.portal.consultation.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.portal.platform.address.web.PathRewrite;

/** "/lay-y-kien/{slug}" serves the consultation page; the slug comes from the title and never changes. */
@ApplicationScoped
public class ConsultationPaths implements PathRewrite {

    private static final Pattern CONSULTATION = Pattern.compile("/lay-y-kien/([a-z0-9]+(?:-[a-z0-9]+)*)/?");

    @Override
    public Optional<String> rewrite(String path) {
        return PathRewrite.matching(
                CONSULTATION, path, found -> "/lay-y-kien/consultation.xhtml?slug=" + found.group(1));
    }
}
