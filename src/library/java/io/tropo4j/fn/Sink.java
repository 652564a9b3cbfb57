package io.tropo4j.fn;

/**
 * Receives template data as a stream of events. The JSON and YAML writers, the validator's reference
 * collector and the tests' tree builder are all sinks, so a template is walked the same way for each.
 */
public interface Sink {
  void beginObject();

  void key(String name);

  void endObject();

  void beginArray();

  void endArray();

  void string(String value);

  void number(Number value);

  void bool(boolean value);

  /** An intrinsic function; the sink decides between long form ({"Fn::X": arg}) and a short tag. */
  void call(Call call);
}
