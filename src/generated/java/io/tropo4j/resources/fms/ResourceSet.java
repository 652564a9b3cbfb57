// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A set of resources to include in a policy.
 *
 * <p>CloudFormation type {@code AWS::FMS::ResourceSet}.
 */
public final class ResourceSet extends Resource<ResourceSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::FMS::ResourceSet")
      .required("Name", "ResourceTypeList")
      .constrain("Description", Constraint.of().pattern("^([a-zA-Z0-9_.:/=+\\-@\\s]*)$").maxLength(256))
      .constrain("Name", Constraint.of().pattern("^([a-zA-Z0-9_.:/=+\\-@\\s]+)$").minLength(1).maxLength(128))
      .constrain("ResourceTypeList", Constraint.of().pattern("^([^\\s]*)$").minLength(1).maxLength(128))
      .constrain("Resources", Constraint.of().pattern("^([^\\s]*)$").minLength(1).maxLength(1024))
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ResourceSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the resource set.
   *
   * <p>Length: at most 256 characters. Pattern: {@code ^([a-zA-Z0-9_.:/=+&#92;-&#64;&#92;s]*)$}.
   * CloudFormation property {@code Description}.
   */
  public ResourceSet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ResourceSet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The descriptive name of the resource set. You can't change the name of a resource set after you
   * create it.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code
   * ^([a-zA-Z0-9_.:/=+&#92;-&#64;&#92;s]+)$}. CloudFormation property {@code Name}.
   */
  public ResourceSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ResourceSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Determines the resources that can be associated to the resource set. Depending on your setting
   * for max results and the number of resource sets, a single call might not return the full list.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^([^&#92;s]*)$}. CloudFormation
   * property {@code ResourceTypeList}.
   */
  public ResourceSet resourceTypeList(List<String> value) {
    return set("ResourceTypeList", Value.listOf(value));
  }

  /** Sets {@code ResourceTypeList} to this value; see {@link #resourceTypeList(List)}. */
  public ResourceSet resourceTypeList(Value<List<String>> value) {
    return set("ResourceTypeList", value);
  }

  /**
   * Length: 1 to 1024 characters. Pattern: {@code ^([^&#92;s]*)$}. CloudFormation property {@code
   * Resources}.
   */
  public ResourceSet resources(List<String> value) {
    return set("Resources", Value.listOf(value));
  }

  /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
  public ResourceSet resources(Value<List<String>> value) {
    return set("Resources", value);
  }

  /** CloudFormation property {@code Tags}. */
  public ResourceSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ResourceSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ResourceSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A unique identifier for the resource set. This ID is returned in the responses to create and
   * list commands. You provide it to operations like update and delete.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
