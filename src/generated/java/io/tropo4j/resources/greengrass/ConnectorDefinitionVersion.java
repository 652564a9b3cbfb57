// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Greengrass::ConnectorDefinitionVersion</code> resource represents a connector
 * definition version for AWS IoT Greengrass . A connector definition version contains a list of
 * connectors.
 *
 * <p>To create a connector definition version, you must specify the ID of the connector definition
 * that you want to associate with the version. For information about creating a connector
 * definition, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-connectordefinition.html"><code>AWS::Greengrass::ConnectorDefinition</code></a>
 * . After you create a connector definition version that contains the connectors you want to
 * deploy, you must add it to your group version. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::ConnectorDefinitionVersion}.
 */
public final class ConnectorDefinitionVersion extends Resource<ConnectorDefinitionVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ConnectorDefinitionVersion")
      .required("ConnectorDefinitionId", "Connectors")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ConnectorDefinitionVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the connector definition associated with this version. This value is a GUID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ConnectorDefinitionId}.
   */
  public ConnectorDefinitionVersion connectorDefinitionId(String value) {
    return set("ConnectorDefinitionId", Value.of(value));
  }

  /**
   * Sets {@code ConnectorDefinitionId} to this value; see {@link #connectorDefinitionId(String)}.
   */
  public ConnectorDefinitionVersion connectorDefinitionId(Value<String> value) {
    return set("ConnectorDefinitionId", value);
  }

  /**
   * The connectors in this version. Only one instance of a given connector can be added to the
   * connector definition version at a time.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Connectors}.
   */
  public ConnectorDefinitionVersion connectors(List<Connector> value) {
    return set("Connectors", Value.listOf(value));
  }

  /** Sets {@code Connectors} to this value; see {@link #connectors(List)}. */
  public ConnectorDefinitionVersion connectors(Value<List<Connector>> value) {
    return set("Connectors", value);
  }

  /** Sets {@code Connectors} to a list of these; see {@link #connectors(List)}. */
  public ConnectorDefinitionVersion connectors(Connector... values) {
    return set("Connectors", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Connectors are modules that provide built-in integration with local infrastructure, device
   * protocols, AWS , and other cloud services. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/connectors.html">Integrate with
   * Services and Protocols Using Greengrass Connectors</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, the <code>Connectors</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-connectordefinitionversion.html"><code>AWS::Greengrass::ConnectorDefinitionVersion</code></a>
   * resource contains a list of <code>Connector</code> property types.
   *
   * <p>Property type {@code AWS::Greengrass::ConnectorDefinitionVersion.Connector}.
   */
  public static final class Connector extends Struct<Connector> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ConnectorDefinitionVersion.Connector")
        .required("ConnectorArn", "Id")
        .constrain("Parameters", Constraint.of().format("json"))
        .build();

    public Connector() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the connector.
     *
     * <p>For more information about connectors provided by AWS , see <a
     * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/connectors-list.html">Greengrass
     * Connectors Provided by AWS</a> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code ConnectorArn}.
     */
    public Connector connectorArn(String value) {
      return set("ConnectorArn", Value.of(value));
    }

    /** Sets {@code ConnectorArn} to this value; see {@link #connectorArn(String)}. */
    public Connector connectorArn(Value<String> value) {
      return set("ConnectorArn", value);
    }

    /**
     * A descriptive or arbitrary ID for the connector. This value must be unique within the
     * connector definition version. Maximum length is 128 characters with pattern
     * <code>[a-zA-Z0-9:_-]+</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Id}.
     */
    public Connector id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public Connector id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The parameters or configuration that the connector uses.
     *
     * <p>For more information about connectors provided by AWS , see <a
     * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/connectors-list.html">Greengrass
     * Connectors Provided by AWS</a> .
     *
     * <p>Changing it replaces the resource. Format: {@code json}. CloudFormation property {@code
     * Parameters}.
     */
    public Connector parameters(Value<Json> value) {
      return set("Parameters", value);
    }
  }
}
