// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * A list of the identity pool principal tag assignments for attributes for access control.
 *
 * <p>CloudFormation type {@code AWS::Cognito::IdentityPoolPrincipalTag}.
 */
public final class IdentityPoolPrincipalTag extends Resource<IdentityPoolPrincipalTag> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::IdentityPoolPrincipalTag")
      .required("IdentityPoolId", "IdentityProviderName")
      .build();

  public IdentityPoolPrincipalTag(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identity pool that you want to associate with this principal tag map.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IdentityPoolId}.
   */
  public IdentityPoolPrincipalTag identityPoolId(String value) {
    return set("IdentityPoolId", Value.of(value));
  }

  /** Sets {@code IdentityPoolId} to this value; see {@link #identityPoolId(String)}. */
  public IdentityPoolPrincipalTag identityPoolId(Value<String> value) {
    return set("IdentityPoolId", value);
  }

  /**
   * The identity pool identity provider (IdP) that you want to associate with this principal tag
   * map.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * IdentityProviderName}.
   */
  public IdentityPoolPrincipalTag identityProviderName(String value) {
    return set("IdentityProviderName", Value.of(value));
  }

  /** Sets {@code IdentityProviderName} to this value; see {@link #identityProviderName(String)}. */
  public IdentityPoolPrincipalTag identityProviderName(Value<String> value) {
    return set("IdentityProviderName", value);
  }

  /**
   * A JSON-formatted list of user claims and the principal tags that you want to associate with
   * them. When Amazon Cognito requests credentials, it sets the value of the principal tag to the
   * value of the user's claim.
   *
   * <p>CloudFormation property {@code PrincipalTags}.
   */
  public IdentityPoolPrincipalTag principalTags(Value<Json> value) {
    return set("PrincipalTags", value);
  }

  /**
   * Use a default set of mappings between claims and tags for this provider, instead of a custom
   * map.
   *
   * <p>CloudFormation property {@code UseDefaults}.
   */
  public IdentityPoolPrincipalTag useDefaults(boolean value) {
    return set("UseDefaults", Value.of(value));
  }

  /** Sets {@code UseDefaults} to this value; see {@link #useDefaults(boolean)}. */
  public IdentityPoolPrincipalTag useDefaults(Value<Boolean> value) {
    return set("UseDefaults", value);
  }
}
