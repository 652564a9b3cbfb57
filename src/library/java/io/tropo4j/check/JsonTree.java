package io.tropo4j.check;

import io.tropo4j.fn.Call;
import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value as plain Java, in its JSON form: maps, lists, strings, numbers, booleans, and each
 * intrinsic as the one-key map it is written as ({@code {"Fn::Sub": ...}}). For checks that read
 * free-form JSON (policy documents) or compare expressions by what they say (export names).
 */
final class JsonTree implements Sink {
  private final Deque<Object> open = new ArrayDeque<>();
  private final Deque<String> keys = new ArrayDeque<>();
  private Object root;

  private JsonTree() {}

  static Object of(Value<?> value) {
    JsonTree tree = new JsonTree();
    value.writeTo(tree);
    return tree.root;
  }

  /** The one function name of an intrinsic's map, or null for anything else. */
  static String function(Object node) {
    if (node instanceof Map<?, ?> map && map.size() == 1) {
      String key = (String) map.keySet().iterator().next();
      return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::") ? key : null;
    }
    return null;
  }

  @Override
  public void beginObject() {
    open.push(new LinkedHashMap<String, Object>());
  }

  @Override
  public void key(String name) {
    keys.push(name);
  }

  @Override
  public void endObject() {
    add(open.pop());
  }

  @Override
  public void beginArray() {
    open.push(new ArrayList<>());
  }

  @Override
  public void endArray() {
    add(open.pop());
  }

  @Override
  public void string(String value) {
    add(value);
  }

  @Override
  public void number(Number value) {
    add(value);
  }

  @Override
  public void bool(boolean value) {
    add(value);
  }

  @Override
  public void call(Call call) {
    beginObject();
    key(call.function());
    call.writeArgument(this);
    endObject();
  }

  @SuppressWarnings("unchecked")
  private void add(Object value) {
    if (open.isEmpty()) {
      root = value;
    } else if (open.peek() instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put(keys.pop(), value);
    } else {
      ((List<Object>) open.peek()).add(value);
    }
  }
}
