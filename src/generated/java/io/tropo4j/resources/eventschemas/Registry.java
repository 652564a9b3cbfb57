// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eventschemas;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Use the <code>AWS::EventSchemas::Registry</code> to specify a schema registry. Schema registries
 * are containers for Schemas. Registries collect and organize schemas so that your schemas are in
 * logical groups.
 *
 * <p>CloudFormation type {@code AWS::EventSchemas::Registry}.
 */
public final class Registry extends Resource<Registry> {
  private static final Schema SCHEMA = Schema.builder("AWS::EventSchemas::Registry")
      .references("RegistryName", "AWS::EventSchemas::RegistryPolicy.Ref")
      .refYields("RegistryArn")
      .attributes("RegistryArn", "RegistryName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Registry(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the registry to be created.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Registry description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Registry description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the schema registry.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RegistryName}.
   */
  public Registry registryName(String value) {
    return set("RegistryName", Value.of(value));
  }

  /** Sets {@code RegistryName} to this value; see {@link #registryName(String)}. */
  public Registry registryName(Value<String> value) {
    return set("RegistryName", value);
  }

  /**
   * Sets {@code RegistryName} to the Ref of {@code AWS::EventSchemas::RegistryPolicy}; see {@link
   * #registryName(String)}.
   */
  public Registry registryName(RegistryPolicy resource) {
    return set("RegistryName", resource.ref());
  }

  /**
   * Tags to associate with the registry.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Registry tags(List<TagsEntry> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Registry tags(Value<List<TagsEntry>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Registry tags(TagsEntry... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Registry tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the registry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistryArn}.
   */
  public Value<String> registryArn() {
    return getAtt("RegistryArn");
  }

  /**
   * The name of the registry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistryName}.
   */
  public Value<String> registryName() {
    return getAtt("RegistryName");
  }

  /**
   * Tags to associate with the schema registry.
   *
   * <p>Property type {@code AWS::EventSchemas::Registry.TagsEntry}.
   */
  public static final class TagsEntry extends Struct<TagsEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventSchemas::Registry.TagsEntry")
        .required("Key", "Value")
        .build();

    public TagsEntry() {
      super(SCHEMA);
    }

    /**
     * The key of a key-value pair.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public TagsEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsEntry key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of a key-value pair.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public TagsEntry value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsEntry value(Value<String> value) {
      return set("Value", value);
    }
  }
}
