// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.ManagedPolicy;

/**
 * The <code>AWS::EMR::StudioSessionMapping</code> resource is an Amazon EMR resource type that maps
 * a user or group to the Amazon EMR Studio specified by <code>StudioId</code> , and applies a
 * session policy that defines Studio permissions for that user or group.
 *
 * <p>CloudFormation type {@code AWS::EMR::StudioSessionMapping}.
 */
public final class StudioSessionMapping extends Resource<StudioSessionMapping> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMR::StudioSessionMapping")
      .required("IdentityName", "IdentityType", "SessionPolicyArn", "StudioId")
      .constrain("IdentityName", Constraint.of().minLength(0).maxLength(256))
      .allowed("IdentityType", "USER", "GROUP")
      .constrain("SessionPolicyArn", Constraint.of().pattern("^arn:aws(-(cn|us-gov|iso-f|iso-e))?:iam::([0-9]{12})?:policy\\/[^.]+$").minLength(0).maxLength(256))
      .references("SessionPolicyArn", "AWS::IAM::ManagedPolicy.Ref")
      .constrain("StudioId", Constraint.of().pattern("^es-[0-9A-Z]+").minLength(4).maxLength(256))
      .references("StudioId", "AWS::EMR::Studio.Ref")
      .build();

  public StudioSessionMapping(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the user or group. For more information, see <a
   * href="https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_User.html#singlesignon-Type-User-UserName">UserName</a>
   * and <a
   * href="https://docs.aws.amazon.com/singlesignon/latest/IdentityStoreAPIReference/API_Group.html#singlesignon-Type-Group-DisplayName">DisplayName</a>
   * in the <em>Identity Store API Reference</em> .
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. CloudFormation
   * property {@code IdentityName}.
   */
  public StudioSessionMapping identityName(String value) {
    return set("IdentityName", Value.of(value));
  }

  /** Sets {@code IdentityName} to this value; see {@link #identityName(String)}. */
  public StudioSessionMapping identityName(Value<String> value) {
    return set("IdentityName", value);
  }

  /**
   * Specifies whether the identity to map to the Amazon EMR Studio is a user or a group.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code USER}, {@code GROUP}.
   * CloudFormation property {@code IdentityType}.
   */
  public StudioSessionMapping identityType(String value) {
    return set("IdentityType", Value.of(value));
  }

  /** Sets {@code IdentityType} to this value; see {@link #identityType(String)}. */
  public StudioSessionMapping identityType(Value<String> value) {
    return set("IdentityType", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the session policy that will be applied to the user or
   * group. Session policies refine Studio user permissions without the need to use multiple IAM
   * user roles. For more information, see <a
   * href="https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-studio-user-role.html">Create
   * an EMR Studio user role with session policies</a> in the <em>Amazon EMR Management Guide</em> .
   *
   * <p>Required. Length: 0 to 256 characters. Pattern: {@code
   * ^arn:aws(-(cn|us-gov|iso-f|iso-e))?:iam::([0-9]{12})?:policy&#92;/[^.]+$}. CloudFormation
   * property {@code SessionPolicyArn}.
   */
  public StudioSessionMapping sessionPolicyArn(String value) {
    return set("SessionPolicyArn", Value.of(value));
  }

  /** Sets {@code SessionPolicyArn} to this value; see {@link #sessionPolicyArn(String)}. */
  public StudioSessionMapping sessionPolicyArn(Value<String> value) {
    return set("SessionPolicyArn", value);
  }

  /**
   * Sets {@code SessionPolicyArn} to the Ref of {@code AWS::IAM::ManagedPolicy}; see {@link
   * #sessionPolicyArn(String)}.
   */
  public StudioSessionMapping sessionPolicyArn(ManagedPolicy resource) {
    return set("SessionPolicyArn", resource.ref());
  }

  /**
   * The ID of the Amazon EMR Studio to which the user or group will be mapped.
   *
   * <p>Required. Changing it replaces the resource. Length: 4 to 256 characters. Pattern: {@code
   * ^es-[0-9A-Z]+}. CloudFormation property {@code StudioId}.
   */
  public StudioSessionMapping studioId(String value) {
    return set("StudioId", Value.of(value));
  }

  /** Sets {@code StudioId} to this value; see {@link #studioId(String)}. */
  public StudioSessionMapping studioId(Value<String> value) {
    return set("StudioId", value);
  }

  /**
   * Sets {@code StudioId} to the Ref of {@code AWS::EMR::Studio}; see {@link #studioId(String)}.
   */
  public StudioSessionMapping studioId(Studio resource) {
    return set("StudioId", resource.ref());
  }
}
