// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearchserverless;

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
      .build();

  public CollectionIndex(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the collection
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Id}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IndexName}.
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
   * <p>CloudFormation property {@code IndexSchema}.
   */
  public CollectionIndex indexSchema(String value) {
    return set("IndexSchema", Value.of(value));
  }

  /** Sets {@code IndexSchema} to this value; see {@link #indexSchema(String)}. */
  public CollectionIndex indexSchema(Value<String> value) {
    return set("IndexSchema", value);
  }
}
