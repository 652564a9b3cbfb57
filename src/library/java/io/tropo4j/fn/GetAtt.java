package io.tropo4j.fn;

/** Fn::GetAtt of a resource's attribute; resources expose typed accessors that create these. */
final class GetAtt<T> extends Intrinsic<T> {
  private final Referable resource;
  private final String attribute;

  GetAtt(Referable resource, String attribute) {
    super("Fn::GetAtt");
    this.resource = resource;
    this.attribute = attribute;
  }

  Referable resource() {
    return resource;
  }

  String attribute() {
    return attribute;
  }

  @Override
  public void writeArgument(Sink out) {
    out.beginArray();
    out.string(resource.logicalId());
    out.string(attribute);
    out.endArray();
  }

  @Override
  public void writeShortArgument(Sink out) {
    out.string(resource.logicalId() + "." + attribute);
  }
}
