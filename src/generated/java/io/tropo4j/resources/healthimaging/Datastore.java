// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.healthimaging;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Create a data store.
 *
 * <p>CloudFormation type {@code AWS::HealthImaging::Datastore}.
 */
public final class Datastore extends Resource<Datastore> {
  private static final Schema SCHEMA = Schema.builder("AWS::HealthImaging::Datastore")
      .constrain("DatastoreName", Constraint.of().pattern("^[A-Za-z0-9._/#-]+$").minLength(1).maxLength(256))
      .constrain("KmsKeyArn", Constraint.of().minLength(1).maxLength(512).format("AWS::KMS::Key.Arn"))
      .refYields("DatastoreId")
      .attributes("CreatedAt", "DatastoreArn", "DatastoreId", "DatastoreStatus", "UpdatedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Datastore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The data store name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[A-Za-z0-9._/#-]+$}. CloudFormation property {@code DatastoreName}.
   */
  public Datastore datastoreName(String value) {
    return set("DatastoreName", Value.of(value));
  }

  /** Sets {@code DatastoreName} to this value; see {@link #datastoreName(String)}. */
  public Datastore datastoreName(Value<String> value) {
    return set("DatastoreName", value);
  }

  /**
   * The Amazon Resource Name (ARN) assigned to the Key Management Service (KMS) key for accessing
   * encrypted data.
   *
   * <p>Changing it replaces the resource. Length: 1 to 512 characters. Format: {@code
   * AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Datastore kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Datastore kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The tags provided when creating a data store.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Datastore tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Datastore tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Datastore tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The timestamp when the data store was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) for the data store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatastoreArn}.
   */
  public Value<String> datastoreArn() {
    return getAtt("DatastoreArn");
  }

  /**
   * The data store identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatastoreId}.
   */
  public Value<String> datastoreId() {
    return getAtt("DatastoreId");
  }

  /**
   * The data store status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatastoreStatus}.
   */
  public Value<String> datastoreStatus() {
    return getAtt("DatastoreStatus");
  }

  /**
   * The timestamp when the data store was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
