// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SecurityHub::FindingAggregator</code> resource enables cross-Region aggregation.
 * When cross-Region aggregation is enabled, you can aggregate findings, finding updates, insights,
 * control compliance statuses, and security scores from one or more linked Regions to a single
 * aggregation Region. You can then view and manage all of this data from the aggregation Region.
 * For more details about cross-Region aggregation, see <a
 * href="https://docs.aws.amazon.com/securityhub/latest/userguide/finding-aggregation.html">Cross-Region
 * aggregation</a> in the <em>AWS Security Hub CSPM User Guide</em>
 *
 * <p>This resource must be created in the Region that you want to designate as your aggregation
 * Region.
 *
 * <p>Cross-Region aggregation is also a prerequisite for using <a
 * href="https://docs.aws.amazon.com/securityhub/latest/userguide/central-configuration-intro.html">central
 * configuration</a> in Security Hub CSPM .
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::FindingAggregator}.
 */
public final class FindingAggregator extends Resource<FindingAggregator> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::FindingAggregator")
      .required("RegionLinkingMode")
      .allowed("RegionLinkingMode", "ALL_REGIONS", "ALL_REGIONS_EXCEPT_SPECIFIED",
          "SPECIFIED_REGIONS")
      .constrain("Regions", Constraint.of().pattern("^[a-zA-Z0-9-]{1,32}$"))
      .refYields("FindingAggregatorArn")
      .attributes("FindingAggregationRegion", "FindingAggregatorArn")
      .build();

  public FindingAggregator(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether to aggregate findings from all of the available Regions in the current
   * partition. Also determines whether to automatically aggregate findings from new Regions as
   * Security Hub supports them and you opt into them.
   *
   * <p>The selected option also determines how to use the Regions provided in the Regions list.
   *
   * <p>In CloudFormation , the options for this property are as follows:
   *
   * <ul> <li><code>ALL_REGIONS</code> - Indicates to aggregate findings from all of the Regions
   * where Security Hub is enabled. When you choose this option, Security Hub also automatically
   * aggregates findings from new Regions as Security Hub supports them and you opt into them.
   * <li><code>ALL_REGIONS_EXCEPT_SPECIFIED</code> - Indicates to aggregate findings from all of the
   * Regions where Security Hub is enabled, except for the Regions listed in the
   * <code>Regions</code> parameter. When you choose this option, Security Hub also automatically
   * aggregates findings from new Regions as Security Hub supports them and you opt into them.
   * <li><code>SPECIFIED_REGIONS</code> - Indicates to aggregate findings only from the Regions
   * listed in the <code>Regions</code> parameter. Security Hub does not automatically aggregate
   * findings from new Regions. </ul>
   *
   * <p>Required. Allowed values: {@code ALL_REGIONS}, {@code ALL_REGIONS_EXCEPT_SPECIFIED}, {@code
   * SPECIFIED_REGIONS}. CloudFormation property {@code RegionLinkingMode}.
   */
  public FindingAggregator regionLinkingMode(String value) {
    return set("RegionLinkingMode", Value.of(value));
  }

  /** Sets {@code RegionLinkingMode} to this value; see {@link #regionLinkingMode(String)}. */
  public FindingAggregator regionLinkingMode(Value<String> value) {
    return set("RegionLinkingMode", value);
  }

  /**
   * If <code>RegionLinkingMode</code> is <code>ALL_REGIONS_EXCEPT_SPECIFIED</code> , then this is a
   * space-separated list of Regions that do not aggregate findings to the aggregation Region.
   *
   * <p>If <code>RegionLinkingMode</code> is <code>SPECIFIED_REGIONS</code> , then this is a
   * space-separated list of Regions that do aggregate findings to the aggregation Region.
   *
   * <p>Pattern: {@code ^[a-zA-Z0-9-]{1,32}$}. CloudFormation property {@code Regions}.
   */
  public FindingAggregator regions(List<String> value) {
    return set("Regions", Value.listOf(value));
  }

  /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
  public FindingAggregator regions(Value<List<String>> value) {
    return set("Regions", value);
  }

  /**
   * The home Region. Findings generated in linked Regions are replicated and sent to the home
   * Region.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FindingAggregationRegion}.
   */
  public Value<String> findingAggregationRegion() {
    return getAtt("FindingAggregationRegion");
  }

  /**
   * The ARN of the finding aggregator. You use the finding aggregator ARN to retrieve details for,
   * update, and delete the finding aggregator.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FindingAggregatorArn}.
   */
  public Value<String> findingAggregatorArn() {
    return getAtt("FindingAggregatorArn");
  }
}
