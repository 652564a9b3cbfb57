// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::Cognito::UserPoolUser</code> resource creates an Amazon Cognito user pool user.
 *
 * <p>CloudFormation type {@code AWS::Cognito::UserPoolUser}.
 */
public final class UserPoolUser extends Resource<UserPoolUser> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolUser")
      .required("UserPoolId")
      .constrain("ClientMetadata", Constraint.of().format("json"))
      .references("UserPoolId", "AWS::Cognito::UserPool.Ref")
      .refYields("Username")
      .build();

  public UserPoolUser(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A map of custom key-value pairs that you can provide as input for any custom workflows that
   * this action triggers. You create custom workflows by assigning AWS Lambda functions to user
   * pool triggers.
   *
   * <p>When Amazon Cognito invokes any of these functions, it passes a JSON payload, which the
   * function receives as input. This payload contains a <code>clientMetadata</code> attribute that
   * provides the data that you assigned to the ClientMetadata parameter in your request. In your
   * function code, you can process the <code>clientMetadata</code> value to enhance your workflow
   * for your specific needs.
   *
   * <p>To review the Lambda trigger types that Amazon Cognito invokes at runtime with API requests,
   * see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#lambda-triggers-by-event">Connecting
   * API actions to Lambda triggers</a> in the <em>Amazon Cognito Developer Guide</em> .
   *
   * <p>When you use the <code>ClientMetadata</code> parameter, note that Amazon Cognito won't do
   * the following: - Store the <code>ClientMetadata</code> value. This data is available only to
   * AWS Lambda triggers that are assigned to a user pool to support custom workflows. If your user
   * pool configuration doesn't include triggers, the <code>ClientMetadata</code> parameter serves
   * no purpose. - Validate the <code>ClientMetadata</code> value. - Encrypt the
   * <code>ClientMetadata</code> value. Don't send sensitive information in this parameter.
   *
   * <p>Changing it replaces the resource. Format: {@code json}. CloudFormation property {@code
   * ClientMetadata}.
   */
  public UserPoolUser clientMetadata(Map<String, String> value) {
    return set("ClientMetadata", Value.mapOf(value));
  }

  /** Sets {@code ClientMetadata} to this value; see {@link #clientMetadata(Map)}. */
  public UserPoolUser clientMetadata(Value<Map<String, String>> value) {
    return set("ClientMetadata", value);
  }

  /**
   * Specify <code>EMAIL</code> if email will be used to send the welcome message. Specify
   * <code>SMS</code> if the phone number will be used. The default value is <code>SMS</code> . You
   * can specify more than one value.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DesiredDeliveryMediums}.
   */
  public UserPoolUser desiredDeliveryMediums(List<String> value) {
    return set("DesiredDeliveryMediums", Value.listOf(value));
  }

  /**
   * Sets {@code DesiredDeliveryMediums} to this value; see {@link #desiredDeliveryMediums(List)}.
   */
  public UserPoolUser desiredDeliveryMediums(Value<List<String>> value) {
    return set("DesiredDeliveryMediums", value);
  }

  /**
   * This parameter is used only if the <code>phone_number_verified</code> or
   * <code>email_verified</code> attribute is set to <code>True</code> . Otherwise, it is ignored.
   *
   * <p>If this parameter is set to <code>True</code> and the phone number or email address
   * specified in the <code>UserAttributes</code> parameter already exists as an alias with a
   * different user, this request migrates the alias from the previous user to the newly-created
   * user. The previous user will no longer be able to log in using that alias.
   *
   * <p>If this parameter is set to <code>False</code> , the API throws an
   * <code>AliasExistsException</code> error if the alias already exists. The default value is
   * <code>False</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ForceAliasCreation}.
   */
  public UserPoolUser forceAliasCreation(boolean value) {
    return set("ForceAliasCreation", Value.of(value));
  }

  /** Sets {@code ForceAliasCreation} to this value; see {@link #forceAliasCreation(boolean)}. */
  public UserPoolUser forceAliasCreation(Value<Boolean> value) {
    return set("ForceAliasCreation", value);
  }

  /**
   * Set to <code>RESEND</code> to resend the invitation message to a user that already exists, and
   * to reset the temporary-password duration with a new temporary password. Set to
   * <code>SUPPRESS</code> to suppress sending the message. You can specify only one value.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MessageAction}.
   */
  public UserPoolUser messageAction(String value) {
    return set("MessageAction", Value.of(value));
  }

  /** Sets {@code MessageAction} to this value; see {@link #messageAction(String)}. */
  public UserPoolUser messageAction(Value<String> value) {
    return set("MessageAction", value);
  }

  /**
   * An array of name-value pairs that contain user attributes and attribute values to be set for
   * the user to be created. You can create a user without specifying any attributes other than
   * <code>Username</code> . However, any attributes that you specify as required (when creating a
   * user pool or in the <em>Attributes</em> tab of the console) either you should supply (in your
   * call to <code>AdminCreateUser</code> ) or the user should supply (when they sign up in response
   * to your welcome message).
   *
   * <p>For custom attributes, you must prepend the <code>custom:</code> prefix to the attribute
   * name.
   *
   * <p>To send a message inviting the user to sign up, you must specify the user's email address or
   * phone number. You can do this in your call to AdminCreateUser or in the <em>Users</em> tab of
   * the Amazon Cognito console for managing your user pools.
   *
   * <p>You must also provide an email address or phone number when you expect the user to do
   * passwordless sign-in with an email or SMS OTP. These attributes must be provided when
   * passwordless options are the only available, or when you don't submit a
   * <code>TemporaryPassword</code> .
   *
   * <p>In your call to <code>AdminCreateUser</code> , you can set the <code>email_verified</code>
   * attribute to <code>True</code> , and you can set the <code>phone_number_verified</code>
   * attribute to <code>True</code> .
   *
   * <ul> <li><em>email</em> : The email address of the user to whom the message that contains the
   * code and username will be sent. Required if the <code>email_verified</code> attribute is set to
   * <code>True</code> , or if <code>"EMAIL"</code> is specified in the
   * <code>DesiredDeliveryMediums</code> parameter. <li><em>phone_number</em> : The phone number of
   * the user to whom the message that contains the code and username will be sent. Required if the
   * <code>phone_number_verified</code> attribute is set to <code>True</code> , or if
   * <code>"SMS"</code> is specified in the <code>DesiredDeliveryMediums</code> parameter. </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code UserAttributes}.
   */
  public UserPoolUser userAttributes(List<AttributeType> value) {
    return set("UserAttributes", Value.listOf(value));
  }

  /** Sets {@code UserAttributes} to this value; see {@link #userAttributes(List)}. */
  public UserPoolUser userAttributes(Value<List<AttributeType>> value) {
    return set("UserAttributes", value);
  }

  /** Sets {@code UserAttributes} to a list of these; see {@link #userAttributes(List)}. */
  public UserPoolUser userAttributes(AttributeType... values) {
    return set("UserAttributes", Value.list(values));
  }

  /**
   * The ID of the user pool where you want to create a user.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code UserPoolId}.
   */
  public UserPoolUser userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public UserPoolUser userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /**
   * Sets {@code UserPoolId} to the Ref of {@code AWS::Cognito::UserPool}; see {@link
   * #userPoolId(String)}.
   */
  public UserPoolUser userPoolId(UserPool resource) {
    return set("UserPoolId", resource.ref());
  }

  /**
   * The value that you want to set as the username sign-in attribute. The following conditions
   * apply to the username parameter.
   *
   * <ul> <li>The username can't be a duplicate of another username in the same user pool. <li>You
   * can't change the value of a username after you create it. <li>You can only provide a value if
   * usernames are a valid sign-in attribute for your user pool. If your user pool only supports
   * phone numbers or email addresses as sign-in attributes, Amazon Cognito automatically generates
   * a username value. For more information, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases">Customizing
   * sign-in attributes</a> . </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Username}.
   */
  public UserPoolUser username(String value) {
    return set("Username", Value.of(value));
  }

  /** Sets {@code Username} to this value; see {@link #username(String)}. */
  public UserPoolUser username(Value<String> value) {
    return set("Username", value);
  }

  /**
   * Temporary user attributes that contribute to the outcomes of your pre sign-up Lambda trigger.
   * This set of key-value pairs are for custom validation of information that you collect from your
   * users but don't need to retain.
   *
   * <p>Your Lambda function can analyze this additional data and act on it. Your function can
   * automatically confirm and verify select users or perform external API operations like logging
   * user attributes and validation data to Amazon CloudWatch Logs.
   *
   * <p>For more information about the pre sign-up Lambda trigger, see <a
   * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html">Pre
   * sign-up Lambda trigger</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ValidationData}.
   */
  public UserPoolUser validationData(List<AttributeType> value) {
    return set("ValidationData", Value.listOf(value));
  }

  /** Sets {@code ValidationData} to this value; see {@link #validationData(List)}. */
  public UserPoolUser validationData(Value<List<AttributeType>> value) {
    return set("ValidationData", value);
  }

  /** Sets {@code ValidationData} to a list of these; see {@link #validationData(List)}. */
  public UserPoolUser validationData(AttributeType... values) {
    return set("ValidationData", Value.list(values));
  }

  /**
   * The name and value of a user attribute.
   *
   * <p>Property type {@code AWS::Cognito::UserPoolUser.AttributeType}.
   */
  public static final class AttributeType extends Struct<AttributeType> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::UserPoolUser.AttributeType");

    public AttributeType() {
      super(SCHEMA);
    }

    /**
     * The name of the attribute.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public AttributeType name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AttributeType name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the attribute.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Value}.
     */
    public AttributeType value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public AttributeType value(Value<String> value) {
      return set("Value", value);
    }
  }
}
