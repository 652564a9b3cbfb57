// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.config;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Provides the details of a stored query.
 *
 * <p>CloudFormation type {@code AWS::Config::StoredQuery}.
 */
public final class StoredQuery extends Resource<StoredQuery> {
  private static final Schema SCHEMA = Schema.builder("AWS::Config::StoredQuery")
      .required("QueryExpression", "QueryName")
      .constrain("QueryDescription", Constraint.of().pattern("[\\s\\S]*").minLength(0).maxLength(256))
      .constrain("QueryExpression", Constraint.of().pattern("[\\s\\S]*").minLength(1).maxLength(4096))
      .constrain("QueryName", Constraint.of().pattern("^[a-zA-Z0-9-_]+$").minLength(1).maxLength(64))
      .refYields("QueryName")
      .attributes("QueryArn", "QueryId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StoredQuery(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A unique description for the query.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code [&#92;s&#92;S]*}. CloudFormation property
   * {@code QueryDescription}.
   */
  public StoredQuery queryDescription(String value) {
    return set("QueryDescription", Value.of(value));
  }

  /** Sets {@code QueryDescription} to this value; see {@link #queryDescription(String)}. */
  public StoredQuery queryDescription(Value<String> value) {
    return set("QueryDescription", value);
  }

  /**
   * The expression of the query. For example, <code>SELECT resourceId, resourceType,
   * supplementaryConfiguration.BucketVersioningConfiguration.status WHERE resourceType =
   * 'AWS::S3::Bucket' AND supplementaryConfiguration.BucketVersioningConfiguration.status =
   * 'Off'.</code>
   *
   * <p>Required. Length: 1 to 4096 characters. Pattern: {@code [&#92;s&#92;S]*}. CloudFormation
   * property {@code QueryExpression}.
   */
  public StoredQuery queryExpression(String value) {
    return set("QueryExpression", Value.of(value));
  }

  /** Sets {@code QueryExpression} to this value; see {@link #queryExpression(String)}. */
  public StoredQuery queryExpression(Value<String> value) {
    return set("QueryExpression", value);
  }

  /**
   * The name of the query.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]+$}. CloudFormation property {@code QueryName}.
   */
  public StoredQuery queryName(String value) {
    return set("QueryName", Value.of(value));
  }

  /** Sets {@code QueryName} to this value; see {@link #queryName(String)}. */
  public StoredQuery queryName(Value<String> value) {
    return set("QueryName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public StoredQuery tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StoredQuery tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StoredQuery tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Amazon Resource Name (ARN) of the query. For example,
   * arn:partition:service:region:account-id:resource-type/resource-name/resource-id.
   *
   * <p>{@code Fn::GetAtt} attribute {@code QueryArn}.
   */
  public Value<String> queryArn() {
    return getAtt("QueryArn");
  }

  /**
   * The ID of the query.
   *
   * <p>{@code Fn::GetAtt} attribute {@code QueryId}.
   */
  public Value<String> queryId() {
    return getAtt("QueryId");
  }
}
