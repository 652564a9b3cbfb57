package io.tropo4j.check;

import io.tropo4j.fn.Value;
import io.tropo4j.fn.Visitor;

/** The text of a literal string, number or boolean, for checks that compare it with names they know. */
final class LiteralText implements Visitor {
  private String text;

  private LiteralText() {}

  /** The literal's text, or null for an intrinsic or any other value CloudFormation resolves. */
  static String of(Value<?> value) {
    LiteralText visitor = new LiteralText();
    visitor.visitValue(value);
    return visitor.text;
  }

  @Override
  public void literal(Object value) {
    text = value.toString();
  }
}
