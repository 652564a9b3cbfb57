package io.tropo4j.fn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The intrinsic functions, typed by what they yield. Ref and Fn::GetAtt come from the objects they
 * name ({@code parameter.ref()}, {@code bucket.arn()}); Fn::FindInMap from a mapping.
 */
public final class Fn {
  private static final Intrinsic<Object> NO_VALUE = new Ref<>("AWS::NoValue");

  private Fn() {}

  /** AWS::NoValue: removes the property it stands in; fits any type. */
  @SuppressWarnings("unchecked")
  public static <T> Value<T> noValue() {
    return (Value<T>) NO_VALUE;
  }

  /** Fn::Sub with names resolved from parameters, resources (Name.Attribute) and pseudo parameters. */
  public static Sub sub(String template) {
    return new Sub(Objects.requireNonNull(template, "Fn::Sub string"), Map.of(), null);
  }

  /** Fn::Sub with a variable map; the variables are written in key order. */
  public static Sub sub(String template, Map<String, ? extends Value<?>> variables) {
    return new Sub(
        Objects.requireNonNull(template, "Fn::Sub string"), MapValue.ordered(variables), null);
  }

  /**
   * Fn::Join of a list value (a parameter's list, Fn::Split, ...). Beside the varargs form below:
   * a {@code Value<List<String>>} is not a {@code Value<String>}, so a call picks one or the other.
   */
  @SuppressWarnings("overloads")
  public static Value<String> join(String delimiter, Value<List<String>> list) {
    return new FnCall<>("Fn::Join", args(Value.of(delimiter), list));
  }

  @SafeVarargs
  @SuppressWarnings("overloads") // beside join(String, Value<List<String>>): see there
  public static Value<String> join(String delimiter, Value<String>... parts) {
    List<Value<String>> list = new ArrayList<>(parts.length);
    for (Value<String> part : parts) {
      list.add(part); // item by item: javac counts handing a generic varargs array on as unsafe
    }
    return join(delimiter, list);
  }

  public static Value<String> join(String delimiter, List<? extends Value<String>> parts) {
    return join(delimiter, Value.list(parts));
  }

  /**
   * Fn::Join of literals and values mixed: {@code Fn.join("", "https://", bucket.domainName())}.
   * Each part is a {@code String} or a {@code Value<String>}; as Java cannot say so in a type, a part
   * that is neither, or a value known to yield a list, a map or a number, is refused here.
   */
  @SuppressWarnings("overloads") // beside join(String, Value<String>...), which all-value calls choose
  public static Value<String> join(String delimiter, Object... parts) {
    return join(delimiter, StringParts.of("Fn::Join", parts));
  }

  public static Value<List<String>> split(String delimiter, Value<String> source) {
    return new FnCall<>("Fn::Split", args(Value.of(delimiter), source));
  }

  public static <T> Value<T> select(int index, Value<List<T>> list) {
    if (index < 0) {
      throw new IllegalArgumentException("Fn::Select index must not be negative: " + index);
    }
    return select(Value.of(index), list);
  }

  public static <T> Value<T> select(Value<Integer> index, Value<List<T>> list) {
    return new FnCall<>("Fn::Select", args(index, list));
  }

  /** Fn::If; both branches have the same type, and {@link #noValue()} fits either. */
  public static <T> Value<T> ifThen(NamedCondition condition, Value<T> whenTrue, Value<T> whenFalse) {
    return new If<>(Objects.requireNonNull(condition, "Fn::If condition"), whenTrue, whenFalse);
  }

  // Fn::If with a literal branch: strings, integers and booleans, the types of most properties.

  public static Value<String> ifThen(NamedCondition condition, String whenTrue, String whenFalse) {
    return ifThen(condition, Value.of(whenTrue), Value.of(whenFalse));
  }

  public static Value<String> ifThen(NamedCondition condition, Value<String> whenTrue, String whenFalse) {
    return ifThen(condition, whenTrue, Value.of(whenFalse));
  }

  public static Value<String> ifThen(NamedCondition condition, String whenTrue, Value<String> whenFalse) {
    return ifThen(condition, Value.of(whenTrue), whenFalse);
  }

  public static Value<Integer> ifThen(NamedCondition condition, int whenTrue, int whenFalse) {
    return ifThen(condition, Value.of(whenTrue), Value.of(whenFalse));
  }

  public static Value<Integer> ifThen(NamedCondition condition, Value<Integer> whenTrue, int whenFalse) {
    return ifThen(condition, whenTrue, Value.of(whenFalse));
  }

  public static Value<Integer> ifThen(NamedCondition condition, int whenTrue, Value<Integer> whenFalse) {
    return ifThen(condition, Value.of(whenTrue), whenFalse);
  }

  public static Value<Boolean> ifThen(NamedCondition condition, boolean whenTrue, boolean whenFalse) {
    return ifThen(condition, Value.of(whenTrue), Value.of(whenFalse));
  }

  /** Fn::GetAZs of the stack's own region. */
  public static Value<List<String>> getAZs() {
    return getAZs(Value.of(""));
  }

  public static Value<List<String>> getAZs(String region) {
    return getAZs(Value.of(region));
  }

  public static Value<List<String>> getAZs(Value<String> region) {
    return new FnCall<>("Fn::GetAZs", region);
  }

  public static Value<String> importValue(String exportName) {
    return importValue(Value.of(exportName));
  }

  public static Value<String> importValue(Value<String> exportName) {
    return new FnCall<>("Fn::ImportValue", exportName);
  }

