// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

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
      .attributes("AliasId", "ContactFlowModuleAliasARN")
      .build();

  public ContactFlowModuleAlias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the contact flow module (ARN) this alias is tied to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ContactFlowModuleId}.
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
   * <p>Required. CloudFormation property {@code ContactFlowModuleVersion}.
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
   * <p>CloudFormation property {@code Description}.
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
   * <p>Required. CloudFormation property {@code Name}.
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
