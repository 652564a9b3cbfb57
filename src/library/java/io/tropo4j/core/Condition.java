package io.tropo4j.core;

import io.tropo4j.fn.ConditionExpr;
import io.tropo4j.fn.NamedCondition;
import java.util.Objects;

/** A named condition of the Conditions section, used by Fn::If, resources and outputs. */
public final class Condition implements NamedCondition {
  private final String logicalId;
  private final ConditionExpr expression;

  public Condition(String logicalId, ConditionExpr expression) {
    this.logicalId = Objects.requireNonNull(logicalId, "condition logical ID");
    this.expression = NonNull.check(expression, "Conditions.", logicalId);
  }

  @Override
  public String logicalId() {
    return logicalId;
  }

  public ConditionExpr expression() {
    return expression;
  }
}
