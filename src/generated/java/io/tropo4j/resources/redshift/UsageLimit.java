// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Redshift::UsageLimit. Creates a usage limit for a specified
 * Amazon Redshift feature on a cluster. The usage limit is identified by the returned usage limit
 * identifier.
 *
 * <p>CloudFormation type {@code AWS::Redshift::UsageLimit}.
 */
public final class UsageLimit extends Resource<UsageLimit> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::UsageLimit")
      .required("Amount", "ClusterIdentifier", "FeatureType", "LimitType")
      .allowed("BreachAction", "log", "emit-metric", "disable")
      .constrain("ClusterIdentifier", Constraint.of().minLength(0).maxLength(2147483647))
      .allowed("FeatureType", "spectrum", "concurrency-scaling", "cross-region-datasharing",
          "extra-compute-for-automatic-optimization")
      .allowed("LimitType", "time", "data-scanned")
      .allowed("Period", "daily", "weekly", "monthly")
      .refYields("Arn")
      .attributes("Arn", "UsageLimitId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public UsageLimit(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The limit amount. If time-based, this amount is in minutes. If data-based, this amount is in
   * terabytes (TB). The value must be a positive number.
   *
   * <p>Required. CloudFormation property {@code Amount}.
   */
  public UsageLimit amount(double value) {
    return set("Amount", Value.of(value));
  }

  /** Sets {@code Amount} to this value; see {@link #amount(double)}. */
  public UsageLimit amount(Value<Double> value) {
    return set("Amount", value);
  }

  /**
   * The action that Amazon Redshift takes when the limit is reached. The default is log.
   *
   * <p>Allowed values: {@code log}, {@code emit-metric}, {@code disable}. CloudFormation property
   * {@code BreachAction}.
   */
  public UsageLimit breachAction(String value) {
    return set("BreachAction", Value.of(value));
  }

  /** Sets {@code BreachAction} to this value; see {@link #breachAction(String)}. */
  public UsageLimit breachAction(Value<String> value) {
    return set("BreachAction", value);
  }

  /**
   * The identifier of the cluster that you want to limit usage.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2147483647 characters.
   * CloudFormation property {@code ClusterIdentifier}.
   */
  public UsageLimit clusterIdentifier(String value) {
    return set("ClusterIdentifier", Value.of(value));
  }

  /** Sets {@code ClusterIdentifier} to this value; see {@link #clusterIdentifier(String)}. */
  public UsageLimit clusterIdentifier(Value<String> value) {
    return set("ClusterIdentifier", value);
  }

  /**
   * The Amazon Redshift feature that you want to limit.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code spectrum}, {@code
   * concurrency-scaling}, {@code cross-region-datasharing}, {@code
   * extra-compute-for-automatic-optimization}. CloudFormation property {@code FeatureType}.
   */
  public UsageLimit featureType(String value) {
    return set("FeatureType", Value.of(value));
  }

  /** Sets {@code FeatureType} to this value; see {@link #featureType(String)}. */
  public UsageLimit featureType(Value<String> value) {
    return set("FeatureType", value);
  }

  /**
   * The type of limit. Depending on the feature type, this can be based on a time duration or data
   * size. If FeatureType is spectrum, then LimitType must be data-scanned. If FeatureType is
   * concurrency-scaling, then LimitType must be time. If FeatureType is cross-region-datasharing,
   * then LimitType must be data-scanned.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code time}, {@code
   * data-scanned}. CloudFormation property {@code LimitType}.
   */
  public UsageLimit limitType(String value) {
    return set("LimitType", Value.of(value));
  }

  /** Sets {@code LimitType} to this value; see {@link #limitType(String)}. */
  public UsageLimit limitType(Value<String> value) {
    return set("LimitType", value);
  }

  /**
   * The time period that the amount applies to. A weekly period begins on Sunday. The default is
   * monthly.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code daily}, {@code weekly}, {@code
   * monthly}. CloudFormation property {@code Period}.
   */
  public UsageLimit period(String value) {
    return set("Period", Value.of(value));
  }

  /** Sets {@code Period} to this value; see {@link #period(String)}. */
  public UsageLimit period(Value<String> value) {
    return set("Period", value);
  }

  /**
   * A list of tag instances.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public UsageLimit tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public UsageLimit tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public UsageLimit tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the usage limit.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The identifier of the usage limit.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UsageLimitId}.
   */
  public Value<String> usageLimitId() {
    return getAtt("UsageLimitId");
  }
}
