// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a new user hierarchy group.
 *
 * <p>CloudFormation type {@code AWS::Connect::UserHierarchyGroup}.
 */
public final class UserHierarchyGroup extends Resource<UserHierarchyGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::UserHierarchyGroup")
      .required("InstanceArn", "Name")
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .references("InstanceArn", "AWS::Connect::Instance.Ref")
      .constrain("Name", Constraint.of().minLength(1).maxLength(100))
      .constrain("ParentGroupArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group/[-a-zA-Z0-9]*$"))
      .refYields("UserHierarchyGroupArn")
      .attributes("UserHierarchyGroupArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public UserHierarchyGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the user hierarchy group.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public UserHierarchyGroup instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public UserHierarchyGroup instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Sets {@code InstanceArn} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceArn(String)}.
   */
  public UserHierarchyGroup instanceArn(Instance resource) {
    return set("InstanceArn", resource.ref());
  }

  /**
   * The name of the user hierarchy group.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Name}.
   */
  public UserHierarchyGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public UserHierarchyGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the parent group.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;agent-group/[-a-zA-Z0-9]*$}.
   * CloudFormation property {@code ParentGroupArn}.
   */
  public UserHierarchyGroup parentGroupArn(String value) {
    return set("ParentGroupArn", Value.of(value));
  }

  /** Sets {@code ParentGroupArn} to this value; see {@link #parentGroupArn(String)}. */
  public UserHierarchyGroup parentGroupArn(Value<String> value) {
    return set("ParentGroupArn", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public UserHierarchyGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public UserHierarchyGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public UserHierarchyGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the user hierarchy group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UserHierarchyGroupArn}.
   */
  public Value<String> userHierarchyGroupArn() {
    return getAtt("UserHierarchyGroupArn");
  }
}
