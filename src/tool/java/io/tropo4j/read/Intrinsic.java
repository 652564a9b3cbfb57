package io.tropo4j.read;

import java.util.List;

/**
 * An intrinsic function: its long name ({@code Ref}, {@code Condition}, {@code Fn::Sub}, ...) and its
 * argument, as the long form writes them. {@code !GetAtt A.B} and {@code {"Fn::GetAtt": "A.B"}} read as
 * the list form, {@code ["A", "B"]}.
 */
public record Intrinsic(String name, Node argument, Position position) implements Node {
  /** The YAML short tag of this function ({@code !Sub}), whether or not the file used it. */
  public String shortTag() {
    return "!" + (name.startsWith("Fn::") ? name.substring(4) : name);
  }

  /** The argument's items when it is a list ({@code Fn::If}, {@code Fn::Join}); the argument alone otherwise. */
  public List<Node> arguments() {
    return argument instanceof ListNode list ? list.items() : List.of(argument);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Intrinsic call && name.equals(call.name) && argument.equals(call.argument);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + argument.hashCode();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
