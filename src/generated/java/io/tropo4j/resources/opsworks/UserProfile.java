// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opsworks;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opsworks-userprofile.html
 *
 * <p>CloudFormation type {@code AWS::OpsWorks::UserProfile}.
 */
public final class UserProfile extends Resource<UserProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpsWorks::UserProfile")
      .required("IamUserArn")
      .attributes("SshUsername")
      .build();

  public UserProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether users can specify their own SSH public key through the My Settings page. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/security-settingsshkey.html">Managing
   * User Permissions</a> .
   *
   * <p>CloudFormation property {@code AllowSelfManagement}.
   */
  public UserProfile allowSelfManagement(boolean value) {
    return set("AllowSelfManagement", Value.of(value));
  }

  /** Sets {@code AllowSelfManagement} to this value; see {@link #allowSelfManagement(boolean)}. */
  public UserProfile allowSelfManagement(Value<Boolean> value) {
    return set("AllowSelfManagement", value);
  }

  /**
   * The user's IAM ARN.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IamUserArn}.
   */
  public UserProfile iamUserArn(String value) {
    return set("IamUserArn", Value.of(value));
  }

  /** Sets {@code IamUserArn} to this value; see {@link #iamUserArn(String)}. */
  public UserProfile iamUserArn(Value<String> value) {
    return set("IamUserArn", value);
  }

  /**
   * The user's SSH public key.
   *
   * <p>CloudFormation property {@code SshPublicKey}.
   */
  public UserProfile sshPublicKey(String value) {
    return set("SshPublicKey", Value.of(value));
  }

  /** Sets {@code SshPublicKey} to this value; see {@link #sshPublicKey(String)}. */
  public UserProfile sshPublicKey(Value<String> value) {
    return set("SshPublicKey", value);
  }

  /**
   * The user's SSH user name.
   *
   * <p>CloudFormation property {@code SshUsername}.
   */
  public UserProfile sshUsername(String value) {
    return set("SshUsername", Value.of(value));
  }

  /** Sets {@code SshUsername} to this value; see {@link #sshUsername(String)}. */
  public UserProfile sshUsername(Value<String> value) {
    return set("SshUsername", value);
  }

  /**
   * The user's SSH user name, as a string.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SshUsername}.
   */
  public Value<String> sshUsername() {
    return getAtt("SshUsername");
  }
}
