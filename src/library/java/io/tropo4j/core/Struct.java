package io.tropo4j.core;

import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object with named, typed fields: a resource's property type ({@code Bucket.VersioningConfiguration})
 * or a part of a resource attribute ({@code UpdatePolicy}). It is itself a value, so it can stand in
 * Fn::If: {@code Fn.ifThen(isProd, versioning, Fn.noValue())}.
 *
 * @param <S> the concrete type, so that setters chain
 */
public abstract class Struct<S extends Struct<S>> implements Value<S> {
  private final Schema schema;
  private final Map<String, Value<?>> properties = new LinkedHashMap<>();

  protected Struct(Schema schema) {
    this.schema = schema;
  }

  @SuppressWarnings("unchecked")
  protected final S set(String name, Value<?> value) {
    properties.put(name, NonNull.check(value, schema.typeName(), ".", name));
    return (S) this;
  }

  /** Sets a field by its CloudFormation name, unchecked; see {@link Resource#property}. */
  public final S property(String name, Value<?> value) {
    return set(name, value);
  }

  public final Schema schema() {
    return schema;
  }

  /** The fields set so far, in the order they were first set. */
  public final Map<String, Value<?>> properties() {
    return Collections.unmodifiableMap(properties);
  }

  @Override
  public void writeTo(Sink out) {
    out.beginObject();
    for (Map.Entry<String, Value<?>> entry : properties.entrySet()) {
      out.key(entry.getKey());
      entry.getValue().writeTo(out);
    }
    out.endObject();
  }
}
