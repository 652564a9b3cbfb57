package io.tropo4j.fn;

/**
 * A parameter or resource, which Ref names. What the Ref yields is fixed once, by the subclass's
 * declaration ({@code Parameter<T>}; a resource's Ref is a string), so no caller can make a Ref of
 * another type.
 *
 * @param <T> the Java type of what the Ref resolves to
 */
public abstract class RefTarget<T> implements Referable {
  protected RefTarget() {}

  /** Ref to this parameter or resource; what a resource's returns (name, ID, ARN) depends on its type. */
  public final Value<T> ref() {
    return new Ref<>(this);
  }

  /** Whether the Ref yields a list: known at run time, for checks where Java's types are erased. */
  protected boolean refYieldsList() {
    return false;
  }
}
