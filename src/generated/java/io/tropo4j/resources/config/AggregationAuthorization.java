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
 * An object that represents the authorizations granted to aggregator accounts and regions.
 *
 * <p>CloudFormation type {@code AWS::Config::AggregationAuthorization}.
 */
public final class AggregationAuthorization extends Resource<AggregationAuthorization> {
  private static final Schema SCHEMA = Schema.builder("AWS::Config::AggregationAuthorization")
      .required("AuthorizedAccountId", "AuthorizedAwsRegion")
      .constrain("AuthorizedAccountId", Constraint.of().pattern("^\\d{12}$"))
      .constrain("AuthorizedAwsRegion", Constraint.of().minLength(1).maxLength(64))
      .attributes("AggregationAuthorizationArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AggregationAuthorization(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The 12-digit account ID of the account authorized to aggregate data.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^&#92;d{12}$}. CloudFormation
   * property {@code AuthorizedAccountId}.
   */
  public AggregationAuthorization authorizedAccountId(String value) {
    return set("AuthorizedAccountId", Value.of(value));
  }

  /** Sets {@code AuthorizedAccountId} to this value; see {@link #authorizedAccountId(String)}. */
  public AggregationAuthorization authorizedAccountId(Value<String> value) {
    return set("AuthorizedAccountId", value);
  }

  /**
   * The region authorized to collect aggregated data.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code AuthorizedAwsRegion}.
   */
  public AggregationAuthorization authorizedAwsRegion(String value) {
    return set("AuthorizedAwsRegion", Value.of(value));
  }

  /** Sets {@code AuthorizedAwsRegion} to this value; see {@link #authorizedAwsRegion(String)}. */
  public AggregationAuthorization authorizedAwsRegion(Value<String> value) {
    return set("AuthorizedAwsRegion", value);
  }

  /**
   * An array of tag object.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AggregationAuthorization tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AggregationAuthorization tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AggregationAuthorization tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the aggregation object.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AggregationAuthorizationArn}.
   */
  public Value<String> aggregationAuthorizationArn() {
    return getAtt("AggregationAuthorizationArn");
  }
}
