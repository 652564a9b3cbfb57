// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The user type of the user for which the user profile is created.
 *
 * <p>CloudFormation type {@code AWS::DataZone::UserProfile}.
 */
public final class UserProfile extends Resource<UserProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::UserProfile")
      .required("DomainIdentifier", "UserIdentifier")
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .constrain("SessionName", Constraint.of().minLength(2).maxLength(64))
      .allowed("Status", "ASSIGNED", "NOT_ASSIGNED", "ACTIVATED", "DEACTIVATED")
      .constrain("UserIdentifier", Constraint.of().pattern("(^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$|^[a-zA-Z_0-9+=,.@-]+$|^arn:aws:iam::\\d{12}:.+$)"))
      .allowed("UserType", "IAM_USER", "IAM_ROLE", "SSO_USER", "IAM_ROLE_SESSION")
      .attributes("Details", "DomainId", "Id", "Type")
      .build();

  public UserProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of a Amazon DataZone domain in which a user profile exists.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public UserProfile domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public UserProfile domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The session name of the user profile.
   *
   * <p>Length: 2 to 64 characters. CloudFormation property {@code SessionName}.
   */
  public UserProfile sessionName(String value) {
    return set("SessionName", Value.of(value));
  }

  /** Sets {@code SessionName} to this value; see {@link #sessionName(String)}. */
  public UserProfile sessionName(Value<String> value) {
    return set("SessionName", value);
  }

  /**
   * The status of the user profile.
   *
   * <p>Allowed values: {@code ASSIGNED}, {@code NOT_ASSIGNED}, {@code ACTIVATED}, {@code
   * DEACTIVATED}. CloudFormation property {@code Status}.
   */
  public UserProfile status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public UserProfile status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The identifier of the user for which the user profile is created.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * (^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$|^[a-zA-Z_0-9+=,.&#64;-]+$|^arn:aws:iam::&#92;d{12}:.+$)}.
   * CloudFormation property {@code UserIdentifier}.
   */
  public UserProfile userIdentifier(String value) {
    return set("UserIdentifier", Value.of(value));
  }

  /** Sets {@code UserIdentifier} to this value; see {@link #userIdentifier(String)}. */
  public UserProfile userIdentifier(Value<String> value) {
    return set("UserIdentifier", value);
  }

  /**
   * The user type of the user for which the user profile is created.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code IAM_USER}, {@code IAM_ROLE},
   * {@code SSO_USER}, {@code IAM_ROLE_SESSION}. CloudFormation property {@code UserType}.
   */
  public UserProfile userType(String value) {
    return set("UserType", Value.of(value));
  }

  /** Sets {@code UserType} to this value; see {@link #userType(String)}. */
  public UserProfile userType(Value<String> value) {
    return set("UserType", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Details}. */
  public Value<UserProfileDetails> details() {
    return getAtt("Details");
  }

  /**
   * The identifier of a Amazon DataZone domain in which a user profile exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The ID of the user profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The type of the user profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * The details of the IAM User Profile.
   *
   * <p>Property type {@code AWS::DataZone::UserProfile.IamUserProfileDetails}.
   */
  public static final class IamUserProfileDetails extends Struct<IamUserProfileDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::UserProfile.IamUserProfileDetails");

    public IamUserProfileDetails() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM User Profile.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public IamUserProfileDetails arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public IamUserProfileDetails arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The group profile ID of the IAM User Profile.
     *
     * <p>CloudFormation property {@code GroupProfileId}.
     */
    public IamUserProfileDetails groupProfileId(String value) {
      return set("GroupProfileId", Value.of(value));
    }

    /** Sets {@code GroupProfileId} to this value; see {@link #groupProfileId(String)}. */
    public IamUserProfileDetails groupProfileId(Value<String> value) {
      return set("GroupProfileId", value);
    }

    /**
     * The session name of the IAM User Profile.
     *
     * <p>CloudFormation property {@code SessionName}.
     */
    public IamUserProfileDetails sessionName(String value) {
      return set("SessionName", Value.of(value));
    }

    /** Sets {@code SessionName} to this value; see {@link #sessionName(String)}. */
    public IamUserProfileDetails sessionName(Value<String> value) {
      return set("SessionName", value);
    }
  }

  /**
   * The details of the SSO User Profile.
   *
   * <p>Property type {@code AWS::DataZone::UserProfile.SsoUserProfileDetails}.
   */
  public static final class SsoUserProfileDetails extends Struct<SsoUserProfileDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::UserProfile.SsoUserProfileDetails");

    public SsoUserProfileDetails() {
      super(SCHEMA);
    }

    /**
     * The First Name of the IAM User Profile.
     *
     * <p>CloudFormation property {@code FirstName}.
     */
    public SsoUserProfileDetails firstName(String value) {
      return set("FirstName", Value.of(value));
    }

    /** Sets {@code FirstName} to this value; see {@link #firstName(String)}. */
    public SsoUserProfileDetails firstName(Value<String> value) {
      return set("FirstName", value);
    }

    /**
     * The Last Name of the IAM User Profile.
     *
     * <p>CloudFormation property {@code LastName}.
     */
    public SsoUserProfileDetails lastName(String value) {
      return set("LastName", Value.of(value));
    }

    /** Sets {@code LastName} to this value; see {@link #lastName(String)}. */
    public SsoUserProfileDetails lastName(Value<String> value) {
      return set("LastName", value);
    }

    /**
     * The username of the SSO User Profile.
     *
     * <p>CloudFormation property {@code Username}.
     */
    public SsoUserProfileDetails username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public SsoUserProfileDetails username(Value<String> value) {
      return set("Username", value);
    }
  }

  /** Property type {@code AWS::DataZone::UserProfile.UserProfileDetails}. */
  public static final class UserProfileDetails extends Struct<UserProfileDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::UserProfile.UserProfileDetails");

    public UserProfileDetails() {
      super(SCHEMA);
    }

    /**
     * The details of the IAM User Profile.
     *
     * <p>CloudFormation property {@code Iam}.
     */
    public UserProfileDetails iam(Value<IamUserProfileDetails> value) {
      return set("Iam", value);
    }

    /**
     * The details of the SSO User Profile.
     *
     * <p>CloudFormation property {@code Sso}.
     */
    public UserProfileDetails sso(Value<SsoUserProfileDetails> value) {
      return set("Sso", value);
    }
  }
}
