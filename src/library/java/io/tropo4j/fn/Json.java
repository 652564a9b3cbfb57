package io.tropo4j.fn;

import java.util.LinkedHashMap;
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
    return new Json(Trees.convert(tree, "$"));
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

  /**
   * A tree as {@link #of} converts it, passed where a value of any type is wanted, unchecked: for
   * what CloudFormation accepts but the property's type cannot hold, such as an imported template's
   * {@code "80"} for a number or a function the library has no typed form of.
   */
  public static <T> Value<T> untyped(Object tree) {
    return new Retyped<>(Trees.convert(tree, "$"));
  }

  /** The converted tree: literals, lists, maps and intrinsics. */
  public Value<?> tree() {
    return tree;
  }

  @Override
  public void writeTo(Sink out) {
    tree.writeTo(out);
  }
}
