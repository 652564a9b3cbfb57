package io.tropo4j.fn;

/**
 * A value written as it is, under another Java type: a number where CloudFormation takes a string,
 * a condition as a list item. A class rather than a method reference ({@code number::writeTo}),
 * whose lambda each call site would link at start-up.
 */
final class Retyped<T> implements Value<T> {
  private final Writable value;

  Retyped(Writable value) {
    this.value = value;
  }

  @Override
  public void writeTo(Sink out) {
    value.writeTo(out);
  }
}
