// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.frauddetector;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Manages an entity type. An entity represents who is performing the event. As part of a fraud
 * prediction, you pass the entity ID to indicate the specific entity who performed the event. An
 * entity type classifies the entity. Example classifications include customer, merchant, or
 * account.
 *
 * <p>CloudFormation type {@code AWS::FraudDetector::EntityType}.
 */
public final class EntityType extends Resource<EntityType> {
  private static final Schema SCHEMA = Schema.builder("AWS::FraudDetector::EntityType")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(128))
      .constrain("Name", Constraint.of().pattern("^[0-9a-z_-]+$").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "LastUpdatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EntityType(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The entity type description.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code Description}.
   */
  public EntityType description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EntityType description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The entity type name.
   *
   * <p>Pattern: <code>^[0-9a-z_-]+$</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[0-9a-z_-]+$}. CloudFormation property {@code Name}.
   */
  public EntityType name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EntityType name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A key and value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EntityType tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EntityType tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EntityType tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The entity type ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Timestamp of when entity type was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * Timestamp of when entity type was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }
}
