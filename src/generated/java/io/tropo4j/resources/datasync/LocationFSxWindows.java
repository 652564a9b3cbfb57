// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datasync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DataSync::LocationFSxWindows</code> resource specifies an endpoint for an Amazon
 * FSx for Windows Server file system.
 *
 * <p>CloudFormation type {@code AWS::DataSync::LocationFSxWindows}.
 */
public final class LocationFSxWindows extends Resource<LocationFSxWindows> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxWindows")
      .required("SecurityGroupArns", "User")
      .constrain("Domain", Constraint.of().pattern("^([A-Za-z0-9]+[A-Za-z0-9-.]*)*[A-Za-z0-9-]*[A-Za-z0-9]$").minLength(0).maxLength(253))
      .constrain("FsxFilesystemArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):fsx:[a-z\\-0-9]*:[0-9]{12}:file-system/fs-.*$").minLength(0).maxLength(128))
      .constrain("Password", Constraint.of().pattern("^.{0,104}$").maxLength(104))
      .constrain("SecurityGroupArns", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z\\-0-9]*:[0-9]{12}:security-group/.*$").minLength(0).maxLength(128))
      .constrain("Subdirectory", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$").minLength(0).maxLength(4096))
      .constrain("User", Constraint.of().pattern("^[^\\x5B\\x5D\\\\/:;|=,+*?]{1,104}$").maxLength(104))
      .refYields("LocationArn")
      .attributes("CmkSecretConfig.SecretArn", "LocationArn", "LocationUri", "ManagedSecretConfig")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocationFSxWindows(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location, and a
   * customer-managed AWS KMS key.
   *
   * <p>CloudFormation property {@code CmkSecretConfig}.
   */
  public LocationFSxWindows cmkSecretConfig(Value<CmkSecretConfig> value) {
    return set("CmkSecretConfig", value);
  }

  /**
   * Specifies configuration information for a customer-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location, and an
   * IAM role that DataSync can assume and access the customer-managed secret.
   *
   * <p>CloudFormation property {@code CustomSecretConfig}.
   */
  public LocationFSxWindows customSecretConfig(Value<CustomSecretConfig> value) {
    return set("CustomSecretConfig", value);
  }

  /**
   * Specifies the name of the Windows domain that the FSx for Windows File Server file system
   * belongs to.
   *
   * <p>If you have multiple Active Directory domains in your environment, configuring this
   * parameter makes sure that DataSync connects to the right file system.
   *
   * <p>Changing it replaces the resource. Length: 0 to 253 characters. Pattern: {@code
   * ^([A-Za-z0-9]+[A-Za-z0-9-.]*)*[A-Za-z0-9-]*[A-Za-z0-9]$}. CloudFormation property {@code
   * Domain}.
   */
  public LocationFSxWindows domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public LocationFSxWindows domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * Specifies the Amazon Resource Name (ARN) for the FSx for Windows File Server file system.
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):fsx:[a-z&#92;-0-9]*:[0-9]{12}:file-system/fs-.*$}.
   * CloudFormation property {@code FsxFilesystemArn}.
   */
  public LocationFSxWindows fsxFilesystemArn(String value) {
    return set("FsxFilesystemArn", Value.of(value));
  }

  /** Sets {@code FsxFilesystemArn} to this value; see {@link #fsxFilesystemArn(String)}. */
  public LocationFSxWindows fsxFilesystemArn(Value<String> value) {
    return set("FsxFilesystemArn", value);
  }

  /**
   * Specifies the password of the user with the permissions to mount and access the files, folders,
   * and file metadata in your FSx for Windows File Server file system.
   *
   * <p>Changing it replaces the resource. Length: at most 104 characters. Pattern: {@code
   * ^.{0,104}$}. CloudFormation property {@code Password}.
   */
  public LocationFSxWindows password(String value) {
    return set("Password", Value.of(value));
  }

  /** Sets {@code Password} to this value; see {@link #password(String)}. */
  public LocationFSxWindows password(Value<String> value) {
    return set("Password", value);
  }

  /**
   * The Amazon Resource Names (ARNs) of the security groups that are used to configure the FSx for
   * Windows File Server file system.
   *
   * <p><em>Pattern</em> :
   * <code>^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):ec2:[a-z&#92;-0-9]<em>:[0-9]{12}:security-group/.</em>$</code>
   *
   * <p><em>Length constraints</em> : Maximum length of 128.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z&#92;-0-9]*:[0-9]{12}:security-group/.*$}.
   * CloudFormation property {@code SecurityGroupArns}.
   */
  public LocationFSxWindows securityGroupArns(List<String> value) {
    return set("SecurityGroupArns", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupArns} to this value; see {@link #securityGroupArns(List)}. */
  public LocationFSxWindows securityGroupArns(Value<List<String>> value) {
    return set("SecurityGroupArns", value);
  }

  /**
   * Specifies a mount path for your file system using forward slashes. This is where DataSync reads
   * or writes data (depending on if this is a source or destination location).
   *
   * <p>Changing it replaces the resource. Length: 0 to 4096 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;+&#92;./&#92;(&#92;)&#92;$&#92;p{Zs}]+$}. CloudFormation property {@code
   * Subdirectory}.
   */
  public LocationFSxWindows subdirectory(String value) {
    return set("Subdirectory", Value.of(value));
  }

  /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
  public LocationFSxWindows subdirectory(Value<String> value) {
    return set("Subdirectory", value);
  }

  /**
   * Specifies labels that help you categorize, filter, and search for your AWS resources. We
   * recommend creating at least a name tag for your location.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocationFSxWindows tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocationFSxWindows tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocationFSxWindows tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The user who has the permissions to access files and folders in the FSx for Windows File Server
   * file system.
   *
   * <p>For information about choosing a user name that ensures sufficient permissions to files,
   * folders, and metadata, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-fsx-location.html#FSxWuser">user</a>
   * .
   *
   * <p>Required. Changing it replaces the resource. Length: at most 104 characters. Pattern: {@code
   * ^[^&#92;x5B&#92;x5D&#92;&#92;/:;|=,+*?]{1,104}$}. CloudFormation property {@code User}.
   */
  public LocationFSxWindows user(String value) {
    return set("User", Value.of(value));
  }

  /** Sets {@code User} to this value; see {@link #user(String)}. */
  public LocationFSxWindows user(Value<String> value) {
    return set("User", value);
  }

  /**
   * Specifies the ARN for an AWS Secrets Manager secret, managed by DataSync.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CmkSecretConfig.SecretArn}.
   */
  public Value<String> cmkSecretConfigSecretArn() {
    return getAtt("CmkSecretConfig.SecretArn");
  }

  /**
   * The ARN of the specified FSx for Windows Server file system location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationArn}.
   */
  public Value<String> locationArn() {
    return getAtt("LocationArn");
  }

  /**
   * The URI of the specified FSx for Windows Server file system location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationUri}.
   */
  public Value<String> locationUri() {
    return getAtt("LocationUri");
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location. DataSync
   * uses the default AWS-managed KMS key to encrypt this secret in AWS Secrets Manager.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagedSecretConfig}.
   */
  public Value<ManagedSecretConfig> managedSecretConfig() {
    return getAtt("ManagedSecretConfig");
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location, and a
   * customer-managed AWS KMS key.
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxWindows.CmkSecretConfig}.
   */
  public static final class CmkSecretConfig extends Struct<CmkSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxWindows.CmkSecretConfig")
        .constrain("KmsKeyArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$").minLength(0).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$").minLength(0).maxLength(2048))
        .build();

    public CmkSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for the customer-managed AWS KMS key used to encrypt the secret specified
     * for SecretArn. DataSync provides this key to AWS Secrets Manager.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public CmkSecretConfig kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public CmkSecretConfig kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * Specifies the ARN for an AWS Secrets Manager secret, managed by DataSync.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$}.
     * CloudFormation property {@code SecretArn}.
     */
    public CmkSecretConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public CmkSecretConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Specifies configuration information for a customer-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location, and an
   * IAM role that DataSync can assume and access the customer-managed secret.
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxWindows.CustomSecretConfig}.
   */
  public static final class CustomSecretConfig extends Struct<CustomSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxWindows.CustomSecretConfig")
        .required("SecretAccessRoleArn", "SecretArn")
        .constrain("SecretAccessRoleArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$").minLength(0).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$").minLength(0).maxLength(2048))
        .build();

    public CustomSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for the AWS Identity and Access Management role that DataSync uses to
     * access the secret specified for SecretArn.
     *
     * <p>Required. Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$}. Format:
     * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code SecretAccessRoleArn}.
     */
    public CustomSecretConfig secretAccessRoleArn(String value) {
      return set("SecretAccessRoleArn", Value.of(value));
    }

    /** Sets {@code SecretAccessRoleArn} to this value; see {@link #secretAccessRoleArn(String)}. */
    public CustomSecretConfig secretAccessRoleArn(Value<String> value) {
      return set("SecretAccessRoleArn", value);
    }

    /**
     * Specifies the ARN for a customer created AWS Secrets Manager secret.
     *
     * <p>Required. Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$}.
     * CloudFormation property {@code SecretArn}.
     */
    public CustomSecretConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public CustomSecretConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location. DataSync
   * uses the default AWS-managed KMS key to encrypt this secret in AWS Secrets Manager.
   *
   * <p>Property type {@code AWS::DataSync::LocationFSxWindows.ManagedSecretConfig}.
   */
  public static final class ManagedSecretConfig extends Struct<ManagedSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxWindows.ManagedSecretConfig")
        .required("SecretArn")
        .build();

    public ManagedSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for an AWS Secrets Manager secret.
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public ManagedSecretConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public ManagedSecretConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }
}
