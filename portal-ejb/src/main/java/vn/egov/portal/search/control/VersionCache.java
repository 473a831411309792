package vn.egov.portal.search.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * Values computed from one version of the index, at most {@code size} of them, the least recently
 * used dropped first. A search on a newer version (any change to the index makes one) starts from
 * nothing, so a value never outlives the content it was computed from. Thread-safe.
 */
final class VersionCache<K, V> {

    private final int size;
    private volatile Version<K, V> current;

    VersionCache(int size) {
        this.size = size;
    }

    /** The value kept for the key on this version of the index, or null. */
    V get(IndexReader reader, K key) {
        return of(reader).get(key);
    }

    void put(IndexReader reader, K key, V value) {
        of(reader).put(key, value);
    }

    private Map<K, V> of(IndexReader reader) {
        Version<K, V> version = current;
        if (version == null || version.reader() != reader) {
            version = new Version<>(reader, Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > size;
                }
            }));
            current = version;
        }
        return version.values();
    }

    private record Version<K, V>(IndexReader reader, Map<K, V> values) {}
}
