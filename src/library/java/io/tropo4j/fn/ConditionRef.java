package io.tropo4j.fn;

/** {@code {"Condition": "Name"}} inside Fn::And, Fn::Or and Fn::Not. */
final class ConditionRef extends Call {
  private final NamedCondition condition;

  ConditionRef(NamedCondition condition) {
    super("Condition");
    this.condition = condition;
  }

  NamedCondition condition() {
    return condition;
  }

  @Override
  public void writeArgument(Sink out) {
    out.string(condition.logicalId());
  }
}
