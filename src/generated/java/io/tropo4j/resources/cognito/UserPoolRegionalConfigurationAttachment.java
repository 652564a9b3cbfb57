// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Resource Type definition for AWS::Cognito::UserPoolRegionalConfigurationAttachment
 *
 * <p>CloudFormation type {@code AWS::Cognito::UserPoolRegionalConfigurationAttachment}.
 */
public final class UserPoolRegionalConfigurationAttachment extends Resource<UserPoolRegionalConfigurationAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRegionalConfigurationAttachment")
      .required("UserPoolId")
      .refYields("UserPoolId")
      .tags("UserPoolTags", Schema.TagForm.MAP)
      .build();

  public UserPoolRegionalConfigurationAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code EmailConfiguration}. */
  public UserPoolRegionalConfigurationAttachment emailConfiguration(Value<EmailConfiguration> value) {
    return set("EmailConfiguration", value);
  }

  /** CloudFormation property {@code LambdaConfig}. */
  public UserPoolRegionalConfigurationAttachment lambdaConfig(Value<LambdaConfig> value) {
    return set("LambdaConfig", value);
  }

  /** CloudFormation property {@code SmsConfiguration}. */
  public UserPoolRegionalConfigurationAttachment smsConfiguration(Value<SmsConfiguration> value) {
    return set("SmsConfiguration", value);
  }

  /**
   * The status of the replica. Set to ACTIVE or INACTIVE.
   *
   * <p>CloudFormation property {@code Status}.
   */
  public UserPoolRegionalConfigurationAttachment status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public UserPoolRegionalConfigurationAttachment status(Value<String> value) {
    return set("Status", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code UserPoolId}. */
  public UserPoolRegionalConfigurationAttachment userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public UserPoolRegionalConfigurationAttachment userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /** CloudFormation property {@code UserPoolTags}. */
  public UserPoolRegionalConfigurationAttachment userPoolTags(Map<String, String> value) {
    return set("UserPoolTags", Value.mapOf(value));
  }

  /** Sets {@code UserPoolTags} to this value; see {@link #userPoolTags(Map)}. */
  public UserPoolRegionalConfigurationAttachment userPoolTags(Value<Map<String, String>> value) {
    return set("UserPoolTags", value);
  }

  /**
   * Sets {@code UserPoolTags} to the tags, as a map of key to value; see {@link
   * #userPoolTags(Map)}.
   */
  public UserPoolRegionalConfigurationAttachment userPoolTags(Tags tags) {
    return set("UserPoolTags", tags.asMap());
  }

  /**
   * Property type {@code AWS::Cognito::UserPoolRegionalConfigurationAttachment.CustomEmailSender}.
   */
  public static final class CustomEmailSender extends Struct<CustomEmailSender> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRegionalConfigurationAttachment.CustomEmailSender")
        .constrain("LambdaArn", Constraint.of().format("AWS::Lambda::Function.Arn"))
        .build();

    public CustomEmailSender() {
      super(SCHEMA);
    }

    /** Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}. */
    public CustomEmailSender lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public CustomEmailSender lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /** CloudFormation property {@code LambdaVersion}. */
    public CustomEmailSender lambdaVersion(String value) {
      return set("LambdaVersion", Value.of(value));
    }

    /** Sets {@code LambdaVersion} to this value; see {@link #lambdaVersion(String)}. */
    public CustomEmailSender lambdaVersion(Value<String> value) {
      return set("LambdaVersion", value);
    }
  }

  /**
   * Property type {@code AWS::Cognito::UserPoolRegionalConfigurationAttachment.CustomSMSSender}.
   */
  public static final class CustomSMSSender extends Struct<CustomSMSSender> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRegionalConfigurationAttachment.CustomSMSSender")
        .constrain("LambdaArn", Constraint.of().format("AWS::Lambda::Function.Arn"))
        .build();

    public CustomSMSSender() {
      super(SCHEMA);
    }

    /** Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}. */
    public CustomSMSSender lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public CustomSMSSender lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /** CloudFormation property {@code LambdaVersion}. */
    public CustomSMSSender lambdaVersion(String value) {
      return set("LambdaVersion", Value.of(value));
    }

    /** Sets {@code LambdaVersion} to this value; see {@link #lambdaVersion(String)}. */
    public CustomSMSSender lambdaVersion(Value<String> value) {
      return set("LambdaVersion", value);
    }
  }

  /**
   * Property type {@code AWS::Cognito::UserPoolRegionalConfigurationAttachment.EmailConfiguration}.
   */
  public static final class EmailConfiguration extends Struct<EmailConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::UserPoolRegionalConfigurationAttachment.EmailConfiguration");

    public EmailConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ConfigurationSet}. */
    public EmailConfiguration configurationSet(String value) {
      return set("ConfigurationSet", Value.of(value));
    }

    /** Sets {@code ConfigurationSet} to this value; see {@link #configurationSet(String)}. */
    public EmailConfiguration configurationSet(Value<String> value) {
      return set("ConfigurationSet", value);
    }

    /** CloudFormation property {@code EmailSendingAccount}. */
    public EmailConfiguration emailSendingAccount(String value) {
      return set("EmailSendingAccount", Value.of(value));
    }

    /** Sets {@code EmailSendingAccount} to this value; see {@link #emailSendingAccount(String)}. */
    public EmailConfiguration emailSendingAccount(Value<String> value) {
      return set("EmailSendingAccount", value);
    }

    /** CloudFormation property {@code From}. */
    public EmailConfiguration from(String value) {
      return set("From", Value.of(value));
    }

    /** Sets {@code From} to this value; see {@link #from(String)}. */
    public EmailConfiguration from(Value<String> value) {
      return set("From", value);
    }

    /** CloudFormation property {@code ReplyToEmailAddress}. */
    public EmailConfiguration replyToEmailAddress(String value) {
      return set("ReplyToEmailAddress", Value.of(value));
    }

    /** Sets {@code ReplyToEmailAddress} to this value; see {@link #replyToEmailAddress(String)}. */
    public EmailConfiguration replyToEmailAddress(Value<String> value) {
      return set("ReplyToEmailAddress", value);
    }

    /** CloudFormation property {@code SourceArn}. */
    public EmailConfiguration sourceArn(String value) {
      return set("SourceArn", Value.of(value));
    }

    /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
    public EmailConfiguration sourceArn(Value<String> value) {
      return set("SourceArn", value);
    }
  }

  /**
   * Property type {@code
   * AWS::Cognito::UserPoolRegionalConfigurationAttachment.EumsSmsConfiguration}.
   */
  public static final class EumsSmsConfiguration extends Struct<EumsSmsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRegionalConfigurationAttachment.EumsSmsConfiguration")
        .required("CallerArn")
        .build();

    public EumsSmsConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code CallerArn}. */
    public EumsSmsConfiguration callerArn(String value) {
      return set("CallerArn", Value.of(value));
    }

    /** Sets {@code CallerArn} to this value; see {@link #callerArn(String)}. */
    public EumsSmsConfiguration callerArn(Value<String> value) {
      return set("CallerArn", value);
    }

    /** CloudFormation property {@code ConfigurationSetName}. */
    public EumsSmsConfiguration configurationSetName(String value) {
      return set("ConfigurationSetName", Value.of(value));
    }

    /**
     * Sets {@code ConfigurationSetName} to this value; see {@link #configurationSetName(String)}.
     */
    public EumsSmsConfiguration configurationSetName(Value<String> value) {
      return set("ConfigurationSetName", value);
    }

    /** CloudFormation property {@code ExternalId}. */
    public EumsSmsConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public EumsSmsConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /** CloudFormation property {@code InEntityId}. */
    public EumsSmsConfiguration inEntityId(String value) {
      return set("InEntityId", Value.of(value));
    }

    /** Sets {@code InEntityId} to this value; see {@link #inEntityId(String)}. */
    public EumsSmsConfiguration inEntityId(Value<String> value) {
      return set("InEntityId", value);
    }

    /** CloudFormation property {@code InTemplateId}. */
    public EumsSmsConfiguration inTemplateId(String value) {
      return set("InTemplateId", Value.of(value));
    }

    /** Sets {@code InTemplateId} to this value; see {@link #inTemplateId(String)}. */
    public EumsSmsConfiguration inTemplateId(Value<String> value) {
      return set("InTemplateId", value);
    }

    /** CloudFormation property {@code OriginationIdentity}. */
    public EumsSmsConfiguration originationIdentity(String value) {
      return set("OriginationIdentity", Value.of(value));
    }

    /** Sets {@code OriginationIdentity} to this value; see {@link #originationIdentity(String)}. */
    public EumsSmsConfiguration originationIdentity(Value<String> value) {
      return set("OriginationIdentity", value);
    }

    /** CloudFormation property {@code Region}. */
    public EumsSmsConfiguration region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public EumsSmsConfiguration region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * Property type {@code AWS::Cognito::UserPoolRegionalConfigurationAttachment.InboundFederation}.
   */
  public static final class InboundFederation extends Struct<InboundFederation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRegionalConfigurationAttachment.InboundFederation")
        .constrain("LambdaArn", Constraint.of().format("AWS::Lambda::Function.Arn"))
        .build();

    public InboundFederation() {
      super(SCHEMA);
    }

    /** Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}. */
    public InboundFederation lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public InboundFederation lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /** CloudFormation property {@code LambdaVersion}. */
    public InboundFederation lambdaVersion(String value) {
      return set("LambdaVersion", Value.of(value));
    }

    /** Sets {@code LambdaVersion} to this value; see {@link #lambdaVersion(String)}. */
    public InboundFederation lambdaVersion(Value<String> value) {
      return set("LambdaVersion", value);
    }
  }

  /** Property type {@code AWS::Cognito::UserPoolRegionalConfigurationAttachment.LambdaConfig}. */
  public static final class LambdaConfig extends Struct<LambdaConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::UserPoolRegionalConfigurationAttachment.LambdaConfig");

    public LambdaConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CreateAuthChallenge}. */
    public LambdaConfig createAuthChallenge(String value) {
      return set("CreateAuthChallenge", Value.of(value));
    }

    /** Sets {@code CreateAuthChallenge} to this value; see {@link #createAuthChallenge(String)}. */
    public LambdaConfig createAuthChallenge(Value<String> value) {
      return set("CreateAuthChallenge", value);
    }

    /** CloudFormation property {@code CustomEmailSender}. */
    public LambdaConfig customEmailSender(Value<CustomEmailSender> value) {
      return set("CustomEmailSender", value);
    }

    /** CloudFormation property {@code CustomMessage}. */
    public LambdaConfig customMessage(String value) {
      return set("CustomMessage", Value.of(value));
    }

    /** Sets {@code CustomMessage} to this value; see {@link #customMessage(String)}. */
    public LambdaConfig customMessage(Value<String> value) {
      return set("CustomMessage", value);
    }

    /** CloudFormation property {@code CustomSMSSender}. */
    public LambdaConfig customSMSSender(Value<CustomSMSSender> value) {
      return set("CustomSMSSender", value);
    }

    /** CloudFormation property {@code DefineAuthChallenge}. */
    public LambdaConfig defineAuthChallenge(String value) {
      return set("DefineAuthChallenge", Value.of(value));
    }

    /** Sets {@code DefineAuthChallenge} to this value; see {@link #defineAuthChallenge(String)}. */
    public LambdaConfig defineAuthChallenge(Value<String> value) {
      return set("DefineAuthChallenge", value);
    }

    /** CloudFormation property {@code InboundFederation}. */
    public LambdaConfig inboundFederation(Value<InboundFederation> value) {
      return set("InboundFederation", value);
    }

    /** CloudFormation property {@code KMSKeyID}. */
    public LambdaConfig kmsKeyID(String value) {
      return set("KMSKeyID", Value.of(value));
    }

    /** Sets {@code KMSKeyID} to this value; see {@link #kmsKeyID(String)}. */
    public LambdaConfig kmsKeyID(Value<String> value) {
      return set("KMSKeyID", value);
    }

    /** CloudFormation property {@code PostAuthentication}. */
    public LambdaConfig postAuthentication(String value) {
      return set("PostAuthentication", Value.of(value));
    }

    /** Sets {@code PostAuthentication} to this value; see {@link #postAuthentication(String)}. */
    public LambdaConfig postAuthentication(Value<String> value) {
      return set("PostAuthentication", value);
    }

    /** CloudFormation property {@code PostConfirmation}. */
    public LambdaConfig postConfirmation(String value) {
      return set("PostConfirmation", Value.of(value));
    }

    /** Sets {@code PostConfirmation} to this value; see {@link #postConfirmation(String)}. */
    public LambdaConfig postConfirmation(Value<String> value) {
      return set("PostConfirmation", value);
    }

    /** CloudFormation property {@code PreAuthentication}. */
    public LambdaConfig preAuthentication(String value) {
      return set("PreAuthentication", Value.of(value));
    }

    /** Sets {@code PreAuthentication} to this value; see {@link #preAuthentication(String)}. */
    public LambdaConfig preAuthentication(Value<String> value) {
      return set("PreAuthentication", value);
    }

    /** CloudFormation property {@code PreSignUp}. */
    public LambdaConfig preSignUp(String value) {
      return set("PreSignUp", Value.of(value));
    }

    /** Sets {@code PreSignUp} to this value; see {@link #preSignUp(String)}. */
    public LambdaConfig preSignUp(Value<String> value) {
      return set("PreSignUp", value);
    }

    /** CloudFormation property {@code PreTokenGeneration}. */
    public LambdaConfig preTokenGeneration(String value) {
      return set("PreTokenGeneration", Value.of(value));
    }

    /** Sets {@code PreTokenGeneration} to this value; see {@link #preTokenGeneration(String)}. */
    public LambdaConfig preTokenGeneration(Value<String> value) {
      return set("PreTokenGeneration", value);
    }

    /** CloudFormation property {@code PreTokenGenerationConfig}. */
    public LambdaConfig preTokenGenerationConfig(Value<PreTokenGenerationConfig> value) {
      return set("PreTokenGenerationConfig", value);
    }

    /** CloudFormation property {@code UserMigration}. */
    public LambdaConfig userMigration(String value) {
      return set("UserMigration", Value.of(value));
    }

    /** Sets {@code UserMigration} to this value; see {@link #userMigration(String)}. */
    public LambdaConfig userMigration(Value<String> value) {
      return set("UserMigration", value);
    }

    /** CloudFormation property {@code VerifyAuthChallengeResponse}. */
    public LambdaConfig verifyAuthChallengeResponse(String value) {
      return set("VerifyAuthChallengeResponse", Value.of(value));
    }

    /**
     * Sets {@code VerifyAuthChallengeResponse} to this value; see {@link
     * #verifyAuthChallengeResponse(String)}.
     */
    public LambdaConfig verifyAuthChallengeResponse(Value<String> value) {
      return set("VerifyAuthChallengeResponse", value);
    }
  }

  /**
   * Property type {@code
   * AWS::Cognito::UserPoolRegionalConfigurationAttachment.PreTokenGenerationConfig}.
   */
  public static final class PreTokenGenerationConfig extends Struct<PreTokenGenerationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolRegionalConfigurationAttachment.PreTokenGenerationConfig")
        .constrain("LambdaArn", Constraint.of().format("AWS::Lambda::Function.Arn"))
        .build();

    public PreTokenGenerationConfig() {
      super(SCHEMA);
    }

    /** Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}. */
    public PreTokenGenerationConfig lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public PreTokenGenerationConfig lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /** CloudFormation property {@code LambdaVersion}. */
    public PreTokenGenerationConfig lambdaVersion(String value) {
      return set("LambdaVersion", Value.of(value));
    }

    /** Sets {@code LambdaVersion} to this value; see {@link #lambdaVersion(String)}. */
    public PreTokenGenerationConfig lambdaVersion(Value<String> value) {
      return set("LambdaVersion", value);
    }
  }

  /**
   * Property type {@code AWS::Cognito::UserPoolRegionalConfigurationAttachment.SmsConfiguration}.
   */
  public static final class SmsConfiguration extends Struct<SmsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Cognito::UserPoolRegionalConfigurationAttachment.SmsConfiguration");

    public SmsConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code EumsSms}. */
    public SmsConfiguration eumsSms(Value<EumsSmsConfiguration> value) {
      return set("EumsSms", value);
    }

    /** CloudFormation property {@code ExternalId}. */
    public SmsConfiguration externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public SmsConfiguration externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /** CloudFormation property {@code SnsCallerArn}. */
    public SmsConfiguration snsCallerArn(String value) {
      return set("SnsCallerArn", Value.of(value));
    }

    /** Sets {@code SnsCallerArn} to this value; see {@link #snsCallerArn(String)}. */
    public SmsConfiguration snsCallerArn(Value<String> value) {
      return set("SnsCallerArn", value);
    }

    /** CloudFormation property {@code SnsRegion}. */
    public SmsConfiguration snsRegion(String value) {
      return set("SnsRegion", Value.of(value));
    }

    /** Sets {@code SnsRegion} to this value; see {@link #snsRegion(String)}. */
    public SmsConfiguration snsRegion(Value<String> value) {
      return set("SnsRegion", value);
    }
  }
}
