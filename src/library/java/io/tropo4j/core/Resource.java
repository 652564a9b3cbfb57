package io.tropo4j.core;

import io.tropo4j.fn.GetAttTarget;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resource of the template. Generated classes extend it with one setter per property and one
 * accessor per attribute (made by {@link GetAttTarget#getAtt}); the resource attributes
 * (DependsOn, DeletionPolicy, ...) live here.
 *
 * @param <R> the concrete type, so that setters chain
 */
public abstract class Resource<R extends Resource<R>> extends GetAttTarget {
  private final String logicalId;
  private final Schema schema;
  private final Map<String, Value<?>> properties = new LinkedHashMap<>();
  private final List<Resource<?>> dependsOn = new ArrayList<>();
  private final Map<String, Value<?>> metadata = new LinkedHashMap<>();
  private final Map<String, Value<?>> otherAttributes = new LinkedHashMap<>();
  private final List<Exemption> exemptions = new ArrayList<>();
  private final Map<String, Init.Authentication> authentications = new LinkedHashMap<>();
  private Condition condition;
  private DeletionPolicy deletionPolicy;
  private UpdateReplacePolicy updateReplacePolicy;
  private CreationPolicy creationPolicy;
  private UpdatePolicy updatePolicy;

  protected Resource(String logicalId, Schema schema) {
    this.logicalId = Objects.requireNonNull(logicalId, "logical ID");
    this.schema = schema;
  }

  @Override
  public final String logicalId() {
    return logicalId;
  }

  /** The CloudFormation type, e.g. {@code AWS::S3::Bucket}. */
  public final String type() {
    return schema.typeName();
  }

  public final Schema schema() {
    return schema;
  }

  @SuppressWarnings("unchecked")
  protected final R self() {
    return (R) this;
  }

  protected final R set(String name, Value<?> value) {
    properties.put(name, NonNull.check(value, logicalId, ".Properties.", name));
    return self();
  }

  public final Map<String, Value<?>> properties() {
    return Collections.unmodifiableMap(properties);
  }

  /**
   * Sets a property by its CloudFormation name, unchecked: for what the typed setters cannot say,
   * such as a property the specification does not have yet, or a value of a type CloudFormation
   * accepts but the setter's does not (an imported template's {@code "true"} for a boolean).
   */
  public final R property(String name, Value<?> value) {
    return set(name, value);
  }

  public final R dependsOn(Resource<?>... resources) {
    for (Resource<?> resource : resources) {
      dependsOn.add(NonNull.check(resource, logicalId, ".DependsOn"));
    }
    return self();
  }

  public final List<Resource<?>> dependencies() {
    return Collections.unmodifiableList(dependsOn);
  }

  /** Creates the resource only when the condition holds. */
  public final R condition(Condition condition) {
    this.condition = condition;
    return self();
  }

  public final Condition condition() {
    return condition;
  }

  public final R deletionPolicy(DeletionPolicy policy) {
    this.deletionPolicy = policy;
    return self();
  }

  public final DeletionPolicy deletionPolicy() {
    return deletionPolicy;
  }

  public final R updateReplacePolicy(UpdateReplacePolicy policy) {
    this.updateReplacePolicy = policy;
    return self();
  }

  public final UpdateReplacePolicy updateReplacePolicy() {
    return updateReplacePolicy;
  }

  /**
   * A resource attribute tropo4j has no setter for, written beside Type and Properties, unchecked:
   * a macro's ({@code Count} for the Count macro) or a legacy one (a custom resource's {@code Version}).
   */
  public final R resourceAttribute(String name, Value<?> value) {
    otherAttributes.put(name, NonNull.check(value, logicalId, ".", name));
    return self();
  }

  /** Keeps the resource, and its data, when it is deleted from the stack or replaced. */
  public final R retainData() {
    return deletionPolicy(DeletionPolicy.RETAIN).updateReplacePolicy(UpdateReplacePolicy.RETAIN);
  }

  /**
   * Deletes the data with the resource, when it is removed from the stack or replaced: a choice made
   * and written down (scratch data, caches), which validation accepts like the other two.
   */
  public final R deleteData() {
    return deletionPolicy(DeletionPolicy.DELETE).updateReplacePolicy(UpdateReplacePolicy.DELETE);
  }

  /** Takes a final snapshot when the resource is deleted from the stack or replaced. */
  public final R snapshotData() {
    return deletionPolicy(DeletionPolicy.SNAPSHOT).updateReplacePolicy(UpdateReplacePolicy.SNAPSHOT);
  }

  public final R creationPolicy(CreationPolicy policy) {
    this.creationPolicy = policy;
    return self();
  }

  public final R updatePolicy(UpdatePolicy policy) {
    this.updatePolicy = policy;
    return self();
  }

  /** The creation policy, or null when none is set. */
  public final CreationPolicy creationPolicy() {
    return creationPolicy;
  }

  /** The update policy, or null when none is set. */
  public final UpdatePolicy updatePolicy() {
    return updatePolicy;
  }

  public final R metadata(String key, Value<?> value) {
    metadata.put(key, NonNull.check(value, logicalId, ".Metadata.", key));
    return self();
  }

  /**
   * Credentials cfn-init uses for files and sources behind S3 or basic authentication, under a name
   * that a file's {@link Init.File#authentication} refers to ({@code AWS::CloudFormation::Authentication}).
   */
  public final R authentication(String name, Init.Authentication authentication) {
    authentications.put(name, authentication);
    return metadata("AWS::CloudFormation::Authentication", Value.map(new LinkedHashMap<>(authentications)));
  }

  /** Metadata for cfn-init ({@code AWS::CloudFormation::Init}). */
  public final R init(Init init) {
    return metadata("AWS::CloudFormation::Init", init);
  }

  public final Map<String, Value<?>> metadata() {
    return Collections.unmodifiableMap(metadata);
  }

  /**
   * Exempts the resource from a scanner's rule, for a reason the design gives, written where the
   * scanner reads it (see {@link Scanner}), so each exception is reviewed where the resource is
   * built: {@code bucket.exempt(Scanner.CHECKOV, "CKV_AWS_18", "this is the log bucket itself")}.
   */
  public final R exempt(Scanner scanner, String rule, String reason) {
    exemptions.add(new Exemption(scanner, rule, reason));
    List<Json> checkov = new ArrayList<>();
    List<String> cfnLintRules = new ArrayList<>();
    Map<String, Object> cfnLintReasons = new LinkedHashMap<>();
    for (Exemption exemption : exemptions) {
      if (exemption.scanner() == Scanner.CHECKOV) {
        checkov.add(Json.object("id", exemption.rule(), "comment", exemption.reason()));
      } else {
        cfnLintRules.add(exemption.rule());
        cfnLintReasons.put(exemption.rule(), exemption.reason());
      }
    }
    if (!checkov.isEmpty()) {
      metadata("checkov", Json.object("skip", checkov));
    }
    if (!cfnLintRules.isEmpty()) {
      metadata("cfn-lint", Json.object("config", Json.object("ignore_checks", cfnLintRules),
          "reasons", cfnLintReasons));
    }
    return self();
  }

  public final List<Exemption> exemptions() {
    return Collections.unmodifiableList(exemptions);
  }

  /** Writes the resource's body: Type, then attributes, then Properties. */
  void writeTo(Sink out) {
    writeTo(out, null);
  }

  /**
   * As {@link #writeTo(Sink)}, with a template's tags added to the resource's own where its type
   * carries tags (its own win where a key is in both).
   */
  void writeTo(Sink out, Tags templateTags) {
    out.beginObject();
    out.key("Type");
    out.string(type());
    if (condition != null) {
      out.key("Condition");
      out.string(condition.logicalId());
    }
    if (!dependsOn.isEmpty()) {
      out.key("DependsOn");
      out.beginArray();
      for (Resource<?> resource : dependsOn) {
        out.string(resource.logicalId());
      }
      out.endArray();
    }
    if (!metadata.isEmpty()) {
      out.key("Metadata");
      writeMap(out, metadata);
    }
    Map<String, Value<?>> written = withTags(templateTags);
    if (!written.isEmpty()) {
      out.key("Properties");
      writeMap(out, written);
    }
    if (creationPolicy != null) {
      out.key("CreationPolicy");
      creationPolicy.writeTo(out);
    }
    if (updatePolicy != null) {
      out.key("UpdatePolicy");
      updatePolicy.writeTo(out);
    }
    if (deletionPolicy != null) {
      out.key("DeletionPolicy");
      out.string(deletionPolicy.toString());
    }
    if (updateReplacePolicy != null) {
      out.key("UpdateReplacePolicy");
      out.string(updateReplacePolicy.toString());
    }
    for (Map.Entry<String, Value<?>> attribute : otherAttributes.entrySet()) {
      out.key(attribute.getKey());
      attribute.getValue().writeTo(out);
    }
    out.endObject();
  }

  /** The properties as written: the tag property merged with the template's tags, if any. */
  private Map<String, Value<?>> withTags(Tags templateTags) {
    String property = schema.tagProperty();
    if (templateTags == null || property == null) {
      return properties;
    }
    Tags merged = Tags.merge(templateTags, properties.get(property));
    if (merged == null) {
      return properties;
    }
    Map<String, Value<?>> tagged = new LinkedHashMap<>(properties);
    tagged.put(property, merged.in(schema.tagForm()));
    return tagged;
  }

  static void writeMap(Sink out, Map<String, ? extends Value<?>> map) {
    out.beginObject();
    for (Map.Entry<String, ? extends Value<?>> entry : map.entrySet()) {
      out.key(entry.getKey());
      entry.getValue().writeTo(out);
    }
    out.endObject();
  }
}
