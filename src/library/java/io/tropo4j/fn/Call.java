package io.tropo4j.fn;

/**
 * One intrinsic function call as it stands in a template: {@code {"Fn::Join": [...]}} in JSON,
 * {@code !Join [...]} in YAML. Values ({@link Intrinsic}) and conditions ({@link ConditionCall}) are
 * both calls, but only values can be used as property values.
 */
public abstract class Call {
  private final String function;

  Call(String function) {
    this.function = function;
  }

  /** The long-form name, e.g. {@code Fn::Join} or {@code Ref}. */
  public final String function() {
    return function;
  }

  /** The YAML short-form tag without its '!', e.g. {@code Join}. */
  public final String shortTag() {
    return function.startsWith("Fn::") ? function.substring(4) : function;
  }

  public abstract void writeArgument(Sink out);

  /** The argument as the YAML short form writes it; only Fn::GetAtt differs ("Name.Attribute"). */
  public void writeShortArgument(Sink out) {
    writeArgument(out);
  }

  /** Rule-specific functions (Fn::Contains, Fn::ValueOf, ...) are valid only inside Rules. */
  public boolean ruleOnly() {
    return false;
  }
}
