package io.tropo4j.core;

import io.tropo4j.fn.Value;

/**
 * A resource of a type tropo4j has no class for: a macro's type ({@code AWS::Serverless::Function}),
 * a third-party or private type, a type newer than the pinned specification. Its properties are set
 * by name ({@link #property}) and its attributes read by name, unchecked.
 */
public final class UntypedResource extends Resource<UntypedResource> {
  public UntypedResource(String logicalId, String type) {
    super(logicalId, Schema.builder(type).anyAttribute().build());
  }

  public Value<String> attribute(String name) {
    return getAtt(name);
  }
}
