package io.tropo4j.fn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A JSON object with free-form keys, such as a map of tags or a Fn::Sub variable map. */
final class MapValue<V> implements Value<Map<String, V>> {
  private final Map<String, ? extends Value<?>> entries;

  MapValue(Map<String, ? extends Value<?>> entries) {
    this.entries = entries;
  }

  @Override
  public void writeTo(Sink out) {
    out.beginObject();
    for (Map.Entry<String, ? extends Value<?>> entry : entries.entrySet()) {
      out.key(entry.getKey());
      entry.getValue().writeTo(out);
    }
    out.endObject();
  }

  static MapValue<String> ofStrings(Map<String, String> values) {
    Map<String, Value<String>> entries = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : ordered(values).entrySet()) {
      entries.put(entry.getKey(), Value.of(entry.getValue()));
    }
    return new MapValue<>(entries);
  }

  /**
   * Keeps the order of a map that has one (LinkedHashMap, SortedMap) and sorts any other, so that
   * {@code Map.of(...)} still gives the same bytes on every run.
   */
  static <V> Map<String, V> ordered(Map<String, V> map) {
    for (Map.Entry<String, V> entry : map.entrySet()) {
      if (entry.getKey() == null || entry.getValue() == null) {
        throw new NullPointerException("map entry " + entry.getKey() + " has a null key or value");
      }
    }
    if (map instanceof LinkedHashMap || map instanceof SortedMap) {
      return new LinkedHashMap<>(map);
    }
    return new LinkedHashMap<>(new TreeMap<>(map));
  }
}
