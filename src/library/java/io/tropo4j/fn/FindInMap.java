package io.tropo4j.fn;

/** Fn::FindInMap; created by a mapping ({@link FindInMapTarget}), which knows its own keys. */
final class FindInMap<T> extends Intrinsic<T> {
  private final Referable mapping;
  private final Value<String> topLevelKey;
  private final Value<String> secondLevelKey;

  FindInMap(Referable mapping, Value<String> topLevelKey, Value<String> secondLevelKey) {
    super("Fn::FindInMap");
    this.mapping = mapping;
    this.topLevelKey = topLevelKey;
    this.secondLevelKey = secondLevelKey;
  }

  Referable mapping() {
    return mapping;
  }

  Value<String> topLevelKey() {
    return topLevelKey;
  }

  Value<String> secondLevelKey() {
    return secondLevelKey;
  }

  @Override
  public void writeArgument(Sink out) {
    out.beginArray();
    out.string(mapping.logicalId());
    topLevelKey.writeTo(out);
    secondLevelKey.writeTo(out);
    out.endArray();
  }
}
