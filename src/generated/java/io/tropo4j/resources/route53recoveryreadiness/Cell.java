// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53recoveryreadiness;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a cell in recovery group in Amazon Route 53 Application Recovery Controller. A cell in
 * Route 53 ARC represents replicas or independent units of failover in your application. It groups
 * within it all the AWS resources that are necessary for your application to run independently.
 * Typically, you would have define one set of resources in a primary cell and another set in a
 * standby cell in your recovery group.
 *
 * <p>After you set up the cells for your application, you can create readiness checks in Route 53
 * ARC to continually audit readiness for AWS resource quotas, capacity, network routing policies,
 * and other predefined rules.
 *
 * <p>You can set up notifications about changes that would affect your ability to fail over to a
 * replica and recover. However, you should make decisions about whether to fail away from or to a
 * replica based on your monitoring and health check systems. You should consider readiness checks
 * as a complementary service to those systems.
 *
 * <p>Route 53 ARC Readiness supports us-east-1 and us-west-2 AWS Regions only.
 *
 * <p>CloudFormation type {@code AWS::Route53RecoveryReadiness::Cell}.
 */
public final class Cell extends Resource<Cell> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53RecoveryReadiness::Cell")
      .constrain("CellName", Constraint.of().pattern("[a-zA-Z0-9_]+").maxLength(64))
      .refYields("CellName")
      .attributes("CellArn", "ParentReadinessScopes")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Cell(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the cell to create.
   *
   * <p>Changing it replaces the resource. Length: at most 64 characters. Pattern: {@code
   * [a-zA-Z0-9_]+}. CloudFormation property {@code CellName}.
   */
  public Cell cellName(String value) {
    return set("CellName", Value.of(value));
  }

  /** Sets {@code CellName} to this value; see {@link #cellName(String)}. */
  public Cell cellName(Value<String> value) {
    return set("CellName", value);
  }

  /**
   * A list of cell Amazon Resource Names (ARNs) contained within this cell, for use in nested
   * cells. For example, Availability Zones within specific AWS Regions .
   *
   * <p>CloudFormation property {@code Cells}.
   */
  public Cell cells(List<String> value) {
    return set("Cells", Value.listOf(value));
  }

  /** Sets {@code Cells} to this value; see {@link #cells(List)}. */
  public Cell cells(Value<List<String>> value) {
    return set("Cells", value);
  }

  /**
   * A collection of tags associated with a resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Cell tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Cell tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Cell tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the cell.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CellArn}.
   */
  public Value<String> cellArn() {
    return getAtt("CellArn");
  }

  /**
   * The readiness scope for the cell, which can be the Amazon Resource Name (ARN) of a cell or the
   * ARN of a recovery group. Although this is a list, it can currently have only one element.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ParentReadinessScopes}.
   */
  public Value<List<String>> parentReadinessScopes() {
    return getAtt("ParentReadinessScopes");
  }
}
