package io.tropo4j.core;

import io.tropo4j.fn.RefTarget;
import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A template parameter, typed by its CloudFormation type: its {@link #ref()} is a {@code Value<T>}.
 * Constraints are checked against the default when the template is validated.
 */
public final class Parameter<T> extends RefTarget<T> {
  private final String logicalId;
  private final ParameterType<T> type;
  private String description;
  private String defaultValue;
  private final List<String> allowedValues = new ArrayList<>();
  private String allowedPattern;
  private Integer minLength;
  private Integer maxLength;
  private Number minValue;
  private Number maxValue;
  private boolean noEcho;
  private String constraintDescription;
  private NumericUse numericUse;

  /** How a String parameter is used where a number is wanted, if it is; validation holds it to it. */
  public enum NumericUse { INTEGER, NUMBER }

  private Parameter(String logicalId, ParameterType<T> type) {
    this.logicalId = Objects.requireNonNull(logicalId, "parameter logical ID");
    this.type = Objects.requireNonNull(type, "parameter type");
  }

  public static <T> Parameter<T> of(String logicalId, ParameterType<T> type) {
    return new Parameter<>(logicalId, type);
  }

  public static Parameter<String> string(String logicalId) {
    return of(logicalId, ParameterType.STRING);
  }

  public static Parameter<Integer> number(String logicalId) {
    return of(logicalId, ParameterType.NUMBER);
  }

  /**
   * A String parameter's Ref where an integer is wanted, such as a container port: CloudFormation
   * converts the string. Validation then holds the parameter to integers: its default and every
   * allowed value must be one, and without AllowedValues it needs an AllowedPattern. (A Number
   * parameter's {@code ref()} is an integer already.)
   */
  public static Value<Integer> asInteger(Parameter<String> parameter) {
    parameter.numericUse = NumericUse.INTEGER;
    return parameter.ref()::writeTo;
  }

  /** As {@link #asInteger}, for a property that takes any number. */
  public static Value<Double> asNumber(Parameter<String> parameter) {
    if (parameter.numericUse == null) {
      parameter.numericUse = NumericUse.NUMBER;
    }
    return parameter.ref()::writeTo;
  }

  @Override
  public String logicalId() {
    return logicalId;
  }

  public ParameterType<T> type() {
    return type;
  }

  public Parameter<T> description(String description) {
    this.description = description;
    return this;
  }

  /** The default, as CloudFormation takes it: a string, lists comma-separated. */
  public Parameter<T> defaultValue(String defaultValue) {
    this.defaultValue = defaultValue;
    return this;
  }

  public Parameter<T> defaultValue(int defaultValue) {
    return defaultValue(Integer.toString(defaultValue));
  }

  public Parameter<T> allowedValues(String... values) {
    allowedValues.addAll(Arrays.asList(values));
    return this;
  }

  public Parameter<T> allowedPattern(String regex) {
    this.allowedPattern = regex;
    return this;
  }

  public Parameter<T> minLength(int minLength) {
    this.minLength = minLength;
    return this;
  }

  public Parameter<T> maxLength(int maxLength) {
    this.maxLength = maxLength;
    return this;
  }

  public Parameter<T> minValue(Number minValue) {
    this.minValue = minValue;
    return this;
  }

  public Parameter<T> maxValue(Number maxValue) {
    this.maxValue = maxValue;
    return this;
  }

  /** Masks the value in the console and API; validation keeps it out of outputs and metadata. */
  public Parameter<T> noEcho() {
    this.noEcho = true;
    return this;
  }

  public Parameter<T> constraintDescription(String text) {
    this.constraintDescription = text;
    return this;
  }

  public String description() {
    return description;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public List<String> allowedValues() {
    return Collections.unmodifiableList(allowedValues);
  }

  public String allowedPattern() {
    return allowedPattern;
  }

  public Integer minLength() {
    return minLength;
  }

  public Integer maxLength() {
    return maxLength;
  }

  public Number minValue() {
    return minValue;
  }

  public Number maxValue() {
    return maxValue;
  }

  public String constraintDescription() {
    return constraintDescription;
  }

  public boolean isNoEcho() {
    return noEcho;
  }

  @Override
  protected boolean refYieldsList() {
    return type.isList();
  }

  /** Set by {@link #asInteger} and {@link #asNumber}; null when the parameter is used as it is. */
  public NumericUse numericUse() {
    return numericUse;
  }

  void writeTo(Sink out) {
    out.beginObject();
    out.key("Type");
    out.string(type.name());
    field(out, "Description", description);
    field(out, "Default", defaultValue);
    if (!allowedValues.isEmpty()) {
      out.key("AllowedValues");
      out.beginArray();
      for (String value : allowedValues) {
        out.string(value);
      }
      out.endArray();
    }
    field(out, "AllowedPattern", allowedPattern);
    number(out, "MinLength", minLength);
    number(out, "MaxLength", maxLength);
    number(out, "MinValue", minValue);
    number(out, "MaxValue", maxValue);
    if (noEcho) {
      out.key("NoEcho");
      out.bool(true);
    }
    field(out, "ConstraintDescription", constraintDescription);
    out.endObject();
  }

  private static void field(Sink out, String key, String value) {
    if (value != null) {
      out.key(key);
      out.string(value);
    }
  }

  private static void number(Sink out, String key, Number value) {
    if (value != null) {
      out.key(key);
      out.number(value);
    }
  }
}
