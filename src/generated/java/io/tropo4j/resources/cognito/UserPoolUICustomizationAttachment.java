// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A container for the UI customization information for the hosted UI in a user pool.
 *
 * <p>CloudFormation type {@code AWS::Cognito::UserPoolUICustomizationAttachment}.
 */
public final class UserPoolUICustomizationAttachment extends Resource<UserPoolUICustomizationAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolUICustomizationAttachment")
      .required("ClientId", "UserPoolId")
      .references("UserPoolId", "AWS::Cognito::UserPool.Ref")
      .build();

  public UserPoolUICustomizationAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A plaintext CSS file that contains the custom fields that you want to apply to your user pool
   * or app client. To download a template, go to the Amazon Cognito console. Navigate to your user
   * pool <em>App clients</em> tab, select <em>Login pages</em> , edit <em>Hosted UI (classic)
   * style</em> , and select the link to <code>CSS template.css</code> .
   *
   * <p>CloudFormation property {@code CSS}.
   */
  public UserPoolUICustomizationAttachment css(String value) {
    return set("CSS", Value.of(value));
  }

  /** Sets {@code CSS} to this value; see {@link #css(String)}. */
  public UserPoolUICustomizationAttachment css(Value<String> value) {
    return set("CSS", value);
  }

  /**
   * The app client ID for your UI customization. When this value isn't present, the customization
   * applies to all user pool app clients that don't have client-level settings..
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ClientId}.
   */
  public UserPoolUICustomizationAttachment clientId(String value) {
    return set("ClientId", Value.of(value));
  }

  /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
  public UserPoolUICustomizationAttachment clientId(Value<String> value) {
    return set("ClientId", value);
  }

  /**
   * The ID of the user pool where you want to apply branding to the classic hosted UI.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code UserPoolId}.
   */
  public UserPoolUICustomizationAttachment userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public UserPoolUICustomizationAttachment userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /**
   * Sets {@code UserPoolId} to the Ref of {@code AWS::Cognito::UserPool}; see {@link
   * #userPoolId(String)}.
   */
  public UserPoolUICustomizationAttachment userPoolId(UserPool resource) {
    return set("UserPoolId", resource.ref());
  }
}
