package vn.egov.portal.platform.cache.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.egov.portal.platform.cache.web.PublicQueryParameters.Declaration;

/**
 * Which query parameters a public address reads ({@link PublicQueryParameters}), and so what the page
 * cache keys on. The same rules, written out as nginx maps ({@link #nginxMaps}), key the shipped
 * front cache; {@code QueryKeysTest} fails when server-config/nginx/portal.conf says otherwise.
 */
@ApplicationScoped
public class QueryKeys {

    @Inject
    Instance<PublicQueryParameters> features;

    private List<Declaration> declarations = List.of();
    private List<Pattern> patterns = List.of();

    @PostConstruct
    void collect() {
        List<Declaration> all = new ArrayList<>();
        features.forEach(feature -> all.addAll(feature.declarations()));
        use(all);
    }

    /** The rules of the given declarations, outside a container (tests, the nginx check). */
    public static QueryKeys of(Collection<Declaration> declared) {
        QueryKeys keys = new QueryKeys();
        keys.use(new ArrayList<>(declared));
        return keys;
    }

    private void use(List<Declaration> all) {
        Set<String> prefixes = new HashSet<>();
        for (Declaration declaration : all) {
            if (!prefixes.add(declaration.prefix())) {
                throw new IllegalStateException("Two features declare the query parameters of " + declaration.prefix());
            }
        }
        // The longest prefix first: /hoi-dap/tra-cuu before /hoi-dap. nginx reads its map in the same order.
        all.sort(
                Comparator.comparingInt((Declaration d) -> -d.prefix().length()).thenComparing(Declaration::prefix));
        declarations = List.copyOf(all);
        patterns =
                declarations.stream().map(d -> Pattern.compile(d.expression())).toList();
    }

    /** The parameters the page at this path reads, in the order the key lists them. */
    public List<String> namesFor(String path) {
        return declarationFor(path).map(Declaration::names).orElse(List.of());
    }

    /** Whether the request asks the page at this path for a free-text search. */
    public boolean isSearch(String path, HttpServletRequest request) {
        return declarationFor(path).stream()
                .flatMap(declaration -> declaration.searches().stream())
                .map(request::getParameter)
                .anyMatch(text -> text != null && !text.isBlank());
    }

    private Optional<Declaration> declarationFor(String path) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(path).lookingAt()) {
                return Optional.of(declarations.get(i));
            }
        }
        return Optional.empty();
    }

    /** The key's query part: each read parameter's first value, as the page will see it. */
    public static String keyQuery(HttpServletRequest request, List<String> names) {
        StringBuilder query = new StringBuilder();
        for (String name : names) {
            String value = request.getParameter(name);
            if (value != null) {
                query.append(query.isEmpty() ? "" : "&")
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /**
     * The query to redirect to when a read parameter is written in a form nginx's key would not see
     * as that parameter ({@code pa%67e=2}, {@code q} without {@code =}): there the front cache and the
     * page would disagree on what the page shows. Empty when the query is plain.
     */
    public static Optional<String> oddlyWritten(String rawQuery, List<String> names, HttpServletRequest request) {
        if (rawQuery == null || names.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String raw = equals < 0 ? pair : pair.substring(0, equals);
            String name = decoded(raw);
            if (names.contains(name) && (equals < 0 || !raw.equals(name))) {
                return Optional.of(keyQuery(request, names));
            }
        }
        return Optional.empty();
    }

    /** The decoded names of a raw query, as the servlet container reads them. */
    public static Set<String> namesIn(String rawQuery) {
        Set<String> names = new LinkedHashSet<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                names.add(decoded(equals < 0 ? pair : pair.substring(0, equals)));
            }
        }
        return names;
    }

    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException broken) {
            return raw;
        }
    }

    /**
     * The front cache's key, as nginx configuration: the raw path, then for the addresses of
     * {@link #declarations} only their parameters, each found exactly as the portal reads it (first
     * value, name case-sensitive); {@code uncached} prefixes (API, media, console) keep their whole
     * query, since the portal's page cache does not handle them.
     */
    public String nginxMaps(Collection<String> uncached) {
        StringBuilder conf = new StringBuilder();
        conf.append("map $request_uri $portal_path {\n    \"~^([^?]*)\" $1;\n}\n");
        Set<String> names =
                declarations.stream().flatMap(d -> d.names().stream()).collect(Collectors.toCollection(TreeSet::new));
        for (String name : names) {
            conf.append("map $args ")
                    .append(variable(name))
                    .append(" {\n    default \"\";\n    \"~(?:^|&)")
                    .append(name)
                    .append("=([^&]*)\" $1;\n}\n");
        }
        conf.append("map $portal_path $portal_query_key {\n    default \"\";\n");
        for (String prefix : uncached) {
            conf.append("    \"~^").append(prefix.replace(".", "\\.")).append("\" $args;\n");
        }
        for (Declaration declaration : declarations) {
            conf.append("    \"~").append(declaration.expression()).append("\" \"");
            conf.append(declaration.names().stream()
                    .map(name -> name + "=" + variable(name))
                    .collect(Collectors.joining("&")));
            conf.append("\";\n");
        }
        conf.append("}\n");
        return conf.toString();
    }

    private static String variable(String name) {
        return "$portal_arg_" + name.replace('-', '_');
    }
}
