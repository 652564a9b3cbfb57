// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkfirewall;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Use the logging configuration to define the destinations and logging options for an firewall.
 *
 * <p>You must change the logging configuration by changing one <code>LogDestinationConfig</code>
 * setting at a time in your <code>LogDestinationConfigs</code> .
 *
 * <p>You can make only one of the following changes to your logging configuration resource:
 *
 * <ul> <li>Create a new log destination object by adding a single <code>LogDestinationConfig</code>
 * array element to <code>LogDestinationConfigs</code> . <li>Delete a log destination object by
 * removing a single <code>LogDestinationConfig</code> array element from
 * <code>LogDestinationConfigs</code> . <li>Change the <code>LogDestination</code> setting in a
 * single <code>LogDestinationConfig</code> array element. </ul>
 *
 * <p>You can't change the <code>LogDestinationType</code> or <code>LogType</code> in a
 * <code>LogDestinationConfig</code> . To change these settings, delete the existing
 * <code>LogDestinationConfig</code> object and create a new one, in two separate modifications.
 *
 * <p>CloudFormation type {@code AWS::NetworkFirewall::LoggingConfiguration}.
 */
public final class LoggingConfiguration extends Resource<LoggingConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::LoggingConfiguration")
      .required("FirewallArn", "LoggingConfiguration")
      .constrain("FirewallArn", Constraint.of().pattern("^arn:aws.*$").minLength(1).maxLength(256))
      .references("FirewallArn", "AWS::NetworkFirewall::Firewall.Ref")
      .constrain("FirewallName", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
      .refYields("FirewallArn")
      .build();

  public LoggingConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code EnableMonitoringDashboard}. */
  public LoggingConfiguration enableMonitoringDashboard(boolean value) {
    return set("EnableMonitoringDashboard", Value.of(value));
  }

  /**
   * Sets {@code EnableMonitoringDashboard} to this value; see {@link
   * #enableMonitoringDashboard(boolean)}.
   */
  public LoggingConfiguration enableMonitoringDashboard(Value<Boolean> value) {
    return set("EnableMonitoringDashboard", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the firewallthat the logging configuration is associated
   * with. You can't change the firewall specification after you create the logging configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^arn:aws.*$}. CloudFormation property {@code FirewallArn}.
   */
  public LoggingConfiguration firewallArn(String value) {
    return set("FirewallArn", Value.of(value));
  }

  /** Sets {@code FirewallArn} to this value; see {@link #firewallArn(String)}. */
  public LoggingConfiguration firewallArn(Value<String> value) {
    return set("FirewallArn", value);
  }

  /**
   * Sets {@code FirewallArn} to the Ref of {@code AWS::NetworkFirewall::Firewall}; see {@link
   * #firewallArn(String)}.
   */
  public LoggingConfiguration firewallArn(Firewall resource) {
    return set("FirewallArn", resource.ref());
  }

  /**
   * The name of the firewall that the logging configuration is associated with. You can't change
   * the firewall specification after you create the logging configuration.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]+$}. CloudFormation property {@code FirewallName}.
   */
  public LoggingConfiguration firewallName(String value) {
    return set("FirewallName", Value.of(value));
  }

  /** Sets {@code FirewallName} to this value; see {@link #firewallName(String)}. */
  public LoggingConfiguration firewallName(Value<String> value) {
    return set("FirewallName", value);
  }

  /**
   * Defines how AWS Network Firewall performs logging for a firewall.
   *
   * <p>Required. CloudFormation property {@code LoggingConfiguration}.
   */
  public LoggingConfiguration loggingConfiguration(Value<LoggingConfigurationProperty> value) {
    return set("LoggingConfiguration", value);
  }

  /**
   * Defines where AWS Network Firewall sends logs for the firewall for one log type. This is used
   * in logging configuration. You can send each type of log to an Amazon S3 bucket, a CloudWatch
   * log group, or a Kinesis Data Firehose delivery stream.
   *
   * <p>Network Firewall generates logs for stateful rule groups. You can save alert and flow log
   * types. The stateful rules engine records flow logs for all network traffic that it receives. It
   * records alert logs for traffic that matches stateful rules that have the rule action set to
   * <code>DROP</code> or <code>ALERT</code> .
   *
   * <p>Property type {@code AWS::NetworkFirewall::LoggingConfiguration.LogDestinationConfig}.
   */
  public static final class LogDestinationConfig extends Struct<LogDestinationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::LoggingConfiguration.LogDestinationConfig")
        .required("LogDestination", "LogDestinationType", "LogType")
        .allowed("LogDestinationType", "S3", "CloudWatchLogs", "KinesisDataFirehose")
        .allowed("LogType", "ALERT", "FLOW", "TLS")
        .build();

    public LogDestinationConfig() {
      super(SCHEMA);
    }

    /**
     * The named location for the logs, provided in a key:value mapping that is specific to the
     * chosen destination type.
     *
     * <ul> <li>For an Amazon S3 bucket, provide the name of the bucket, with key
     * <code>bucketName</code> , and optionally provide a prefix, with key <code>prefix</code> .
     * </ul>
     *
     * <p>The following example specifies an Amazon S3 bucket named <code>DOC-EXAMPLE-BUCKET</code>
     * and the prefix <code>alerts</code> :
     *
     * <p><code>"LogDestination": { "bucketName": "DOC-EXAMPLE-BUCKET", "prefix": "alerts" }</code>
     *
     * <ul> <li>For a CloudWatch log group, provide the name of the CloudWatch log group, with key
     * <code>logGroup</code> . The following example specifies a log group named
     * <code>alert-log-group</code> : </ul>
     *
     * <p><code>"LogDestination": { "logGroup": "alert-log-group" }</code>
     *
     * <ul> <li>For a Firehose delivery stream, provide the name of the delivery stream, with key
     * <code>deliveryStream</code> . The following example specifies a delivery stream named
     * <code>alert-delivery-stream</code> : </ul>
     *
     * <p><code>"LogDestination": { "deliveryStream": "alert-delivery-stream" }</code>
     *
     * <p>Required. CloudFormation property {@code LogDestination}.
     */
    public LogDestinationConfig logDestination(Map<String, String> value) {
      return set("LogDestination", Value.mapOf(value));
    }

    /** Sets {@code LogDestination} to this value; see {@link #logDestination(Map)}. */
    public LogDestinationConfig logDestination(Value<Map<String, String>> value) {
      return set("LogDestination", value);
    }

    /**
     * The type of storage destination to send these logs to. You can send logs to an Amazon S3
     * bucket, a CloudWatch log group, or a Firehose delivery stream.
     *
     * <p>Required. Allowed values: {@code S3}, {@code CloudWatchLogs}, {@code KinesisDataFirehose}.
     * CloudFormation property {@code LogDestinationType}.
     */
    public LogDestinationConfig logDestinationType(String value) {
      return set("LogDestinationType", Value.of(value));
    }

    /** Sets {@code LogDestinationType} to this value; see {@link #logDestinationType(String)}. */
    public LogDestinationConfig logDestinationType(Value<String> value) {
      return set("LogDestinationType", value);
    }

    /**
     * The type of log to record. You can record the following types of logs from your Network
     * Firewall stateful engine.
     *
     * <ul> <li><code>ALERT</code> - Logs for traffic that matches your stateful rules and that have
     * an action that sends an alert. A stateful rule sends alerts for the rule actions DROP, ALERT,
     * and REJECT. For more information, see the <code>StatefulRule</code> property.
     * <li><code>FLOW</code> - Standard network traffic flow logs. The stateful rules engine records
     * flow logs for all network traffic that it receives. Each flow log record captures the network
     * flow for a specific standard stateless rule group. <li><code>TLS</code> - Logs for events
     * that are related to TLS inspection. For more information, see <a
     * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/tls-inspection-configurations.html">Inspecting
     * SSL/TLS traffic with TLS inspection configurations</a> in the <em>Network Firewall Developer
     * Guide</em> . </ul>
     *
     * <p>Required. Allowed values: {@code ALERT}, {@code FLOW}, {@code TLS}. CloudFormation
     * property {@code LogType}.
     */
    public LogDestinationConfig logType(String value) {
      return set("LogType", Value.of(value));
    }

    /** Sets {@code LogType} to this value; see {@link #logType(String)}. */
    public LogDestinationConfig logType(Value<String> value) {
      return set("LogType", value);
    }
  }

  /**
   * Defines how AWS Network Firewall performs logging for a firewall.
   *
   * <p>Property type {@code AWS::NetworkFirewall::LoggingConfiguration.LoggingConfiguration}.
   */
  public static final class LoggingConfigurationProperty extends Struct<LoggingConfigurationProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::LoggingConfiguration.LoggingConfiguration")
        .required("LogDestinationConfigs")
        .build();

    public LoggingConfigurationProperty() {
      super(SCHEMA);
    }

    /**
     * Defines the logging destinations for the logs for a firewall. Network Firewall generates logs
     * for stateful rule groups.
     *
     * <p>Required. CloudFormation property {@code LogDestinationConfigs}.
     */
    public LoggingConfigurationProperty logDestinationConfigs(List<LogDestinationConfig> value) {
      return set("LogDestinationConfigs", Value.listOf(value));
    }

    /**
     * Sets {@code LogDestinationConfigs} to this value; see {@link #logDestinationConfigs(List)}.
     */
    public LoggingConfigurationProperty logDestinationConfigs(Value<List<LogDestinationConfig>> value) {
      return set("LogDestinationConfigs", value);
    }

    /**
     * Sets {@code LogDestinationConfigs} to a list of these; see {@link
     * #logDestinationConfigs(List)}.
     */
    public LoggingConfigurationProperty logDestinationConfigs(LogDestinationConfig... values) {
      return set("LogDestinationConfigs", Value.list(values));
    }
  }
}
