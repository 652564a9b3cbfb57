// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datasync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DataSync::LocationFSxLustre</code> resource specifies an endpoint for an Amazon
 * FSx for Lustre file system.
 *
 * <p>CloudFormation type {@code AWS::DataSync::LocationFSxLustre}.
 */
public final class LocationFSxLustre extends Resource<LocationFSxLustre> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationFSxLustre")
      .required("SecurityGroupArns")
      .constrain("FsxFilesystemArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):fsx:[a-z\\-0-9]+:[0-9]{12}:file-system/fs-[0-9a-f]+$").minLength(0).maxLength(128))
      .constrain("SecurityGroupArns", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z\\-0-9]*:[0-9]{12}:security-group/sg-[a-f0-9]+$").minLength(0).maxLength(128))
      .constrain("Subdirectory", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$").minLength(0).maxLength(4096))
      .refYields("LocationArn")
      .attributes("LocationArn", "LocationUri")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocationFSxLustre(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the Amazon Resource Name (ARN) of the FSx for Lustre file system.
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):fsx:[a-z&#92;-0-9]+:[0-9]{12}:file-system/fs-[0-9a-f]+$}.
   * CloudFormation property {@code FsxFilesystemArn}.
   */
  public LocationFSxLustre fsxFilesystemArn(String value) {
    return set("FsxFilesystemArn", Value.of(value));
  }

  /** Sets {@code FsxFilesystemArn} to this value; see {@link #fsxFilesystemArn(String)}. */
  public LocationFSxLustre fsxFilesystemArn(Value<String> value) {
    return set("FsxFilesystemArn", value);
  }

  /**
   * The ARNs of the security groups that are used to configure the FSx for Lustre file system.
   *
   * <p><em>Pattern</em> :
   * <code>^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):ec2:[a-z&#92;-0-9]<em>:[0-9]{12}:security-group/.</em>$</code>
   *
   * <p><em>Length constraints</em> : Maximum length of 128.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z&#92;-0-9]*:[0-9]{12}:security-group/sg-[a-f0-9]+$}.
   * CloudFormation property {@code SecurityGroupArns}.
   */
  public LocationFSxLustre securityGroupArns(List<String> value) {
    return set("SecurityGroupArns", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupArns} to this value; see {@link #securityGroupArns(List)}. */
  public LocationFSxLustre securityGroupArns(Value<List<String>> value) {
    return set("SecurityGroupArns", value);
  }

  /**
   * Specifies a mount path for your FSx for Lustre file system. The path can include
   * subdirectories.
   *
   * <p>When the location is used as a source, DataSync reads data from the mount path. When the
   * location is used as a destination, DataSync writes data to the mount path. If you don't include
   * this parameter, DataSync uses the file system's root directory ( <code>/</code> ).
   *
   * <p>Changing it replaces the resource. Length: 0 to 4096 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;+&#92;./&#92;(&#92;)&#92;$&#92;p{Zs}]+$}. CloudFormation property {@code
   * Subdirectory}.
   */
  public LocationFSxLustre subdirectory(String value) {
    return set("Subdirectory", Value.of(value));
  }

  /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
  public LocationFSxLustre subdirectory(Value<String> value) {
    return set("Subdirectory", value);
  }

  /**
   * Specifies labels that help you categorize, filter, and search for your AWS resources. We
   * recommend creating at least a name tag for your location.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocationFSxLustre tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocationFSxLustre tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocationFSxLustre tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the specified FSx for Lustre file system location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationArn}.
   */
  public Value<String> locationArn() {
    return getAtt("LocationArn");
  }

  /**
   * The URI of the specified FSx for Lustre file system location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationUri}.
   */
  public Value<String> locationUri() {
    return getAtt("LocationUri");
  }
}
