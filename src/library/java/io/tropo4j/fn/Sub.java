package io.tropo4j.fn;

import java.util.Map;

/** Fn::Sub; the validator checks that every ${Name} in the string resolves. */
public final class Sub extends Intrinsic<String> {
  private final String template;
  private final Map<String, ? extends Value<?>> variables;
  private final String source;

  Sub(String template, Map<String, ? extends Value<?>> variables, String source) {
    super("Fn::Sub");
    this.template = template;
    this.variables = variables;
    this.source = source;
  }

  public String template() {
    return template;
  }

  public Map<String, ? extends Value<?>> variables() {
    return variables;
  }

  /** Where the string came from (e.g. a userdata file), for messages; null when written inline. */
  public String source() {
    return source;
  }

  /** The same substitution, labelled with the file it was read from. */
  public Sub from(String source) {
    return new Sub(template, variables, source);
  }

  @Override
  public void writeArgument(Sink out) {
    if (variables.isEmpty()) {
      out.string(template);
      return;
    }
    out.beginArray();
    out.string(template);
    new MapValue<>(variables).writeTo(out);
    out.endArray();
  }
}
