package io.tropo4j.fn;

import java.util.List;

/**
 * What checks see of values and intrinsic calls. The classes behind them stay internal, so that a
 * Ref or Fn::GetAtt is made only by what it names and with the type it yields; a visitor is shown
 * their parts instead. Each shape method does nothing unless overridden.
 */
public interface Visitor {
  /** A string, number or boolean, written as it is. */
  default void literal(Object value) {}

  /** A JSON array of values. */
  default void list(List<? extends Value<?>> items) {}

  /** Fn::If: one of two values, chosen by a named condition. */
  default void ifThen(NamedCondition condition, Value<?> whenTrue, Value<?> whenFalse) {}

  /** Ref; {@code target} is the parameter or resource named, or null for a pseudo parameter. */
  default void ref(String name, Referable target) {}

  /** Fn::GetAtt of a resource's attribute. */
  default void getAtt(Referable resource, String attribute) {}

  /** Fn::Sub. */
  default void sub(Sub sub) {}

  /** Fn::FindInMap. */
  default void findInMap(Referable mapping, Value<String> topLevelKey, Value<String> secondLevelKey) {}

  /** {@code {"Condition": "Name"}} inside Fn::And, Fn::Or and Fn::Not. */
  default void conditionRef(NamedCondition condition) {}

  /**
   * Calls the method for the value's shape: a literal, a list or one of the intrinsics above.
   * Other values (maps, Json, structures, other intrinsics, a caller's own) call none.
   */
  default void visitValue(Value<?> value) {
    if (value instanceof Literal<?> literal) {
      literal(literal.value());
    } else if (value instanceof ListValue<?> list) {
      list(list.items());
    } else if (value instanceof Call call) {
      visitCall(call);
    }
  }

  /** Calls the method for the call's shape, as a {@link Sink} receives it; other calls call none. */
  default void visitCall(Call call) {
    if (call instanceof Ref<?> ref) {
      ref(ref.name(), ref.target());
    } else if (call instanceof GetAtt<?> getAtt) {
      getAtt(getAtt.resource(), getAtt.attribute());
    } else if (call instanceof Sub sub) {
      sub(sub);
    } else if (call instanceof FindInMap<?> find) {
      findInMap(find.mapping(), find.topLevelKey(), find.secondLevelKey());
    } else if (call instanceof If<?> choice) {
      ifThen(choice.condition(), choice.whenTrue(), choice.whenFalse());
    } else if (call instanceof ConditionRef conditionRef) {
      conditionRef(conditionRef.condition());
    }
  }
}
