package vn.egov.portal.platform.cache.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;

/**
 * What public pages read from public content (the home page's news, documents and answers), computed
 * once per {@link PublicContentVersion} and then shared by every render until the version moves. The
 * page cache stands aside for officials and for pages it may not keep; this keeps those renders off the
 * database too. A value computed while the version moved belongs to the old version and is dropped
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
