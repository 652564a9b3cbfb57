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
 * Creates a connector to a third-party cloud provider in Security Hub CSPM. A connector establishes
 * a connection between Security Hub CSPM and a third-party cloud provider, enabling Security Hub
 * CSPM to ingest security findings and resource data from the connected environment.
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::Connector}.
 */
public final class Connector extends Resource<Connector> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Connector")
      .required("Name", "Provider")
      .constrain("Description", Constraint.of().pattern("\\S"))
      .constrain("Name", Constraint.of().pattern("\\S"))
      .refYields("ConnectorArn")
      .attributes("ConnectorArn", "ConnectorId", "ConnectorStatus", "CreatedAt", "CreatedBy",
          "EnablementStatus", "Issues", "LastCheckedAt", "LastUpdatedAt", "Message")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Connector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the connector.
   *
   * <p>Pattern: {@code &#92;S}. CloudFormation property {@code Description}.
   */
  public Connector description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Connector description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the connector.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code &#92;S}. CloudFormation
   * property {@code Name}.
   */
  public Connector name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Connector name(Value<String> value) {
    return set("Name", value);
  }

  /** Required. CloudFormation property {@code Provider}. */
  public Connector provider(Value<Provider> value) {
    return set("Provider", value);
  }

  /**
   * A key-value pair to associate with a resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Connector tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Connector tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Connector tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** {@code Fn::GetAtt} attribute {@code ConnectorArn}. */
  public Value<String> connectorArn() {
    return getAtt("ConnectorArn");
  }

  /** {@code Fn::GetAtt} attribute {@code ConnectorId}. */
  public Value<String> connectorId() {
    return getAtt("ConnectorId");
  }

  /**
   * The status of the connector
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorStatus}.
   */
  public Value<String> connectorStatus() {
    return getAtt("ConnectorStatus");
  }

  /**
   * The timestamp formatted in ISO8601
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedBy}. */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The enablement status of the connector
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnablementStatus}.
   */
  public Value<String> enablementStatus() {
    return getAtt("EnablementStatus");
  }

  /** {@code Fn::GetAtt} attribute {@code Issues}. */
  public Value<List<HealthIssue>> issues() {
    return getAtt("Issues");
  }

  /**
   * The timestamp formatted in ISO8601
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastCheckedAt}.
   */
  public Value<String> lastCheckedAt() {
    return getAtt("LastCheckedAt");
  }

  /**
   * The timestamp formatted in ISO8601
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code Message}. */
  public Value<String> message() {
    return getAtt("Message");
  }

  /**
   * The configuration for connecting to an Azure environment.
   *
   * <p>Property type {@code AWS::SecurityHub::Connector.AzureProviderConfiguration}.
   */
  public static final class AzureProviderConfiguration extends Struct<AzureProviderConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Connector.AzureProviderConfiguration")
        .required("AWSConfigConnectorArn", "AzureRegions", "ScopeConfiguration")
        .build();

    public AzureProviderConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the multi-cloud configuration connector used to establish the connection to Azure.
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
     * The list of Azure regions to monitor.
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
     * The scope configuration for an Azure connector, defining the tenant or subscription scope.
     *
     * <p>Required. CloudFormation property {@code ScopeConfiguration}.
     */
    public AzureProviderConfiguration scopeConfiguration(Value<AzureScopeConfiguration> value) {
      return set("ScopeConfiguration", value);
    }
  }

  /**
   * The scope configuration for an Azure connector, defining the tenant or subscription scope.
   *
   * <p>Property type {@code AWS::SecurityHub::Connector.AzureScopeConfiguration}.
   */
  public static final class AzureScopeConfiguration extends Struct<AzureScopeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Connector.AzureScopeConfiguration")
        .required("ScopeType")
        .allowed("ScopeType", "TENANT", "SUBSCRIPTION")
        .build();

    public AzureScopeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of scope. Valid values are <code>tenant</code> and <code>subscription</code>.
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
     * The list of scope values, such as subscription IDs, when the scope type is
     * <code>subscription</code>.
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
   * Represents a specific health issue detected for a connector.
   *
   * <p>Property type {@code AWS::SecurityHub::Connector.HealthIssue}.
   */
  public static final class HealthIssue extends Struct<HealthIssue> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Connector.HealthIssue")
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
     * A human-readable message that describes the health issue.
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

  /** Property type {@code AWS::SecurityHub::Connector.Provider}. */
  public static final class Provider extends Struct<Provider> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Connector.Provider")
        .required("Azure")
        .build();

    public Provider() {
      super(SCHEMA);
    }

    /**
     * The configuration for connecting to an Azure environment.
     *
     * <p>Required. CloudFormation property {@code Azure}.
     */
    public Provider azure(Value<AzureProviderConfiguration> value) {
      return set("Azure", value);
    }
  }
}
