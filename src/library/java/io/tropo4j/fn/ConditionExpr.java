package io.tropo4j.fn;

/**
 * A condition: Fn::Equals, Fn::And, Fn::Or, Fn::Not, a named condition, or a rule function. It is
 * not a {@link Value}, so a condition cannot be passed where a property value is expected.
 */
public interface ConditionExpr extends Writable {}
