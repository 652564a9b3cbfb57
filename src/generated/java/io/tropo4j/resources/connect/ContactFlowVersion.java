// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a version for the specified customer-managed flow within the specified instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::ContactFlowVersion}.
 */
public final class ContactFlowVersion extends Resource<ContactFlowVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::ContactFlowVersion")
      .required("ContactFlowId")
      .constrain("ContactFlowId", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]+:[0-9]{12}:instance/[-a-zA-Z0-9]+/contact-flow/[-a-zA-Z0-9]+$").minLength(1).maxLength(500))
      .constrain("Description", Constraint.of().maxLength(500))
      .refYields("ContactFlowVersionARN")
      .attributes("ContactFlowVersionARN", "FlowContentSha256", "Version")
      .build();

  public ContactFlowVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the flow.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 500 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]+:[0-9]{12}:instance/[-a-zA-Z0-9]+/contact-flow/[-a-zA-Z0-9]+$}.
   * CloudFormation property {@code ContactFlowId}.
   */
  public ContactFlowVersion contactFlowId(String value) {
    return set("ContactFlowId", Value.of(value));
  }

  /** Sets {@code ContactFlowId} to this value; see {@link #contactFlowId(String)}. */
  public ContactFlowVersion contactFlowId(Value<String> value) {
    return set("ContactFlowId", value);
  }

  /**
   * The description of the flow version.
   *
   * <p>Changing it replaces the resource. Length: at most 500 characters. CloudFormation property
   * {@code Description}.
   */
  public ContactFlowVersion description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ContactFlowVersion description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the flow version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ContactFlowVersionARN}.
   */
  public Value<String> contactFlowVersionARN() {
    return getAtt("ContactFlowVersionARN");
  }

  /**
   * Indicates the checksum value of the flow content.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FlowContentSha256}.
   */
  public Value<String> flowContentSha256() {
    return getAtt("FlowContentSha256");
  }

  /**
   * The identifier of the flow version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<Integer> version() {
    return getAtt("Version");
  }
}
