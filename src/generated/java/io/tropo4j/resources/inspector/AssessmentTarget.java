// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.inspector;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Inspector::AssessmentTarget</code> resource is used to create Amazon Inspector
 * assessment targets, which specify the Amazon EC2 instances that will be analyzed during an
 * assessment run.
 *
 * <p>CloudFormation type {@code AWS::Inspector::AssessmentTarget}.
 */
public final class AssessmentTarget extends Resource<AssessmentTarget> {
  private static final Schema SCHEMA = Schema.builder("AWS::Inspector::AssessmentTarget")
      .constrain("AssessmentTargetName", Constraint.of().minLength(1).maxLength(140))
      .constrain("ResourceGroupArn", Constraint.of().minLength(1).maxLength(300))
      .references("ResourceGroupArn", "AWS::Inspector::ResourceGroup.Ref")
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public AssessmentTarget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Amazon Inspector assessment target. The name must be unique within the AWS
   * account .
   *
   * <p>Changing it replaces the resource. Length: 1 to 140 characters. CloudFormation property
   * {@code AssessmentTargetName}.
   */
  public AssessmentTarget assessmentTargetName(String value) {
    return set("AssessmentTargetName", Value.of(value));
  }

  /** Sets {@code AssessmentTargetName} to this value; see {@link #assessmentTargetName(String)}. */
  public AssessmentTarget assessmentTargetName(Value<String> value) {
    return set("AssessmentTargetName", value);
  }

  /**
   * The ARN that specifies the resource group that is used to create the assessment target. If
   * <code>resourceGroupArn</code> is not specified, all EC2 instances in the current AWS account
   * and Region are included in the assessment target.
   *
   * <p>Length: 1 to 300 characters. CloudFormation property {@code ResourceGroupArn}.
   */
  public AssessmentTarget resourceGroupArn(String value) {
    return set("ResourceGroupArn", Value.of(value));
  }

  /** Sets {@code ResourceGroupArn} to this value; see {@link #resourceGroupArn(String)}. */
  public AssessmentTarget resourceGroupArn(Value<String> value) {
    return set("ResourceGroupArn", value);
  }

  /**
   * Sets {@code ResourceGroupArn} to the Ref of {@code AWS::Inspector::ResourceGroup}; see {@link
   * #resourceGroupArn(String)}.
   */
  public AssessmentTarget resourceGroupArn(ResourceGroup resource) {
    return set("ResourceGroupArn", resource.ref());
  }

  /**
   * The Amazon Resource Name (ARN) that specifies the assessment target that is created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
