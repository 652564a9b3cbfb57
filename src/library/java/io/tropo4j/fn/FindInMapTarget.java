package io.tropo4j.fn;

/** A mapping, which Fn::FindInMap names; the subclass states what type its values have. */
public abstract class FindInMapTarget implements Referable {
  protected FindInMapTarget() {}

  protected final <V> Value<V> findInMap(Value<String> topLevelKey, Value<String> secondLevelKey) {
    return new FindInMap<>(this, topLevelKey, secondLevelKey);
  }
}
