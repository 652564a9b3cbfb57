// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::DataZone::ProjectMembership</code> resource adds a member to an Amazon DataZone
 * project. Project members consume assets from the Amazon DataZone catalog and produce new assets
 * using one or more analytical workflows.
 *
 * <p>CloudFormation type {@code AWS::DataZone::ProjectMembership}.
 */
public final class ProjectMembership extends Resource<ProjectMembership> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::ProjectMembership")
      .required("Designation", "DomainIdentifier", "Member", "ProjectIdentifier")
      .allowed("Designation", "PROJECT_OWNER", "PROJECT_CONTRIBUTOR", "PROJECT_CATALOG_VIEWER",
          "PROJECT_CATALOG_CONSUMER", "PROJECT_CATALOG_STEWARD")
      .constrain("Designation", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .constrain("ProjectIdentifier", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
      .attributes("MemberIdentifier", "MemberIdentifierType")
      .build();

  public ProjectMembership(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The designated role of a project member.
   *
   * <p>Required. Allowed values: {@code PROJECT_OWNER}, {@code PROJECT_CONTRIBUTOR}, {@code
   * PROJECT_CATALOG_VIEWER}, {@code PROJECT_CATALOG_CONSUMER}, {@code PROJECT_CATALOG_STEWARD}.
   * Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation property {@code Designation}.
   */
  public ProjectMembership designation(String value) {
    return set("Designation", Value.of(value));
  }

  /** Sets {@code Designation} to this value; see {@link #designation(String)}. */
  public ProjectMembership designation(Value<String> value) {
    return set("Designation", value);
  }

  /**
   * The ID of the Amazon DataZone domain in which project membership is created.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public ProjectMembership domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public ProjectMembership domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The details about a project member.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Member}.
   */
  public ProjectMembership member(Value<Member> value) {
    return set("Member", value);
  }

  /**
   * The ID of the project for which this project membership was created.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code ProjectIdentifier}.
   */
  public ProjectMembership projectIdentifier(String value) {
    return set("ProjectIdentifier", Value.of(value));
  }

  /** Sets {@code ProjectIdentifier} to this value; see {@link #projectIdentifier(String)}. */
  public ProjectMembership projectIdentifier(Value<String> value) {
    return set("ProjectIdentifier", value);
  }

  /** {@code Fn::GetAtt} attribute {@code MemberIdentifier}. */
  public Value<String> memberIdentifier() {
    return getAtt("MemberIdentifier");
  }

  /** {@code Fn::GetAtt} attribute {@code MemberIdentifierType}. */
  public Value<String> memberIdentifierType() {
    return getAtt("MemberIdentifierType");
  }

  /**
   * The details about a project member.
   *
   * <p>Important - this data type is a UNION, so only one of the following members can be specified
   * when used or returned.
   *
   * <p>Property type {@code AWS::DataZone::ProjectMembership.Member}.
   */
  public static final class Member extends Struct<Member> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::ProjectMembership.Member");

    public Member() {
      super(SCHEMA);
    }

    /**
     * The ID of the group of a project member.
     *
     * <p>CloudFormation property {@code GroupIdentifier}.
     */
    public Member groupIdentifier(String value) {
      return set("GroupIdentifier", Value.of(value));
    }

    /** Sets {@code GroupIdentifier} to this value; see {@link #groupIdentifier(String)}. */
    public Member groupIdentifier(Value<String> value) {
      return set("GroupIdentifier", value);
    }

    /**
     * The user ID of a project member.
     *
     * <p>CloudFormation property {@code UserIdentifier}.
     */
    public Member userIdentifier(String value) {
      return set("UserIdentifier", Value.of(value));
    }

    /** Sets {@code UserIdentifier} to this value; see {@link #userIdentifier(String)}. */
    public Member userIdentifier(Value<String> value) {
      return set("UserIdentifier", value);
    }
  }
}
