package vn.egov.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.statistics.boundary.AccessCounts;
import vn.egov.portal.statistics.entity.AccessCount;
import vn.egov.portal.statistics.entity.AccessKind;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;
import vn.egov.portal.test.container.AsAdministrator;

/**
 * Page views and API calls reach the day's counts through the real filters, page cache and flush:
 * cached and rendered pages count, refused requests, console pages and files do not.
 */
@ExtendWith(ArquillianExtension.class)
class AccessCountIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @Inject
    AccessCounts counts;

    @Inject
    AsAdministrator admin;

    @Inject
    Clock clock;

    @Test
    void publicPagesAndApiCallsAreCountedPerDayAndStoredByTheFlush() throws Exception {
        WebClient client = new WebClient(base.toURI());
        Map<AccessKind, Long> before = today();

        assertThat(client.get("/").statusCode()).isEqualTo(200);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        assertThat(client.get("/en/").statusCode()).isEqualTo(200);
        assertThat(client.get("/api/v1/articles?size=1").statusCode()).isEqualTo(200);
        assertThat(client.get("/api/v1/articles/khong-phai-so").statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(client.get("/khong-co-trang-nay").statusCode()).isEqualTo(404);
        assertThat(client.get("/resources/portal/img/logo.svg").statusCode()).isEqualTo(200);
        client.get("/admin/index.xhtml");
        counts.flush();

        Map<AccessKind, Long> after = today();
        assertThat(after.getOrDefault(AccessKind.PAGE, 0L) - before.getOrDefault(AccessKind.PAGE, 0L))
                .as("the home page twice (once from the cache) and the English home page")
                .isEqualTo(3);
        assertThat(after.getOrDefault(AccessKind.API, 0L) - before.getOrDefault(AccessKind.API, 0L))
                .as("the one API call answered without error")
                .isEqualTo(1);
    }

    @Test
    void aFlushWithNothingCountedChangesNothing() throws Exception {
        counts.flush();
        Map<AccessKind, Long> before = today();

        counts.flush();

        assertThat(today()).isEqualTo(before);
    }

    private Map<AccessKind, Long> today() throws Exception {
        LocalDate day = LocalDate.now(clock);
        return admin.call(() -> counts.between(day, day)).stream()
                .collect(Collectors.toMap(AccessCount::getKind, AccessCount::getRequests));
    }
}
