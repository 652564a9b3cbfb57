// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.shield;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Provides permissions for the AWS Shield Advanced Shield response team (SRT) to access your
 * account and your resource protections, to help you mitigate potential distributed denial of
 * service (DDoS) attacks.
 *
 * <p><em>Configure <code>AWS::Shield::DRTAccess</code> for one account</em>
 *
 * <p>To configure this resource through CloudFormation , you must be subscribed to AWS Shield
 * Advanced . You can subscribe through the <a
 * href="https://docs.aws.amazon.com/wafv2/shieldv2#/">Shield Advanced console</a> and through the
 * APIs. For more information, see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/enable-ddos-prem.html">Subscribe to
 * AWS Shield Advanced</a> .
 *
 * <p>See example templates for Shield Advanced in CloudFormation at <a
 * href="https://docs.aws.amazon.com/https://github.com/aws-samples/aws-shield-advanced-examples">aws-samples/aws-shield-advanced-examples</a>
 * .
 *
 * <p><em>Configure Shield Advanced using AWS CloudFormation and AWS Firewall Manager</em>
 *
 * <p>You might be able to use Firewall Manager with AWS CloudFormation to configure Shield Advanced
 * across multiple accounts and protected resources. To do this, your accounts must be part of an
 * organization in AWS Organizations . You can use Firewall Manager to configure Shield Advanced
 * protections for any resource types except for Amazon Route 53 or AWS Global Accelerator .
 *
 * <p>For an example of this, see the one-click configuration guidance published by the AWS
 * technical community at <a
 * href="https://docs.aws.amazon.com/https://youtu.be/LCA3FwMk_QE">One-click deployment of Shield
 * Advanced</a> .
 *
 * <p>CloudFormation type {@code AWS::Shield::DRTAccess}.
 */
public final class DRTAccess extends Resource<DRTAccess> {
  private static final Schema SCHEMA = Schema.builder("AWS::Shield::DRTAccess")
      .required("RoleArn")
      .constrain("LogBucketList", Constraint.of().minLength(3).maxLength(63))
      .constrain("RoleArn", Constraint.of().maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("AccountId")
      .attributes("AccountId")
      .build();

  public DRTAccess(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Authorizes the Shield Response Team (SRT) to access the specified Amazon S3 bucket containing
   * log data such as Application Load Balancer access logs, CloudFront logs, or logs from third
   * party sources. You can associate up to 10 Amazon S3 buckets with your subscription.
   *
   * <p>Use this to share information with the SRT that's not available in AWS WAF logs.
   *
   * <p>To use the services of the SRT, you must be subscribed to the <a
   * href="https://docs.aws.amazon.com/premiumsupport/business-support/">Business Support plan</a>
   * or the <a href="https://docs.aws.amazon.com/premiumsupport/enterprise-support/">Enterprise
   * Support plan</a> .
   *
   * <p>Length: 3 to 63 characters. CloudFormation property {@code LogBucketList}.
   */
  public DRTAccess logBucketList(List<String> value) {
    return set("LogBucketList", Value.listOf(value));
  }

  /** Sets {@code LogBucketList} to this value; see {@link #logBucketList(List)}. */
  public DRTAccess logBucketList(Value<List<String>> value) {
    return set("LogBucketList", value);
  }

  /**
   * Authorizes the Shield Response Team (SRT) using the specified role, to access your AWS account
   * to assist with DDoS attack mitigation during potential attacks. This enables the SRT to inspect
   * your AWS WAF configuration and logs and to create or update AWS WAF rules and web ACLs.
   *
   * <p>You can associate only one <code>RoleArn</code> with your subscription. If you submit this
   * update for an account that already has an associated role, the new <code>RoleArn</code> will
   * replace the existing <code>RoleArn</code> .
   *
   * <p>This change requires the following:
   *
   * <ul> <li>You must be subscribed to the <a
   * href="https://docs.aws.amazon.com/premiumsupport/business-support/">Business Support plan</a>
   * or the <a href="https://docs.aws.amazon.com/premiumsupport/enterprise-support/">Enterprise
   * Support plan</a> . <li>The <code>AWSShieldDRTAccessPolicy</code> managed policy must be
   * attached to the role that you specify in the request. You can access this policy in the IAM
   * console at <a
   * href="https://docs.aws.amazon.com/iam/home?#/policies/arn:aws:iam::aws:policy/service-role/AWSShieldDRTAccessPolicy">AWSShieldDRTAccessPolicy</a>
   * . For information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html">Adding
   * and removing IAM identity permissions</a> . <li>The role must trust the service principal
   * <code>drt.shield.amazonaws.com</code> . For information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM
   * JSON policy elements: Principal</a> . </ul>
   *
   * <p>The SRT will have access only to your AWS WAF and Shield resources. By submitting this
   * request, you provide permissions to the SRT to inspect your AWS WAF and Shield configuration
   * and logs, and to create and update AWS WAF rules and web ACLs on your behalf. The SRT takes
   * these actions only if explicitly authorized by you.
   *
   * <p>Required. Length: at most 2048 characters. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code RoleArn}.
   */
  public DRTAccess roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public DRTAccess roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The ID of the account that submitted the template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }
}
