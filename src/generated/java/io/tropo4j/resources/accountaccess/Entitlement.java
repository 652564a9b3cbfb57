// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.accountaccess;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::AccountAccess::Entitlement specifying an entitlement for
 * account access
 *
 * <p>CloudFormation type {@code AWS::AccountAccess::Entitlement}.
 */
public final class Entitlement extends Resource<Entitlement> {
  private static final Schema SCHEMA = Schema.builder("AWS::AccountAccess::Entitlement")
      .required("ApplicationArn", "Entitlement")
      .constrain("ApplicationArn", Constraint.of().pattern("^arn:[a-z0-9-]+:account-access:[a-z0-9]+(-[a-z0-9]+)*:[0-9]{12}:application/[a-zA-Z0-9-]+$").minLength(49).maxLength(2048))
      .attributes("CreatedAt", "Entitlement.PrincipalRole.Account", "EntitlementId")
      .build();

  public Entitlement(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the application
   *
   * <p>Required. Changing it replaces the resource. Length: 49 to 2048 characters. Pattern: {@code
   * ^arn:[a-z0-9-]+:account-access:[a-z0-9]+(-[a-z0-9]+)*:[0-9]{12}:application/[a-zA-Z0-9-]+$}.
   * CloudFormation property {@code ApplicationArn}.
   */
  public Entitlement applicationArn(String value) {
    return set("ApplicationArn", Value.of(value));
  }

  /** Sets {@code ApplicationArn} to this value; see {@link #applicationArn(String)}. */
  public Entitlement applicationArn(Value<String> value) {
    return set("ApplicationArn", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code Entitlement}. */
  public Entitlement entitlement(Value<EntitlementProperty> value) {
    return set("Entitlement", value);
  }

  /**
   * The timestamp when the entitlement was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The AWS account ID
   *
   * <p>{@code Fn::GetAtt} attribute {@code Entitlement.PrincipalRole.Account}.
   */
  public Value<String> entitlementPrincipalRoleAccount() {
    return getAtt("Entitlement.PrincipalRole.Account");
  }

  /**
   * The ID of the entitlement
   *
   * <p>{@code Fn::GetAtt} attribute {@code EntitlementId}.
   */
  public Value<String> entitlementId() {
    return getAtt("EntitlementId");
  }

  /** Property type {@code AWS::AccountAccess::Entitlement.Entitlement}. */
  public static final class EntitlementProperty extends Struct<EntitlementProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::AccountAccess::Entitlement.Entitlement")
        .required("PrincipalRole")
        .build();

    public EntitlementProperty() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code PrincipalRole}. */
    public EntitlementProperty principalRole(Value<PrincipalRoleEntitlement> value) {
      return set("PrincipalRole", value);
    }
  }

  /** Property type {@code AWS::AccountAccess::Entitlement.IdentityCenterPrincipal}. */
  public static final class IdentityCenterPrincipal extends Struct<IdentityCenterPrincipal> {
    private static final Schema SCHEMA = Schema.builder("AWS::AccountAccess::Entitlement.IdentityCenterPrincipal")
        .constrain("GroupId", Constraint.of().pattern("^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$").minLength(1).maxLength(47))
        .constrain("UserId", Constraint.of().pattern("^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$").minLength(1).maxLength(47))
        .build();

    public IdentityCenterPrincipal() {
      super(SCHEMA);
    }

    /**
     * The ID of the group
     *
     * <p>Length: 1 to 47 characters. Pattern: {@code
     * ^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$}.
     * CloudFormation property {@code GroupId}.
     */
    public IdentityCenterPrincipal groupId(String value) {
      return set("GroupId", Value.of(value));
    }

    /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
    public IdentityCenterPrincipal groupId(Value<String> value) {
      return set("GroupId", value);
    }

    /**
     * The ID of the user
     *
     * <p>Length: 1 to 47 characters. Pattern: {@code
     * ^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$}.
     * CloudFormation property {@code UserId}.
     */
    public IdentityCenterPrincipal userId(String value) {
      return set("UserId", Value.of(value));
    }

    /** Sets {@code UserId} to this value; see {@link #userId(String)}. */
    public IdentityCenterPrincipal userId(Value<String> value) {
      return set("UserId", value);
    }
  }

  /** Property type {@code AWS::AccountAccess::Entitlement.Principal}. */
  public static final class Principal extends Struct<Principal> {
    private static final Schema SCHEMA = Schema.builder("AWS::AccountAccess::Entitlement.Principal")
        .required("IdentityCenter")
        .build();

    public Principal() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code IdentityCenter}. */
    public Principal identityCenter(Value<IdentityCenterPrincipal> value) {
      return set("IdentityCenter", value);
    }
  }

  /** Property type {@code AWS::AccountAccess::Entitlement.PrincipalRoleEntitlement}. */
  public static final class PrincipalRoleEntitlement extends Struct<PrincipalRoleEntitlement> {
    private static final Schema SCHEMA = Schema.builder("AWS::AccountAccess::Entitlement.PrincipalRoleEntitlement")
        .required("Principal", "RoleArn")
        .constrain("Account", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .constrain("RoleArn", Constraint.of().pattern("^arn:[a-z0-9-]+:iam::[0-9]{12}:role\\/([a-zA-Z0-9+=,.@_-]+\\/)*[a-zA-Z0-9+=,.@_-]+$").format("AWS::IAM::Role.Arn"))
        .build();

    public PrincipalRoleEntitlement() {
      super(SCHEMA);
    }

    /**
     * The AWS account ID
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code
     * Account}.
     */
    public PrincipalRoleEntitlement account(String value) {
      return set("Account", Value.of(value));
    }

    /** Sets {@code Account} to this value; see {@link #account(String)}. */
    public PrincipalRoleEntitlement account(Value<String> value) {
      return set("Account", value);
    }

    /** Required. CloudFormation property {@code Principal}. */
    public PrincipalRoleEntitlement principal(Value<Principal> value) {
      return set("Principal", value);
    }

    /**
     * The ARN of the IAM role
     *
     * <p>Required. Pattern: {@code
     * ^arn:[a-z0-9-]+:iam::[0-9]{12}:role&#92;/([a-zA-Z0-9+=,.&#64;_-]+&#92;/)*[a-zA-Z0-9+=,.&#64;_-]+$}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public PrincipalRoleEntitlement roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public PrincipalRoleEntitlement roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }
}
