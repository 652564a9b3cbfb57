// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A topic rule destination.
 *
 * <p>CloudFormation type {@code AWS::IoT::TopicRuleDestination}.
 */
public final class TopicRuleDestination extends Resource<TopicRuleDestination> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRuleDestination")
      .allowed("Status", "ENABLED", "IN_PROGRESS", "DISABLED")
      .refYields("Arn")
      .attributes("Arn", "StatusReason")
      .build();

  public TopicRuleDestination(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Properties of the HTTP URL.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code HttpUrlProperties}.
   */
  public TopicRuleDestination httpUrlProperties(Value<HttpUrlDestinationSummary> value) {
    return set("HttpUrlProperties", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code InfluxDBProperties}. */
  public TopicRuleDestination influxDBProperties(Value<InfluxDBDestinationProperties> value) {
    return set("InfluxDBProperties", value);
  }

  /**
   * <ul> <li><b>IN_PROGRESS</b> - A topic rule destination was created but has not been confirmed.
   * You can set status to <code>IN_PROGRESS</code> by calling
   * <code>UpdateTopicRuleDestination</code> . Calling <code>UpdateTopicRuleDestination</code>
   * causes a new confirmation challenge to be sent to your confirmation endpoint.
   * <li><b>ENABLED</b> - Confirmation was completed, and traffic to this destination is allowed.
   * You can set status to <code>DISABLED</code> by calling <code>UpdateTopicRuleDestination</code>
   * . <li><b>DISABLED</b> - Confirmation was completed, and traffic to this destination is not
   * allowed. You can set status to <code>ENABLED</code> by calling
   * <code>UpdateTopicRuleDestination</code> . <li><b>ERROR</b> - Confirmation could not be
   * completed; for example, if the confirmation timed out. You can call
   * <code>GetTopicRuleDestination</code> for details about the error. You can set status to
   * <code>IN_PROGRESS</code> by calling <code>UpdateTopicRuleDestination</code> . Calling
   * <code>UpdateTopicRuleDestination</code> causes a new confirmation challenge to be sent to your
   * confirmation endpoint. </ul>
   *
   * <p>Allowed values: {@code ENABLED}, {@code IN_PROGRESS}, {@code DISABLED}. CloudFormation
   * property {@code Status}.
   */
  public TopicRuleDestination status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public TopicRuleDestination status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * Properties of the virtual private cloud (VPC) connection.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpcProperties}.
   */
  public TopicRuleDestination vpcProperties(Value<VpcDestinationProperties> value) {
    return set("VpcProperties", value);
  }

  /**
   * The topic rule destination URL.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Additional details or reason why the topic rule destination is in the current status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReason}.
   */
  public Value<String> statusReason() {
    return getAtt("StatusReason");
  }

  /**
   * HTTP URL destination properties.
   *
   * <p>Property type {@code AWS::IoT::TopicRuleDestination.HttpUrlDestinationSummary}.
   */
  public static final class HttpUrlDestinationSummary extends Struct<HttpUrlDestinationSummary> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::TopicRuleDestination.HttpUrlDestinationSummary");

    public HttpUrlDestinationSummary() {
      super(SCHEMA);
    }

    /**
     * The URL used to confirm the HTTP topic rule destination URL.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ConfirmationUrl}.
     */
    public HttpUrlDestinationSummary confirmationUrl(String value) {
      return set("ConfirmationUrl", Value.of(value));
    }

    /** Sets {@code ConfirmationUrl} to this value; see {@link #confirmationUrl(String)}. */
    public HttpUrlDestinationSummary confirmationUrl(Value<String> value) {
      return set("ConfirmationUrl", value);
    }
  }

  /** Property type {@code AWS::IoT::TopicRuleDestination.InfluxDBDestinationProperties}. */
  public static final class InfluxDBDestinationProperties extends Struct<InfluxDBDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRuleDestination.InfluxDBDestinationProperties")
        .required("Endpoint", "InfluxDBVersion", "SecretId")
        .build();

    public InfluxDBDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The endpoint URL of the InfluxDB database.
     *
     * <p>Required. CloudFormation property {@code Endpoint}.
     */
    public InfluxDBDestinationProperties endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public InfluxDBDestinationProperties endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * The version of the InfluxDB database (for example, V2 or V3).
     *
     * <p>Required. CloudFormation property {@code InfluxDBVersion}.
     */
    public InfluxDBDestinationProperties influxDBVersion(String value) {
      return set("InfluxDBVersion", Value.of(value));
    }

    /** Sets {@code InfluxDBVersion} to this value; see {@link #influxDBVersion(String)}. */
    public InfluxDBDestinationProperties influxDBVersion(Value<String> value) {
      return set("InfluxDBVersion", value);
    }

    /**
     * The ARN or name of the Secrets Manager secret containing the InfluxDB API token.
     *
     * <p>Required. CloudFormation property {@code SecretId}.
     */
    public InfluxDBDestinationProperties secretId(String value) {
      return set("SecretId", Value.of(value));
    }

    /** Sets {@code SecretId} to this value; see {@link #secretId(String)}. */
    public InfluxDBDestinationProperties secretId(Value<String> value) {
      return set("SecretId", value);
    }

    /**
     * The key name within the secret that contains the InfluxDB token.
     *
     * <p>CloudFormation property {@code SecretKey}.
     */
    public InfluxDBDestinationProperties secretKey(String value) {
      return set("SecretKey", Value.of(value));
    }

    /** Sets {@code SecretKey} to this value; see {@link #secretKey(String)}. */
    public InfluxDBDestinationProperties secretKey(Value<String> value) {
      return set("SecretKey", value);
    }

    /**
     * The type of the secret value (SecretString or SecretBinary).
     *
     * <p>CloudFormation property {@code SecretType}.
     */
    public InfluxDBDestinationProperties secretType(String value) {
      return set("SecretType", Value.of(value));
    }

    /** Sets {@code SecretType} to this value; see {@link #secretType(String)}. */
    public InfluxDBDestinationProperties secretType(Value<String> value) {
      return set("SecretType", value);
    }
  }

  /**
   * The properties of a virtual private cloud (VPC) destination.
   *
   * <p>Property type {@code AWS::IoT::TopicRuleDestination.VpcDestinationProperties}.
   */
  public static final class VpcDestinationProperties extends Struct<VpcDestinationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRuleDestination.VpcDestinationProperties")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
        .build();

    public VpcDestinationProperties() {
      super(SCHEMA);
    }

    /**
     * The ARN of a role that has permission to create and attach to elastic network interfaces
     * (ENIs).
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
     * property {@code RoleArn}.
     */
    public VpcDestinationProperties roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public VpcDestinationProperties roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The security groups of the VPC destination.
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Id}.
     * CloudFormation property {@code SecurityGroups}.
     */
    public VpcDestinationProperties securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public VpcDestinationProperties securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * The subnet IDs of the VPC destination.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SubnetIds}.
     */
    public VpcDestinationProperties subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcDestinationProperties subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * The ID of the VPC.
     *
     * <p>Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}. CloudFormation
     * property {@code VpcId}.
     */
    public VpcDestinationProperties vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcDestinationProperties vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
