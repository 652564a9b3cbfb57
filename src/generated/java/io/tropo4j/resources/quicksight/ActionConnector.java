// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of the AWS::QuickSight::ActionConnector Resource Type.
 *
 * <p>CloudFormation type {@code AWS::QuickSight::ActionConnector}.
 */
public final class ActionConnector extends Resource<ActionConnector> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector")
      .required("ActionConnectorId", "AuthenticationConfig", "AwsAccountId", "Name", "Type")
      .constrain("ActionConnectorId", Constraint.of().pattern("^[\\w\\-]+$").minLength(1).maxLength(512))
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("Description", Constraint.of().pattern("^[A-Za-z0-9 _.,!?-]*$").minLength(1).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9](?:[\\w- ]*[A-Za-z0-9])?$").minLength(1).maxLength(255))
      .allowed("Type", "GENERIC_HTTP", "SERVICENOW_NOW_PLATFORM", "SALESFORCE_CRM",
          "MICROSOFT_OUTLOOK", "PAGERDUTY_ADVANCE", "JIRA_CLOUD", "ATLASSIAN_CONFLUENCE",
          "AMAZON_S3", "AMAZON_BEDROCK_AGENT_RUNTIME", "AMAZON_BEDROCK_RUNTIME",
          "AMAZON_BEDROCK_DATA_AUTOMATION_RUNTIME", "AMAZON_TEXTRACT", "AMAZON_COMPREHEND",
          "AMAZON_COMPREHEND_MEDICAL", "MICROSOFT_ONEDRIVE", "MICROSOFT_SHAREPOINT",
          "MICROSOFT_TEAMS", "SAP_BUSINESSPARTNER", "SAP_PRODUCTMASTERDATA",
          "SAP_PHYSICALINVENTORY", "SAP_BILLOFMATERIALS", "SAP_MATERIALSTOCK", "ZENDESK_SUITE",
          "SMARTSHEET", "SLACK", "ASANA", "BAMBOO_HR")
      .attributes("Arn", "CreatedTime", "EnabledActions", "LastUpdatedTime", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ActionConnector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^[&#92;w&#92;-]+$}. CloudFormation property {@code ActionConnectorId}.
   */
  public ActionConnector actionConnectorId(String value) {
    return set("ActionConnectorId", Value.of(value));
  }

  /** Sets {@code ActionConnectorId} to this value; see {@link #actionConnectorId(String)}. */
  public ActionConnector actionConnectorId(Value<String> value) {
    return set("ActionConnectorId", value);
  }

  /** Required. CloudFormation property {@code AuthenticationConfig}. */
  public ActionConnector authenticationConfig(Value<AuthConfig> value) {
    return set("AuthenticationConfig", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public ActionConnector awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public ActionConnector awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * Length: 1 to 2048 characters. Pattern: {@code ^[A-Za-z0-9 _.,!?-]*$}. CloudFormation property
   * {@code Description}.
   */
  public ActionConnector description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ActionConnector description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Required. Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9](?:[&#92;w-
   * ]*[A-Za-z0-9])?$}. CloudFormation property {@code Name}.
   */
  public ActionConnector name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ActionConnector name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Permissions}. */
  public ActionConnector permissions(List<ResourcePermission> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public ActionConnector permissions(Value<List<ResourcePermission>> value) {
    return set("Permissions", value);
  }

  /** Sets {@code Permissions} to a list of these; see {@link #permissions(List)}. */
  public ActionConnector permissions(ResourcePermission... values) {
    return set("Permissions", Value.list(values));
  }

  /** CloudFormation property {@code Tags}. */
  public ActionConnector tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ActionConnector tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ActionConnector tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Required. Changing it replaces the resource. Allowed values: {@code GENERIC_HTTP}, {@code
   * SERVICENOW_NOW_PLATFORM}, {@code SALESFORCE_CRM}, {@code MICROSOFT_OUTLOOK}, {@code
   * PAGERDUTY_ADVANCE}, {@code JIRA_CLOUD}, {@code ATLASSIAN_CONFLUENCE}, {@code AMAZON_S3}, {@code
   * AMAZON_BEDROCK_AGENT_RUNTIME}, {@code AMAZON_BEDROCK_RUNTIME}, {@code
   * AMAZON_BEDROCK_DATA_AUTOMATION_RUNTIME}, {@code AMAZON_TEXTRACT}, {@code AMAZON_COMPREHEND},
   * {@code AMAZON_COMPREHEND_MEDICAL}, {@code MICROSOFT_ONEDRIVE}, {@code MICROSOFT_SHAREPOINT},
   * {@code MICROSOFT_TEAMS}, {@code SAP_BUSINESSPARTNER}, {@code SAP_PRODUCTMASTERDATA}, {@code
   * SAP_PHYSICALINVENTORY}, {@code SAP_BILLOFMATERIALS}, {@code SAP_MATERIALSTOCK}, {@code
   * ZENDESK_SUITE}, {@code SMARTSHEET}, {@code SLACK}, {@code ASANA}, {@code BAMBOO_HR}.
   * CloudFormation property {@code Type}.
   */
  public ActionConnector typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public ActionConnector typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /** CloudFormation property {@code VpcConnectionArn}. */
  public ActionConnector vpcConnectionArn(String value) {
    return set("VpcConnectionArn", Value.of(value));
  }

  /** Sets {@code VpcConnectionArn} to this value; see {@link #vpcConnectionArn(String)}. */
  public ActionConnector vpcConnectionArn(Value<String> value) {
    return set("VpcConnectionArn", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedTime}. */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code EnabledActions}. */
  public Value<List<String>> enabledActions() {
    return getAtt("EnabledActions");
  }

  /** {@code Fn::GetAtt} attribute {@code LastUpdatedTime}. */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** Property type {@code AWS::QuickSight::ActionConnector.APIKeyConnectionMetadata}. */
  public static final class APIKeyConnectionMetadata extends Struct<APIKeyConnectionMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector.APIKeyConnectionMetadata")
        .required("ApiKey", "BaseEndpoint")
        .build();

    public APIKeyConnectionMetadata() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ApiKey}. */
    public APIKeyConnectionMetadata apiKey(String value) {
      return set("ApiKey", Value.of(value));
    }

    /** Sets {@code ApiKey} to this value; see {@link #apiKey(String)}. */
    public APIKeyConnectionMetadata apiKey(Value<String> value) {
      return set("ApiKey", value);
    }

    /** Required. CloudFormation property {@code BaseEndpoint}. */
    public APIKeyConnectionMetadata baseEndpoint(String value) {
      return set("BaseEndpoint", Value.of(value));
    }

    /** Sets {@code BaseEndpoint} to this value; see {@link #baseEndpoint(String)}. */
    public APIKeyConnectionMetadata baseEndpoint(Value<String> value) {
      return set("BaseEndpoint", value);
    }

    /** CloudFormation property {@code Email}. */
    public APIKeyConnectionMetadata email(String value) {
      return set("Email", Value.of(value));
    }

    /** Sets {@code Email} to this value; see {@link #email(String)}. */
    public APIKeyConnectionMetadata email(Value<String> value) {
      return set("Email", value);
    }
  }

  /** Property type {@code AWS::QuickSight::ActionConnector.AuthConfig}. */
  public static final class AuthConfig extends Struct<AuthConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector.AuthConfig")
        .required("AuthenticationMetadata", "AuthenticationType")
        .allowed("AuthenticationType", "BASIC", "API_KEY", "OAUTH2_CLIENT_CREDENTIALS", "NONE",
            "IAM", "OAUTH2_AUTHORIZATION_CODE")
        .build();

    public AuthConfig() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AuthenticationMetadata}. */
    public AuthConfig authenticationMetadata(Value<AuthenticationMetadata> value) {
      return set("AuthenticationMetadata", value);
    }

    /**
     * Required. Allowed values: {@code BASIC}, {@code API_KEY}, {@code OAUTH2_CLIENT_CREDENTIALS},
     * {@code NONE}, {@code IAM}, {@code OAUTH2_AUTHORIZATION_CODE}. CloudFormation property {@code
     * AuthenticationType}.
     */
    public AuthConfig authenticationType(String value) {
      return set("AuthenticationType", Value.of(value));
    }

    /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
    public AuthConfig authenticationType(Value<String> value) {
      return set("AuthenticationType", value);
    }
  }

  /** Property type {@code AWS::QuickSight::ActionConnector.AuthenticationMetadata}. */
  public static final class AuthenticationMetadata extends Struct<AuthenticationMetadata> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::ActionConnector.AuthenticationMetadata");

    public AuthenticationMetadata() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ApiKeyConnectionMetadata}. */
    public AuthenticationMetadata apiKeyConnectionMetadata(Value<APIKeyConnectionMetadata> value) {
      return set("ApiKeyConnectionMetadata", value);
    }

    /** CloudFormation property {@code AuthorizationCodeGrantMetadata}. */
    public AuthenticationMetadata authorizationCodeGrantMetadata(Value<AuthorizationCodeGrantMetadata> value) {
      return set("AuthorizationCodeGrantMetadata", value);
    }

    /** CloudFormation property {@code BasicAuthConnectionMetadata}. */
    public AuthenticationMetadata basicAuthConnectionMetadata(Value<BasicAuthConnectionMetadata> value) {
      return set("BasicAuthConnectionMetadata", value);
    }

    /** CloudFormation property {@code ClientCredentialsGrantMetadata}. */
    public AuthenticationMetadata clientCredentialsGrantMetadata(Value<ClientCredentialsGrantMetadata> value) {
      return set("ClientCredentialsGrantMetadata", value);
    }

    /** CloudFormation property {@code IamConnectionMetadata}. */
    public AuthenticationMetadata iamConnectionMetadata(Value<IAMConnectionMetadata> value) {
      return set("IamConnectionMetadata", value);
    }

    /** CloudFormation property {@code NoneConnectionMetadata}. */
    public AuthenticationMetadata noneConnectionMetadata(Value<NoneConnectionMetadata> value) {
      return set("NoneConnectionMetadata", value);
    }
  }

  /**
   * Property type {@code
   * AWS::QuickSight::ActionConnector.AuthorizationCodeGrantCredentialsDetails}.
   */
  public static final class AuthorizationCodeGrantCredentialsDetails extends Struct<AuthorizationCodeGrantCredentialsDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector.AuthorizationCodeGrantCredentialsDetails")
        .required("AuthorizationCodeGrantDetails")
        .build();

    public AuthorizationCodeGrantCredentialsDetails() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AuthorizationCodeGrantDetails}. */
    public AuthorizationCodeGrantCredentialsDetails authorizationCodeGrantDetails(Value<AuthorizationCodeGrantDetails> value) {
      return set("AuthorizationCodeGrantDetails", value);
    }
  }

  /** Property type {@code AWS::QuickSight::ActionConnector.AuthorizationCodeGrantDetails}. */
  public static final class AuthorizationCodeGrantDetails extends Struct<AuthorizationCodeGrantDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector.AuthorizationCodeGrantDetails")
        .required("AuthorizationEndpoint", "ClientId", "ClientSecret", "TokenEndpoint")
        .build();

    public AuthorizationCodeGrantDetails() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AuthorizationEndpoint}. */
    public AuthorizationCodeGrantDetails authorizationEndpoint(String value) {
      return set("AuthorizationEndpoint", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationEndpoint} to this value; see {@link #authorizationEndpoint(String)}.
     */
    public AuthorizationCodeGrantDetails authorizationEndpoint(Value<String> value) {
      return set("AuthorizationEndpoint", value);
    }

    /** Required. CloudFormation property {@code ClientId}. */
    public AuthorizationCodeGrantDetails clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public AuthorizationCodeGrantDetails clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /** Required. CloudFormation property {@code ClientSecret}. */
    public AuthorizationCodeGrantDetails clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public AuthorizationCodeGrantDetails clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /** Required. CloudFormation property {@code TokenEndpoint}. */
    public AuthorizationCodeGrantDetails tokenEndpoint(String value) {
      return set("TokenEndpoint", Value.of(value));
    }

    /** Sets {@code TokenEndpoint} to this value; see {@link #tokenEndpoint(String)}. */
    public AuthorizationCodeGrantDetails tokenEndpoint(Value<String> value) {
      return set("TokenEndpoint", value);
    }
  }

  /** Property type {@code AWS::QuickSight::ActionConnector.AuthorizationCodeGrantMetadata}. */
  public static final class AuthorizationCodeGrantMetadata extends Struct<AuthorizationCodeGrantMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector.AuthorizationCodeGrantMetadata")
        .required("BaseEndpoint", "RedirectUrl")
        .allowed("AuthorizationCodeGrantCredentialsSource", "PLAIN_CREDENTIALS")
        .build();

    public AuthorizationCodeGrantMetadata() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AuthorizationCodeGrantCredentialsDetails}. */
    public AuthorizationCodeGrantMetadata authorizationCodeGrantCredentialsDetails(Value<AuthorizationCodeGrantCredentialsDetails> value) {
      return set("AuthorizationCodeGrantCredentialsDetails", value);
    }

    /**
     * Allowed values: {@code PLAIN_CREDENTIALS}. CloudFormation property {@code
     * AuthorizationCodeGrantCredentialsSource}.
     */
    public AuthorizationCodeGrantMetadata authorizationCodeGrantCredentialsSource(String value) {
      return set("AuthorizationCodeGrantCredentialsSource", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationCodeGrantCredentialsSource} to this value; see {@link
     * #authorizationCodeGrantCredentialsSource(String)}.
     */
    public AuthorizationCodeGrantMetadata authorizationCodeGrantCredentialsSource(Value<String> value) {
      return set("AuthorizationCodeGrantCredentialsSource", value);
    }

    /** Required. CloudFormation property {@code BaseEndpoint}. */
    public AuthorizationCodeGrantMetadata baseEndpoint(String value) {
      return set("BaseEndpoint", Value.of(value));
    }

    /** Sets {@code BaseEndpoint} to this value; see {@link #baseEndpoint(String)}. */
    public AuthorizationCodeGrantMetadata baseEndpoint(Value<String> value) {
      return set("BaseEndpoint", value);
    }

    /** Required. CloudFormation property {@code RedirectUrl}. */
    public AuthorizationCodeGrantMetadata redirectUrl(String value) {
      return set("RedirectUrl", Value.of(value));
    }

    /** Sets {@code RedirectUrl} to this value; see {@link #redirectUrl(String)}. */
    public AuthorizationCodeGrantMetadata redirectUrl(Value<String> value) {
      return set("RedirectUrl", value);
    }
  }

  /** Property type {@code AWS::QuickSight::ActionConnector.BasicAuthConnectionMetadata}. */
  public static final class BasicAuthConnectionMetadata extends Struct<BasicAuthConnectionMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector.BasicAuthConnectionMetadata")
        .required("BaseEndpoint", "Password", "Username")
        .build();

    public BasicAuthConnectionMetadata() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code BaseEndpoint}. */
    public BasicAuthConnectionMetadata baseEndpoint(String value) {
      return set("BaseEndpoint", Value.of(value));
    }

    /** Sets {@code BaseEndpoint} to this value; see {@link #baseEndpoint(String)}. */
    public BasicAuthConnectionMetadata baseEndpoint(Value<String> value) {
      return set("BaseEndpoint", value);
    }

    /** Required. CloudFormation property {@code Password}. */
    public BasicAuthConnectionMetadata password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public BasicAuthConnectionMetadata password(Value<String> value) {
      return set("Password", value);
    }

    /** Required. CloudFormation property {@code Username}. */
    public BasicAuthConnectionMetadata username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public BasicAuthConnectionMetadata username(Value<String> value) {
      return set("Username", value);
    }
  }

  /** Property type {@code AWS::QuickSight::ActionConnector.ClientCredentialsDetails}. */
  public static final class ClientCredentialsDetails extends Struct<ClientCredentialsDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector.ClientCredentialsDetails")
        .required("ClientCredentialsGrantDetails")
        .build();

    public ClientCredentialsDetails() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ClientCredentialsGrantDetails}. */
    public ClientCredentialsDetails clientCredentialsGrantDetails(Value<ClientCredentialsGrantDetails> value) {
      return set("ClientCredentialsGrantDetails", value);
    }
  }

  /** Property type {@code AWS::QuickSight::ActionConnector.ClientCredentialsGrantDetails}. */
  public static final class ClientCredentialsGrantDetails extends Struct<ClientCredentialsGrantDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector.ClientCredentialsGrantDetails")
        .required("ClientId", "ClientSecret", "TokenEndpoint")
        .build();

    public ClientCredentialsGrantDetails() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ClientId}. */
    public ClientCredentialsGrantDetails clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public ClientCredentialsGrantDetails clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /** Required. CloudFormation property {@code ClientSecret}. */
    public ClientCredentialsGrantDetails clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public ClientCredentialsGrantDetails clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /** Required. CloudFormation property {@code TokenEndpoint}. */
    public ClientCredentialsGrantDetails tokenEndpoint(String value) {
      return set("TokenEndpoint", Value.of(value));
    }

    /** Sets {@code TokenEndpoint} to this value; see {@link #tokenEndpoint(String)}. */
    public ClientCredentialsGrantDetails tokenEndpoint(Value<String> value) {
      return set("TokenEndpoint", value);
    }
  }

  /** Property type {@code AWS::QuickSight::ActionConnector.ClientCredentialsGrantMetadata}. */
  public static final class ClientCredentialsGrantMetadata extends Struct<ClientCredentialsGrantMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector.ClientCredentialsGrantMetadata")
        .required("BaseEndpoint")
        .allowed("ClientCredentialsSource", "PLAIN_CREDENTIALS")
        .build();

    public ClientCredentialsGrantMetadata() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code BaseEndpoint}. */
    public ClientCredentialsGrantMetadata baseEndpoint(String value) {
      return set("BaseEndpoint", Value.of(value));
    }

    /** Sets {@code BaseEndpoint} to this value; see {@link #baseEndpoint(String)}. */
    public ClientCredentialsGrantMetadata baseEndpoint(Value<String> value) {
      return set("BaseEndpoint", value);
    }

    /** CloudFormation property {@code ClientCredentialsDetails}. */
    public ClientCredentialsGrantMetadata clientCredentialsDetails(Value<ClientCredentialsDetails> value) {
      return set("ClientCredentialsDetails", value);
    }

    /**
     * Allowed values: {@code PLAIN_CREDENTIALS}. CloudFormation property {@code
     * ClientCredentialsSource}.
     */
    public ClientCredentialsGrantMetadata clientCredentialsSource(String value) {
      return set("ClientCredentialsSource", Value.of(value));
    }

    /**
     * Sets {@code ClientCredentialsSource} to this value; see {@link
     * #clientCredentialsSource(String)}.
     */
    public ClientCredentialsGrantMetadata clientCredentialsSource(Value<String> value) {
      return set("ClientCredentialsSource", value);
    }
  }

  /** Property type {@code AWS::QuickSight::ActionConnector.IAMConnectionMetadata}. */
  public static final class IAMConnectionMetadata extends Struct<IAMConnectionMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector.IAMConnectionMetadata")
        .required("RoleArn")
        .build();

    public IAMConnectionMetadata() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code RoleArn}. */
    public IAMConnectionMetadata roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public IAMConnectionMetadata roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /** Property type {@code AWS::QuickSight::ActionConnector.NoneConnectionMetadata}. */
  public static final class NoneConnectionMetadata extends Struct<NoneConnectionMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector.NoneConnectionMetadata")
        .required("BaseEndpoint")
        .build();

    public NoneConnectionMetadata() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code BaseEndpoint}. */
    public NoneConnectionMetadata baseEndpoint(String value) {
      return set("BaseEndpoint", Value.of(value));
    }

    /** Sets {@code BaseEndpoint} to this value; see {@link #baseEndpoint(String)}. */
    public NoneConnectionMetadata baseEndpoint(Value<String> value) {
      return set("BaseEndpoint", value);
    }
  }

  /**
   * &lt;p&gt;Permission for the resource.&lt;/p&gt;
   *
   * <p>Property type {@code AWS::QuickSight::ActionConnector.ResourcePermission}.
   */
  public static final class ResourcePermission extends Struct<ResourcePermission> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::ActionConnector.ResourcePermission")
        .required("Actions", "Principal")
        .constrain("Principal", Constraint.of().minLength(1).maxLength(256))
        .build();

    public ResourcePermission() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;The IAM action to grant or revoke permissions on.&lt;/p&gt;
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public ResourcePermission actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public ResourcePermission actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /**
     * &lt;p&gt;The Amazon Resource Name (ARN) of the principal. This can be one of the
     * following:&lt;/p&gt; &lt;ul&gt; &lt;li&gt; &lt;p&gt;The ARN of an Amazon QuickSight user or
     * group associated with a data source or dataset. (This is common.)&lt;/p&gt; &lt;/li&gt;
     * &lt;li&gt; &lt;p&gt;The ARN of an Amazon QuickSight user, group, or namespace associated with
     * an analysis, dashboard, template, or theme. (This is common.)&lt;/p&gt; &lt;/li&gt;
     * &lt;li&gt; &lt;p&gt;The ARN of an Amazon Web Services account root: This is an IAM ARN rather
     * than a QuickSight ARN. Use this option only to share resources (templates) across Amazon Web
     * Services accounts. (This is less common.) &lt;/p&gt; &lt;/li&gt; &lt;/ul&gt;
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Principal}.
     */
    public ResourcePermission principal(String value) {
      return set("Principal", Value.of(value));
    }

    /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
    public ResourcePermission principal(Value<String> value) {
      return set("Principal", value);
    }
  }
}
