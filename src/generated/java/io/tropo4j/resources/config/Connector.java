// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.config;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Config::Connector
 *
 * <p>CloudFormation type {@code AWS::Config::Connector}.
 */
public final class Connector extends Resource<Connector> {
  private static final Schema SCHEMA = Schema.builder("AWS::Config::Connector")
      .required("ConnectorConfiguration")
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Connector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration for the connector. Specify the third-party cloud provider configuration.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ConnectorConfiguration}.
   */
  public Connector connectorConfiguration(Value<ConnectorConfiguration> value) {
    return set("ConnectorConfiguration", value);
  }

  /**
   * The tags for the connector.
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
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time at which the connector was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The name of the connector. AWS Config automatically assigns the name when creating the
   * Connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Configuration for connecting to Microsoft Azure.
   *
   * <p>Property type {@code AWS::Config::Connector.AzureConnectorConfiguration}.
   */
  public static final class AzureConnectorConfiguration extends Struct<AzureConnectorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::Connector.AzureConnectorConfiguration")
        .required("ClientIdentifier", "TenantIdentifier")
        .constrain("ClientIdentifier", Constraint.of().minLength(1).maxLength(128))
        .constrain("TenantIdentifier", Constraint.of().minLength(1).maxLength(128))
        .build();

    public AzureConnectorConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Azure client (application) identifier.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code ClientIdentifier}.
     */
    public AzureConnectorConfiguration clientIdentifier(String value) {
      return set("ClientIdentifier", Value.of(value));
    }

    /** Sets {@code ClientIdentifier} to this value; see {@link #clientIdentifier(String)}. */
    public AzureConnectorConfiguration clientIdentifier(Value<String> value) {
      return set("ClientIdentifier", value);
    }

    /**
     * The Azure tenant identifier.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code TenantIdentifier}.
     */
    public AzureConnectorConfiguration tenantIdentifier(String value) {
      return set("TenantIdentifier", Value.of(value));
    }

    /** Sets {@code TenantIdentifier} to this value; see {@link #tenantIdentifier(String)}. */
    public AzureConnectorConfiguration tenantIdentifier(Value<String> value) {
      return set("TenantIdentifier", value);
    }
  }

  /**
   * The configuration for the connector. Specify the third-party cloud provider configuration.
   *
   * <p>Property type {@code AWS::Config::Connector.ConnectorConfiguration}.
   */
  public static final class ConnectorConfiguration extends Struct<ConnectorConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Config::Connector.ConnectorConfiguration");

    public ConnectorConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration for connecting to Microsoft Azure.
     *
     * <p>CloudFormation property {@code Azure}.
     */
    public ConnectorConfiguration azure(Value<AzureConnectorConfiguration> value) {
      return set("Azure", value);
    }
  }
}
