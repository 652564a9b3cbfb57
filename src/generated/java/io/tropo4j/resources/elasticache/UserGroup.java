// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticache;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * For Valkey 7.2 and onwards, or Redis OSS 6.0 and onwards: Creates a user group. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html">Using Role
 * Based Access Control (RBAC)</a>
 *
 * <p>CloudFormation type {@code AWS::ElastiCache::UserGroup}.
 */
public final class UserGroup extends Resource<UserGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::UserGroup")
      .required("Engine", "UserGroupId", "UserIds")
      .allowed("Engine", "redis", "valkey")
      .constrain("UserGroupId", Constraint.of().pattern("[a-z][a-z0-9\\\\-]*"))
      .constrain("UserIds", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9\\-]*$").minLength(1))
      .refYields("UserGroupId")
      .attributes("Arn", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public UserGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The current supported values are valkey and redis.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code redis}, {@code valkey}.
   * CloudFormation property {@code Engine}.
   */
  public UserGroup engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public UserGroup engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The list of tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public UserGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public UserGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public UserGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the user group.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [a-z][a-z0-9&#92;&#92;-]*}.
   * CloudFormation property {@code UserGroupId}.
   */
  public UserGroup userGroupId(String value) {
    return set("UserGroupId", Value.of(value));
  }

  /** Sets {@code UserGroupId} to this value; see {@link #userGroupId(String)}. */
  public UserGroup userGroupId(Value<String> value) {
    return set("UserGroupId", value);
  }

  /**
   * The list of user IDs that belong to the user group. A user named <code>default</code> must be
   * included.
   *
   * <p>Required. Length: at least 1 characters. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9&#92;-]*$}.
   * CloudFormation property {@code UserIds}.
   */
  public UserGroup userIds(List<String> value) {
    return set("UserIds", Value.listOf(value));
  }

  /** Sets {@code UserIds} to this value; see {@link #userIds(List)}. */
  public UserGroup userIds(Value<List<String>> value) {
    return set("UserIds", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the user group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Indicates user group status. Can be "creating", "active", "modifying", "deleting".
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
