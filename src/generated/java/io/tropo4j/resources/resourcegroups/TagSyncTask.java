// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resourcegroups;

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
      .attributes("GroupArn", "GroupName", "Status", "TaskArn")
      .build();

  public TagSyncTask(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon resource name (ARN) or name of the application group for which you want to create a
   * tag-sync task.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Group}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RoleArn}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TagKey}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TagValue}.
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
