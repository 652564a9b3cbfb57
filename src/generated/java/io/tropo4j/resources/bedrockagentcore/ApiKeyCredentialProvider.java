// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::BedrockAgentCore::ApiKeyCredentialProvider
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::ApiKeyCredentialProvider}.
 */
public final class ApiKeyCredentialProvider extends Resource<ApiKeyCredentialProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::ApiKeyCredentialProvider")
      .required("Name")
      .constrain("ApiKey", Constraint.of().minLength(1).maxLength(65536))
      .allowed("ApiKeySecretSource", "MANAGED", "EXTERNAL")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\-_]+$").minLength(1).maxLength(128))
      .refYields("CredentialProviderArn")
      .attributes("ApiKeySecretArn", "ApiKeySecretJsonKey", "CreatedTime", "CredentialProviderArn",
          "LastUpdatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ApiKeyCredentialProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The API key to use for authentication
   *
   * <p>Length: 1 to 65536 characters. CloudFormation property {@code ApiKey}.
   */
  public ApiKeyCredentialProvider apiKey(String value) {
    return set("ApiKey", Value.of(value));
  }

  /** Sets {@code ApiKey} to this value; see {@link #apiKey(String)}. */
  public ApiKeyCredentialProvider apiKey(Value<String> value) {
    return set("ApiKey", value);
  }

  /**
   * A reference to a customer-provided secret stored in AWS Secrets Manager
   *
   * <p>CloudFormation property {@code ApiKeySecretConfig}.
   */
  public ApiKeyCredentialProvider apiKeySecretConfig(Value<SecretReference> value) {
    return set("ApiKeySecretConfig", value);
  }

  /**
   * The source of the API key secret. Use MANAGED for service-managed secrets or EXTERNAL for
   * customer-provided secrets.
   *
   * <p>Allowed values: {@code MANAGED}, {@code EXTERNAL}. CloudFormation property {@code
   * ApiKeySecretSource}.
   */
  public ApiKeyCredentialProvider apiKeySecretSource(String value) {
    return set("ApiKeySecretSource", Value.of(value));
  }

  /** Sets {@code ApiKeySecretSource} to this value; see {@link #apiKeySecretSource(String)}. */
  public ApiKeyCredentialProvider apiKeySecretSource(Value<String> value) {
    return set("ApiKeySecretSource", value);
  }

  /**
   * The name of the API key credential provider
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-_]+$}. CloudFormation property {@code Name}.
   */
  public ApiKeyCredentialProvider name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ApiKeyCredentialProvider name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Tags to assign to the API key credential provider
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ApiKeyCredentialProvider tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ApiKeyCredentialProvider tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ApiKeyCredentialProvider tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Contains information about the API key secret in AWS Secrets Manager
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApiKeySecretArn}.
   */
  public Value<ApiKeySecretArn> apiKeySecretArn() {
    return getAtt("ApiKeySecretArn");
  }

  /**
   * The JSON key within the secret that contains the API key value
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApiKeySecretJsonKey}.
   */
  public Value<String> apiKeySecretJsonKey() {
    return getAtt("ApiKeySecretJsonKey");
  }

  /**
   * The timestamp when the credential provider was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the API key credential provider
   *
   * <p>{@code Fn::GetAtt} attribute {@code CredentialProviderArn}.
   */
  public Value<String> credentialProviderArn() {
    return getAtt("CredentialProviderArn");
  }

  /**
   * The timestamp when the credential provider was last updated
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * Contains information about the API key secret in AWS Secrets Manager
   *
   * <p>Property type {@code AWS::BedrockAgentCore::ApiKeyCredentialProvider.ApiKeySecretArn}.
   */
  public static final class ApiKeySecretArn extends Struct<ApiKeySecretArn> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::ApiKeyCredentialProvider.ApiKeySecretArn")
        .required("SecretArn")
        .build();

    public ApiKeySecretArn() {
      super(SCHEMA);
    }

    /**
     * The ARN of the secret in AWS Secrets Manager
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public ApiKeySecretArn secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public ApiKeySecretArn secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * A reference to a customer-provided secret stored in AWS Secrets Manager
   *
   * <p>Property type {@code AWS::BedrockAgentCore::ApiKeyCredentialProvider.SecretReference}.
   */
  public static final class SecretReference extends Struct<SecretReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::ApiKeyCredentialProvider.SecretReference")
        .required("JsonKey", "SecretId")
        .constrain("JsonKey", Constraint.of().minLength(1).maxLength(128))
        .constrain("SecretId", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public SecretReference() {
      super(SCHEMA);
    }

    /**
     * The JSON key within the secret that contains the credential value
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code JsonKey}.
     */
    public SecretReference jsonKey(String value) {
      return set("JsonKey", Value.of(value));
    }

    /** Sets {@code JsonKey} to this value; see {@link #jsonKey(String)}. */
    public SecretReference jsonKey(Value<String> value) {
      return set("JsonKey", value);
    }

    /**
     * The ID or ARN of the secret in AWS Secrets Manager
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code SecretId}.
     */
    public SecretReference secretId(String value) {
      return set("SecretId", Value.of(value));
    }

    /** Sets {@code SecretId} to this value; see {@link #secretId(String)}. */
    public SecretReference secretId(Value<String> value) {
      return set("SecretId", value);
    }
  }
}
