// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Greengrass::ConnectorDefinition</code> resource represents a connector definition
 * for AWS IoT Greengrass . Connector definitions are used to organize your connector definition
 * versions.
 *
 * <p>Connector definitions can reference multiple connector definition versions. All connector
 * definition versions must be associated with a connector definition. Each connector definition
 * version can contain one or more connectors.
 *
 * <p>When you create a connector definition, you can optionally include an initial connector
 * definition version. To associate a connector definition version later, create an <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-connectordefinitionversion.html"><code>AWS::Greengrass::ConnectorDefinitionVersion</code></a>
 * resource and specify the ID of this connector definition. After you create the connector
 * definition version that contains the connectors you want to deploy, you must add it to your group
 * version. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::ConnectorDefinition}.
 */
public final class ConnectorDefinition extends Resource<ConnectorDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ConnectorDefinition")
      .required("Name")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id", "LatestVersionArn", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ConnectorDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The connector definition version to include when the connector definition is created. A
   * connector definition version contains a list of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-connectordefinition-connector.html"><code>connector</code></a>
   * property types.
   *
   * <p>To associate a connector definition version after the connector definition is created,
   * create an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-connectordefinitionversion.html"><code>AWS::Greengrass::ConnectorDefinitionVersion</code></a>
   * resource and specify the ID of this connector definition.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InitialVersion}.
   */
  public ConnectorDefinition initialVersion(Value<ConnectorDefinitionVersion> value) {
    return set("InitialVersion", value);
  }

  /**
   * The name of the connector definition.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public ConnectorDefinition name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConnectorDefinition name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Application-specific metadata to attach to the connector definition. You can use tags in IAM
   * policies to control access to AWS IoT Greengrass resources. You can also use tags to categorize
   * your resources. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/tagging.html">Tagging Your AWS
   * IoT Greengrass Resources</a> in the <em>Developer Guide</em> .
   *
   * <p>This <code>Json</code> property type is processed as a map of key-value pairs. It uses the
   * following format, which is different from most <code>Tags</code> implementations in
   * CloudFormation templates.
   *
   * <p>```json "Tags": { "KeyName0": "value", "KeyName1": "value", "KeyName2": "value" } ```
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public ConnectorDefinition tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public ConnectorDefinition tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>ConnectorDefinition</code> , such as
   * <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/connectors/1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the <code>ConnectorDefinition</code> , such as
   * <code>1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ARN of the last <code>ConnectorDefinitionVersion</code> that was added to the
   * <code>ConnectorDefinition</code> , such as <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/connectors/1234a5b6-78cd-901e-2fgh-3i45j6k178l9/versions/9876ac30-4bdb-4f9d-95af-b5fdb66be1a2</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersionArn}.
   */
  public Value<String> latestVersionArn() {
    return getAtt("LatestVersionArn");
  }

  /**
   * The name of the <code>ConnectorDefinition</code> , such as <code>MyConnectorDefinition</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Connectors are modules that provide built-in integration with local infrastructure, device
   * protocols, AWS , and other cloud services. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/connectors.html">Integrate with
   * Services and Protocols Using Greengrass Connectors</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, the <code>Connectors</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-connectordefinition-connectordefinitionversion.html"><code>ConnectorDefinitionVersion</code></a>
   * property type contains a list of <code>Connector</code> property types.
   *
   * <p>Property type {@code AWS::Greengrass::ConnectorDefinition.Connector}.
   */
  public static final class Connector extends Struct<Connector> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ConnectorDefinition.Connector")
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
     * The parameters or configuration used by the connector.
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

  /**
   * A connector definition version contains a list of connectors.
   *
   * <p>After you create a connector definition version that contains the connectors you want to
   * deploy, you must add it to your group version. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
   * .
   *
   * <p>In an CloudFormation template, <code>ConnectorDefinitionVersion</code> is the property type
   * of the <code>InitialVersion</code> property in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-connectordefinition.html"><code>AWS::Greengrass::ConnectorDefinition</code></a>
   * resource.
   *
   * <p>Property type {@code AWS::Greengrass::ConnectorDefinition.ConnectorDefinitionVersion}.
   */
  public static final class ConnectorDefinitionVersion extends Struct<ConnectorDefinitionVersion> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::ConnectorDefinition.ConnectorDefinitionVersion")
        .required("Connectors")
        .build();

    public ConnectorDefinitionVersion() {
      super(SCHEMA);
    }

    /**
     * The connectors in this version. Only one instance of a given connector can be added to a
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
  }
}
