package vn.egov.portal.platform.cache.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;

/**
 * One rule for every public read of the API, whichever resource answers it: a 200 of a method marked
 * {@link Shareable} (or whose resource set a {@code max-age} itself) gets {@code Cache-Control: public, max-age=N}, an
 * {@code ETag} from the public content version (with the start of this server, since the counter
 * starts again at every start) and the address, and {@code Last-Modified}, the moment the version
 * was last seen to move. A client that sends back the tag ({@code If-None-Match}) or the date
 * ({@code If-Modified-Since}) while nothing public changed gets {@code 304 Not Modified}, no body.
 * An answer that also moves with something else (the clock: a consultation opening) sets its own
 * ETag and Last-Modified for it: the tag is added to this one, the later date wins.
 */
@Provider
public class ConditionalGets implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");
    private static final String BOOT = Long.toString(Instant.now().toEpochMilli(), 36);
    private static final AtomicReference<Seen> LAST = new AtomicReference<>(new Seen(-1, Instant.now()));

    /** A version of the public content and when it was first seen here. */
    private record Seen(long version, Instant at) {}

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || response.getStatus() != 200) {
            return;
        }
        Integer maxAge = sharedFor(response.getHeaderString(HttpHeaders.CACHE_CONTROL), declared());
        if (maxAge == null) {
            return;
        }
        long version = PublicContentVersion.currentVersion();
        EntityTag own = response.getEntityTag();
        Date ownModified = response.getLastModified();
        Instant modified = modifiedAt(version);
        if (ownModified != null && ownModified.toInstant().isAfter(modified)) {
            modified = ownModified.toInstant();
        }
        EntityTag tag = new EntityTag(
                BOOT + "-" + version + "-" + addressDigest(request) + (own == null ? "" : "-" + own.getValue()), true);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, Date.from(modified));
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (unchanged(request, tag, modified)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    private Shareable declared() {
        return resource == null || resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(Shareable.class);
    }

    /** The max-age of a response meant for everybody; null for anything private or unmarked. */
    static Integer sharedFor(String cacheControl, Shareable declared) {
        if (cacheControl != null && (cacheControl.contains("no-store") || cacheControl.contains("private"))) {
            return null;
        }
        if (declared != null && declared.seconds() > 0) {
            return declared.seconds();
        }
        if (cacheControl == null) {
            return null;
        }
        Matcher age = MAX_AGE.matcher(cacheControl);
        return age.find() && Integer.parseInt(age.group(1)) > 0 ? Integer.valueOf(age.group(1)) : null;
    }

    /** If-None-Match decides when sent (weak comparison); otherwise If-Modified-Since, to the second. */
    private static boolean unchanged(ContainerRequestContext request, EntityTag tag, Instant modified) {
        List<String> tags = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (tags != null && !tags.isEmpty()) {
            return tags.stream()
                    .flatMap(value -> List.of(value.split(",")).stream())
                    .map(String::trim)
                    .anyMatch(sent -> sent.equals("*") || opaque(sent).equals(tag.getValue()));
        }
        Date since = sinceOrNull(request);
        return since != null && !modified.truncatedTo(ChronoUnit.SECONDS).isAfter(since.toInstant());
    }

    /** The date of If-Modified-Since; null when absent or unreadable (then it is ignored). */
    private static Date sinceOrNull(ContainerRequestContext request) {
        String since = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (since == null) {
            return null;
        }
        try {
            return Date.from(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(since.trim())));
        } catch (DateTimeException unreadable) {
            return null;
        }
    }

    private static String opaque(String sent) {
        String strong = sent.startsWith("W/") ? sent.substring(2) : sent;
        return strong.length() >= 2 && strong.startsWith("\"") && strong.endsWith("\"")
                ? strong.substring(1, strong.length() - 1)
                : strong;
    }

    private static Instant modifiedAt(long version) {
        return LAST.updateAndGet(seen -> seen.version == version ? seen : new Seen(version, Instant.now()))
                .at();
    }

    /** The address with its query and the reader's language: one tag per answer a client can get. */
    private static String addressDigest(ContainerRequestContext request) {
        String address = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + "#"
                + request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
