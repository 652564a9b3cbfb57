package io.tropo4j.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What validation knows of a resource or property type: its required properties, the values a
 * property allows and the constraints on them, the resources' values it takes, and (for resources) its
 * attributes, what its Ref yields and where it carries tags. Immutable: one schema serves every instance
 * of its type, in every template of the JVM, so nothing reached through it may change it.
 * Generated classes make theirs in a static initializer, with {@link #builder} or {@link #of}.
 */
public final class Schema {
  private final String typeName;
  private final Set<String> required;
  private final Map<String, Set<String>> allowedValues;
  private final Map<String, Constraint> constraints;
  private final Map<String, Set<String>> references;
  private final String refYields;
  private final Set<String> attributes;
  private final boolean anyAttribute;
  private final boolean stateful;
  private final String tagProperty;
  private final TagForm tagForm;

  /** The forms resource types take their tags in. */
  public enum TagForm {
    /** A list of Key and Value, e.g. {@code AWS::S3::Bucket}. */
    LIST,
    /** A map of key to value, e.g. {@code AWS::SSM::Parameter}. */
    MAP,
    /** An Auto Scaling group's list, each tag also with PropagateAtLaunch. */
    AUTOSCALING
  }

  private Schema(Builder builder) {
    this.typeName = builder.typeName;
    this.required = frozen(builder.required);
    Map<String, Set<String>> allowed = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> entry : builder.allowedValues.entrySet()) {
      allowed.put(entry.getKey(), frozen(entry.getValue()));
    }
    this.allowedValues = allowed.isEmpty() ? Map.of() : Collections.unmodifiableMap(allowed);
    this.constraints = builder.constraints.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(builder.constraints));
    Map<String, Set<String>> takes = new LinkedHashMap<>();
    builder.references.forEach((name, values) -> takes.put(name, frozen(values)));
    this.references = takes.isEmpty() ? Map.of() : Collections.unmodifiableMap(takes);
    this.refYields = builder.refYields;
    this.attributes = frozen(builder.attributes);
    this.anyAttribute = builder.anyAttribute;
    this.stateful = builder.stateful;
    this.tagProperty = builder.tagProperty;
    this.tagForm = builder.tagForm;
  }

  /** A type with no required property, no restricted value and no attribute. */
  public static Schema of(String typeName) {
    return builder(typeName).build();
  }

  /** A resource type such as {@code AWS::S3::Bucket}, or a property type. */
  public static Builder builder(String typeName) {
    return new Builder(typeName);
  }

  /** The resource holds data (a database, a bucket, a file system) that a replacement or delete would lose. */
  public boolean isStateful() {
    return stateful;
  }

  public String typeName() {
    return typeName;
  }

  /** The property that carries the type's tags, or null when the type cannot carry tags. */
  public String tagProperty() {
    return tagProperty;
  }

  /** The form of {@link #tagProperty()}, or null when the type cannot carry tags. */
  public TagForm tagForm() {
    return tagForm;
  }

  public Set<String> required() {
    return required;
  }

  /** The allowed values of a property, or an empty set when any value goes. */
  public Set<String> allowedValues(String propertyName) {
    return allowedValues.getOrDefault(propertyName, Set.of());
  }

  /** What a property's literal value must be beyond its type, or null when nothing more is known. */
  public Constraint constraint(String propertyName) {
    return constraints.get(propertyName);
  }

  /**
   * The resources' values a property takes, each as {@code Type.Attribute} ({@code AWS::SQS::Queue.Arn}),
   * or an empty set when the specification names none.
   */
  public Set<String> references(String propertyName) {
    return references.getOrDefault(propertyName, Set.of());
  }

  /** What a Ref of a resource of this type yields, as the property that identifies it ({@code QueueUrl}), or null. */
  public String refYields() {
    return refYields;
  }

  /**
   * Whether Fn::GetAtt may name it. A type whose {@code Outputs} is an attribute (a nested stack's)
   * takes {@code Outputs.Name} for any name: its outputs are another template's.
   */
  public boolean hasAttribute(String name) {
    return anyAttribute || attributes.contains(name)
        || name.startsWith("Outputs.") && name.length() > 8 && attributes.contains("Outputs");
  }

  public Set<String> attributes() {
    return attributes;
  }

  /** An unmodifiable copy that keeps the order, which messages list names in. */
  private static Set<String> frozen(Set<String> names) {
    return names.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(names));
  }

  /** Collects a schema's parts; {@link #build} copies them, so a builder never reaches a schema. */
  public static final class Builder {
    private final String typeName;
    private final Set<String> required = new LinkedHashSet<>();
    private final Map<String, Set<String>> allowedValues = new LinkedHashMap<>();
    private final Map<String, Constraint> constraints = new LinkedHashMap<>();
    private final Map<String, Set<String>> references = new LinkedHashMap<>();
    private String refYields;
    private final Set<String> attributes = new LinkedHashSet<>();
    private boolean anyAttribute;
    private boolean stateful;
    private String tagProperty;
    private TagForm tagForm;

    private Builder(String typeName) {
      this.typeName = typeName;
    }

    public Builder required(String... propertyNames) {
      required.addAll(Arrays.asList(propertyNames));
      return this;
    }

    public Builder allowed(String propertyName, String... values) {
      allowedValues.put(propertyName, new LinkedHashSet<>(Arrays.asList(values)));
      return this;
    }

    /** See {@link Schema#constraint(String)}. */
    public Builder constrain(String propertyName, Constraint constraint) {
      constraints.put(propertyName, constraint);
      return this;
    }

    /** See {@link Schema#references(String)}. */
    public Builder references(String propertyName, String... typeAttributes) {
      references.put(propertyName, new LinkedHashSet<>(Arrays.asList(typeAttributes)));
      return this;
    }

    /** See {@link Schema#refYields()}. */
    public Builder refYields(String identifier) {
      refYields = identifier;
      return this;
    }

    public Builder attributes(String... names) {
      attributes.addAll(Arrays.asList(names));
      return this;
    }

    /** A custom resource: any attribute name is accepted, since its function defines them. */
    public Builder anyAttribute() {
      anyAttribute = true;
      return this;
    }

    /** See {@link Schema#isStateful()}. */
    public Builder stateful() {
      stateful = true;
      return this;
    }

    /** The type carries tags in this property, in this form: a template's tags reach it. */
    public Builder tags(String propertyName, TagForm form) {
      tagProperty = propertyName;
      tagForm = form;
      return this;
    }

    public Schema build() {
      return new Schema(this);
    }
  }
}
