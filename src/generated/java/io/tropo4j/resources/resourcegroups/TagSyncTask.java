// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resourcegroups;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Onboards and syncs resources tagged with a specific tag key-value pair to an application.
 *
 * <p><em>Minimum permissions</em>
 *
 * <p>To run this command, you must have the following permissions:
 *
 * <ul> <li><code>resource-groups:StartTagSyncTask</code>
 * <li><code>resource-groups:CreateGroup</code> <li><code>iam:PassRole</code> for the role you
 * provide to create a tag-sync task </ul>
 *
 * <p>CloudFormation type {@code AWS::ResourceGroups::TagSyncTask}.
 */
public final class TagSyncTask extends Resource<TagSyncTask> {
  private static final Schema SCHEMA = Schema.builder("AWS::ResourceGroups::TagSyncTask")
      .required("Group", "RoleArn", "TagKey", "TagValue")
      .constrain("Group", Constraint.of().pattern("([a-zA-Z0-9_\\\\.-]{1,150}/[a-z0-9]{26})|(arn:aws(-[a-z]+)*:resource-groups(-(test|beta|gamma))?:[a-z]{2}(-[a-z]+)+-\\d{1}:[0-9]{12}:group/[a-zA-Z0-9_\\\\.-]{1,150}/[a-z0-9]{26})").minLength(12).maxLength(1600))
      .constrain("RoleArn", Constraint.of().pattern("arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("TagKey", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(128))
      .constrain("TagValue", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(0).maxLength(256))
      .refYields("TaskArn")
      .attributes("GroupArn", "GroupName", "Status", "TaskArn")
      .build();

  public TagSyncTask(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon resource name (ARN) or name of the application group for which you want to create a
   * tag-sync task.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 1600 characters. Pattern: {@code
   * ([a-zA-Z0-9_&#92;&#92;.-]{1,150}/[a-z0-9]{26})|(arn:aws(-[a-z]+)*:resource-groups(-(test|beta|gamma))?:[a-z]{2}(-[a-z]+)+-&#92;d{1}:[0-9]{12}:group/[a-zA-Z0-9_&#92;&#92;.-]{1,150}/[a-z0-9]{26})}.
   * CloudFormation property {@code Group}.
   */
  public TagSyncTask group(String value) {
    return set("Group", Value.of(value));
  }

  /** Sets {@code Group} to this value; see {@link #group(String)}. */
  public TagSyncTask group(Value<String> value) {
    return set("Group", value);
  }

  /**
   * The Amazon resource name (ARN) of the role assumed by the service to tag and untag resources on
   * your behalf.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * arn:(aws[a-zA-Z-]*)?:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public TagSyncTask roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public TagSyncTask roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The tag key.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code TagKey}.
   */
  public TagSyncTask tagKey(String value) {
    return set("TagKey", Value.of(value));
  }

  /** Sets {@code TagKey} to this value; see {@link #tagKey(String)}. */
  public TagSyncTask tagKey(Value<String> value) {
    return set("TagKey", value);
  }

  /**
   * The tag value.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code TagValue}.
   */
  public TagSyncTask tagValue(String value) {
    return set("TagValue", Value.of(value));
  }

  /** Sets {@code TagValue} to this value; see {@link #tagValue(String)}. */
  public TagSyncTask tagValue(Value<String> value) {
    return set("TagValue", value);
  }

  /**
   * The Amazon resource name (ARN) of the application group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GroupArn}.
   */
  public Value<String> groupArn() {
    return getAtt("GroupArn");
  }

  /**
   * The name of the application group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GroupName}.
   */
  public Value<String> groupName() {
    return getAtt("GroupName");
  }

  /**
   * The status of the tag-sync task.
   *
   * <p>Valid values include:
   *
   * <ul> <li><code>ACTIVE</code> - The tag-sync task is actively managing resources in the
   * application by adding or removing the <code>awsApplication</code> tag from resources when they
   * are tagged or untagged with the specified tag key-value pair. <li><code>ERROR</code> - The
   * tag-sync task is not actively managing resources in the application. Review the
   * <code>ErrorMessage</code> for more information about resolving the error. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Amazon resource name (ARN) of the tag-sync task.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TaskArn}.
   */
  public Value<String> taskArn() {
    return getAtt("TaskArn");
  }
}
