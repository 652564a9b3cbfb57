// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.qbusiness;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Information about an Amazon Q Business plugin and its configuration.
 *
 * <p>CloudFormation type {@code AWS::QBusiness::Plugin}.
 */
public final class Plugin extends Resource<Plugin> {
  private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Plugin")
      .required("AuthConfiguration", "DisplayName", "Type")
      .constrain("ApplicationId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$").minLength(36).maxLength(36))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(1).maxLength(100))
      .constrain("ServerUrl", Constraint.of().pattern("^(https?|ftp|file)://([^\\s]*)$").minLength(1).maxLength(2048))
      .allowed("State", "ENABLED", "DISABLED")
      .allowed("Type", "SERVICE_NOW", "SALESFORCE", "JIRA", "ZENDESK", "CUSTOM", "QUICKSIGHT",
          "SERVICENOW_NOW_PLATFORM", "JIRA_CLOUD", "SALESFORCE_CRM", "ZENDESK_SUITE",
          "ATLASSIAN_CONFLUENCE", "GOOGLE_CALENDAR", "MICROSOFT_TEAMS", "MICROSOFT_EXCHANGE",
          "PAGERDUTY_ADVANCE", "SMARTSHEET", "ASANA")
      .attributes("BuildStatus", "CreatedAt", "PluginArn", "PluginId", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Plugin(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the application that will contain the plugin.
   *
   * <p>Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9-]{35}$}. CloudFormation property {@code ApplicationId}.
   */
  public Plugin applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public Plugin applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * Authentication configuration information for an Amazon Q Business plugin.
   *
   * <p>Required. CloudFormation property {@code AuthConfiguration}.
   */
  public Plugin authConfiguration(Value<PluginAuthConfiguration> value) {
    return set("AuthConfiguration", value);
  }

  /**
   * Configuration information required to create a custom plugin.
   *
   * <p>CloudFormation property {@code CustomPluginConfiguration}.
   */
  public Plugin customPluginConfiguration(Value<CustomPluginConfiguration> value) {
    return set("CustomPluginConfiguration", value);
  }

  /**
   * The name of the plugin.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code DisplayName}.
   */
  public Plugin displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Plugin displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The plugin server URL used for configuration.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^(https?|ftp|file)://([^&#92;s]*)$}.
   * CloudFormation property {@code ServerUrl}.
   */
  public Plugin serverUrl(String value) {
    return set("ServerUrl", Value.of(value));
  }

  /** Sets {@code ServerUrl} to this value; see {@link #serverUrl(String)}. */
  public Plugin serverUrl(Value<String> value) {
    return set("ServerUrl", value);
  }

  /**
   * The current status of the plugin.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code State}.
   */
  public Plugin state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public Plugin state(Value<String> value) {
    return set("State", value);
  }

  /**
   * A list of key-value pairs that identify or categorize the data source connector. You can also
   * use tags to help control access to the data source connector. Tag keys and values can consist
   * of Unicode letters, digits, white space, and any of the following symbols: _ . : / = + - &#64;.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Plugin tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Plugin tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Plugin tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of the plugin.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SERVICE_NOW}, {@code
   * SALESFORCE}, {@code JIRA}, {@code ZENDESK}, {@code CUSTOM}, {@code QUICKSIGHT}, {@code
   * SERVICENOW_NOW_PLATFORM}, {@code JIRA_CLOUD}, {@code SALESFORCE_CRM}, {@code ZENDESK_SUITE},
   * {@code ATLASSIAN_CONFLUENCE}, {@code GOOGLE_CALENDAR}, {@code MICROSOFT_TEAMS}, {@code
   * MICROSOFT_EXCHANGE}, {@code PAGERDUTY_ADVANCE}, {@code SMARTSHEET}, {@code ASANA}.
   * CloudFormation property {@code Type}.
   */
  public Plugin typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Plugin typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The current status of a plugin. A plugin is modified asynchronously.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BuildStatus}.
   */
  public Value<String> buildStatus() {
    return getAtt("BuildStatus");
  }

  /**
   * The timestamp for when the plugin was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of a plugin.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PluginArn}.
   */
  public Value<String> pluginArn() {
    return getAtt("PluginArn");
  }

  /**
   * The identifier of the plugin.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PluginId}.
   */
  public Value<String> pluginId() {
    return getAtt("PluginId");
  }

  /**
   * The timestamp for when the plugin was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Contains details about the OpenAPI schema for a custom plugin. For more information, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/custom-plugin.html#plugins-api-schema">custom
   * plugin OpenAPI schemas</a> . You can either include the schema directly in the payload field or
   * you can upload it to an S3 bucket and specify the S3 bucket location in the <code>s3</code>
   * field.
   *
   * <p>Property type {@code AWS::QBusiness::Plugin.APISchema}.
   */
  public static final class APISchema extends Struct<APISchema> {
    private static final Schema SCHEMA = Schema.of("AWS::QBusiness::Plugin.APISchema");

    public APISchema() {
      super(SCHEMA);
    }

    /**
     * The JSON or YAML-formatted payload defining the OpenAPI schema for a custom plugin.
     *
     * <p>CloudFormation property {@code Payload}.
     */
    public APISchema payload(String value) {
      return set("Payload", Value.of(value));
    }

    /** Sets {@code Payload} to this value; see {@link #payload(String)}. */
    public APISchema payload(Value<String> value) {
      return set("Payload", value);
    }

    /**
     * Contains details about the S3 object containing the OpenAPI schema for a custom plugin. The
     * schema could be in either JSON or YAML format.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public APISchema s3(Value<S3> value) {
      return set("S3", value);
    }

    /**
     * Sets {@code S3} to the asset's bucket and key, where the deployer uploads it; see {@link
     * #s3(Value)}.
     */
    public APISchema s3(Asset asset) {
      return set("S3", new S3().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * Information about the basic authentication credentials used to configure a plugin.
   *
   * <p>Property type {@code AWS::QBusiness::Plugin.BasicAuthConfiguration}.
   */
  public static final class BasicAuthConfiguration extends Struct<BasicAuthConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Plugin.BasicAuthConfiguration")
        .required("RoleArn", "SecretArn")
        .build();

    public BasicAuthConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of an IAM role used by Amazon Q Business to access the basic authentication
     * credentials stored in a Secrets Manager secret.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public BasicAuthConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public BasicAuthConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The ARN of the Secrets Manager secret that stores the basic authentication credentials used
     * for plugin configuration..
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public BasicAuthConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public BasicAuthConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Configuration information required to create a custom plugin.
   *
   * <p>Property type {@code AWS::QBusiness::Plugin.CustomPluginConfiguration}.
   */
  public static final class CustomPluginConfiguration extends Struct<CustomPluginConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Plugin.CustomPluginConfiguration")
        .required("ApiSchema", "ApiSchemaType", "Description")
        .allowed("ApiSchemaType", "OPEN_API_V3")
        .constrain("Description", Constraint.of().minLength(1).maxLength(200))
        .build();

    public CustomPluginConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains either details about the S3 object containing the OpenAPI schema for the action
     * group or the JSON or YAML-formatted payload defining the schema.
     *
     * <p>Required. CloudFormation property {@code ApiSchema}.
     */
    public CustomPluginConfiguration apiSchema(Value<APISchema> value) {
      return set("ApiSchema", value);
    }

    /**
     * The type of OpenAPI schema to use.
     *
     * <p>Required. Allowed values: {@code OPEN_API_V3}. CloudFormation property {@code
     * ApiSchemaType}.
     */
    public CustomPluginConfiguration apiSchemaType(String value) {
      return set("ApiSchemaType", Value.of(value));
    }

    /** Sets {@code ApiSchemaType} to this value; see {@link #apiSchemaType(String)}. */
    public CustomPluginConfiguration apiSchemaType(Value<String> value) {
      return set("ApiSchemaType", value);
    }

    /**
     * A description for your custom plugin configuration.
     *
     * <p>Required. Length: 1 to 200 characters. CloudFormation property {@code Description}.
     */
    public CustomPluginConfiguration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public CustomPluginConfiguration description(Value<String> value) {
      return set("Description", value);
    }
  }

  /**
   * Information about the OAuth 2.0 authentication credential/token used to configure a plugin.
   *
   * <p>Property type {@code AWS::QBusiness::Plugin.OAuth2ClientCredentialConfiguration}.
   */
  public static final class OAuth2ClientCredentialConfiguration extends Struct<OAuth2ClientCredentialConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Plugin.OAuth2ClientCredentialConfiguration")
        .required("RoleArn", "SecretArn")
        .build();

    public OAuth2ClientCredentialConfiguration() {
      super(SCHEMA);
    }

    /**
     * The redirect URL required by the OAuth 2.0 protocol for Amazon Q Business to authenticate a
     * plugin user through a third party authentication server.
     *
     * <p>CloudFormation property {@code AuthorizationUrl}.
     */
    public OAuth2ClientCredentialConfiguration authorizationUrl(String value) {
      return set("AuthorizationUrl", Value.of(value));
    }

    /** Sets {@code AuthorizationUrl} to this value; see {@link #authorizationUrl(String)}. */
    public OAuth2ClientCredentialConfiguration authorizationUrl(Value<String> value) {
      return set("AuthorizationUrl", value);
    }

    /**
     * The ARN of an IAM role used by Amazon Q Business to access the OAuth 2.0 authentication
     * credentials stored in a Secrets Manager secret.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public OAuth2ClientCredentialConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public OAuth2ClientCredentialConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The ARN of the Secrets Manager secret that stores the OAuth 2.0 credentials/token used for
     * plugin configuration.
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public OAuth2ClientCredentialConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public OAuth2ClientCredentialConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The URL required by the OAuth 2.0 protocol to exchange an end user authorization code for an
     * access token.
     *
     * <p>CloudFormation property {@code TokenUrl}.
     */
    public OAuth2ClientCredentialConfiguration tokenUrl(String value) {
      return set("TokenUrl", Value.of(value));
    }

    /** Sets {@code TokenUrl} to this value; see {@link #tokenUrl(String)}. */
    public OAuth2ClientCredentialConfiguration tokenUrl(Value<String> value) {
      return set("TokenUrl", value);
    }
  }

  /**
   * Authentication configuration information for an Amazon Q Business plugin.
   *
   * <p>Property type {@code AWS::QBusiness::Plugin.PluginAuthConfiguration}.
   */
  public static final class PluginAuthConfiguration extends Struct<PluginAuthConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QBusiness::Plugin.PluginAuthConfiguration");

    public PluginAuthConfiguration() {
      super(SCHEMA);
    }

    /**
     * Information about the basic authentication credentials used to configure a plugin.
     *
     * <p>CloudFormation property {@code BasicAuthConfiguration}.
     */
    public PluginAuthConfiguration basicAuthConfiguration(Value<BasicAuthConfiguration> value) {
      return set("BasicAuthConfiguration", value);
    }

    /**
     * Information about invoking a custom plugin without any authentication.
     *
     * <p>CloudFormation property {@code NoAuthConfiguration}.
     */
    public PluginAuthConfiguration noAuthConfiguration(Value<Json> value) {
      return set("NoAuthConfiguration", value);
    }

    /**
     * Information about the OAuth 2.0 authentication credential/token used to configure a plugin.
     *
     * <p>CloudFormation property {@code OAuth2ClientCredentialConfiguration}.
     */
    public PluginAuthConfiguration oAuth2ClientCredentialConfiguration(Value<OAuth2ClientCredentialConfiguration> value) {
      return set("OAuth2ClientCredentialConfiguration", value);
    }
  }

  /**
   * Information required for Amazon Q Business to find a specific file in an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::QBusiness::Plugin.S3}.
   */
  public static final class S3 extends Struct<S3> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Plugin.S3")
        .required("Bucket", "Key")
        .build();

    public S3() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket that contains the file.
     *
     * <p>Required. CloudFormation property {@code Bucket}.
     */
    public S3 bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3 bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The name of the file.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public S3 key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3 key(Value<String> value) {
      return set("Key", value);
    }
  }
}
