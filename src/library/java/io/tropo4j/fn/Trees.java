package io.tropo4j.fn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts trees of plain Java values (maps, lists, strings, numbers, booleans, values) into values. */
final class Trees {
  private Trees() {}

  static Value<?> convert(Object node, String path) {
    if (node instanceof Value<?> v) {
      return v;
    } else if (node instanceof String || node instanceof Number || node instanceof Boolean) {
      return new Literal<>(node);
    } else if (node instanceof Map<?, ?> map) {
      Map<String, Value<?>> entries = new LinkedHashMap<>();
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = MapValue.ordered((Map<String, Object>) map);
      for (Map.Entry<String, Object> entry : typed.entrySet()) {
        entries.put(entry.getKey(), convert(entry.getValue(), path + "." + entry.getKey()));
      }
      return new MapValue<>(entries);
    } else if (node instanceof List<?> list) {
      List<Value<?>> items = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        items.add(convert(list.get(i), path + "[" + i + "]"));
      }
      return new ListValue<>(items);
    }
    throw new IllegalArgumentException(
        "value at " + path + " is " + (node == null ? "null" : node.getClass().getName())
            + "; expected a map, list, string, number, boolean or Value");
  }
}
