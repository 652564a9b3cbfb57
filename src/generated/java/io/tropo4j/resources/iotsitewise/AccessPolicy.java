// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotsitewise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The AWS IoT SiteWise Monitor feature will no longer be open to new customers starting November 7,
 * 2025 . If you would like to use the AWS IoT SiteWise Monitor feature, sign up prior to that date.
 * Existing customers can continue to use the service as normal. For more information, see <a
 * href="https://docs.aws.amazon.com/iot-sitewise/latest/appguide/iotsitewise-monitor-availability-change.html">AWS
 * IoT SiteWise Monitor availability change</a> .
 *
 * <p>Creates an access policy that grants the specified identity (IAM Identity Center user, IAM
 * Identity Center group, or IAM user) access to the specified AWS IoT SiteWise Monitor portal or
 * project resource.
 *
 * <p>Support for access policies that use an SSO Group as the identity is not supported at this
 * time.
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::AccessPolicy}.
 */
public final class AccessPolicy extends Resource<AccessPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AccessPolicy")
      .required("AccessPolicyIdentity", "AccessPolicyPermission", "AccessPolicyResource")
      .allowed("AccessPolicyPermission", "ADMINISTRATOR", "VIEWER")
      .refYields("AccessPolicyId")
      .attributes("AccessPolicyArn", "AccessPolicyId")
      .build();

  public AccessPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identity for this access policy. Choose an IAM Identity Center user, an IAM Identity Center
   * group, or an IAM user.
   *
   * <p>Required. CloudFormation property {@code AccessPolicyIdentity}.
   */
  public AccessPolicy accessPolicyIdentity(Value<AccessPolicyIdentity> value) {
    return set("AccessPolicyIdentity", value);
  }

  /**
   * The permission level for this access policy. Note that a project <code>ADMINISTRATOR</code> is
   * also known as a project owner.
   *
   * <p>Required. Allowed values: {@code ADMINISTRATOR}, {@code VIEWER}. CloudFormation property
   * {@code AccessPolicyPermission}.
   */
  public AccessPolicy accessPolicyPermission(String value) {
    return set("AccessPolicyPermission", Value.of(value));
  }

  /**
   * Sets {@code AccessPolicyPermission} to this value; see {@link #accessPolicyPermission(String)}.
   */
  public AccessPolicy accessPolicyPermission(Value<String> value) {
    return set("AccessPolicyPermission", value);
  }

  /**
   * The AWS IoT SiteWise Monitor resource for this access policy. Choose either a portal or a
   * project.
   *
   * <p>Required. CloudFormation property {@code AccessPolicyResource}.
   */
  public AccessPolicy accessPolicyResource(Value<AccessPolicyResource> value) {
    return set("AccessPolicyResource", value);
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">ARN</a> of
   * the access policy, which has the following format.
   *
   * <p><code>arn:${Partition}:iotsitewise:${Region}:${Account}:access-policy/${AccessPolicyId}</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccessPolicyArn}.
   */
  public Value<String> accessPolicyArn() {
    return getAtt("AccessPolicyArn");
  }

  /**
   * The ID of the access policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccessPolicyId}.
   */
  public Value<String> accessPolicyId() {
    return getAtt("AccessPolicyId");
  }

  /**
   * The identity (IAM Identity Center user, IAM Identity Center group, or IAM user) to which this
   * access policy applies.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AccessPolicy.AccessPolicyIdentity}.
   */
  public static final class AccessPolicyIdentity extends Struct<AccessPolicyIdentity> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTSiteWise::AccessPolicy.AccessPolicyIdentity");

    public AccessPolicyIdentity() {
      super(SCHEMA);
    }

    /**
     * An IAM role identity.
     *
     * <p>CloudFormation property {@code IamRole}.
     */
    public AccessPolicyIdentity iamRole(Value<IamRole> value) {
      return set("IamRole", value);
    }

    /**
     * An IAM user identity.
     *
     * <p>CloudFormation property {@code IamUser}.
     */
    public AccessPolicyIdentity iamUser(Value<IamUser> value) {
      return set("IamUser", value);
    }

    /**
     * An IAM Identity Center user identity.
     *
     * <p>CloudFormation property {@code User}.
     */
    public AccessPolicyIdentity user(Value<User> value) {
      return set("User", value);
    }
  }

  /**
   * The AWS IoT SiteWise Monitor resource for this access policy. Choose either a portal or a
   * project.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AccessPolicy.AccessPolicyResource}.
   */
  public static final class AccessPolicyResource extends Struct<AccessPolicyResource> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTSiteWise::AccessPolicy.AccessPolicyResource");

    public AccessPolicyResource() {
      super(SCHEMA);
    }

    /**
     * Identifies an AWS IoT SiteWise Monitor portal.
     *
     * <p>CloudFormation property {@code Portal}.
     */
    public AccessPolicyResource portal(Value<Portal> value) {
      return set("Portal", value);
    }

    /**
     * Identifies a specific AWS IoT SiteWise Monitor project.
     *
     * <p>CloudFormation property {@code Project}.
     */
    public AccessPolicyResource project(Value<Project> value) {
      return set("Project", value);
    }
  }

  /**
   * Contains information about an AWS Identity and Access Management role. For more information,
   * see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html">IAM roles</a> in
   * the <em>IAM User Guide</em> .
   *
   * <p>Property type {@code AWS::IoTSiteWise::AccessPolicy.IamRole}.
   */
  public static final class IamRole extends Struct<IamRole> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AccessPolicy.IamRole")
        .constrain("arn", Constraint.of().pattern("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.\\+=,@]+$").minLength(1).maxLength(1600))
        .build();

    public IamRole() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role. For more information, see <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html">IAM
     * ARNs</a> in the <em>IAM User Guide</em> .
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:&#92;/_&#92;.&#92;+=,&#64;]+$}. CloudFormation property
     * {@code arn}.
     */
    public IamRole arn(String value) {
      return set("arn", Value.of(value));
    }

    /** Sets {@code arn} to this value; see {@link #arn(String)}. */
    public IamRole arn(Value<String> value) {
      return set("arn", value);
    }
  }

  /**
   * Contains information about an AWS Identity and Access Management user.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AccessPolicy.IamUser}.
   */
  public static final class IamUser extends Struct<IamUser> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AccessPolicy.IamUser")
        .constrain("arn", Constraint.of().pattern("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.\\+=,@]+$").minLength(1).maxLength(1600))
        .build();

    public IamUser() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM user. For more information, see <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html">IAM
     * ARNs</a> in the <em>IAM User Guide</em> .
     *
     * <p>If you delete the IAM user, access policies that contain this identity include an empty
     * <code>arn</code> . You can delete the access policy for the IAM user that no longer exists.
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:&#92;/_&#92;.&#92;+=,&#64;]+$}. CloudFormation property
     * {@code arn}.
     */
    public IamUser arn(String value) {
      return set("arn", Value.of(value));
    }

    /** Sets {@code arn} to this value; see {@link #arn(String)}. */
    public IamUser arn(Value<String> value) {
      return set("arn", value);
    }
  }

  /**
   * Identifies an AWS IoT SiteWise Monitor portal.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AccessPolicy.Portal}.
   */
  public static final class Portal extends Struct<Portal> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AccessPolicy.Portal")
        .constrain("id", Constraint.of().pattern("^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
        .build();

    public Portal() {
      super(SCHEMA);
    }

    /**
     * The ID of the portal.
     *
     * <p>Length: 36 to 36 characters. Pattern: {@code
     * ^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}.
     * CloudFormation property {@code id}.
     */
    public Portal id(String value) {
      return set("id", Value.of(value));
    }

    /** Sets {@code id} to this value; see {@link #id(String)}. */
    public Portal id(Value<String> value) {
      return set("id", value);
    }
  }

  /**
   * Identifies a specific AWS IoT SiteWise Monitor project.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AccessPolicy.Project}.
   */
  public static final class Project extends Struct<Project> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AccessPolicy.Project")
        .constrain("id", Constraint.of().pattern("^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
        .build();

    public Project() {
      super(SCHEMA);
    }

    /**
     * The ID of the project.
     *
     * <p>Length: 36 to 36 characters. Pattern: {@code
     * ^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}.
     * CloudFormation property {@code id}.
     */
    public Project id(String value) {
      return set("id", Value.of(value));
    }

    /** Sets {@code id} to this value; see {@link #id(String)}. */
    public Project id(Value<String> value) {
      return set("id", value);
    }
  }

  /**
   * Contains information for a user identity in an access policy.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AccessPolicy.User}.
   */
  public static final class User extends Struct<User> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AccessPolicy.User")
        .constrain("id", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(256))
        .build();

    public User() {
      super(SCHEMA);
    }

    /**
     * The IAM Identity Center ID of the user.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * id}.
     */
    public User id(String value) {
      return set("id", Value.of(value));
    }

    /** Sets {@code id} to this value; see {@link #id(String)}. */
    public User id(Value<String> value) {
      return set("id", value);
    }
  }
}
