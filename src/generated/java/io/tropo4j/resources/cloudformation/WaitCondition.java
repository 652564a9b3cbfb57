// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::WaitCondition</code> resource provides a way to coordinate stack
 * resource creation with configuration actions that are external to the stack creation or to track
 * the status of a configuration process. In these situations, we recommend that you associate a
 * <code>CreationPolicy</code> attribute with the wait condition instead of using a wait condition
 * handle. For more information and an example, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-creationpolicy.html">CreationPolicy
 * attribute</a> in the <em>CloudFormation User Guide</em> . If you use a
 * <code>CreationPolicy</code> with a wait condition, don't specify any of the wait condition's
 * properties.
 *
 * <p>If you use AWS PrivateLink , resources in the VPC that respond to wait conditions must have
 * access to CloudFormation , specific Amazon S3 buckets. Resources must send wait condition
 * responses to a presigned Amazon S3 URL. If they can't send responses to Amazon S3 ,
 * CloudFormation won't receive a response and the stack operation fails. For more information, see
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/vpc-interface-endpoints.html">Access
 * CloudFormation using an interface endpoint ( AWS PrivateLink )</a> in the <em>CloudFormation User
 * Guide</em> . &gt; For Amazon EC2 and Auto Scaling resources, we recommend that you use a
 * <code>CreationPolicy</code> attribute instead of wait conditions. Add a
 * <code>CreationPolicy</code> attribute to those resources, and use the <code>cfn-signal</code>
 * helper script to signal when an instance creation process has completed successfully.
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::WaitCondition}.
 */
public final class WaitCondition extends Resource<WaitCondition> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::WaitCondition")
      .constrain("Timeout", Constraint.of().minimum(0).maximum(43200))
      .refYields("Id")
      .attributes("Data", "Id")
      .build();

  public WaitCondition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The number of success signals that CloudFormation must receive before it continues the stack
   * creation process. When the wait condition receives the requisite number of success signals,
   * CloudFormation resumes the creation of the stack. If the wait condition doesn't receive the
   * specified number of success signals before the Timeout period expires, CloudFormation assumes
   * that the wait condition has failed and rolls the stack back.
   *
   * <p>Updates aren't supported.
   *
   * <p>CloudFormation property {@code Count}.
   */
  public WaitCondition count(int value) {
    return set("Count", Value.of(value));
  }

  /** Sets {@code Count} to this value; see {@link #count(int)}. */
  public WaitCondition count(Value<Integer> value) {
    return set("Count", value);
  }

  /**
   * A reference to the wait condition handle used to signal this wait condition. Use the
   * <code>Ref</code> intrinsic function to specify an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudformation-waitconditionhandle.html">AWS::CloudFormation::WaitConditionHandle</a>
   * resource.
   *
   * <p>Anytime you add a <code>WaitCondition</code> resource during a stack update, you must
   * associate the wait condition with a new WaitConditionHandle resource. Don't reuse an old wait
   * condition handle that has already been defined in the template. If you reuse a wait condition
   * handle, the wait condition might evaluate old signals from a previous create or update stack
   * command.
   *
   * <p>Updates aren't supported.
   *
   * <p>CloudFormation property {@code Handle}.
   */
  public WaitCondition handle(String value) {
    return set("Handle", Value.of(value));
  }

  /** Sets {@code Handle} to this value; see {@link #handle(String)}. */
  public WaitCondition handle(Value<String> value) {
    return set("Handle", value);
  }

  /**
   * The length of time (in seconds) to wait for the number of signals that the <code>Count</code>
   * property specifies. <code>Timeout</code> is a minimum-bound property, meaning the timeout
   * occurs no sooner than the time you specify, but can occur shortly thereafter. The maximum time
   * that can be specified for this property is 12 hours (43200 seconds).
   *
   * <p>Updates aren't supported.
   *
   * <p>Range: 0 to 43200. CloudFormation property {@code Timeout}.
   */
  public WaitCondition timeout(String value) {
    return set("Timeout", Value.of(value));
  }

  /** Sets {@code Timeout} to this value; see {@link #timeout(String)}. */
  public WaitCondition timeout(Value<String> value) {
    return set("Timeout", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Data}. */
  public Value<Json> data() {
    return getAtt("Data");
  }

  /**
   * Returns a unique identifier for the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
