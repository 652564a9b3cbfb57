package io.tropo4j.fn;

/** Ref to a parameter, a resource, or a pseudo parameter. */
public final class Ref<T> extends Intrinsic<T> {
  private final String name;
  private final Referable target;

  /** A Ref to a parameter or resource of this template. */
  public Ref(Referable target) {
    super("Ref");
    this.target = target;
    this.name = target.logicalId();
  }

  Ref(String pseudoParameter) {
    super("Ref");
    this.target = null;
    this.name = pseudoParameter;
  }

  public String name() {
    return name;
  }

  /** The object referred to, or null for a pseudo parameter. */
  public Referable target() {
    return target;
  }

  @Override
  public void writeArgument(Sink out) {
    out.string(name);
  }
}
