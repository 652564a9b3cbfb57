// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::SSM::CloudConnector. Enables AWS Systems Manager to manage
 * resources in external cloud providers.
 *
 * <p>CloudFormation type {@code AWS::SSM::CloudConnector}.
 */
public final class CloudConnector extends Resource<CloudConnector> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSM::CloudConnector")
      .required("ConfigConnectorArn", "Configuration", "DisplayName", "RoleArn")
      .constrain("ConfigConnectorArn", Constraint.of().pattern("^arn:aws(-cn|-us-gov)?:config:[a-z0-9-]+:\\d{12}:connector/.+$").minLength(1).maxLength(512))
      .constrain("Description", Constraint.of().pattern("^[\\p{L}\\p{Z}\\p{N}\\p{P}\\p{M}]*$").minLength(1).maxLength(1024))
      .constrain("DisplayName", Constraint.of().pattern("^[\\p{L}\\p{Z}\\p{N}\\p{P}\\p{M}]*$").minLength(1).maxLength(256))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z0-9-]*:iam::\\d{12}:role/[\\w-/.@+=,]{1,1017}$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("CloudConnectorArn")
      .attributes("CloudConnectorArn", "CloudConnectorId", "CreatedAt", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CloudConnector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the AWS Config connector.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^arn:aws(-cn|-us-gov)?:config:[a-z0-9-]+:&#92;d{12}:connector/.+$}. CloudFormation property
   * {@code ConfigConnectorArn}.
   */
  public CloudConnector configConnectorArn(String value) {
    return set("ConfigConnectorArn", Value.of(value));
  }

  /** Sets {@code ConfigConnectorArn} to this value; see {@link #configConnectorArn(String)}. */
  public CloudConnector configConnectorArn(Value<String> value) {
    return set("ConfigConnectorArn", value);
  }

  /**
   * The configuration for the cloud connector. Currently supports Azure.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public CloudConnector configuration(Value<CloudConnectorConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * The description of the cloud connector.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{Z}&#92;p{N}&#92;p{P}&#92;p{M}]*$}. CloudFormation property {@code
   * Description}.
   */
  public CloudConnector description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CloudConnector description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the cloud connector.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{Z}&#92;p{N}&#92;p{P}&#92;p{M}]*$}. CloudFormation property {@code
   * DisplayName}.
   */
  public CloudConnector displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public CloudConnector displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The IAM role ARN used by the cloud connector.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z0-9-]*:iam::&#92;d{12}:role/[&#92;w-/.&#64;+=,]{1,1017}$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public CloudConnector roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public CloudConnector roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Tags to apply to the cloud connector.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CloudConnector tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CloudConnector tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CloudConnector tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the cloud connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CloudConnectorArn}.
   */
  public Value<String> cloudConnectorArn() {
    return getAtt("CloudConnectorArn");
  }

  /**
   * The unique identifier of the cloud connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CloudConnectorId}.
   */
  public Value<String> cloudConnectorId() {
    return getAtt("CloudConnectorId");
  }

  /**
   * The timestamp when the cloud connector was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp when the cloud connector was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Configuration for connecting to Azure.
   *
   * <p>Property type {@code AWS::SSM::CloudConnector.AzureConfiguration}.
   */
  public static final class AzureConfiguration extends Struct<AzureConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::CloudConnector.AzureConfiguration")
        .required("ApplicationId", "TenantId")
        .constrain("ApplicationDisplayName", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}\\p{P}\\p{M}]*)$").minLength(0).maxLength(256))
        .constrain("ApplicationId", Constraint.of().pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"))
        .constrain("TenantDisplayName", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}\\p{P}\\p{M}]*)$").minLength(0).maxLength(256))
        .constrain("TenantId", Constraint.of().pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"))
        .build();

    public AzureConfiguration() {
      super(SCHEMA);
    }

    /**
     * The display name of the Azure AD application.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}&#92;p{P}&#92;p{M}]*)$}. CloudFormation property {@code
     * ApplicationDisplayName}.
     */
    public AzureConfiguration applicationDisplayName(String value) {
      return set("ApplicationDisplayName", Value.of(value));
    }

    /**
     * Sets {@code ApplicationDisplayName} to this value; see {@link
     * #applicationDisplayName(String)}.
     */
    public AzureConfiguration applicationDisplayName(Value<String> value) {
      return set("ApplicationDisplayName", value);
    }

    /**
     * The Azure AD application ID.
     *
     * <p>Required. Pattern: {@code
     * ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$}.
     * CloudFormation property {@code ApplicationId}.
     */
    public AzureConfiguration applicationId(String value) {
      return set("ApplicationId", Value.of(value));
    }

    /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
    public AzureConfiguration applicationId(Value<String> value) {
      return set("ApplicationId", value);
    }

    /**
     * The targets for the cloud connector. If omitted, the entire tenant is targeted.
     *
     * <p>CloudFormation property {@code Targets}.
     */
    public AzureConfiguration targets(Value<ConfigurationTargets> value) {
      return set("Targets", value);
    }

    /**
     * The display name of the Azure AD tenant.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}&#92;p{P}&#92;p{M}]*)$}. CloudFormation property {@code
     * TenantDisplayName}.
     */
    public AzureConfiguration tenantDisplayName(String value) {
      return set("TenantDisplayName", Value.of(value));
    }

    /** Sets {@code TenantDisplayName} to this value; see {@link #tenantDisplayName(String)}. */
    public AzureConfiguration tenantDisplayName(Value<String> value) {
      return set("TenantDisplayName", value);
    }

    /**
     * The Azure AD tenant ID. Cannot be changed after creation.
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code
     * ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$}.
     * CloudFormation property {@code TenantId}.
     */
    public AzureConfiguration tenantId(String value) {
      return set("TenantId", Value.of(value));
    }

    /** Sets {@code TenantId} to this value; see {@link #tenantId(String)}. */
    public AzureConfiguration tenantId(Value<String> value) {
      return set("TenantId", value);
    }
  }

  /**
   * An Azure subscription with its ID and optional display name.
   *
   * <p>Property type {@code AWS::SSM::CloudConnector.AzureSubscription}.
   */
  public static final class AzureSubscription extends Struct<AzureSubscription> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::CloudConnector.AzureSubscription")
        .required("Id")
        .constrain("DisplayName", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}\\p{P}\\p{M}]*)$").minLength(0).maxLength(128))
        .constrain("Id", Constraint.of().pattern("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$").minLength(1).maxLength(256))
        .build();

    public AzureSubscription() {
      super(SCHEMA);
    }

    /**
     * The display name of the Azure subscription.
     *
     * <p>Length: 0 to 128 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}&#92;p{P}&#92;p{M}]*)$}. CloudFormation property {@code
     * DisplayName}.
     */
    public AzureSubscription displayName(String value) {
      return set("DisplayName", Value.of(value));
    }

    /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
    public AzureSubscription displayName(Value<String> value) {
      return set("DisplayName", value);
    }

    /**
     * The Azure subscription ID.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$}.
     * CloudFormation property {@code Id}.
     */
    public AzureSubscription id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public AzureSubscription id(Value<String> value) {
      return set("Id", value);
    }
  }

  /**
   * The configuration for the cloud connector. Currently supports Azure.
   *
   * <p>Property type {@code AWS::SSM::CloudConnector.CloudConnectorConfiguration}.
   */
  public static final class CloudConnectorConfiguration extends Struct<CloudConnectorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::CloudConnector.CloudConnectorConfiguration")
        .required("AzureConfiguration")
        .build();

    public CloudConnectorConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for connecting to Azure.
     *
     * <p>Required. CloudFormation property {@code AzureConfiguration}.
     */
    public CloudConnectorConfiguration azureConfiguration(Value<AzureConfiguration> value) {
      return set("AzureConfiguration", value);
    }
  }

  /**
   * The targets for the cloud connector. If omitted, the entire tenant is targeted.
   *
   * <p>Property type {@code AWS::SSM::CloudConnector.ConfigurationTargets}.
   */
  public static final class ConfigurationTargets extends Struct<ConfigurationTargets> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::CloudConnector.ConfigurationTargets")
        .required("Subscriptions")
        .build();

    public ConfigurationTargets() {
      super(SCHEMA);
    }

    /**
     * List of Azure subscriptions.
     *
     * <p>Required. CloudFormation property {@code Subscriptions}.
     */
    public ConfigurationTargets subscriptions(List<AzureSubscription> value) {
      return set("Subscriptions", Value.listOf(value));
    }

    /** Sets {@code Subscriptions} to this value; see {@link #subscriptions(List)}. */
    public ConfigurationTargets subscriptions(Value<List<AzureSubscription>> value) {
      return set("Subscriptions", value);
    }

    /** Sets {@code Subscriptions} to a list of these; see {@link #subscriptions(List)}. */
    public ConfigurationTargets subscriptions(AzureSubscription... values) {
      return set("Subscriptions", Value.list(values));
    }
  }
}
