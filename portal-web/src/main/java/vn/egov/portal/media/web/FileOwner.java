package vn.egov.portal.media.web;

import java.util.Optional;

/**
 * A feature whose stored files the one download path ({@link FileServlet}) hands out. The feature
 * names the address its files live under and, for each request, whether the file exists and the
 * caller may have it: its boundary does the access check (and the audit), this bean only maps the
 * address to it. A new feature's files need one of these, an {@code @ApplicationScoped} bean:
 *
 * <pre>{@code
 * public String address() { return "/dich-vu-cong/tep"; }
 * public Optional<Download> find(String key) {
 *     return FileOwner.id(key).map(applications::openFile).map(file -> new Download(file, Audience.ENTITLED));
 * }
 * }</pre>
 */
public interface FileOwner {

    /** The address, from the root, that this feature's files are served under: "/van-ban/tep". */
    String address();

    /**
     * The file that the rest of the address names ("12", or "{token}/{name}"), if there is one. Empty,
     * or a {@code NotFoundException}, answers 404; an {@code AccessDeniedException} or
     * {@code EJBAccessException} from the boundary answers 403.
     */
    Optional<Download> find(String key);

    /** The key as a record id, for owners whose addresses end in one. */
    static Optional<Long> id(String key) {
        return key.matches("[1-9]\\d{0,17}") ? Optional.of(Long.parseLong(key)) : Optional.empty();
    }
}
