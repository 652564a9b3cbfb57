// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::CustomResource</code> resource creates a custom resource. Custom
 * resources provide a way for you to write custom provisioning logic into your CloudFormation
 * templates and have CloudFormation run it anytime you create, update (if you changed the custom
 * resource), or delete a stack.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-custom-resources.html">Create
 * custom provisioning logic with custom resources</a> in the <em>CloudFormation User Guide</em> .
 *
 * <p>If you use AWS PrivateLink , custom resources in the VPC must have access to CloudFormation
 * -specific Amazon S3 buckets. Custom resources must send responses to a presigned Amazon S3 URL.
 * If they can't send responses to Amazon S3 , CloudFormation won't receive a response and the stack
 * operation fails. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/vpc-interface-endpoints.html">Access
 * CloudFormation using an interface endpoint ( AWS PrivateLink )</a> in the <em>CloudFormation User
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::CustomResource}.
 */
public final class CustomResource extends Resource<CustomResource> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::CustomResource")
      .required("ServiceToken")
      .refYields("Id")
      .attributes("Id")
      .build();

  public CustomResource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The maximum time, in seconds, that can elapse before a custom resource operation times out.
   *
   * <p>The value must be an integer from 1 to 3600. The default value is 3600 seconds (1 hour).
   *
   * <p>CloudFormation property {@code ServiceTimeout}.
   */
  public CustomResource serviceTimeout(int value) {
    return set("ServiceTimeout", Value.of(value));
  }

  /** Sets {@code ServiceTimeout} to this value; see {@link #serviceTimeout(int)}. */
  public CustomResource serviceTimeout(Value<Integer> value) {
    return set("ServiceTimeout", value);
  }

  /**
   * The service token, such as an Amazon topic ARN or Lambda function ARN. The service token must
   * be from the same Region as the stack.
   *
   * <p>Updates aren't supported.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ServiceToken}.
   */
  public CustomResource serviceToken(String value) {
    return set("ServiceToken", Value.of(value));
  }

  /** Sets {@code ServiceToken} to this value; see {@link #serviceToken(String)}. */
  public CustomResource serviceToken(Value<String> value) {
    return set("ServiceToken", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
