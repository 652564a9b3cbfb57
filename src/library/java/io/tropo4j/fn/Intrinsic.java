package io.tropo4j.fn;

/** An intrinsic function that yields a value of type {@code T}. */
public abstract class Intrinsic<T> extends Call implements Value<T> {
  Intrinsic(String function) {
    super(function);
  }

  @Override
  public final void writeTo(Sink out) {
    out.call(this);
  }
}
