package io.tropo4j.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What validation knows of a resource or property type: its required properties, the values a
 * property allows, and (for resources) its attributes. Generated classes build one in a static
 * initializer; it is not changed afterwards.
 */
public final class Schema {
  private final String typeName;
  private final Set<String> required = new LinkedHashSet<>();
  private final Map<String, Set<String>> allowedValues = new LinkedHashMap<>();
  private final Set<String> attributes = new LinkedHashSet<>();
  private boolean anyAttribute;
  private boolean stateful;

  private Schema(String typeName) {
    this.typeName = typeName;
  }

  /** A resource type such as {@code AWS::S3::Bucket}. */
  public static Schema of(String typeName) {
    return new Schema(typeName);
  }

  /** A custom resource: any attribute name is accepted, since its function defines them. */
  public static Schema custom(String typeName) {
    Schema schema = new Schema(typeName);
    schema.anyAttribute = true;
    return schema;
  }

  public Schema required(String... propertyNames) {
    required.addAll(Arrays.asList(propertyNames));
    return this;
  }

  public Schema allowed(String propertyName, String... values) {
    allowedValues.put(propertyName, new LinkedHashSet<>(Arrays.asList(values)));
    return this;
  }

  public Schema attributes(String... names) {
    attributes.addAll(Arrays.asList(names));
    return this;
  }

  /** The resource holds data (a database, a bucket, a file system) that a replacement or delete would lose. */
  public Schema stateful() {
    stateful = true;
    return this;
  }

  public boolean isStateful() {
    return stateful;
  }

  public String typeName() {
    return typeName;
  }

  public Set<String> required() {
    return Collections.unmodifiableSet(required);
  }

  /** The allowed values of a property, or an empty set when any value goes. */
  public Set<String> allowedValues(String propertyName) {
    return allowedValues.getOrDefault(propertyName, Set.of());
  }

  public boolean hasAttribute(String name) {
    return anyAttribute || attributes.contains(name);
  }

  public Set<String> attributes() {
    return Collections.unmodifiableSet(attributes);
  }
}
