package vn.egov.portal.platform.cache.boundary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What public pages and public forms read from public content or reference data (the home page's
 * news, documents and answers; the calendar a due date is counted by), computed once per
 * {@link PublicContentVersion} and then shared by every caller until the version moves. The page
 * cache stands aside for officials and for pages it may not keep; this keeps those renders off the
 * database too. Whatever changes such data moves the version before reading it again. A value computed while the version moved belongs to the old version and is dropped
 * with it. Values must be immutable; the keys a page can make are few (portal, language), and past
 * {@code maxKeys} values are computed but not kept.
 */
public final class PerContentVersion<K, V> {

    private record Held<K, V>(long version, Map<K, V> values) {}

    private final int maxKeys;
    private volatile Held<K, V> held = new Held<>(-1, Map.of());

    public PerContentVersion(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    public V get(K key, Function<K, V> compute) {
        long version = PublicContentVersion.currentVersion();
        Held<K, V> current = held;
        if (current.version() != version) {
            current = new Held<>(version, new ConcurrentHashMap<>());
            held = current;
        }
        V value = current.values().get(key);
        if (value == null) {
            value = compute.apply(key);
            if (current.values().size() < maxKeys) {
                current.values().putIfAbsent(key, value);
            }
        }
        return value;
    }
}
