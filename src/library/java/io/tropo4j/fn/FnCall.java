package io.tropo4j.fn;

/** An intrinsic whose argument is plain data: Fn::Join, Fn::Select, Fn::Base64 and the like. */
final class FnCall<T> extends Intrinsic<T> {
  private final Value<?> argument;
  private final boolean ruleOnly;

  FnCall(String function, Value<?> argument) {
    this(function, argument, false);
  }

  FnCall(String function, Value<?> argument, boolean ruleOnly) {
    super(function);
    this.argument = argument;
    this.ruleOnly = ruleOnly;
  }

  @Override
  public void writeArgument(Sink out) {
    argument.writeTo(out);
  }

  @Override
  public boolean ruleOnly() {
    return ruleOnly;
  }
}
