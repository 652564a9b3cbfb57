// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.scn;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::SCN::Namespace Resource Type
 *
 * <p>CloudFormation type {@code AWS::SCN::Namespace}.
 */
public final class Namespace extends Resource<Namespace> {
  private static final Schema SCHEMA = Schema.builder("AWS::SCN::Namespace")
      .required("InstanceId", "Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(500))
      .constrain("InstanceId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$").minLength(36).maxLength(36))
      .constrain("Name", Constraint.of().pattern("^[a-z0-9_]+$").minLength(1).maxLength(50))
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "LastModifiedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Namespace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the namespace.
   *
   * <p>Length: 1 to 500 characters. CloudFormation property {@code Description}.
   */
  public Namespace description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Namespace description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Web Services Supply Chain instance identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property {@code
   * InstanceId}.
   */
  public Namespace instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public Namespace instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * The name of the namespace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 50 characters. Pattern: {@code
   * ^[a-z0-9_]+$}. CloudFormation property {@code Name}.
   */
  public Namespace name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Namespace name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags for the namespace.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Namespace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Namespace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Namespace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The creation time of the namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The last modified time of the namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }
}
