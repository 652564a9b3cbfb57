package io.tropo4j.fn;

/** Fn::If: one of two values of the same type, chosen by a named condition. */
final class If<T> extends Intrinsic<T> {
  private final NamedCondition condition;
  private final Value<T> whenTrue;
  private final Value<T> whenFalse;

  If(NamedCondition condition, Value<T> whenTrue, Value<T> whenFalse) {
    super("Fn::If");
    this.condition = condition;
    this.whenTrue = whenTrue;
    this.whenFalse = whenFalse;
  }

  NamedCondition condition() {
    return condition;
  }

  Value<T> whenTrue() {
    return whenTrue;
  }

  Value<T> whenFalse() {
    return whenFalse;
  }

  @Override
  public void writeArgument(Sink out) {
    out.beginArray();
    out.string(condition.logicalId());
    whenTrue.writeTo(out);
    whenFalse.writeTo(out);
    out.endArray();
  }
}
