package io.tropo4j.fn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A free-form JSON property, such as an IAM policy document. Built from maps, lists, strings, numbers,
 * booleans and {@link Value}s, so intrinsics can stand anywhere inside it.
 */
public final class Json implements Value<Json> {
  private final Value<?> tree;

  private Json(Value<?> tree) {
    this.tree = tree;
  }

  /**
   * Converts a tree of plain Java values. Maps keep their order when they have one and are sorted
   * otherwise (see {@link Value#ofMap}).
   */
  public static Json of(Object tree) {
    return new Json(convert(tree, "$"));
  }

  /** An object from alternating keys and values: {@code Json.object("Version", "2012-10-17", ...)}. */
  public static Json object(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Json.object takes keys and values in pairs");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return of(map);
  }

  /** The converted tree: literals, lists, maps and intrinsics. */
  public Value<?> tree() {
    return tree;
  }

  @Override
  public void writeTo(Sink out) {
    tree.writeTo(out);
  }

  private static Value<?> convert(Object node, String path) {
    if (node instanceof Value<?> v) {
      return v;
    } else if (node instanceof String || node instanceof Number || node instanceof Boolean) {
      return new Literal<>(node);
    } else if (node instanceof Map<?, ?> map) {
      Map<String, Value<?>> entries = new LinkedHashMap<>();
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = MapValue.ordered((Map<String, Object>) map);
      typed.forEach((k, v) -> entries.put(k, convert(v, path + "." + k)));
      return new MapValue<>(entries);
    } else if (node instanceof List<?> list) {
      List<Value<?>> items = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        items.add(convert(list.get(i), path + "[" + i + "]"));
      }
      return new ListValue<>(items);
    }
    throw new IllegalArgumentException(
        "JSON value at " + path + " is " + (node == null ? "null" : node.getClass().getName())
            + "; expected a map, list, string, number, boolean or Value");
  }
}
