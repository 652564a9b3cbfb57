// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Use the <code>AWS::IoT::PolicyPrincipalAttachment</code> resource to attach an AWS IoT policy to
 * a principal (an X.509 certificate or other credential).
 *
 * <p>For information about working with AWS IoT policies and principals, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/authorization.html">Authorization</a>
 * in the <em>AWS IoT Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoT::PolicyPrincipalAttachment}.
 */
public final class PolicyPrincipalAttachment extends Resource<PolicyPrincipalAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::PolicyPrincipalAttachment")
      .required("PolicyName", "Principal")
      .refYields("Id")
      .attributes("Id")
      .build();

  public PolicyPrincipalAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the AWS IoT policy.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code PolicyName}.
   */
  public PolicyPrincipalAttachment policyName(String value) {
    return set("PolicyName", Value.of(value));
  }

  /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
  public PolicyPrincipalAttachment policyName(Value<String> value) {
    return set("PolicyName", value);
  }

  /**
   * The principal, which can be a certificate ARN (as returned from the
   * <code>CreateCertificate</code> operation) or an Amazon Cognito ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Principal}.
   */
  public PolicyPrincipalAttachment principal(String value) {
    return set("Principal", Value.of(value));
  }

  /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
  public PolicyPrincipalAttachment principal(Value<String> value) {
    return set("Principal", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
