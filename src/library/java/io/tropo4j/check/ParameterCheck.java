package io.tropo4j.check;

import io.tropo4j.core.Parameter;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Template;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Parameter constraints: consistent with the type and each other, and met by the default. */
final class ParameterCheck {
  private ParameterCheck() {}

  static void run(Template template, List<Problem> problems) {
    for (Parameter<?> parameter : template.parameters()) {
      check(parameter, "Parameters." + parameter.logicalId(), problems);
    }
  }

  private static void check(Parameter<?> p, String path, List<Problem> problems) {
    if (p.numericUse() != null) {
      NumericUseCheck.check(p, path, problems);
    }
    boolean number = p.type().isNumber();
    if (number && (p.minLength() != null || p.maxLength() != null || p.allowedPattern() != null)) {
      problems.add(new Problem(path, "MinLength, MaxLength and AllowedPattern apply to strings, not Number"));
    }
    if (!number && (p.minValue() != null || p.maxValue() != null)) {
      problems.add(new Problem(path, "MinValue and MaxValue apply to Number, not " + p.type()));
    }
    if (p.minLength() != null && p.maxLength() != null && p.minLength() > p.maxLength()) {
      problems.add(new Problem(path + ".MinLength", "is greater than MaxLength"));
    }
    if (p.minValue() != null && p.maxValue() != null
        && decimal(p.minValue()).compareTo(decimal(p.maxValue())) > 0) {
      problems.add(new Problem(path + ".MinValue", "is greater than MaxValue"));
    }
    Pattern pattern = null;
    if (p.allowedPattern() != null) {
      try {
        pattern = Pattern.compile(p.allowedPattern());
      } catch (PatternSyntaxException e) {
        problems.add(new Problem(path + ".AllowedPattern", "is not a valid pattern: " + e.getDescription()));
      }
    }
    if (p.isNoEcho() && p.defaultValue() != null) {
      problems.add(new Problem(path + ".Default",
          "a NoEcho parameter must not have a default: the secret would be written into the template"));
      return;
    }
    if (p.defaultValue() == null) {
      return;
    }
    List<String> values = p.type().isList() ? List.of(p.defaultValue().split(",", -1)) : List.of(p.defaultValue());
    for (String value : values) {
      checkDefault(p, path + ".Default", value.trim(), pattern, number, problems);
    }
  }

  private static void checkDefault(
      Parameter<?> p, String path, String value, Pattern pattern, boolean number, List<Problem> problems) {
    if (!p.allowedValues().isEmpty() && !p.allowedValues().contains(value)) {
      problems.add(new Problem(path, "'" + value + "' is not among AllowedValues " + p.allowedValues()));
    }
    if (pattern != null && !pattern.matcher(value).matches()) {
      problems.add(new Problem(path, "'" + value + "' does not match AllowedPattern " + p.allowedPattern()));
    }
    if (p.minLength() != null && value.length() < p.minLength()) {
      problems.add(new Problem(path, "is shorter than MinLength " + p.minLength()));
    }
    if (p.maxLength() != null && value.length() > p.maxLength()) {
      problems.add(new Problem(path, "is longer than MaxLength " + p.maxLength()));
    }
    if (number) {
      BigDecimal n;
      try {
        n = new BigDecimal(value);
      } catch (NumberFormatException e) {
        problems.add(new Problem(path, "'" + value + "' is not a number"));
        return;
      }
      if (p.minValue() != null && n.compareTo(decimal(p.minValue())) < 0) {
        problems.add(new Problem(path, value + " is less than MinValue " + p.minValue()));
      }
      if (p.maxValue() != null && n.compareTo(decimal(p.maxValue())) > 0) {
        problems.add(new Problem(path, value + " is greater than MaxValue " + p.maxValue()));
      }
    }
  }

  private static BigDecimal decimal(Number n) {
    return new BigDecimal(n.toString());
  }
}
