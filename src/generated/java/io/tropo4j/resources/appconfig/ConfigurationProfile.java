// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appconfig;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.lambda.Function;
import java.util.List;

/**
 * The <code>AWS::AppConfig::ConfigurationProfile</code> resource creates a configuration profile
 * that enables AWS AppConfig to access the configuration source. Valid configuration sources
 * include AWS Systems Manager (SSM) documents, SSM Parameter Store parameters, and Amazon S3 . A
 * configuration profile includes the following information.
 *
 * <ul> <li>The Uri location of the configuration data. <li>The AWS Identity and Access Management (
 * IAM ) role that provides access to the configuration data. <li>A validator for the configuration
 * data. Available validators include either a JSON Schema or the Amazon Resource Name (ARN) of an
 * AWS Lambda function. </ul>
 *
 * <p>AWS AppConfig requires that you create resources and deploy a configuration in the following
 * order:
 *
 * <ul> <li>Create an application <li>Create an environment <li>Create a configuration profile
 * <li>Choose a pre-defined deployment strategy or create your own <li>Deploy the configuration
 * </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/appconfig/latest/userguide/what-is-appconfig.html">AWS
 * AppConfig</a> in the <em>AWS AppConfig User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AppConfig::ConfigurationProfile}.
 */
public final class ConfigurationProfile extends Resource<ConfigurationProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::ConfigurationProfile")
      .required("ApplicationId", "LocationUri", "Name")
      .constrain("ApplicationId", Constraint.of().pattern("[a-z0-9]{4,7}"))
      .references("ApplicationId", "AWS::AppConfig::Application.Ref")
      .allowed("DeletionProtectionCheck", "ACCOUNT_DEFAULT", "APPLY", "BYPASS")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("KmsKeyIdentifier", Constraint.of().minLength(1).maxLength(2048))
      .constrain("LocationUri", Constraint.of().minLength(1).maxLength(2048))
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .constrain("RetrievalRoleArn", Constraint.of().pattern("^((arn):(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov|aws-eusc):(iam)::\\d{12}:role[/].*)$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RetrievalRoleArn", "AWS::IAM::Role.Arn")
      .constrain("Type", Constraint.of().pattern("^[a-zA-Z\\.]+"))
      .refYields("ConfigurationProfileId")
      .attributes("ConfigurationProfileId", "KmsKeyArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConfigurationProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The application ID.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [a-z0-9]{4,7}}. CloudFormation
   * property {@code ApplicationId}.
   */
  public ConfigurationProfile applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public ConfigurationProfile applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * Sets {@code ApplicationId} to the Ref of {@code AWS::AppConfig::Application}; see {@link
   * #applicationId(String)}.
   */
  public ConfigurationProfile applicationId(Application resource) {
    return set("ApplicationId", resource.ref());
  }

  /**
   * A parameter to configure deletion protection. Deletion protection prevents a user from deleting
   * a configuration profile if your application has called either <a
   * href="https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_appconfigdata_GetLatestConfiguration.html">GetLatestConfiguration</a>
   * or <a
   * href="https://docs.aws.amazon.com/appconfig/2019-10-09/APIReference/API_GetConfiguration.html">GetConfiguration</a>
   * for the configuration profile during the specified interval.
   *
   * <p>This parameter supports the following values:
   *
   * <ul> <li><code>BYPASS</code> : Instructs AWS AppConfig to bypass the deletion protection check
   * and delete a configuration profile even if deletion protection would have otherwise prevented
   * it. <li><code>APPLY</code> : Instructs the deletion protection check to run, even if deletion
   * protection is disabled at the account level. <code>APPLY</code> also forces the deletion
   * protection check to run against resources created in the past hour, which are normally excluded
   * from deletion protection checks. <li><code>ACCOUNT_DEFAULT</code> : The default setting, which
   * instructs AWS AppConfig to implement the deletion protection value specified in the
   * <code>UpdateAccountSettings</code> API. </ul>
   *
   * <p>Allowed values: {@code ACCOUNT_DEFAULT}, {@code APPLY}, {@code BYPASS}. CloudFormation
   * property {@code DeletionProtectionCheck}.
   */
  public ConfigurationProfile deletionProtectionCheck(String value) {
    return set("DeletionProtectionCheck", Value.of(value));
  }

  /**
   * Sets {@code DeletionProtectionCheck} to this value; see {@link
   * #deletionProtectionCheck(String)}.
   */
  public ConfigurationProfile deletionProtectionCheck(Value<String> value) {
    return set("DeletionProtectionCheck", value);
  }

  /**
   * A description of the configuration profile.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public ConfigurationProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ConfigurationProfile description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The AWS Key Management Service key identifier (key ID, key alias, or key ARN) provided when the
   * resource was created or updated.
   *
   * <p>Length: 1 to 2048 characters. CloudFormation property {@code KmsKeyIdentifier}.
   */
  public ConfigurationProfile kmsKeyIdentifier(String value) {
    return set("KmsKeyIdentifier", Value.of(value));
  }

  /** Sets {@code KmsKeyIdentifier} to this value; see {@link #kmsKeyIdentifier(String)}. */
  public ConfigurationProfile kmsKeyIdentifier(Value<String> value) {
    return set("KmsKeyIdentifier", value);
  }

  /**
   * A URI to locate the configuration. You can specify the following:
   *
   * <ul> <li>For the AWS AppConfig hosted configuration store and for feature flags, specify
   * <code>hosted</code> . <li>For an AWS Systems Manager Parameter Store parameter, specify either
   * the parameter name in the format <code>ssm-parameter://&lt;parameter name&gt;</code> or the
   * ARN. <li>For an AWS CodePipeline pipeline, specify the URI in the following format:
   * <code>codepipeline</code> ://&lt;pipeline name&gt;. <li>For an AWS Secrets Manager secret,
   * specify the URI in the following format: <code>secretsmanager</code> ://&lt;secret name&gt;.
   * <li>For an Amazon S3 object, specify the URI in the following format:
   * <code>s3://&lt;bucket&gt;/&lt;objectKey&gt;</code> . Here is an example:
   * <code>s3://amzn-s3-demo-bucket/my-app/us-east-1/my-config.json</code> <li>For an SSM document,
   * specify either the document name in the format <code>ssm-document://&lt;document
   * name&gt;</code> or the Amazon Resource Name (ARN). </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation
   * property {@code LocationUri}.
   */
  public ConfigurationProfile locationUri(String value) {
    return set("LocationUri", Value.of(value));
  }

  /** Sets {@code LocationUri} to this value; see {@link #locationUri(String)}. */
  public ConfigurationProfile locationUri(Value<String> value) {
    return set("LocationUri", value);
  }

  /**
   * A name for the configuration profile.
   *
   * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
   */
  public ConfigurationProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConfigurationProfile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of an IAM role with permission to access the configuration at the specified
   * <code>LocationUri</code> .
   *
   * <p>A retrieval role ARN is not required for configurations stored in AWS CodePipeline or the
   * AWS AppConfig hosted configuration store. It is required for all other sources that store your
   * configuration.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^((arn):(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov|aws-eusc):(iam)::&#92;d{12}:role[/].*)$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RetrievalRoleArn}.
   */
  public ConfigurationProfile retrievalRoleArn(String value) {
    return set("RetrievalRoleArn", Value.of(value));
  }

  /** Sets {@code RetrievalRoleArn} to this value; see {@link #retrievalRoleArn(String)}. */
  public ConfigurationProfile retrievalRoleArn(Value<String> value) {
    return set("RetrievalRoleArn", value);
  }

  /**
   * Sets {@code RetrievalRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #retrievalRoleArn(String)}.
   */
  public ConfigurationProfile retrievalRoleArn(Role resource) {
    return set("RetrievalRoleArn", resource.arn());
  }

  /**
   * Metadata to assign to the configuration profile. Tags help organize and categorize your AWS
   * AppConfig resources. Each tag consists of a key and an optional value, both of which you
   * define.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConfigurationProfile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConfigurationProfile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConfigurationProfile tags(io.tropo4j.core.Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of configurations contained in the profile. AWS AppConfig supports <code>feature
   * flags</code> and <code>freeform</code> configurations. We recommend you create feature flag
   * configurations to enable or disable new features and freeform configurations to distribute
   * configurations to an application. When calling this API, enter one of the following values for
   * <code>Type</code> :
   *
   * <p><code>AWS.AppConfig.FeatureFlags</code>
   *
   * <p><code>AWS.Freeform</code>
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z&#92;.]+}. CloudFormation
   * property {@code Type}.
   */
  public ConfigurationProfile typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public ConfigurationProfile typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * A list of methods for validating the configuration.
   *
   * <p>CloudFormation property {@code Validators}.
   */
  public ConfigurationProfile validators(List<Validators> value) {
    return set("Validators", Value.listOf(value));
  }

  /** Sets {@code Validators} to this value; see {@link #validators(List)}. */
  public ConfigurationProfile validators(Value<List<Validators>> value) {
    return set("Validators", value);
  }

  /** Sets {@code Validators} to a list of these; see {@link #validators(List)}. */
  public ConfigurationProfile validators(Validators... values) {
    return set("Validators", Value.list(values));
  }

  /**
   * The configuration profile ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfigurationProfileId}.
   */
  public Value<String> configurationProfileId() {
    return getAtt("ConfigurationProfileId");
  }

  /**
   * The Amazon Resource Name of the AWS Key Management Service key to encrypt new configuration
   * data versions in the AWS AppConfig hosted configuration store. This attribute is only used for
   * <code>hosted</code> configuration types. To encrypt data managed in other configuration stores,
   * see the documentation for how to specify an AWS key for that particular service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KmsKeyArn}.
   */
  public Value<String> kmsKeyArn() {
    return getAtt("KmsKeyArn");
  }

  /**
   * Metadata to assign to the configuration profile. Tags help organize and categorize your AWS
   * AppConfig resources. Each tag consists of a key and an optional value, both of which you
   * define.
   *
   * <p>Property type {@code AWS::AppConfig::ConfigurationProfile.Tags}.
   */
  public static final class Tags extends Struct<Tags> {
    private static final Schema SCHEMA = Schema.of("AWS::AppConfig::ConfigurationProfile.Tags");

    public Tags() {
      super(SCHEMA);
    }

    /**
     * The key-value string map. The valid character set is <code>[a-zA-Z+-=._:/]</code> . The tag
     * key can be up to 128 characters and must not start with <code>aws:</code> .
     *
     * <p>CloudFormation property {@code Key}.
     */
    public Tags key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Tags key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag value can be up to 256 characters.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public Tags value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Tags value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * A validator provides a syntactic or semantic check to ensure the configuration that you want to
   * deploy functions as intended. To validate your application configuration data, you provide a
   * schema or an AWS Lambda function that runs against the configuration. The configuration
   * deployment or update can only proceed when the configuration data is valid. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/appconfig/latest/userguide/appconfig-creating-configuration-profile.html#appconfig-creating-configuration-and-profile-validators">About
   * validators</a> in the <em>AWS AppConfig User Guide</em> .
   *
   * <p>Property type {@code AWS::AppConfig::ConfigurationProfile.Validators}.
   */
  public static final class Validators extends Struct<Validators> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::ConfigurationProfile.Validators")
        .constrain("Content", Constraint.of().minLength(0).maxLength(32768))
        .references("Content", "AWS::Lambda::Function.Arn")
        .allowed("Type", "JSON_SCHEMA", "LAMBDA")
        .build();

    public Validators() {
      super(SCHEMA);
    }

    /**
     * Either the JSON Schema content or the Amazon Resource Name (ARN) of an Lambda function.
     *
     * <p>Length: 0 to 32768 characters. CloudFormation property {@code Content}.
     */
    public Validators content(String value) {
      return set("Content", Value.of(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(String)}. */
    public Validators content(Value<String> value) {
      return set("Content", value);
    }

    /**
     * Sets {@code Content} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #content(String)}.
     */
    public Validators content(Function resource) {
      return set("Content", resource.arn());
    }

    /**
     * AWS AppConfig supports validators of type <code>JSON_SCHEMA</code> and <code>LAMBDA</code>
     *
     * <p>Allowed values: {@code JSON_SCHEMA}, {@code LAMBDA}. CloudFormation property {@code Type}.
     */
    public Validators type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Validators type(Value<String> value) {
      return set("Type", value);
    }
  }
}
