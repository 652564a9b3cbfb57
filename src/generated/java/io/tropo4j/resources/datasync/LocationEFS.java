// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datasync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.efs.FileSystem;
import java.util.List;

/**
 * The <code>AWS::DataSync::LocationEFS</code> resource creates an endpoint for an Amazon EFS file
 * system. AWS DataSync can access this endpoint as a source or destination location.
 *
 * <p>CloudFormation type {@code AWS::DataSync::LocationEFS}.
 */
public final class LocationEFS extends Resource<LocationEFS> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationEFS")
      .required("Ec2Config")
      .constrain("AccessPointArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):elasticfilesystem:[a-z\\-0-9]+:[0-9]{12}:access-point/fsap-[0-9a-f]{8,40}$").maxLength(128))
      .constrain("EfsFilesystemArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):elasticfilesystem:[a-z\\-0-9]*:[0-9]{12}:file-system/fs-.*$").minLength(0).maxLength(128))
      .references("EfsFilesystemArn", "AWS::EFS::FileSystem.Arn")
      .constrain("FileSystemAccessRoleArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*$").minLength(0).maxLength(128).format("AWS::IAM::Role.Arn"))
      .allowed("InTransitEncryption", "NONE", "TLS1_2")
      .constrain("Subdirectory", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$").minLength(0).maxLength(4096))
      .refYields("LocationArn")
      .attributes("LocationArn", "LocationUri")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocationEFS(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the Amazon Resource Name (ARN) of the access point that DataSync uses to mount your
   * Amazon EFS file system.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-efs-location.html#create-efs-location-iam">Accessing
   * restricted file systems</a> .
   *
   * <p>Changing it replaces the resource. Length: at most 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):elasticfilesystem:[a-z&#92;-0-9]+:[0-9]{12}:access-point/fsap-[0-9a-f]{8,40}$}.
   * CloudFormation property {@code AccessPointArn}.
   */
  public LocationEFS accessPointArn(String value) {
    return set("AccessPointArn", Value.of(value));
  }

  /** Sets {@code AccessPointArn} to this value; see {@link #accessPointArn(String)}. */
  public LocationEFS accessPointArn(Value<String> value) {
    return set("AccessPointArn", value);
  }

  /**
   * Specifies the subnet and security groups DataSync uses to connect to one of your Amazon EFS
   * file system's <a href="https://docs.aws.amazon.com/efs/latest/ug/accessing-fs.html">mount
   * targets</a> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Ec2Config}.
   */
  public LocationEFS ec2Config(Value<Ec2Config> value) {
    return set("Ec2Config", value);
  }

  /**
   * Specifies the ARN for your Amazon EFS file system.
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):elasticfilesystem:[a-z&#92;-0-9]*:[0-9]{12}:file-system/fs-.*$}.
   * CloudFormation property {@code EfsFilesystemArn}.
   */
  public LocationEFS efsFilesystemArn(String value) {
    return set("EfsFilesystemArn", Value.of(value));
  }

  /** Sets {@code EfsFilesystemArn} to this value; see {@link #efsFilesystemArn(String)}. */
  public LocationEFS efsFilesystemArn(Value<String> value) {
    return set("EfsFilesystemArn", value);
  }

  /**
   * Sets {@code EfsFilesystemArn} to the Arn of {@code AWS::EFS::FileSystem}; see {@link
   * #efsFilesystemArn(String)}.
   */
  public LocationEFS efsFilesystemArn(FileSystem resource) {
    return set("EfsFilesystemArn", resource.arn());
  }

  /**
   * Specifies an AWS Identity and Access Management (IAM) role that allows DataSync to access your
   * Amazon EFS file system.
   *
   * <p>For information on creating this role, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-efs-location.html#create-efs-location-iam-role">Creating
   * a DataSync IAM role for file system access</a> .
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*$}. Format:
   * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code FileSystemAccessRoleArn}.
   */
  public LocationEFS fileSystemAccessRoleArn(String value) {
    return set("FileSystemAccessRoleArn", Value.of(value));
  }

  /**
   * Sets {@code FileSystemAccessRoleArn} to this value; see {@link
   * #fileSystemAccessRoleArn(String)}.
   */
  public LocationEFS fileSystemAccessRoleArn(Value<String> value) {
    return set("FileSystemAccessRoleArn", value);
  }

  /**
   * Specifies whether you want DataSync to use Transport Layer Security (TLS) 1.2 encryption when
   * it transfers data to or from your Amazon EFS file system.
   *
   * <p>If you specify an access point using <code>AccessPointArn</code> or an IAM role using
   * <code>FileSystemAccessRoleArn</code> , you must set this parameter to <code>TLS1_2</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code NONE}, {@code TLS1_2}.
   * CloudFormation property {@code InTransitEncryption}.
   */
  public LocationEFS inTransitEncryption(String value) {
    return set("InTransitEncryption", Value.of(value));
  }

  /** Sets {@code InTransitEncryption} to this value; see {@link #inTransitEncryption(String)}. */
  public LocationEFS inTransitEncryption(Value<String> value) {
    return set("InTransitEncryption", value);
  }

  /**
   * Specifies a mount path for your Amazon EFS file system. This is where DataSync reads or writes
   * data on your file system (depending on if this is a source or destination location).
   *
   * <p>By default, DataSync uses the root directory (or <a
   * href="https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html">access point</a> if you
   * provide one by using <code>AccessPointArn</code> ). You can also include subdirectories using
   * forward slashes (for example, <code>/path/to/folder</code> ).
   *
   * <p>Changing it replaces the resource. Length: 0 to 4096 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;+&#92;./&#92;(&#92;)&#92;$&#92;p{Zs}]+$}. CloudFormation property {@code
   * Subdirectory}.
   */
  public LocationEFS subdirectory(String value) {
    return set("Subdirectory", Value.of(value));
  }

  /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
  public LocationEFS subdirectory(Value<String> value) {
    return set("Subdirectory", value);
  }

  /**
   * Specifies the key-value pair that represents a tag that you want to add to the resource. The
   * value can be an empty string. This value helps you manage, filter, and search for your
   * resources. We recommend that you create a name tag for your location.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocationEFS tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocationEFS tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocationEFS tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon EFS file system.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationArn}.
   */
  public Value<String> locationArn() {
    return getAtt("LocationArn");
  }

  /**
   * The URI of the Amazon EFS file system.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationUri}.
   */
  public Value<String> locationUri() {
    return getAtt("LocationUri");
  }

  /**
   * The subnet and security groups that AWS DataSync uses to connect to one of your Amazon EFS file
   * system's <a href="https://docs.aws.amazon.com/efs/latest/ug/accessing-fs.html">mount
   * targets</a> .
   *
   * <p>Property type {@code AWS::DataSync::LocationEFS.Ec2Config}.
   */
  public static final class Ec2Config extends Struct<Ec2Config> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationEFS.Ec2Config")
        .required("SecurityGroupArns", "SubnetArn")
        .constrain("SecurityGroupArns", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z\\-0-9]*:[0-9]{12}:security-group/.*$").minLength(0).maxLength(128))
        .constrain("SubnetArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z\\-0-9]*:[0-9]{12}:subnet/.*$").minLength(0).maxLength(128))
        .build();

    public Ec2Config() {
      super(SCHEMA);
    }

    /**
     * Specifies the Amazon Resource Names (ARNs) of the security groups associated with an Amazon
     * EFS file system's mount target.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
     * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z&#92;-0-9]*:[0-9]{12}:security-group/.*$}.
     * CloudFormation property {@code SecurityGroupArns}.
     */
    public Ec2Config securityGroupArns(List<String> value) {
      return set("SecurityGroupArns", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupArns} to this value; see {@link #securityGroupArns(List)}. */
    public Ec2Config securityGroupArns(Value<List<String>> value) {
      return set("SecurityGroupArns", value);
    }

    /**
     * Specifies the ARN of a subnet where DataSync creates the <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/datasync-network.html#required-network-interfaces.html">network
     * interfaces</a> for managing traffic during your transfer.
     *
     * <p>The subnet must be located:
     *
     * <ul> <li>In the same virtual private cloud (VPC) as the Amazon EFS file system. <li>In the
     * same Availability Zone as at least one mount target for the Amazon EFS file system. </ul>
     *
     * <p>You don't need to specify a subnet that includes a file system mount target.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
     * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z&#92;-0-9]*:[0-9]{12}:subnet/.*$}.
     * CloudFormation property {@code SubnetArn}.
     */
    public Ec2Config subnetArn(String value) {
      return set("SubnetArn", Value.of(value));
    }

    /** Sets {@code SubnetArn} to this value; see {@link #subnetArn(String)}. */
    public Ec2Config subnetArn(Value<String> value) {
      return set("SubnetArn", value);
    }
  }
}
