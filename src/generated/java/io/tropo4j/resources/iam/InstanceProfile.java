// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new instance profile. For information about instance profiles, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html">Using
 * instance profiles</a> .
 *
 * <p>For information about the number of instance profiles you can create, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM object
 * quotas</a> in the <em>IAM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IAM::InstanceProfile}.
 */
public final class InstanceProfile extends Resource<InstanceProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::InstanceProfile")
      .required("Roles")
      .constrain("InstanceProfileName", Constraint.of().pattern("^([\\w+=,.@-]+)?$").minLength(0).maxLength(128))
      .constrain("Path", Constraint.of().pattern("^(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)$").minLength(1).maxLength(512))
      .constrain("Roles", Constraint.of().pattern("[a-zA-Z0-9+=,.@\\-_]+"))
      .references("Roles", "AWS::IAM::Role.Ref")
      .refYields("InstanceProfileName")
      .attributes("Arn")
      .build();

  public InstanceProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the instance profile to create.
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^([&#92;w+=,.&#64;-]+)?$}. CloudFormation property {@code InstanceProfileName}.
   */
  public InstanceProfile instanceProfileName(String value) {
    return set("InstanceProfileName", Value.of(value));
  }

  /** Sets {@code InstanceProfileName} to this value; see {@link #instanceProfileName(String)}. */
  public InstanceProfile instanceProfileName(Value<String> value) {
    return set("InstanceProfileName", value);
  }

  /**
   * The path to the instance profile. For more information about paths, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html">IAM
   * Identifiers</a> in the <em>IAM User Guide</em> .
   *
   * <p>This parameter is optional. If it is not included, it defaults to a slash (/).
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of either a forward slash (/) by itself or a string that must begin
   * and end with forward slashes. In addition, it can contain any ASCII character from the ! (
   * <code>&#92;u0021</code> ) through the DEL character ( <code>&#92;u007F</code> ), including most
   * punctuation characters, digits, and upper and lowercased letters.
   *
   * <p>Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^(&#92;u002F)|(&#92;u002F[&#92;u0021-&#92;u007E]+&#92;u002F)$}. CloudFormation property {@code
   * Path}.
   */
  public InstanceProfile path(String value) {
    return set("Path", Value.of(value));
  }

  /** Sets {@code Path} to this value; see {@link #path(String)}. */
  public InstanceProfile path(Value<String> value) {
    return set("Path", value);
  }

  /**
   * The name of the role to associate with the instance profile. Only one role can be assigned to
   * an EC2 instance at a time, and all applications on the instance share the same role and
   * permissions.
   *
   * <p>Required. Pattern: {@code [a-zA-Z0-9+=,.&#64;&#92;-_]+}. CloudFormation property {@code
   * Roles}.
   */
  public InstanceProfile roles(List<String> value) {
    return set("Roles", Value.listOf(value));
  }

  /** Sets {@code Roles} to this value; see {@link #roles(List)}. */
  public InstanceProfile roles(Value<List<String>> value) {
    return set("Roles", value);
  }

  /** Sets {@code Roles} to the Ref of each {@code AWS::IAM::Role}; see {@link #roles(List)}. */
  public InstanceProfile roles(Role... resources) {
    return set("Roles", Value.refs(resources));
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the instance profile. For example:
   *
   * <p><code>{"Fn::GetAtt" : ["MyProfile", "Arn"] }</code>
   *
   * <p>This returns a value such as
   * <code>arn:aws:iam::1234567890:instance-profile/MyProfile-ASDNSDLKJ</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
