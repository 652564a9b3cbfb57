// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.amazonmq;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new configuration for the specified configuration name. Amazon MQ uses the default
 * configuration (the engine type and version).
 *
 * <p>CloudFormation type {@code AWS::AmazonMQ::Configuration}.
 */
public final class Configuration extends Resource<Configuration> {
  private static final Schema SCHEMA = Schema.builder("AWS::AmazonMQ::Configuration")
      .required("EngineType", "Name")
      .refYields("Id")
      .attributes("Arn", "Id", "Revision")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Configuration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Optional. The authentication strategy associated with the configuration. The default is
   * <code>SIMPLE</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AuthenticationStrategy}.
   */
  public Configuration authenticationStrategy(String value) {
    return set("AuthenticationStrategy", Value.of(value));
  }

  /**
   * Sets {@code AuthenticationStrategy} to this value; see {@link #authenticationStrategy(String)}.
   */
  public Configuration authenticationStrategy(Value<String> value) {
    return set("AuthenticationStrategy", value);
  }

  /**
   * Amazon MQ for Active MQ: The base64-encoded XML configuration. Amazon MQ for RabbitMQ: the
   * base64-encoded Cuttlefish configuration.
   *
   * <p>CloudFormation property {@code Data}.
   */
  public Configuration data(String value) {
    return set("Data", Value.of(value));
  }

  /** Sets {@code Data} to this value; see {@link #data(String)}. */
  public Configuration data(Value<String> value) {
    return set("Data", value);
  }

  /**
   * The description of the configuration.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Configuration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Configuration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Required. The type of broker engine. Currently, Amazon MQ supports <code>ACTIVEMQ</code> and
   * <code>RABBITMQ</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code EngineType}.
   */
  public Configuration engineType(String value) {
    return set("EngineType", Value.of(value));
  }

  /** Sets {@code EngineType} to this value; see {@link #engineType(String)}. */
  public Configuration engineType(Value<String> value) {
    return set("EngineType", value);
  }

  /**
   * The broker engine version. Defaults to the latest available version for the specified broker
   * engine type. For more information, see the <a
   * href="https://docs.aws.amazon.com//amazon-mq/latest/developer-guide/activemq-version-management.html">ActiveMQ
   * version management</a> and the <a
   * href="https://docs.aws.amazon.com//amazon-mq/latest/developer-guide/rabbitmq-version-management.html">RabbitMQ
   * version management</a> sections in the Amazon MQ Developer Guide.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EngineVersion}.
   */
  public Configuration engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public Configuration engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * Required. The name of the configuration. This value can contain only alphanumeric characters,
   * dashes, periods, underscores, and tildes (- . _ ~). This value must be 1-150 characters long.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Configuration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Configuration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Create tags when creating the configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Configuration tags(List<TagsEntry> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Configuration tags(Value<List<TagsEntry>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Configuration tags(TagsEntry... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Configuration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon MQ configuration.
   *
   * <p><code>arn:aws:mq:us-east-2:123456789012:configuration:MyConfigurationDevelopment:c-1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the Amazon MQ configuration.
   *
   * <p><code>c-1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The revision number of the configuration.
   *
   * <p><code>1</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Revision}.
   */
  public Value<String> revision() {
    return getAtt("Revision");
  }

  /**
   * The list of all tags associated with this configuration.
   *
   * <p>Property type {@code AWS::AmazonMQ::Configuration.TagsEntry}.
   */
  public static final class TagsEntry extends Struct<TagsEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmazonMQ::Configuration.TagsEntry")
        .required("Key", "Value")
        .build();

    public TagsEntry() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Key}. */
    public TagsEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsEntry key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. CloudFormation property {@code Value}. */
    public TagsEntry value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsEntry value(Value<String> value) {
      return set("Value", value);
    }
  }
}
