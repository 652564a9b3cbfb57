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
 * Creates a recovery group in Amazon Route 53 Application Recovery Controller. A recovery group
 * represents your application. It typically consists of two or more cells that are replicas of each
 * other in terms of resources and functionality, so that you can fail over from one to the other,
 * for example, from one Region to another. You create recovery groups so you can use readiness
 * checks to audit resources in your application.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/r53recovery/latest/dg/recovery-readiness.recovery-groups.readiness-scope.html">Readiness
 * checks, resource sets, and readiness scopes</a> in the Amazon Route 53 Application Recovery
 * Controller Developer Guide.
 *
 * <p>Route 53 ARC Readiness supports us-east-1 and us-west-2 AWS Regions only.
 *
 * <p>CloudFormation type {@code AWS::Route53RecoveryReadiness::RecoveryGroup}.
 */
public final class RecoveryGroup extends Resource<RecoveryGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53RecoveryReadiness::RecoveryGroup")
      .constrain("Cells", Constraint.of().minLength(1).maxLength(256))
      .constrain("RecoveryGroupName", Constraint.of().pattern("[a-zA-Z0-9_]+").minLength(1).maxLength(64))
      .refYields("RecoveryGroupName")
      .attributes("RecoveryGroupArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RecoveryGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of the cell Amazon Resource Names (ARNs) in the recovery group.
   *
   * <p>Length: 1 to 256 characters. CloudFormation property {@code Cells}.
   */
  public RecoveryGroup cells(List<String> value) {
    return set("Cells", Value.listOf(value));
  }

  /** Sets {@code Cells} to this value; see {@link #cells(List)}. */
  public RecoveryGroup cells(Value<List<String>> value) {
    return set("Cells", value);
  }

  /**
   * The name of the recovery group to create.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [a-zA-Z0-9_]+}. CloudFormation property {@code RecoveryGroupName}.
   */
  public RecoveryGroup recoveryGroupName(String value) {
    return set("RecoveryGroupName", Value.of(value));
  }

  /** Sets {@code RecoveryGroupName} to this value; see {@link #recoveryGroupName(String)}. */
  public RecoveryGroup recoveryGroupName(Value<String> value) {
    return set("RecoveryGroupName", value);
  }

  /**
   * A collection of tags associated with a resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RecoveryGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RecoveryGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RecoveryGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the recovery group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RecoveryGroupArn}.
   */
  public Value<String> recoveryGroupArn() {
    return getAtt("RecoveryGroupArn");
  }
}
