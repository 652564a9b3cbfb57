// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.signer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Adds cross-account permissions to a signing profile.
 *
 * <p>CloudFormation type {@code AWS::Signer::ProfilePermission}.
 */
public final class ProfilePermission extends Resource<ProfilePermission> {
  private static final Schema SCHEMA = Schema.builder("AWS::Signer::ProfilePermission")
      .required("Action", "Principal", "ProfileName", "StatementId")
      .constrain("ProfileName", Constraint.of().pattern("^[0-9a-zA-Z_]{2,64}$"))
      .references("ProfileName", "AWS::Signer::SigningProfile.ProfileName")
      .constrain("ProfileVersion", Constraint.of().pattern("^[0-9a-zA-Z]{10}$").minLength(10).maxLength(10))
      .build();

  public ProfilePermission(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS Signer action permitted as part of cross-account permissions.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Action}.
   */
  public ProfilePermission action(String value) {
    return set("Action", Value.of(value));
  }

  /** Sets {@code Action} to this value; see {@link #action(String)}. */
  public ProfilePermission action(Value<String> value) {
    return set("Action", value);
  }

  /**
   * The AWS principal receiving cross-account permissions. This may be an IAM role or another AWS
   * account ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Principal}.
   */
  public ProfilePermission principal(String value) {
    return set("Principal", Value.of(value));
  }

  /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
  public ProfilePermission principal(Value<String> value) {
    return set("Principal", value);
  }

  /**
   * The human-readable name of the signing profile.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[0-9a-zA-Z_]{2,64}$}.
   * CloudFormation property {@code ProfileName}.
   */
  public ProfilePermission profileName(String value) {
    return set("ProfileName", Value.of(value));
  }

  /** Sets {@code ProfileName} to this value; see {@link #profileName(String)}. */
  public ProfilePermission profileName(Value<String> value) {
    return set("ProfileName", value);
  }

  /**
   * Sets {@code ProfileName} to the ProfileName of {@code AWS::Signer::SigningProfile}; see {@link
   * #profileName(String)}.
   */
  public ProfilePermission profileName(SigningProfile resource) {
    return set("ProfileName", resource.profileName());
  }

  /**
   * The version of the signing profile.
   *
   * <p>Changing it replaces the resource. Length: 10 to 10 characters. Pattern: {@code
   * ^[0-9a-zA-Z]{10}$}. CloudFormation property {@code ProfileVersion}.
   */
  public ProfilePermission profileVersion(String value) {
    return set("ProfileVersion", Value.of(value));
  }

  /** Sets {@code ProfileVersion} to this value; see {@link #profileVersion(String)}. */
  public ProfilePermission profileVersion(Value<String> value) {
    return set("ProfileVersion", value);
  }

  /**
   * A unique identifier for the cross-account permission statement.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code StatementId}.
   */
  public ProfilePermission statementId(String value) {
    return set("StatementId", Value.of(value));
  }

  /** Sets {@code StatementId} to this value; see {@link #statementId(String)}. */
  public ProfilePermission statementId(Value<String> value) {
    return set("StatementId", value);
  }
}
