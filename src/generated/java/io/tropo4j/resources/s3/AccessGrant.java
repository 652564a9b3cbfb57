// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::S3::AccessGrant</code> resource creates an access grant that gives a grantee
 * access to your S3 data. The grantee can be an IAM user or role or a directory user, or group.
 * Before you can create a grant, you must have an S3 Access Grants instance in the same Region as
 * the S3 data. You can create an S3 Access Grants instance using the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-accessgrantsinstance.html">AWS::S3::AccessGrantsInstance</a>
 * . You must also have registered at least one S3 data location in your S3 Access Grants instance
 * using <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-accessgrantslocation.html">AWS::S3::AccessGrantsLocation</a>
 * .
 *
 * <ul> <li><b>Permissions</b> - You must have the <code>s3:CreateAccessGrant</code> permission to
 * use this resource. <li><b>Additional Permissions</b> - For any directory identity -
 * <code>sso:DescribeInstance</code> and <code>sso:DescribeApplication</code> </ul>
 *
 * <p>For directory users - <code>identitystore:DescribeUser</code>
 *
 * <p>For directory groups - <code>identitystore:DescribeGroup</code>
 *
 * <p>CloudFormation type {@code AWS::S3::AccessGrant}.
 */
public final class AccessGrant extends Resource<AccessGrant> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3::AccessGrant")
      .required("AccessGrantsLocationId", "Grantee", "Permission")
      .allowed("Permission", "READ", "WRITE", "READWRITE")
      .allowed("S3PrefixType", "Object")
      .refYields("AccessGrantId")
      .attributes("AccessGrantArn", "AccessGrantId", "GrantScope")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AccessGrant(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration options of the grant location. The grant location is the S3 path to the data
   * to which you are granting access. It contains the <code>S3SubPrefix</code> field. The grant
   * scope is the result of appending the subprefix to the location scope of the registered
   * location.
   *
   * <p>CloudFormation property {@code AccessGrantsLocationConfiguration}.
   */
  public AccessGrant accessGrantsLocationConfiguration(Value<AccessGrantsLocationConfiguration> value) {
    return set("AccessGrantsLocationConfiguration", value);
  }

  /**
   * The ID of the registered location to which you are granting access. S3 Access Grants assigns
   * this ID when you register the location. S3 Access Grants assigns the ID <code>default</code> to
   * the default location <code>s3://</code> and assigns an auto-generated ID to other locations
   * that you register.
   *
   * <p>Required. CloudFormation property {@code AccessGrantsLocationId}.
   */
  public AccessGrant accessGrantsLocationId(String value) {
    return set("AccessGrantsLocationId", Value.of(value));
  }

  /**
   * Sets {@code AccessGrantsLocationId} to this value; see {@link #accessGrantsLocationId(String)}.
   */
  public AccessGrant accessGrantsLocationId(Value<String> value) {
    return set("AccessGrantsLocationId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an AWS IAM Identity Center application associated with your
   * Identity Center instance. If the grant includes an application ARN, the grantee can only access
   * the S3 data through this application.
   *
   * <p>CloudFormation property {@code ApplicationArn}.
   */
  public AccessGrant applicationArn(String value) {
    return set("ApplicationArn", Value.of(value));
  }

  /** Sets {@code ApplicationArn} to this value; see {@link #applicationArn(String)}. */
  public AccessGrant applicationArn(Value<String> value) {
    return set("ApplicationArn", value);
  }

  /**
   * The user, group, or role to which you are granting access. You can grant access to an IAM user
   * or role. If you have added your corporate directory to AWS IAM Identity Center and associated
   * your Identity Center instance with your S3 Access Grants instance, the grantee can also be a
   * corporate directory user or group.
   *
   * <p>Required. CloudFormation property {@code Grantee}.
   */
  public AccessGrant grantee(Value<Grantee> value) {
    return set("Grantee", value);
  }

  /**
   * The type of access that you are granting to your S3 data, which can be set to one of the
   * following values:
   *
   * <ul> <li><code>READ</code> – Grant read-only access to the S3 data. <li><code>WRITE</code> –
   * Grant write-only access to the S3 data. <li><code>READWRITE</code> – Grant both read and write
   * access to the S3 data. </ul>
   *
   * <p>Required. Allowed values: {@code READ}, {@code WRITE}, {@code READWRITE}. CloudFormation
   * property {@code Permission}.
   */
  public AccessGrant permission(String value) {
    return set("Permission", Value.of(value));
  }

  /** Sets {@code Permission} to this value; see {@link #permission(String)}. */
  public AccessGrant permission(Value<String> value) {
    return set("Permission", value);
  }

  /**
   * The type of <code>S3SubPrefix</code> . The only possible value is <code>Object</code> . Pass
   * this value if the access grant scope is an object. Do not pass this value if the access grant
   * scope is a bucket or a bucket and a prefix.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code Object}. CloudFormation property
   * {@code S3PrefixType}.
   */
  public AccessGrant s3PrefixType(String value) {
    return set("S3PrefixType", Value.of(value));
  }

  /** Sets {@code S3PrefixType} to this value; see {@link #s3PrefixType(String)}. */
  public AccessGrant s3PrefixType(Value<String> value) {
    return set("S3PrefixType", value);
  }

  /**
   * The AWS resource tags that you are adding to the access grant. Each tag is a label consisting
   * of a user-defined key and value. Tags can help you manage, identify, organize, search for, and
   * filter resources.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public AccessGrant tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AccessGrant tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AccessGrant tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the access grant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccessGrantArn}.
   */
  public Value<String> accessGrantArn() {
    return getAtt("AccessGrantArn");
  }

  /**
   * The ID of the access grant. S3 Access Grants auto-generates this ID when you create the access
   * grant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccessGrantId}.
   */
  public Value<String> accessGrantId() {
    return getAtt("AccessGrantId");
  }

  /**
   * The S3 path of the data to which you are granting access. It is the result of appending the
   * <code>Subprefix</code> to the location scope.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GrantScope}.
   */
  public Value<String> grantScope() {
    return getAtt("GrantScope");
  }

  /**
   * The configuration options of the S3 Access Grants location. It contains the
   * <code>S3SubPrefix</code> field. The grant scope, the data to which you are granting access, is
   * the result of appending the <code>Subprefix</code> field to the scope of the registered
   * location.
   *
   * <p>Property type {@code AWS::S3::AccessGrant.AccessGrantsLocationConfiguration}.
   */
  public static final class AccessGrantsLocationConfiguration extends Struct<AccessGrantsLocationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::AccessGrant.AccessGrantsLocationConfiguration")
        .required("S3SubPrefix")
        .build();

    public AccessGrantsLocationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The <code>S3SubPrefix</code> is appended to the location scope creating the grant scope. Use
     * this field to narrow the scope of the grant to a subset of the location scope. This field is
     * required if the location scope is the default location <code>s3://</code> because you cannot
     * create a grant for all of your S3 data in the Region and must narrow the scope. For example,
     * if the location scope is the default location <code>s3://</code> , the
     * <code>S3SubPrefx</code> can be a <code>&lt;bucket-name&gt;/<em></code> , so the full grant
     * scope path would be <code>s3://&lt;bucket-name&gt;/</em></code> . Or the
     * <code>S3SubPrefx</code> can be <code>&lt;bucket-name&gt;/&lt;prefix-name&gt;<em></code> , so
     * the full grant scope path would be
     * <code>s3://&lt;bucket-name&gt;/&lt;prefix-name&gt;</em></code> .
     *
     * <p>If the <code>S3SubPrefix</code> includes a prefix, append the wildcard character
     * <code>*</code> after the prefix to indicate that you want to include all object key names in
     * the bucket that start with that prefix.
     *
     * <p>Required. CloudFormation property {@code S3SubPrefix}.
     */
    public AccessGrantsLocationConfiguration s3SubPrefix(String value) {
      return set("S3SubPrefix", Value.of(value));
    }

    /** Sets {@code S3SubPrefix} to this value; see {@link #s3SubPrefix(String)}. */
    public AccessGrantsLocationConfiguration s3SubPrefix(Value<String> value) {
      return set("S3SubPrefix", value);
    }
  }

  /**
   * The user, group, or role to which you are granting access. You can grant access to an IAM user
   * or role. If you have added your corporate directory to AWS IAM Identity Center and associated
   * your Identity Center instance with your S3 Access Grants instance, the grantee can also be a
   * corporate directory user or group.
   *
   * <p>Property type {@code AWS::S3::AccessGrant.Grantee}.
   */
  public static final class Grantee extends Struct<Grantee> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::AccessGrant.Grantee")
        .required("GranteeIdentifier", "GranteeType")
        .allowed("GranteeType", "IAM", "DIRECTORY_USER", "DIRECTORY_GROUP")
        .build();

    public Grantee() {
      super(SCHEMA);
    }

    /**
     * The unique identifier of the <code>Grantee</code> . If the grantee type is <code>IAM</code> ,
     * the identifier is the IAM Amazon Resource Name (ARN) of the user or role. If the grantee type
     * is a directory user or group, the identifier is 128-bit universally unique identifier (UUID)
     * in the format <code>a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</code> . You can obtain this UUID
     * from your AWS IAM Identity Center instance.
     *
     * <p>Required. CloudFormation property {@code GranteeIdentifier}.
     */
    public Grantee granteeIdentifier(String value) {
      return set("GranteeIdentifier", Value.of(value));
    }

    /** Sets {@code GranteeIdentifier} to this value; see {@link #granteeIdentifier(String)}. */
    public Grantee granteeIdentifier(Value<String> value) {
      return set("GranteeIdentifier", value);
    }

    /**
     * The type of the grantee to which access has been granted. It can be one of the following
     * values:
     *
     * <ul> <li><code>IAM</code> - An IAM user or role. <li><code>DIRECTORY_USER</code> - Your
     * corporate directory user. You can use this option if you have added your corporate identity
     * directory to IAM Identity Center and associated the IAM Identity Center instance with your S3
     * Access Grants instance. <li><code>DIRECTORY_GROUP</code> - Your corporate directory group.
     * You can use this option if you have added your corporate identity directory to IAM Identity
     * Center and associated the IAM Identity Center instance with your S3 Access Grants instance.
     * </ul>
     *
     * <p>Required. Allowed values: {@code IAM}, {@code DIRECTORY_USER}, {@code DIRECTORY_GROUP}.
     * CloudFormation property {@code GranteeType}.
     */
    public Grantee granteeType(String value) {
      return set("GranteeType", Value.of(value));
    }

    /** Sets {@code GranteeType} to this value; see {@link #granteeType(String)}. */
    public Grantee granteeType(Value<String> value) {
      return set("GranteeType", value);
    }
  }
}
