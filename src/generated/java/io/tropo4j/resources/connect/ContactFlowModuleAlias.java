// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for ContactFlowModuleAlias
 *
 * <p>CloudFormation type {@code AWS::Connect::ContactFlowModuleAlias}.
 */
public final class ContactFlowModuleAlias extends Resource<ContactFlowModuleAlias> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::ContactFlowModuleAlias")
      .required("ContactFlowModuleId", "ContactFlowModuleVersion", "Name")
      .constrain("ContactFlowModuleId", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]+:[0-9]{12}:instance/[-a-zA-Z0-9]+/flow-module/[-a-zA-Z0-9]+$").minLength(1).maxLength(500))
      .constrain("ContactFlowModuleVersion", Constraint.of().minimum(1))
      .constrain("Description", Constraint.of().minLength(0).maxLength(500))
      .constrain("Name", Constraint.of().pattern("^([$0-9a-zA-Z][_-]?)+$").minLength(1).maxLength(127))
      .refYields("ContactFlowModuleAliasARN")
      .attributes("AliasId", "ContactFlowModuleAliasARN")
      .build();

  public ContactFlowModuleAlias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the contact flow module (ARN) this alias is tied to.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 500 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]+:[0-9]{12}:instance/[-a-zA-Z0-9]+/flow-module/[-a-zA-Z0-9]+$}.
   * CloudFormation property {@code ContactFlowModuleId}.
   */
  public ContactFlowModuleAlias contactFlowModuleId(String value) {
    return set("ContactFlowModuleId", Value.of(value));
  }

  /** Sets {@code ContactFlowModuleId} to this value; see {@link #contactFlowModuleId(String)}. */
  public ContactFlowModuleAlias contactFlowModuleId(Value<String> value) {
    return set("ContactFlowModuleId", value);
  }

  /**
   * The version number of the contact flow module this alias points to.
   *
   * <p>Required. Range: at least 1. CloudFormation property {@code ContactFlowModuleVersion}.
   */
  public ContactFlowModuleAlias contactFlowModuleVersion(int value) {
    return set("ContactFlowModuleVersion", Value.of(value));
  }

  /**
   * Sets {@code ContactFlowModuleVersion} to this value; see {@link
   * #contactFlowModuleVersion(int)}.
   */
  public ContactFlowModuleAlias contactFlowModuleVersion(Value<Integer> value) {
    return set("ContactFlowModuleVersion", value);
  }

  /**
   * The description of the alias.
   *
   * <p>Length: 0 to 500 characters. CloudFormation property {@code Description}.
   */
  public ContactFlowModuleAlias description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ContactFlowModuleAlias description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the alias.
   *
   * <p>Required. Length: 1 to 127 characters. Pattern: {@code ^([$0-9a-zA-Z][_-]?)+$}.
   * CloudFormation property {@code Name}.
   */
  public ContactFlowModuleAlias name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ContactFlowModuleAlias name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The unique identifier of the alias.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AliasId}.
   */
  public Value<String> aliasId() {
    return getAtt("AliasId");
  }

  /**
   * The identifier of the contact flow module alias (ARN). This is constructed from the
   * ContactFlowModuleArn and AliasId.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ContactFlowModuleAliasARN}.
   */
  public Value<String> contactFlowModuleAliasARN() {
    return getAtt("ContactFlowModuleAliasARN");
  }
}
