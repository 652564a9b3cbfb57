package io.tropo4j.fn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The items of a string list given as literals and values mixed ({@code Fn.join("", "https://",
 * bucket.domainName())}): each must be a {@code String} or a value that yields a string. Java cannot
 * type "a String or a Value<String>", so the values are checked here, by their shape, as the call is
 * made: a list, a map, a number, or a function known to yield a list is refused with its position.
 */
final class StringParts {
  private static final Set<String> LIST_FUNCTIONS =
      Set.of("Fn::GetAZs", "Fn::Split", "Fn::Cidr", "Fn::RefAll", "Fn::ValueOfAll");

  private StringParts() {}

  static List<Value<String>> of(String what, Object... parts) {
    List<Value<String>> values = new ArrayList<>(parts.length);
    for (int i = 0; i < parts.length; i++) {
      values.add(one(what + " item " + (i + 1), parts[i]));
    }
    return values;
  }

  /** @param label names the part in a refusal, e.g. "Fn::Join item 2" */
  static Value<String> one(String label, Object part) {
    if (part instanceof String text) {
      return Value.of(text);
    }
    if (!(part instanceof Value<?> value)) {
      String kind = part == null ? "null" : part instanceof ConditionExpr ? "a condition" : article(part.getClass().getSimpleName());
      throw new IllegalArgumentException(label + " is " + kind
          + ": give a String or a Value<String>" + (part instanceof Number ? " (\"" + part + "\")" : ""));
    }
    String notString = notString(value);
    if (notString != null) {
      throw new IllegalArgumentException(label + " is " + notString + ", not a string");
    }
    @SuppressWarnings("unchecked") // checked above, as far as the value's shape tells
    Value<String> string = (Value<String>) value;
    return string;
  }

  private static String article(String noun) {
    return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** What the value yields when that is known not to be a string; null when it is or may be one. */
  private static String notString(Value<?> value) {
    if (value instanceof ListValue<?>) {
      return "a list";
    }
    if (value instanceof MapValue<?>) {
      return "a map";
    }
    if (value instanceof Literal<?> literal && !(literal.value() instanceof String)) {
      return "the literal " + literal.value();
    }
    if (value instanceof Call call && LIST_FUNCTIONS.contains(call.function())) {
      return call.function() + ", a list";
    }
    if (value == Pseudo.NOTIFICATION_ARNS) {
      return "AWS::NotificationARNs, a list";
    }
    if (value instanceof Ref<?> ref && ref.target() instanceof RefTarget<?> target && target.refYieldsList()) {
      return "Ref " + ref.name() + ", a list";
    }
    if (value instanceof If<?> choice) {
      String whenTrue = notString(choice.whenTrue());
      return whenTrue != null ? whenTrue : notString(choice.whenFalse());
    }
    return null;
  }
}
