// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Enables aggregation across AWS Regions .
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::AggregatorV2}.
 */
public final class AggregatorV2 extends Resource<AggregatorV2> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AggregatorV2")
      .required("LinkedRegions", "RegionLinkingMode")
      .constrain("LinkedRegions", Constraint.of().pattern("^[a-zA-Z0-9-]{1,32}$"))
      .allowed("RegionLinkingMode", "SPECIFIED_REGIONS")
      .refYields("AggregatorV2Arn")
      .attributes("AggregationRegion", "AggregatorV2Arn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public AggregatorV2(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of Regions that are linked to the aggregation Region.
   *
   * <p>Required. Pattern: {@code ^[a-zA-Z0-9-]{1,32}$}. CloudFormation property {@code
   * LinkedRegions}.
   */
  public AggregatorV2 linkedRegions(List<String> value) {
    return set("LinkedRegions", Value.listOf(value));
  }

  /** Sets {@code LinkedRegions} to this value; see {@link #linkedRegions(List)}. */
  public AggregatorV2 linkedRegions(Value<List<String>> value) {
    return set("LinkedRegions", value);
  }

  /**
   * Determines how Regions are linked to an Aggregator V2.
   *
   * <p>Required. Allowed values: {@code SPECIFIED_REGIONS}. CloudFormation property {@code
   * RegionLinkingMode}.
   */
  public AggregatorV2 regionLinkingMode(String value) {
    return set("RegionLinkingMode", Value.of(value));
  }

  /** Sets {@code RegionLinkingMode} to this value; see {@link #regionLinkingMode(String)}. */
  public AggregatorV2 regionLinkingMode(Value<String> value) {
    return set("RegionLinkingMode", value);
  }

  /**
   * A list of key-value pairs to be applied to the AggregatorV2.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AggregatorV2 tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public AggregatorV2 tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public AggregatorV2 tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The AWS Region where data is aggregated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AggregationRegion}.
   */
  public Value<String> aggregationRegion() {
    return getAtt("AggregationRegion");
  }

  /**
   * The ARN of the AggregatorV2.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AggregatorV2Arn}.
   */
  public Value<String> aggregatorV2Arn() {
    return getAtt("AggregatorV2Arn");
  }
}
