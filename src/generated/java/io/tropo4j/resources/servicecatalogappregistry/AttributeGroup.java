// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalogappregistry;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Creates a new attribute group as a container for user-defined attributes. This feature enables
 * users to have full control over their cloud application's metadata in a rich machine-readable
 * format to facilitate integration with automated workflows and third-party tools.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalogAppRegistry::AttributeGroup}.
 */
public final class AttributeGroup extends Resource<AttributeGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalogAppRegistry::AttributeGroup")
      .required("Attributes", "Name")
      .constrain("Attributes", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$").minLength(1).maxLength(8000).format("json"))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("\\w+").minLength(1).maxLength(256))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public AttributeGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A nested object in a JSON or YAML template that supports arbitrary definitions. Represents the
   * attributes in an attribute group that describes an application and its components.
   *
   * <p>Required. Length: 1 to 8000 characters. Pattern: {@code
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+$}. Format: {@code json}. CloudFormation
   * property {@code Attributes}.
   */
  public AttributeGroup attributes(Value<Json> value) {
    return set("Attributes", value);
  }

  /**
   * The description of the attribute group that the user provides.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public AttributeGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AttributeGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the attribute group.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code &#92;w+}. CloudFormation property
   * {@code Name}.
   */
  public AttributeGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AttributeGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Key-value pairs you can use to associate with the attribute group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AttributeGroup tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public AttributeGroup tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public AttributeGroup tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon resource name (ARN) that specifies the attribute group across services.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The globally unique attribute group identifier of the attribute group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
