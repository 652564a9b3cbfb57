package io.tropo4j.core;

/**
 * What a property's literal value must be beyond its type, as the resource provider schemas say: a
 * string's pattern (found anywhere in it, as JSON Schema matches), its length in characters, a
 * number's range, and a named format (a security group ID, a log group name). Immutable; each method
 * returns a new one. Generated classes make theirs with {@link #of()}.
 */
public final class Constraint {
  private static final Constraint NONE = new Constraint(null, null, null, null, null, null);

  private final String pattern;
  private final Integer minLength;
  private final Integer maxLength;
  private final Double minimum;
  private final Double maximum;
  private final String format;

  private Constraint(String pattern, Integer minLength, Integer maxLength, Double minimum, Double maximum,
      String format) {
    this.pattern = pattern;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.minimum = minimum;
    this.maximum = maximum;
    this.format = format;
  }

  /** No constraint yet. */
  public static Constraint of() {
    return NONE;
  }

  public Constraint pattern(String regex) {
    return new Constraint(regex, minLength, maxLength, minimum, maximum, format);
  }

  public Constraint minLength(int characters) {
    return new Constraint(pattern, characters, maxLength, minimum, maximum, format);
  }

  public Constraint maxLength(int characters) {
    return new Constraint(pattern, minLength, characters, minimum, maximum, format);
  }

  public Constraint minimum(double least) {
    return new Constraint(pattern, minLength, maxLength, least, maximum, format);
  }

  public Constraint maximum(double most) {
    return new Constraint(pattern, minLength, maxLength, minimum, most, format);
  }

  /** A format the schemas name, such as {@code AWS::EC2::SecurityGroup.Id}. */
  public Constraint format(String name) {
    return new Constraint(pattern, minLength, maxLength, minimum, maximum, name);
  }

  /** The pattern a string must contain a match of, or null. */
  public String pattern() {
    return pattern;
  }

  public Integer minLength() {
    return minLength;
  }

  public Integer maxLength() {
    return maxLength;
  }

  public Double minimum() {
    return minimum;
  }

  public Double maximum() {
    return maximum;
  }

  public String format() {
    return format;
  }
}