  /**
   * Another stack's output, by the stack's name and the output's ({@code Fn::GetStackOutput}): no export,
   * so the producer is not locked; {@link GetStackOutput#inRegion} and {@link GetStackOutput#assumingRole}
   * reach a stack in another region or account.
   */
  public static GetStackOutput getStackOutput(String stackName, String outputName) {
    return getStackOutput(Value.of(stackName), Value.of(outputName));
  }

  public static GetStackOutput getStackOutput(Value<String> stackName, Value<String> outputName) {
    return new GetStackOutput(stackName, outputName, null, null);
  }

  /**
   * A number where CloudFormation wants a string, such as an Auto Scaling group's MaxSize from a
   * Number parameter. CloudFormation passes numbers as strings anyway; this tells the compiler, and
   * writes the value unchanged.
   */
  public static Value<String> asString(Value<? extends Number> number) {
    Objects.requireNonNull(number, "number");
    return new Retyped<>(number);
  }

  public static Value<String> base64(Value<String> content) {
    return new FnCall<>("Fn::Base64", content);
  }

  public static Value<List<String>> cidr(String ipBlock, int count, int cidrBits) {
    return cidr(Value.of(ipBlock), count, cidrBits);
  }

  public static Value<List<String>> cidr(Value<String> ipBlock, int count, int cidrBits) {
    if (count < 1 || count > 256) {
      throw new IllegalArgumentException("Fn::Cidr count must be 1 to 256: " + count);
    }
    if (cidrBits < 0 || cidrBits > 128) {
      throw new IllegalArgumentException("Fn::Cidr cidrBits must be 0 to 128: " + cidrBits);
    }
    return cidr(ipBlock, Value.of(count), Value.of(cidrBits));
  }

  public static Value<List<String>> cidr(
      Value<String> ipBlock, Value<Integer> count, Value<Integer> cidrBits) {
    return new FnCall<>("Fn::Cidr", args(ipBlock, count, cidrBits));
  }

  /** Fn::Transform: calls a macro; what it yields is the caller's to state. */
  public static <T> Value<T> transform(String macroName, Map<String, ? extends Value<?>> parameters) {
    Map<String, Value<?>> argument = new LinkedHashMap<>();
    argument.put("Name", Value.of(macroName));
    argument.put("Parameters", new MapValue<>(MapValue.ordered(parameters)));
    return new FnCall<>("Fn::Transform", new MapValue<>(argument));
  }

  /** An attribute by name, for resources without a typed accessor; the validator checks it. */
  public static Value<String> getAtt(Referable resource, String attribute) {
    return new GetAtt<>(resource, attribute);
  }

  // Condition functions. They yield conditions, not values.

  public static ConditionExpr equals(Value<?> left, Value<?> right) {
    return new ConditionCall("Fn::Equals", args(left, right), false);
  }

  /** {@code Fn.equals(env.ref(), "prod")}. */
  public static ConditionExpr equals(Value<?> left, String right) {
    return equals(left, Value.of(right));
  }

  public static ConditionExpr and(ConditionExpr... conditions) {
    return new ConditionCall("Fn::And", conditionList("Fn::And", 2, conditions), false);
  }

  public static ConditionExpr or(ConditionExpr... conditions) {
    return new ConditionCall("Fn::Or", conditionList("Fn::Or", 2, conditions), false);
  }

  public static ConditionExpr not(ConditionExpr condition) {
    return new ConditionCall("Fn::Not", conditionList("Fn::Not", 1, condition), false);
  }

  // Rule-specific functions: valid in a rule's RuleCondition and Assert only.

  public static ConditionExpr contains(Value<List<String>> list, Value<String> value) {
    return new ConditionCall("Fn::Contains", args(list, value), true);
  }

  public static ConditionExpr eachMemberEquals(Value<List<String>> list, Value<String> value) {
    return new ConditionCall("Fn::EachMemberEquals", args(list, value), true);
  }

  public static ConditionExpr eachMemberIn(Value<List<String>> list, Value<List<String>> allowed) {
    return new ConditionCall("Fn::EachMemberIn", args(list, allowed), true);
  }

  /** Fn::RefAll: every value of the given AWS-specific parameter type in the account and region. */
  public static Value<List<String>> refAll(String parameterType) {
    return new FnCall<>("Fn::RefAll", Value.of(parameterType), true);
  }

  /** Fn::ValueOf: an attribute (such as VpcId) of the resource a parameter names. */
  public static Value<String> valueOf(Referable parameter, String attribute) {
    return new FnCall<>(
        "Fn::ValueOf", args(new Ref<String>(parameter), Value.of(attribute)), true);
  }

  public static Value<List<String>> valueOfAll(String parameterType, String attribute) {
    return new FnCall<>(
        "Fn::ValueOfAll", args(Value.of(parameterType), Value.of(attribute)), true);
  }

  /** A function's argument list, whose items differ in type. */
  private static Value<List<Object>> args(Value<?>... items) {
    return new ListValue<>(List.of(items));
  }

  private static Value<List<Object>> conditionList(
      String function, int minimum, ConditionExpr... conditions) {
    if (conditions.length < minimum || conditions.length > 10) {
      throw new IllegalArgumentException(
          function + " takes " + (minimum == 1 ? "one condition" : "2 to 10 conditions")
              + ", not " + conditions.length);
    }
    List<Value<Object>> items = new ArrayList<>(conditions.length);
    for (ConditionExpr condition : conditions) {
      ConditionExpr c = Objects.requireNonNull(condition, function + " condition");
      items.add(new Retyped<>(c));
    }
    return Value.list(items);
  }
}
