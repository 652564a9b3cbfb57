// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appflow;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Creates a new connector profile associated with your AWS account . There is a soft quota of 100
 * connector profiles per AWS account . If you need more connector profiles than this quota allows,
 * you can submit a request to the Amazon AppFlow team through the Amazon AppFlow support channel.
 * In each connector profile that you create, you can provide the credentials and properties for
 * only one connector.
 *
 * <p>CloudFormation type {@code AWS::AppFlow::Connector}.
 */
public final class Connector extends Resource<Connector> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Connector")
      .required("ConnectorProvisioningConfig", "ConnectorProvisioningType")
      .constrain("ConnectorLabel", Constraint.of().pattern("[a-zA-Z0-9][\\w!@#.-]+").minLength(0).maxLength(512))
      .constrain("ConnectorProvisioningType", Constraint.of().pattern("[a-zA-Z0-9][\\w!@#.-]+").minLength(1).maxLength(256))
      .constrain("Description", Constraint.of().pattern("[\\s\\w/!@#+=.-]*").minLength(0).maxLength(2048))
      .refYields("ConnectorLabel")
      .attributes("ConnectorArn")
      .build();

  public Connector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The label used for registering the connector.
   *
   * <p>Changing it replaces the resource. Length: 0 to 512 characters. Pattern: {@code
   * [a-zA-Z0-9][&#92;w!&#64;#.-]+}. CloudFormation property {@code ConnectorLabel}.
   */
  public Connector connectorLabel(String value) {
    return set("ConnectorLabel", Value.of(value));
  }

  /** Sets {@code ConnectorLabel} to this value; see {@link #connectorLabel(String)}. */
  public Connector connectorLabel(Value<String> value) {
    return set("ConnectorLabel", value);
  }

  /**
   * The configuration required for registering the connector.
   *
   * <p>Required. CloudFormation property {@code ConnectorProvisioningConfig}.
   */
  public Connector connectorProvisioningConfig(Value<ConnectorProvisioningConfig> value) {
    return set("ConnectorProvisioningConfig", value);
  }

  /**
   * The provisioning type used to register the connector.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code [a-zA-Z0-9][&#92;w!&#64;#.-]+}.
   * CloudFormation property {@code ConnectorProvisioningType}.
   */
  public Connector connectorProvisioningType(String value) {
    return set("ConnectorProvisioningType", Value.of(value));
  }

  /**
   * Sets {@code ConnectorProvisioningType} to this value; see {@link
   * #connectorProvisioningType(String)}.
   */
  public Connector connectorProvisioningType(Value<String> value) {
    return set("ConnectorProvisioningType", value);
  }

  /**
   * A description about the connector runtime setting.
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code [&#92;s&#92;w/!&#64;#+=.-]*}. CloudFormation
   * property {@code Description}.
   */
  public Connector description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Connector description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The arn of the connector. The arn is unique for each ConnectorRegistration in your AWS account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorArn}.
   */
  public Value<String> connectorArn() {
    return getAtt("ConnectorArn");
  }

  /**
   * Contains information about the configuration of the connector being registered.
   *
   * <p>Property type {@code AWS::AppFlow::Connector.ConnectorProvisioningConfig}.
   */
  public static final class ConnectorProvisioningConfig extends Struct<ConnectorProvisioningConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::AppFlow::Connector.ConnectorProvisioningConfig");

    public ConnectorProvisioningConfig() {
      super(SCHEMA);
    }

    /**
     * Contains information about the configuration of the lambda which is being registered as the
     * connector.
     *
     * <p>CloudFormation property {@code Lambda}.
     */
    public ConnectorProvisioningConfig lambda(Value<LambdaConnectorProvisioningConfig> value) {
      return set("Lambda", value);
    }
  }

  /**
   * Contains information about the configuration of the lambda which is being registered as the
   * connector.
   *
   * <p>Property type {@code AWS::AppFlow::Connector.LambdaConnectorProvisioningConfig}.
   */
  public static final class LambdaConnectorProvisioningConfig extends Struct<LambdaConnectorProvisioningConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::Connector.LambdaConnectorProvisioningConfig")
        .required("LambdaArn")
        .constrain("LambdaArn", Constraint.of().pattern("arn:*:.*:.*:[0-9]+:.*").minLength(0).maxLength(512).format("AWS::Lambda::Function.Arn"))
        .build();

    public LambdaConnectorProvisioningConfig() {
      super(SCHEMA);
    }

    /**
     * Lambda ARN of the connector being registered.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code arn:*:.*:.*:[0-9]+:.*}. Format:
     * {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}.
     */
    public LambdaConnectorProvisioningConfig lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public LambdaConnectorProvisioningConfig lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }
  }
}
