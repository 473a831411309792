package vn.egov.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.portal.platform.cache.web.PublicPageCacheFilter;
import vn.egov.portal.platform.cache.web.PublicQueryParameters;
import vn.egov.portal.platform.cache.web.QueryKeys;

/**
 * The shipped nginx front keys public pages on exactly the query parameters the features declare,
 * as the portal's own page cache does: its maps are the ones {@link QueryKeys#nginxMaps} writes
 * from every {@link PublicQueryParameters} of all modules. On a mismatch, paste the expected block.
 */
class FrontCacheKeysTest {

    private static final Path CONF = Path.of("../server-config/nginx/portal.conf");
    private static final String BEGIN =
            "# BEGIN query keys (written by QueryKeys.nginxMaps; FrontCacheKeysTest checks it)\n";
    private static final String END = "# END query keys\n";

    @Test
    void theFrontCacheKeysOnWhatThePagesDeclare() throws Exception {
        List<PublicQueryParameters.Declaration> declared = new ArrayList<>();
        for (var type : PortalClasses.ALL) {
            if (type.isAssignableTo(PublicQueryParameters.class)
                    && !type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
                declared.addAll(
                        ((PublicQueryParameters) type.reflect().getConstructor().newInstance()).declarations());
            }
        }
        assertThat(declared).isNotEmpty();
        String expected = QueryKeys.of(declared)
                .nginxMaps(PublicPageCacheFilter.NEVER.stream().sorted().toList());

        String conf = Files.readString(CONF, StandardCharsets.UTF_8);
        int begin = conf.indexOf(BEGIN);
        int end = conf.indexOf(END);
        assertThat(begin).as("portal.conf has the query-keys block").isNotNegative();
        assertThat(conf.substring(begin + BEGIN.length(), end)).isEqualTo(expected);
        assertThat(conf).contains("proxy_cache_key $scheme$host$portal_path?$portal_query_key;");
    }
}
