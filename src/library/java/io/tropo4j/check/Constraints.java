package io.tropo4j.check;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A literal against its property's constraint: each broken one is a problem naming the bound it broke. */
final class Constraints {
  private Constraints() {}

  static void check(String path, Object literal, Constraint constraint, List<Problem> problems) {
    if (literal instanceof String text) {
      string(path, text, constraint, problems);
    } else if (literal instanceof Number number) {
      number(path, new BigDecimal(number.toString()), constraint, problems);
    }
  }

  private static void string(String path, String text, Constraint c, List<Problem> problems) {
    int length = text.codePointCount(0, text.length());
    if (c.minLength() != null && length < c.minLength()) {
      problems.add(new Problem(path, quoted(text) + " is " + characters(length) + "; at least " + c.minLength()));
    } else if (c.maxLength() != null && length > c.maxLength()) {
      problems.add(new Problem(path, quoted(text) + " is " + characters(length) + "; at most " + c.maxLength()));
    }
    if (c.pattern() != null && !matches(c.pattern(), text)) {
      problems.add(new Problem(path, quoted(text) + " does not match the pattern " + c.pattern()));
      return;
    }
    Formats.Format format = Formats.get(c.format());
    if (format != null && !format.pattern().matcher(text).find()) {
      problems.add(new Problem(path, quoted(text) + " is not " + format.noun() + " (" + format.pattern() + ")"));
    }
    BigDecimal number = c.minimum() != null || c.maximum() != null ? decimal(text) : null;
    if (number != null) {
      number(path, number, c, problems);
    }
  }

  private static void number(String path, BigDecimal value, Constraint c, List<Problem> problems) {
    if (c.minimum() != null && value.compareTo(BigDecimal.valueOf(c.minimum())) < 0) {
      problems.add(new Problem(path, value.toPlainString() + " is less than the least value, " + shown(c.minimum())));
    } else if (c.maximum() != null && value.compareTo(BigDecimal.valueOf(c.maximum())) > 0) {
      problems.add(new Problem(path, value.toPlainString() + " is more than the greatest value, "
          + shown(c.maximum())));
    }
  }

  /** JSON Schema's pattern: found anywhere in the string, unless the pattern anchors itself. */
  private static boolean matches(String regex, String text) {
    Pattern pattern = COMPILED.computeIfAbsent(regex, Constraints::compile);
    return pattern == UNREADABLE || pattern.matcher(text).find();
  }

  /** The patterns compiled once each: a template checks the same few for every resource of a type. */
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
  /** A pattern Java cannot read: the generator keeps only those it can, so a hand-made schema's is not judged. */
  private static final Pattern UNREADABLE = Pattern.compile("");

  private static Pattern compile(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return UNREADABLE;
    }
  }

  /** A number given as a string, as CloudFormation passes numbers on; null for any other text. */
  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String shown(double bound) {
    return bound == Math.rint(bound) && Math.abs(bound) < 1e15 ? String.valueOf((long) bound) : String.valueOf(bound);
  }

  private static String characters(int n) {
    return n + (n == 1 ? " character" : " characters");
  }

  private static String quoted(String text) {
    return "'" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "'";
  }
}
