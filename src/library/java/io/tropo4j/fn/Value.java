package io.tropo4j.fn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A property value whose CloudFormation type is known at compile time: a literal, an intrinsic
 * function, or a structure. {@code Value<List<String>>} cannot be passed where {@code Value<String>}
 * is wanted, which is the point of the type parameter.
 *
 * @param <T> the Java type the value stands for once CloudFormation resolves it
 */
public interface Value<T> extends Writable {

  static Value<String> of(String value) {
    return new Literal<>(value);
  }

  static Value<Integer> of(int value) {
    return new Literal<>(value);
  }

  static Value<Long> of(long value) {
    return new Literal<>(value);
  }

  static Value<Double> of(double value) {
    return new Literal<>(value);
  }

  static Value<Boolean> of(boolean value) {
    return new Literal<>(value);
  }

  /** A list of literal strings. */
  static Value<List<String>> of(List<String> values) {
    List<Value<String>> items = new ArrayList<>(values.size());
    for (String value : values) {
      items.add(of(value));
    }
    return new ListValue<>(items);
  }

  /** A map of literal strings, written with its keys sorted unless the map has an order of its own. */
  static Value<Map<String, String>> ofMap(Map<String, String> values) {
    return MapValue.ofStrings(values);
  }

  /** A list whose items may be intrinsics, e.g. {@code Value.list(subnetA.ref(), subnetB.ref())}. */
  @SafeVarargs
  static <E> Value<List<E>> list(Value<E>... items) {
    List<Value<E>> copy = new ArrayList<>(items.length);
    for (Value<E> item : items) {
      copy.add(item); // item by item: javac counts handing a generic varargs array on as unsafe
    }
    return new ListValue<>(Collections.unmodifiableList(copy));
  }

  static <E> Value<List<E>> list(List<? extends Value<E>> items) {
    return new ListValue<>(List.copyOf(items));
  }

  /**
   * A list of strings, literals and values mixed: {@code Value.strings("sg-0a1b2c", web.groupId())}.
   * Each item is a {@code String} or a {@code Value<String>}, checked as {@link Fn#join(String,
   * Object...)} checks its parts.
   */
  static Value<List<String>> strings(Object... items) {
    return new ListValue<>(Collections.unmodifiableList(StringParts.of("list", items)));
  }

  /**
   * A map of strings, literals and values mixed: {@code Value.strings(Map.of("awslogs-group",
   * logs.ref(), "awslogs-stream-prefix", "web"))}, each value checked as list items are; written
   * with its keys sorted unless the map has an order of its own.
   */
  static Value<Map<String, String>> strings(Map<String, ?> entries) {
    Map<String, Value<String>> values = new LinkedHashMap<>(); // in the order MapValue gives the entries
    for (Map.Entry<String, ?> entry : MapValue.ordered(entries).entrySet()) {
      values.put(entry.getKey(), StringParts.one("map value " + entry.getKey(), entry.getValue()));
    }
    return new MapValue<>(values);
  }

  /**
   * A list of literals, nested lists and maps, or values: {@code Value.listOf(List.of(80, 443))}.
   * Generated setters use it for their list forms.
   */
  @SuppressWarnings("unchecked")
  static <E> Value<List<E>> listOf(List<? extends E> items) {
    return (Value<List<E>>) Trees.convert(items, "list");
  }

  /** A map of literals, nested lists and maps, or values, ordered as {@link #ofMap} orders. */
  @SuppressWarnings("unchecked")
  static <V> Value<Map<String, V>> mapOf(Map<String, ? extends V> entries) {
    return (Value<Map<String, V>>) Trees.convert(entries, "map");
  }

  /** One value per item: {@code Value.list(buckets, Bucket::arn)}; {@link #refs} and {@link #attributes} link no lambda. */
  static <X, E> Value<List<E>> list(X[] items, Function<? super X, ? extends Value<E>> toValue) {
    List<Value<E>> values = new ArrayList<>(items.length);
    for (X item : items) {
      values.add(toValue.apply(item));
    }
    return new ListValue<>(values);
  }

  /**
   * The Ref of each resource, in order: {@code Value.refs(subnets)}. Generated setters that take
   * resources use it, as they use {@link #attributes}.
   */
  static Value<List<String>> refs(GetAttTarget... resources) {
    List<Value<String>> values = new ArrayList<>(resources.length);
    for (GetAttTarget resource : resources) {
      values.add(resource.ref());
    }
    return new ListValue<>(values);
  }

  /**
   * Fn::GetAtt of one string attribute of each resource, in order: {@code Value.attributes("GroupId",
   * groups)}. Validation checks that each resource's type has the attribute.
   */
  static Value<List<String>> attributes(String attribute, GetAttTarget... resources) {
    List<Value<String>> values = new ArrayList<>(resources.length);
    for (GetAttTarget resource : resources) {
      values.add(new GetAtt<>(resource, attribute));
    }
    return new ListValue<>(values);
  }

  /** A map whose values may be intrinsics. */
  static <V> Value<Map<String, V>> map(Map<String, ? extends Value<V>> entries) {
    return new MapValue<>(MapValue.ordered(entries));
  }
}
