// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Adds the specified user to the specified group.
 *
 * <p>CloudFormation type {@code AWS::IAM::UserToGroupAddition}.
 */
public final class UserToGroupAddition extends Resource<UserToGroupAddition> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::UserToGroupAddition")
      .required("GroupName", "Users")
      .refYields("Id")
      .attributes("Id")
      .build();

  public UserToGroupAddition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the group to update.
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-
   *
   * <p>Required. CloudFormation property {@code GroupName}.
   */
  public UserToGroupAddition groupName(String value) {
    return set("GroupName", Value.of(value));
  }

  /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
  public UserToGroupAddition groupName(Value<String> value) {
    return set("GroupName", value);
  }

  /**
   * A list of the names of the users that you want to add to the group.
   *
   * <p>Required. CloudFormation property {@code Users}.
   */
  public UserToGroupAddition users(List<String> value) {
    return set("Users", Value.listOf(value));
  }

  /** Sets {@code Users} to this value; see {@link #users(List)}. */
  public UserToGroupAddition users(Value<List<String>> value) {
    return set("Users", value);
  }

  /**
   * The stable and unique string identifying the group. For more information about IDs, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html">IAM
   * identifiers</a> in the <em>IAM User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
