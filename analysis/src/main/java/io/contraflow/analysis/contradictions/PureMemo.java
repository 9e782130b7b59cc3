package io.contraflow.analysis.contradictions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A pure function's results, per thread, least recently used dropped first: detection kept between articles reads
 * the same names and contents again on every article, and some readings are regular expressions over them. Per
 * thread, because one detector serves every stream thread.
 */
final class PureMemo<K, V> {
  private final Function<K, V> function;
  private final ThreadLocal<Map<K, V>> kept;

  PureMemo(int size, Function<K, V> function) {
    this.function = function;
    this.kept = ThreadLocal.withInitial(() -> new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > size;
      }
    });
  }

  V get(K key) {
    Map<K, V> map = kept.get();
    V v = map.get(key);
    if (v == null) {
      v = function.apply(key);
      map.put(key, v);
    }
    return v;
  }
}
