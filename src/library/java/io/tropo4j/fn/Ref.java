package io.tropo4j.fn;

/** Ref to a parameter or resource ({@link RefTarget#ref()}), or a pseudo parameter ({@link Pseudo}). */
final class Ref<T> extends Intrinsic<T> {
  private final String name;
  private final Referable target;

  /** A Ref to a parameter or resource of this template. */
  Ref(Referable target) {
    super("Ref");
    this.target = target;
    this.name = target.logicalId();
  }

  Ref(String pseudoParameter) {
    super("Ref");
    this.target = null;
    this.name = pseudoParameter;
  }

  String name() {
    return name;
  }

  /** The object referred to, or null for a pseudo parameter. */
  Referable target() {
    return target;
  }

  @Override
  public void writeArgument(Sink out) {
    out.string(name);
  }
}
