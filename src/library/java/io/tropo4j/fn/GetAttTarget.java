package io.tropo4j.fn;

/**
 * A resource, which Ref and Fn::GetAtt name. Its attributes have different types, so each accessor
 * of a subclass states the type of its own; only subclasses can make a Fn::GetAtt of any type
 * ({@link Fn#getAtt} makes a string one).
 */
public abstract class GetAttTarget extends RefTarget<String> {
  protected GetAttTarget() {}

  /** Fn::GetAtt of one of this resource's attributes; generated accessors call it. */
  protected final <A> Value<A> getAtt(String attribute) {
    return new GetAtt<>(this, attribute);
  }
}
