// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for ContactFlowModuleVersion
 *
 * <p>CloudFormation type {@code AWS::Connect::ContactFlowModuleVersion}.
 */
public final class ContactFlowModuleVersion extends Resource<ContactFlowModuleVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::ContactFlowModuleVersion")
      .required("ContactFlowModuleId")
      .constrain("ContactFlowModuleId", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]+:[0-9]{12}:instance/[-a-zA-Z0-9]+/flow-module/[-a-zA-Z0-9]+$").minLength(1).maxLength(500))
      .constrain("Description", Constraint.of().pattern("\\S").minLength(0).maxLength(500))
      .refYields("ContactFlowModuleVersionARN")
      .attributes("ContactFlowModuleVersionARN", "FlowModuleContentSha256", "Version")
      .build();

  public ContactFlowModuleVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the contact flow module (ARN) this version is tied to.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 500 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]+:[0-9]{12}:instance/[-a-zA-Z0-9]+/flow-module/[-a-zA-Z0-9]+$}.
   * CloudFormation property {@code ContactFlowModuleId}.
   */
  public ContactFlowModuleVersion contactFlowModuleId(String value) {
    return set("ContactFlowModuleId", Value.of(value));
  }

  /** Sets {@code ContactFlowModuleId} to this value; see {@link #contactFlowModuleId(String)}. */
  public ContactFlowModuleVersion contactFlowModuleId(Value<String> value) {
    return set("ContactFlowModuleId", value);
  }

  /**
   * The description of the version.
   *
   * <p>Changing it replaces the resource. Length: 0 to 500 characters. Pattern: {@code &#92;S}.
   * CloudFormation property {@code Description}.
   */
  public ContactFlowModuleVersion description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ContactFlowModuleVersion description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the contact flow module version (ARN).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ContactFlowModuleVersionARN}.
   */
  public Value<String> contactFlowModuleVersionARN() {
    return getAtt("ContactFlowModuleVersionARN");
  }

  /**
   * Indicates the checksum value of the latest published flow module content
   *
   * <p>{@code Fn::GetAtt} attribute {@code FlowModuleContentSha256}.
   */
  public Value<String> flowModuleContentSha256() {
    return getAtt("FlowModuleContentSha256");
  }

  /**
   * The version number of this revision
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<Integer> version() {
    return getAtt("Version");
  }
}
