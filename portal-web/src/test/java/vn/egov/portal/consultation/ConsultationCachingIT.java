package vn.egov.portal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.portal.test.PortalDeployment;
import vn.egov.portal.test.client.WebClient;

/**
 * Issue 13: the consultations' API reads are cacheable although their phase moves with the clock:
 * kept no longer than the next opening or closing they show, with a tag that names the phases, and
 * confirmed with a 304 while nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationCachingIT {

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void theListAndOneConsultationAreKeptNoLongerThanTheirNextPhaseChangeAndConfirmedWhileUnchanged() throws Exception {
        WebClient web = new WebClient(base.toURI());
        Instant asked = Instant.now();
        HttpResponse<String> list = web.get("/api/v1/consultations");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonObject page = json(list.body());
        assertThat(page.getJsonArray("items")).isNotEmpty();
        long kept = maxAge(list);
        assertThat(kept).isBetween(1L, 60L);
        for (var item : page.getJsonArray("items")) {
            for (String moment : new String[] {"opensAt", "closesAt"}) {
                instant(item.asJsonObject(), moment).filter(asked::isBefore).ifPresent(change -> assertThat(kept)
                        .as("kept past the " + moment + " of " + item)
                        .isLessThanOrEqualTo(Duration.between(asked, change).getSeconds() + 1));
            }
        }
        String tag = list.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = web.send(HttpRequest.newBuilder(web.resolve("/api/v1/consultations"))
                .header("If-None-Match", tag)
                .GET()
                .build());
        assertThat(again.statusCode()).isEqualTo(304);

        long id =
                page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> one = web.get("/api/v1/consultations/" + id);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(maxAge(one)).isBetween(1L, 60L);
        assertThat(one.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
        assertThat(json(one.body()).getString("phase")).isIn("UPCOMING", "OPEN", "CLOSED", "SUMMARISED");
    }

    private static long maxAge(HttpResponse<String> response) {
        String cacheControl = response.headers().firstValue("Cache-Control").orElseThrow();
        assertThat(cacheControl).startsWith("public");
        Matcher age = MAX_AGE.matcher(cacheControl);
        assertThat(age.find()).as(cacheControl).isTrue();
        return Long.parseLong(age.group(1));
    }

    private static Optional<Instant> instant(JsonObject item, String name) {
        if (!item.containsKey(name) || item.isNull(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(item.getString(name)).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            return Optional.empty();
        }
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
