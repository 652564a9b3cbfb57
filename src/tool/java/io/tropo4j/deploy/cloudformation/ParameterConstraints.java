package io.tropo4j.deploy.cloudformation;

import io.tropo4j.deploy.DeployException;

import io.tropo4j.core.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The constraints CloudFormation checks on a given parameter value at CreateChangeSet, checked before any call so a
 * wrong value fails with the parameter's name. "The reference" below is the template Parameters syntax page,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html. Where it does not
 * say whether a constraint applies to a list or to each of its elements, a value is refused only if it breaks the
 * constraint read either way: CloudFormation has the last word, and this check must never refuse a value it takes.
 */
public final class ParameterConstraints {
  private ParameterConstraints() {}

  /** @throws DeployException naming the parameter and the broken constraint; a NoEcho value is never repeated */
  public static void check(Parameter<?> parameter, String value) {
    String type = parameter.type().name();
    if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
      checkList(parameter, value, type);
    } else if (type.equals("Number")) {
      checkNumber(parameter, value, null);
    } else {
      // String and the AWS-specific types, whose existence CloudFormation checks in the account. The value of an SSM
      // type, even AWS::SSM::Parameter::Value<List<...>>, is one Parameter Store key, which the reference says to
      // treat as a string for validation.
      checkString(parameter, value);
    }
  }

  private static void checkString(Parameter<?> p, String value) {
    if (!allowedValues(p).isEmpty() && !allowedValues(p).contains(value)) {
      throw notAllowed(p, value, null);
    }
    Pattern pattern = pattern(p);
    // The pattern must match the entire value (the reference), commas included.
    if (pattern != null && !pattern.matcher(value).matches()) {
      throw broken(p, value, null, patternRule(p));
    }
    if (p.minLength() != null && value.length() < p.minLength()) {
      throw broken(p, value, null, "must be at least " + p.minLength() + " characters long");
    }
    if (p.maxLength() != null && value.length() > p.maxLength()) {
      throw broken(p, value, null, "must be at most " + p.maxLength() + " characters long");
    }
  }

  /**
   * Number: an integer or float (the reference); AllowedPattern, MinLength and MaxLength are for strings, so are not
   * applied. With element null the whole value is the number, else one element of a List<Number>.
   */
  private static void checkNumber(Parameter<?> p, String value, String element) {
    String subject = element == null ? value : element;
    BigDecimal number = decimal(subject);
    if (number == null) {
      throw broken(p, value, element, "must be a number");
    }
    // Whether AllowedValues compares a number as text or by value is not documented: refuse only what is neither.
    if (element == null && !allowedValues(p).isEmpty() && !isAllowedNumber(p, subject, number)) {
      throw notAllowed(p, value, null);
    }
    BigDecimal min = p.minValue() == null ? null : decimal(p.minValue().toString());
    if (min != null && number.compareTo(min) < 0) {
      throw broken(p, value, element, "must be at least " + min.stripTrailingZeros().toPlainString());
    }
    BigDecimal max = p.maxValue() == null ? null : decimal(p.maxValue().toString());
    if (max != null && number.compareTo(max) > 0) {
      throw broken(p, value, element, "must be at most " + max.stripTrailingZeros().toPlainString());
    }
  }

  /**
   * A list is split at every comma and each element space trimmed (the reference, CommaDelimitedList); "a,,b" has an
   * empty element. For CommaDelimitedList, AllowedPattern and AllowedValues apply to each element (the reference,
   * since December 2022); for the List<...> types that is not documented, so an element is refused only if the whole
   * value breaks the constraint too. MinLength and MaxLength are documented for String only: a whole value shorter
   * than MinLength has every element shorter too, and an element longer than MaxLength makes the whole longer.
   */
  private static void checkList(Parameter<?> p, String value, String type) {
    List<String> elements = new ArrayList<>();
    for (String element : value.split(",", -1)) {
      elements.add(element.trim());
    }
    boolean number = type.equals("List<Number>");
    if (number) {
      // MinValue and MaxValue are documented for Number; a List<Number> is numbers, so each element is held to them.
      elements.forEach(element -> checkNumber(p, value, element));
    }
    boolean commaDelimited = type.equals("CommaDelimitedList");
    List<String> allowed = allowedValues(p);
    if (!allowed.isEmpty() && (commaDelimited || !allowed.contains(value))) {
      for (String element : elements) {
        if (number ? !isAllowedNumber(p, element, decimal(element)) : !allowed.contains(element)) {
          throw notAllowed(p, value, element);
        }
      }
    }
    Pattern pattern = pattern(p);
    if (pattern != null && (commaDelimited || !pattern.matcher(value).matches())) {
      for (String element : elements) {
        if (!pattern.matcher(element).matches()) {
          throw broken(p, value, element, patternRule(p));
        }
      }
    }
    if (p.minLength() != null && value.length() < p.minLength()) {
      throw broken(p, value, null, "must be at least " + p.minLength() + " characters long");
    }
    if (p.maxLength() != null) {
      for (String element : elements) {
        if (element.length() > p.maxLength()) {
          throw broken(p, value, element, "must be at most " + p.maxLength() + " characters long");
        }
      }
    }
  }

  private static boolean isAllowedNumber(Parameter<?> p, String text, BigDecimal number) {
    for (String allowed : allowedValues(p)) {
      BigDecimal allowedNumber = decimal(allowed);
      if (allowed.equals(text) || number != null && allowedNumber != null && allowedNumber.compareTo(number) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decimal notation with an optional sign, fraction and exponent, as 3, -2, 0.5 or 1e3, spaces around ignored (the
   * reference says no more than "an integer or float", so nothing stricter is asked); null if not a number.
   */
  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> allowedValues(Parameter<?> p) {
    return p.allowedValues() == null ? List.of() : p.allowedValues();
  }

  /** The AllowedPattern compiled; null if there is none or Java cannot compile it. */
  private static Pattern pattern(Parameter<?> p) {
    if (p.allowedPattern() == null) {
      return null;
    }
    try {
      return Pattern.compile(p.allowedPattern());
    } catch (PatternSyntaxException e) {
      // CloudFormation's pattern dialect is not Java's in every corner; CloudFormation will judge.
      return null;
    }
  }

  private static String patternRule(Parameter<?> p) {
    return p.constraintDescription() == null ? "must match " + p.allowedPattern()
        : "must be " + p.constraintDescription();
  }

  /** @param element the element that breaks the rule, or null for the whole value */
  private static DeployException broken(Parameter<?> p, String value, String element, String rule) {
    if (p.isNoEcho()) {
      return new DeployException(secret(p) + (element == null ? "; it " : "; each element ") + rule);
    }
    return new DeployException("parameter " + p.logicalId() + " is '" + value + "', "
        + (element == null ? "which " : "whose element '" + element + "' ") + rule);
  }

  private static DeployException notAllowed(Parameter<?> p, String value, String element) {
    String allowed = "allowed values are " + String.join(", ", allowedValues(p));
    if (p.isNoEcho()) {
      return new DeployException(secret(p) + "; " + allowed);
    }
    return new DeployException("parameter " + p.logicalId() + " is '" + value + "'"
        + (element == null ? "" : ", whose element '" + element + "' is not allowed") + "; " + allowed);
  }

  /** A NoEcho value is a secret: the message names the parameter and the rule, never the value, a part or a length. */
  private static String secret(Parameter<?> p) {
    return "parameter " + p.logicalId() + " (NoEcho, value not shown) is not valid";
  }
}
