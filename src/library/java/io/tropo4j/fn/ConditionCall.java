package io.tropo4j.fn;

/** A condition function: Fn::Equals, Fn::And, Fn::Or, Fn::Not, or a rule function. */
final class ConditionCall extends Call implements ConditionExpr {
  private final Value<?> argument;
  private final boolean ruleOnly;

  ConditionCall(String function, Value<?> argument, boolean ruleOnly) {
    super(function);
    this.argument = argument;
    this.ruleOnly = ruleOnly;
  }

  @Override
  public void writeTo(Sink out) {
    out.call(this);
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
