package io.tropo4j.emit;

import io.tropo4j.fn.Call;
import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Writable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds template data as plain Java: LinkedHashMap, ArrayList, String, Number, Boolean, and {@link
 * Tagged} for intrinsics. The YAML writer prints this tree.
 */
final class TreeSink implements Sink {
  /** An intrinsic with its short-form argument. */
  record Tagged(Call call, Object argument) {
    /** The long form's argument, for where YAML cannot stack two tags on one node. */
    Object longArgument() {
      TreeSink sink = new TreeSink();
      call.writeArgument(sink);
      return sink.root;
    }
  }

  private final Deque<Object> stack = new ArrayDeque<>();
  private final Deque<String> keys = new ArrayDeque<>();
  private Object root;

  static Object build(Writable source) {
    TreeSink sink = new TreeSink();
    source.writeTo(sink);
    return sink.root;
  }

  @Override
  public void beginObject() {
    stack.push(new LinkedHashMap<String, Object>());
  }

  @Override
  public void key(String name) {
    keys.push(name);
  }

  @Override
  public void endObject() {
    add(stack.pop());
  }

  @Override
  public void beginArray() {
    stack.push(new ArrayList<>());
  }

  @Override
  public void endArray() {
    add(stack.pop());
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
    TreeSink argument = new TreeSink();
    call.writeShortArgument(argument);
    add(new Tagged(call, argument.root));
  }

  @SuppressWarnings("unchecked")
  private void add(Object value) {
    Object parent = stack.peek();
    if (parent == null) {
      root = value;
    } else if (parent instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put(keys.pop(), value);
    } else {
      ((List<Object>) parent).add(value);
    }
  }
}
