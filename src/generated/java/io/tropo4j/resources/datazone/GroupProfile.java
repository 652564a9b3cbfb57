// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The details of a group profile in Amazon DataZone.
 *
 * <p>CloudFormation type {@code AWS::DataZone::GroupProfile}.
 */
public final class GroupProfile extends Resource<GroupProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::GroupProfile")
      .required("DomainIdentifier")
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .constrain("GroupIdentifier", Constraint.of().pattern("(^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$|[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r  ]+)"))
      .allowed("GroupType", "DATAZONE_SSO_GROUP", "IAM_ROLE_SESSION_GROUP")
      .allowed("Status", "ASSIGNED", "NOT_ASSIGNED")
      .attributes("DomainId", "GroupName", "Id", "RolePrincipalId")
      .build();

  public GroupProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the Amazon DataZone domain in which a group profile exists.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public GroupProfile domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public GroupProfile domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The ID of the group of a project member.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * (^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$|[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r
   * ]+)}. CloudFormation property {@code GroupIdentifier}.
   */
  public GroupProfile groupIdentifier(String value) {
    return set("GroupIdentifier", Value.of(value));
  }

  /** Sets {@code GroupIdentifier} to this value; see {@link #groupIdentifier(String)}. */
  public GroupProfile groupIdentifier(Value<String> value) {
    return set("GroupIdentifier", value);
  }

  /**
   * The type of the group.
   *
   * <p>Allowed values: {@code DATAZONE_SSO_GROUP}, {@code IAM_ROLE_SESSION_GROUP}. CloudFormation
   * property {@code GroupType}.
   */
  public GroupProfile groupType(String value) {
    return set("GroupType", Value.of(value));
  }

  /** Sets {@code GroupType} to this value; see {@link #groupType(String)}. */
  public GroupProfile groupType(Value<String> value) {
    return set("GroupType", value);
  }

  /**
   * The ARN of the role principal for the group profile.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RolePrincipalArn}.
   */
  public GroupProfile rolePrincipalArn(String value) {
    return set("RolePrincipalArn", Value.of(value));
  }

  /** Sets {@code RolePrincipalArn} to this value; see {@link #rolePrincipalArn(String)}. */
  public GroupProfile rolePrincipalArn(Value<String> value) {
    return set("RolePrincipalArn", value);
  }

  /**
   * The status of a group profile.
   *
   * <p>Allowed values: {@code ASSIGNED}, {@code NOT_ASSIGNED}. CloudFormation property {@code
   * Status}.
   */
  public GroupProfile status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public GroupProfile status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The identifier of the Amazon DataZone domain in which a group profile exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The name of a group profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GroupName}.
   */
  public Value<String> groupName() {
    return getAtt("GroupName");
  }

  /**
   * The ID of a group profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ID of the role principal for the group profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RolePrincipalId}.
   */
  public Value<String> rolePrincipalId() {
    return getAtt("RolePrincipalId");
  }
}
