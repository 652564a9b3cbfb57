// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Grants permission to create a connectorV2 based on input parameters.
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::ConnectorV2}.
 */
public final class ConnectorV2 extends Resource<ConnectorV2> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::ConnectorV2")
      .required("Name", "Provider")
      .constrain("Description", Constraint.of().pattern(".*\\S.*").minLength(0).maxLength(256))
      .constrain("KmsKeyArn", Constraint.of().pattern(".*\\S.*").minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("Name", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(64))
      .refYields("ConnectorArn")
      .attributes("ConnectorArn", "ConnectorId", "ConnectorStatus", "CreatedAt", "EnablementStatus",
          "EnablementStatusReason", "Issues", "LastCheckedAt", "LastUpdatedAt", "Message")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ConnectorV2(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the connectorV2.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
   * Description}.
   */
  public ConnectorV2 description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ConnectorV2 description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of KMS key used to encrypt secrets for the connectorV2.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * .*&#92;S.*}. Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public ConnectorV2 kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public ConnectorV2 kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The unique name of the connectorV2.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * .*&#92;S.*}. CloudFormation property {@code Name}.
   */
  public ConnectorV2 name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConnectorV2 name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The third-party provider detail for a service configuration.
   *
   * <p>Required. CloudFormation property {@code Provider}.
   */
  public ConnectorV2 provider(Value<Provider> value) {
    return set("Provider", value);
  }

  /**
   * The tags to add to the connectorV2 when you create.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConnectorV2 tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ConnectorV2 tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ConnectorV2 tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ARN of the V2 connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorArn}.
   */
  public Value<String> connectorArn() {
    return getAtt("ConnectorArn");
  }

  /**
   * The unique identifier of the V2 connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorId}.
   */
  public Value<String> connectorId() {
    return getAtt("ConnectorId");
  }

  /**
   * The status of the V2 connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorStatus}.
   */
  public Value<String> connectorStatus() {
    return getAtt("ConnectorStatus");
  }

  /**
   * The timestamp when the V2 connector was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The enablement status of the connector
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnablementStatus}.
   */
  public Value<String> enablementStatus() {
    return getAtt("EnablementStatus");
  }

  /**
   * The reason for the enablement status of the connector
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnablementStatusReason}.
   */
  public Value<String> enablementStatusReason() {
    return getAtt("EnablementStatusReason");
  }

  /**
   * The list of health issues associated with the connector
   *
   * <p>{@code Fn::GetAtt} attribute {@code Issues}.
   */
  public Value<List<HealthIssue>> issues() {
    return getAtt("Issues");
  }

  /**
   * The most recent timestamp when the V2 connector was checked on health status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastCheckedAt}.
   */
  public Value<String> lastCheckedAt() {
    return getAtt("LastCheckedAt");
  }

  /**
   * The most recent timestamp when the V2 connector was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The message of the V2 connector when connector status is FAILED_TO_CONNECT.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Message}.
   */
  public Value<String> message() {
    return getAtt("Message");
  }

  /**
   * The configuration settings required to establish an integration between AWS Security Hub and
   * Azure
   *
   * <p>Property type {@code AWS::SecurityHub::ConnectorV2.AzureProviderConfiguration}.
   */
  public static final class AzureProviderConfiguration extends Struct<AzureProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::ConnectorV2.AzureProviderConfiguration")
        .required("AWSConfigConnectorArn", "AzureRegions", "ScopeConfiguration")
        .build();

    public AzureProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the AWS Config connector used for the Azure integration
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * AWSConfigConnectorArn}.
     */
    public AzureProviderConfiguration awsConfigConnectorArn(String value) {
      return set("AWSConfigConnectorArn", Value.of(value));
    }

    /**
     * Sets {@code AWSConfigConnectorArn} to this value; see {@link #awsConfigConnectorArn(String)}.
     */
    public AzureProviderConfiguration awsConfigConnectorArn(Value<String> value) {
      return set("AWSConfigConnectorArn", value);
    }

    /**
     * The list of Azure regions to include in the connector scope
     *
     * <p>Required. CloudFormation property {@code AzureRegions}.
     */
    public AzureProviderConfiguration azureRegions(List<String> value) {
      return set("AzureRegions", Value.listOf(value));
    }

    /** Sets {@code AzureRegions} to this value; see {@link #azureRegions(List)}. */
    public AzureProviderConfiguration azureRegions(Value<List<String>> value) {
      return set("AzureRegions", value);
    }

    /**
     * The scope configuration for an Azure connector
     *
     * <p>Required. CloudFormation property {@code ScopeConfiguration}.
     */
    public AzureProviderConfiguration scopeConfiguration(Value<AzureScopeConfiguration> value) {
      return set("ScopeConfiguration", value);
    }
  }

  /**
   * The scope configuration for an Azure connector
   *
   * <p>Property type {@code AWS::SecurityHub::ConnectorV2.AzureScopeConfiguration}.
   */
  public static final class AzureScopeConfiguration extends Struct<AzureScopeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::ConnectorV2.AzureScopeConfiguration")
        .required("ScopeType")
        .allowed("ScopeType", "TENANT", "SUBSCRIPTION")
        .build();

    public AzureScopeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The scope type for the Azure connector
     *
     * <p>Required. Allowed values: {@code TENANT}, {@code SUBSCRIPTION}. CloudFormation property
     * {@code ScopeType}.
     */
    public AzureScopeConfiguration scopeType(String value) {
      return set("ScopeType", Value.of(value));
    }

    /** Sets {@code ScopeType} to this value; see {@link #scopeType(String)}. */
    public AzureScopeConfiguration scopeType(Value<String> value) {
      return set("ScopeType", value);
    }

    /**
     * The list of scope values for the Azure connector
     *
     * <p>CloudFormation property {@code ScopeValues}.
     */
    public AzureScopeConfiguration scopeValues(List<String> value) {
      return set("ScopeValues", Value.listOf(value));
    }

    /** Sets {@code ScopeValues} to this value; see {@link #scopeValues(List)}. */
    public AzureScopeConfiguration scopeValues(Value<List<String>> value) {
      return set("ScopeValues", value);
    }
  }

  /**
   * A health issue associated with the connector
   *
   * <p>Property type {@code AWS::SecurityHub::ConnectorV2.HealthIssue}.
   */
  public static final class HealthIssue extends Struct<HealthIssue> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::ConnectorV2.HealthIssue")
        .required("Code", "Message")
        .build();

    public HealthIssue() {
      super(SCHEMA);
    }

    /**
     * The code identifying the type of health issue
     *
     * <p>Required. CloudFormation property {@code Code}.
     */
    public HealthIssue code(String value) {
      return set("Code", Value.of(value));
    }

    /** Sets {@code Code} to this value; see {@link #code(String)}. */
    public HealthIssue code(Value<String> value) {
      return set("Code", value);
    }

    /**
     * The message describing the health issue
     *
     * <p>Required. CloudFormation property {@code Message}.
     */
    public HealthIssue message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public HealthIssue message(Value<String> value) {
      return set("Message", value);
    }
  }

  /**
   * The initial configuration settings required to establish an integration between Security Hub
   * CSPM and Jira Cloud.
   *
   * <p>Property type {@code AWS::SecurityHub::ConnectorV2.JiraCloudProviderConfiguration}.
   */
  public static final class JiraCloudProviderConfiguration extends Struct<JiraCloudProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::ConnectorV2.JiraCloudProviderConfiguration")
        .required("ProjectKey")
        .build();

    public JiraCloudProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * The project key for a JiraCloud instance.
     *
     * <p>Required. CloudFormation property {@code ProjectKey}.
     */
    public JiraCloudProviderConfiguration projectKey(String value) {
      return set("ProjectKey", Value.of(value));
    }

    /** Sets {@code ProjectKey} to this value; see {@link #projectKey(String)}. */
    public JiraCloudProviderConfiguration projectKey(Value<String> value) {
      return set("ProjectKey", value);
    }
  }

  /**
   * The third-party provider detail for a service configuration.
   *
   * <p>Property type {@code AWS::SecurityHub::ConnectorV2.Provider}.
   */
  public static final class Provider extends Struct<Provider> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityHub::ConnectorV2.Provider");

    public Provider() {
      super(SCHEMA);
    }

    /**
     * The configuration settings required to establish an integration between AWS Security Hub and
     * Azure
     *
     * <p>CloudFormation property {@code Azure}.
     */
    public Provider azure(Value<AzureProviderConfiguration> value) {
      return set("Azure", value);
    }

    /**
     * Details about a Jira Cloud integration.
     *
     * <p>CloudFormation property {@code JiraCloud}.
     */
    public Provider jiraCloud(Value<JiraCloudProviderConfiguration> value) {
      return set("JiraCloud", value);
    }

    /**
     * Details about a ServiceNow ITSM integration.
     *
     * <p>CloudFormation property {@code ServiceNow}.
     */
    public Provider serviceNow(Value<ServiceNowProviderConfiguration> value) {
      return set("ServiceNow", value);
    }
  }

  /**
   * The initial configuration settings required to establish an integration between Security Hub
   * CSPM and ServiceNow ITSM.
   *
   * <p>Property type {@code AWS::SecurityHub::ConnectorV2.ServiceNowProviderConfiguration}.
   */
  public static final class ServiceNowProviderConfiguration extends Struct<ServiceNowProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::ConnectorV2.ServiceNowProviderConfiguration")
        .required("InstanceName", "SecretArn")
        .build();

    public ServiceNowProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * The instance name of ServiceNow ITSM.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code InstanceName}.
     */
    public ServiceNowProviderConfiguration instanceName(String value) {
      return set("InstanceName", Value.of(value));
    }

    /** Sets {@code InstanceName} to this value; see {@link #instanceName(String)}. */
    public ServiceNowProviderConfiguration instanceName(Value<String> value) {
      return set("InstanceName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Secrets Manager secret that contains the ServiceNow
     * credentials.
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public ServiceNowProviderConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public ServiceNowProviderConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }
}
