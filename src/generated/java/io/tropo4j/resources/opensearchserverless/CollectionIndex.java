// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearchserverless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::OpenSearchServerless::CollectionIndex
 *
 * <p>CloudFormation type {@code AWS::OpenSearchServerless::CollectionIndex}.
 */
public final class CollectionIndex extends Resource<CollectionIndex> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::CollectionIndex")
      .required("Id", "IndexName")
      .constrain("Id", Constraint.of().pattern("^[a-z0-9]{3,40}$").minLength(3).maxLength(40))
      .constrain("IndexName", Constraint.of().pattern("^(?![_-])[a-z][a-z0-9_-]*$").minLength(1).maxLength(255))
      .constrain("IndexSchema", Constraint.of().pattern("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+").minLength(1).maxLength(2480))
      .build();

  public CollectionIndex(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the collection
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 40 characters. Pattern: {@code
   * ^[a-z0-9]{3,40}$}. CloudFormation property {@code Id}.
   */
  public CollectionIndex id(String value) {
    return set("Id", Value.of(value));
  }

  /** Sets {@code Id} to this value; see {@link #id(String)}. */
  public CollectionIndex id(Value<String> value) {
    return set("Id", value);
  }

  /**
   * The name of the collection index
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^(?![_-])[a-z][a-z0-9_-]*$}. CloudFormation property {@code IndexName}.
   */
  public CollectionIndex indexName(String value) {
    return set("IndexName", Value.of(value));
  }

  /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
  public CollectionIndex indexName(Value<String> value) {
    return set("IndexName", value);
  }

  /**
   * The Mappings for the collection index
   *
   * <p>Length: 1 to 2480 characters. Pattern: {@code
   * [&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007E&#92;u00A1-&#92;u00FF]+}. CloudFormation
   * property {@code IndexSchema}.
   */
  public CollectionIndex indexSchema(String value) {
    return set("IndexSchema", Value.of(value));
  }

  /** Sets {@code IndexSchema} to this value; see {@link #indexSchema(String)}. */
  public CollectionIndex indexSchema(Value<String> value) {
    return set("IndexSchema", value);
  }
}
