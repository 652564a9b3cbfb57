package io.tropo4j.fn;

/** A condition declared in the template's Conditions section; Fn::If and resources name it. */
public interface NamedCondition extends ConditionExpr, Referable {
  @Override
  default void writeTo(Sink out) {
    out.call(new ConditionRef(this));
  }
}
