package io.tropo4j.read;

/**
 * One value of a template as read: a {@link MapNode}, a {@link ListNode}, a {@link Scalar} or an
 * {@link Intrinsic} function. JSON, long-form YAML and short-form YAML ({@code !Ref}) give the same
 * nodes. Two nodes are equal when they hold the same values, wherever they were read from: the
 * {@link #position()} is not part of equality.
 */
public sealed interface Node permits MapNode, ListNode, Scalar, Intrinsic {
  /** Where the node starts in its file. */
  Position position();

  /** The node as one line of JSON, in its long form ({@code {"Ref": "X"}}). */
  default String toJson() {
    return JsonOutput.text(this, 0);
  }

  /** The node as indented JSON, one member or item a line: how the diff shows documents. */
  default String toPrettyJson() {
    return JsonOutput.text(this, Integer.MAX_VALUE);
  }
}
