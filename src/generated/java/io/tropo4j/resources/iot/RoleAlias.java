// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * Specifies a role alias.
 *
 * <p>Requires permission to access the <a
 * href="https://docs.aws.amazon.com//service-authorization/latest/reference/list_awsiot.html#awsiot-actions-as-permissions">CreateRoleAlias</a>
 * action.
 *
 * <p>CloudFormation type {@code AWS::IoT::RoleAlias}.
 */
public final class RoleAlias extends Resource<RoleAlias> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::RoleAlias")
      .required("RoleArn")
      .constrain("CredentialDurationSeconds", Constraint.of().minimum(900).maximum(43200))
      .constrain("RoleAlias", Constraint.of().pattern("[\\w=,@-]+").minLength(1).maxLength(128))
      .constrain("RoleArn", Constraint.of().pattern("arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("RoleAlias")
      .attributes("RoleAliasArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RoleAlias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The number of seconds for which the credential is valid.
   *
   * <p>Range: 900 to 43200. Default: {@code 3600}. CloudFormation property {@code
   * CredentialDurationSeconds}.
   */
  public RoleAlias credentialDurationSeconds(int value) {
    return set("CredentialDurationSeconds", Value.of(value));
  }

  /**
   * Sets {@code CredentialDurationSeconds} to this value; see {@link
   * #credentialDurationSeconds(int)}.
   */
  public RoleAlias credentialDurationSeconds(Value<Integer> value) {
    return set("CredentialDurationSeconds", value);
  }

  /**
   * The role alias.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [&#92;w=,&#64;-]+}. CloudFormation property {@code RoleAlias}.
   */
  public RoleAlias roleAlias(String value) {
    return set("RoleAlias", Value.of(value));
  }

  /** Sets {@code RoleAlias} to this value; see {@link #roleAlias(String)}. */
  public RoleAlias roleAlias(Value<String> value) {
    return set("RoleAlias", value);
  }

  /**
   * The role ARN.
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
   * arn:(aws[a-zA-Z-]*)?:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public RoleAlias roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public RoleAlias roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public RoleAlias roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RoleAlias tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RoleAlias tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RoleAlias tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The role alias ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoleAliasArn}.
   */
  public Value<String> roleAliasArn() {
    return getAtt("RoleAliasArn");
  }
}
