// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.inspectorv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates and manages a multi-cloud connector for Amazon Inspector, enabling vulnerability scanning
 * of Azure resources.
 *
 * <p>CloudFormation type {@code AWS::InspectorV2::Connector}.
 */
public final class Connector extends Resource<Connector> {
  private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::Connector")
      .required("Name", "Provider", "ProviderConfiguration")
      .constrain("Description", Constraint.of().minLength(0).maxLength(200))
      .constrain("Name", Constraint.of().pattern("^[\\p{L}\\p{N}_-]+$").minLength(1).maxLength(50))
      .allowed("Provider", "AZURE")
      .refYields("ConnectorArn")
      .attributes("ConnectorArn", "CreatedAt", "EnablementStatus", "EnablementStatusReason",
          "Health", "LastUpdatedAt",
          "ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.State",
          "ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.StateReason",
          "ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.State",
          "ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.StateReason",
          "ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.State",
          "ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.StateReason")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Connector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Optional description of the connector.
   *
   * <p>Length: 0 to 200 characters. CloudFormation property {@code Description}.
   */
  public Connector description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Connector description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Display name for the connector.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 50 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{N}_-]+$}. CloudFormation property {@code Name}.
   */
  public Connector name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Connector name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Required. Changing it replaces the resource. Allowed values: {@code AZURE}. CloudFormation
   * property {@code Provider}.
   */
  public Connector provider(String value) {
    return set("Provider", Value.of(value));
  }

  /** Sets {@code Provider} to this value; see {@link #provider(String)}. */
  public Connector provider(Value<String> value) {
    return set("Provider", value);
  }

  /** Required. CloudFormation property {@code ProviderConfiguration}. */
  public Connector providerConfiguration(Value<ProviderConfiguration> value) {
    return set("ProviderConfiguration", value);
  }

  /**
   * Tags to apply to the connector.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Connector tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Connector tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Connector tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorArn}.
   */
  public Value<String> connectorArn() {
    return getAtt("ConnectorArn");
  }

  /**
   * Timestamp when the connector was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code EnablementStatus}. */
  public Value<String> enablementStatus() {
    return getAtt("EnablementStatus");
  }

  /**
   * Reason for the current enablement status, if applicable.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnablementStatusReason}.
   */
  public Value<String> enablementStatusReason() {
    return getAtt("EnablementStatusReason");
  }

  /** {@code Fn::GetAtt} attribute {@code Health}. */
  public Value<ConnectorHealth> health() {
    return getAtt("Health");
  }

  /**
   * Timestamp when the connector was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * {@code Fn::GetAtt} attribute {@code
   * ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.State}.
   */
  public Value<String> providerConfigurationAzureScopeConfigurationContainerImageScanningState() {
    return getAtt("ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.State");
  }

  /**
   * Reason for the current scope state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.StateReason}.
   */
  public Value<String> providerConfigurationAzureScopeConfigurationContainerImageScanningStateReason() {
    return getAtt("ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.StateReason");
  }

  /**
   * {@code Fn::GetAtt} attribute {@code
   * ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.State}.
   */
  public Value<String> providerConfigurationAzureScopeConfigurationServerlessScanningState() {
    return getAtt("ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.State");
  }

  /**
   * Reason for the current scope state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.StateReason}.
   */
  public Value<String> providerConfigurationAzureScopeConfigurationServerlessScanningStateReason() {
    return getAtt("ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.StateReason");
  }

  /**
   * {@code Fn::GetAtt} attribute {@code
   * ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.State}.
   */
  public Value<String> providerConfigurationAzureScopeConfigurationVmScanningState() {
    return getAtt("ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.State");
  }

  /**
   * Reason for the current scope state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.StateReason}.
   */
  public Value<String> providerConfigurationAzureScopeConfigurationVmScanningStateReason() {
    return getAtt("ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.StateReason");
  }

  /** Property type {@code AWS::InspectorV2::Connector.AzureProviderConfiguration}. */
  public static final class AzureProviderConfiguration extends Struct<AzureProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::Connector.AzureProviderConfiguration")
        .required("AwsConfigConnectorArn", "AzureRegions", "ScopeConfiguration")
        .constrain("AwsConfigConnectorArn", Constraint.of().pattern("arn:([^:]+):config:([^:]+):([^:]+):connector/([^/]+)/([^/]+)/([^/:\\s]+)").minLength(1).maxLength(512))
        .build();

    public AzureProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * Whether to automatically install the VM scanner. Defaults to true.
     *
     * <p>Default: {@code true}. CloudFormation property {@code AutoInstallVMScanner}.
     */
    public AzureProviderConfiguration autoInstallVMScanner(boolean value) {
      return set("AutoInstallVMScanner", Value.of(value));
    }

    /**
     * Sets {@code AutoInstallVMScanner} to this value; see {@link #autoInstallVMScanner(boolean)}.
     */
    public AzureProviderConfiguration autoInstallVMScanner(Value<Boolean> value) {
      return set("AutoInstallVMScanner", value);
    }

    /**
     * The ARN of the AWS Config connector used for Azure resource discovery.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
     * arn:([^:]+):config:([^:]+):([^:]+):connector/([^/]+)/([^/]+)/([^/:&#92;s]+)}. CloudFormation
     * property {@code AwsConfigConnectorArn}.
     */
    public AzureProviderConfiguration awsConfigConnectorArn(String value) {
      return set("AwsConfigConnectorArn", Value.of(value));
    }

    /**
     * Sets {@code AwsConfigConnectorArn} to this value; see {@link #awsConfigConnectorArn(String)}.
     */
    public AzureProviderConfiguration awsConfigConnectorArn(Value<String> value) {
      return set("AwsConfigConnectorArn", value);
    }

    /**
     * List of Azure regions to scan.
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
     * Defines which resource types to scan and at what scope level.
     *
     * <p>Required. CloudFormation property {@code ScopeConfiguration}.
     */
    public AzureProviderConfiguration scopeConfiguration(Value<AzureScopeConfigurationMap> value) {
      return set("ScopeConfiguration", value);
    }
  }

  /**
   * Defines which resource types to scan and at what scope level.
   *
   * <p>Property type {@code AWS::InspectorV2::Connector.AzureScopeConfigurationMap}.
   */
  public static final class AzureScopeConfigurationMap extends Struct<AzureScopeConfigurationMap> {
    private static final Schema SCHEMA = Schema.of("AWS::InspectorV2::Connector.AzureScopeConfigurationMap");

    public AzureScopeConfigurationMap() {
      super(SCHEMA);
    }

    /**
     * Defines the scope of Azure resources to monitor for a specific resource type.
     *
     * <p>CloudFormation property {@code ContainerImageScanning}.
     */
    public AzureScopeConfigurationMap containerImageScanning(Value<ScopeConfiguration> value) {
      return set("ContainerImageScanning", value);
    }

    /**
     * Defines the scope of Azure resources to monitor for a specific resource type.
     *
     * <p>CloudFormation property {@code ServerlessScanning}.
     */
    public AzureScopeConfigurationMap serverlessScanning(Value<ScopeConfiguration> value) {
      return set("ServerlessScanning", value);
    }

    /**
     * Defines the scope of Azure resources to monitor for a specific resource type.
     *
     * <p>CloudFormation property {@code VmScanning}.
     */
    public AzureScopeConfigurationMap vmScanning(Value<ScopeConfiguration> value) {
      return set("VmScanning", value);
    }
  }

  /** Property type {@code AWS::InspectorV2::Connector.ConnectorHealth}. */
  public static final class ConnectorHealth extends Struct<ConnectorHealth> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::Connector.ConnectorHealth")
        .allowed("ConnectorStatus", "CONNECTED", "DEGRADED", "FAILED_TO_CONNECT",
            "PENDING_AUTHORIZATION", "PENDING_CONFIGURATION", "UNKNOWN")
        .build();

    public ConnectorHealth() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code CONNECTED}, {@code DEGRADED}, {@code FAILED_TO_CONNECT}, {@code
     * PENDING_AUTHORIZATION}, {@code PENDING_CONFIGURATION}, {@code UNKNOWN}. CloudFormation
     * property {@code ConnectorStatus}.
     */
    public ConnectorHealth connectorStatus(String value) {
      return set("ConnectorStatus", Value.of(value));
    }

    /** Sets {@code ConnectorStatus} to this value; see {@link #connectorStatus(String)}. */
    public ConnectorHealth connectorStatus(Value<String> value) {
      return set("ConnectorStatus", value);
    }

    /** CloudFormation property {@code LastCheckedAt}. */
    public ConnectorHealth lastCheckedAt(String value) {
      return set("LastCheckedAt", Value.of(value));
    }

    /** Sets {@code LastCheckedAt} to this value; see {@link #lastCheckedAt(String)}. */
    public ConnectorHealth lastCheckedAt(Value<String> value) {
      return set("LastCheckedAt", value);
    }

    /** CloudFormation property {@code Message}. */
    public ConnectorHealth message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public ConnectorHealth message(Value<String> value) {
      return set("Message", value);
    }
  }

  /** Property type {@code AWS::InspectorV2::Connector.ProviderConfiguration}. */
  public static final class ProviderConfiguration extends Struct<ProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::Connector.ProviderConfiguration")
        .required("Azure")
        .build();

    public ProviderConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Azure}. */
    public ProviderConfiguration azure(Value<AzureProviderConfiguration> value) {
      return set("Azure", value);
    }
  }

  /**
   * Defines the scope of Azure resources to monitor for a specific resource type.
   *
   * <p>Property type {@code AWS::InspectorV2::Connector.ScopeConfiguration}.
   */
  public static final class ScopeConfiguration extends Struct<ScopeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::Connector.ScopeConfiguration")
        .required("ScopeType")
        .allowed("ScopeType", "TENANT", "SUBSCRIPTION")
        .allowed("State", "ACTIVE", "PENDING", "ERROR", "DISABLED")
        .build();

    public ScopeConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code TENANT}, {@code SUBSCRIPTION}. CloudFormation property
     * {@code ScopeType}.
     */
    public ScopeConfiguration scopeType(String value) {
      return set("ScopeType", Value.of(value));
    }

    /** Sets {@code ScopeType} to this value; see {@link #scopeType(String)}. */
    public ScopeConfiguration scopeType(Value<String> value) {
      return set("ScopeType", value);
    }

    /**
     * List of subscription IDs. Empty for TENANT scope.
     *
     * <p>CloudFormation property {@code ScopeValues}.
     */
    public ScopeConfiguration scopeValues(List<String> value) {
      return set("ScopeValues", Value.listOf(value));
    }

    /** Sets {@code ScopeValues} to this value; see {@link #scopeValues(List)}. */
    public ScopeConfiguration scopeValues(Value<List<String>> value) {
      return set("ScopeValues", value);
    }

    /**
     * Allowed values: {@code ACTIVE}, {@code PENDING}, {@code ERROR}, {@code DISABLED}.
     * CloudFormation property {@code State}.
     */
    public ScopeConfiguration state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public ScopeConfiguration state(Value<String> value) {
      return set("State", value);
    }

    /**
     * Reason for the current scope state.
     *
     * <p>CloudFormation property {@code StateReason}.
     */
    public ScopeConfiguration stateReason(String value) {
      return set("StateReason", Value.of(value));
    }

    /** Sets {@code StateReason} to this value; see {@link #stateReason(String)}. */
    public ScopeConfiguration stateReason(Value<String> value) {
      return set("StateReason", value);
    }
  }
}
