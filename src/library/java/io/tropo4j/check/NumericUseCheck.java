package io.tropo4j.check;

import io.tropo4j.core.Parameter;
import io.tropo4j.core.Parameter.NumericUse;
import io.tropo4j.core.Problem;
import java.math.BigDecimal;
import java.util.List;

/**
 * A String parameter used where a number is wanted ({@link Parameter#asInteger}): CloudFormation
 * converts the string when the stack is made, and fails there if it is not a number. So every value
 * the parameter can take must be one: its default and allowed values are checked, and a parameter
 * that allows any string must say which it allows.
 */
final class NumericUseCheck {
  private NumericUseCheck() {}

  static void check(Parameter<?> p, String path, List<Problem> problems) {
    String what = p.numericUse() == NumericUse.INTEGER ? "an integer" : "a number";
    String use = p.numericUse() == NumericUse.INTEGER ? "Parameter.asInteger" : "Parameter.asNumber";
    if (!p.type().name().equals("String")) {
      problems.add(new Problem(path + ".Type", "is " + p.type() + ", whose values are not numbers, yet " + use + " uses it as " + what));
      return;
    }
    if (p.defaultValue() != null && !numeric(p.defaultValue(), p.numericUse())) {
      problems.add(new Problem(path + ".Default", "'" + p.defaultValue() + "' is not " + what + ", and " + use + " uses the parameter as one"));
    }
    for (String allowed : p.allowedValues()) {
      if (!numeric(allowed, p.numericUse())) {
        problems.add(new Problem(path + ".AllowedValues", "'" + allowed + "' is not " + what + ", and " + use + " uses the parameter as one"));
      }
    }
    if (p.allowedValues().isEmpty() && p.allowedPattern() == null) {
      problems.add(new Problem(path, use + " uses it as " + what + ", but it takes any string: give AllowedValues or an AllowedPattern such as "
          + (p.numericUse() == NumericUse.INTEGER ? "^[0-9]+$" : "^[0-9]+(\\.[0-9]+)?$") + ", or make it a Number parameter"));
    }
  }

  private static boolean numeric(String value, NumericUse use) {
    try {
      BigDecimal number = new BigDecimal(value.trim());
      return use == NumericUse.NUMBER || number.stripTrailingZeros().scale() <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
