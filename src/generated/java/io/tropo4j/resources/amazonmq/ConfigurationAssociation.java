// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.amazonmq;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-amazonmq-configurationassociation.html
 *
 * <p>CloudFormation type {@code AWS::AmazonMQ::ConfigurationAssociation}.
 */
public final class ConfigurationAssociation extends Resource<ConfigurationAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::AmazonMQ::ConfigurationAssociation")
      .required("Broker", "Configuration")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ConfigurationAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * ID of the Broker that the configuration should be applied to
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Broker}.
   */
  public ConfigurationAssociation broker(String value) {
    return set("Broker", Value.of(value));
  }

  /** Sets {@code Broker} to this value; see {@link #broker(String)}. */
  public ConfigurationAssociation broker(Value<String> value) {
    return set("Broker", value);
  }

  /**
   * Returns information about all configurations.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public ConfigurationAssociation configuration(Value<ConfigurationId> value) {
    return set("Configuration", value);
  }

  /**
   * The ID of the ConfigurationAssociation Resource
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A list of information about the configuration.
   *
   * <p>Property type {@code AWS::AmazonMQ::ConfigurationAssociation.ConfigurationId}.
   */
  public static final class ConfigurationId extends Struct<ConfigurationId> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmazonMQ::ConfigurationAssociation.ConfigurationId")
        .required("Id", "Revision")
        .build();

    public ConfigurationId() {
      super(SCHEMA);
    }

    /**
     * Required. The unique ID that Amazon MQ generates for the configuration.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public ConfigurationId id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public ConfigurationId id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The revision number of the configuration.
     *
     * <p>Required. CloudFormation property {@code Revision}.
     */
    public ConfigurationId revision(int value) {
      return set("Revision", Value.of(value));
    }

    /** Sets {@code Revision} to this value; see {@link #revision(int)}. */
    public ConfigurationId revision(Value<Integer> value) {
      return set("Revision", value);
    }
  }
}
