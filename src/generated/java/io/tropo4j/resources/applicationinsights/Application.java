// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.applicationinsights;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ApplicationInsights::Application</code> resource adds an application that is
 * created from a resource group.
 *
 * <p>CloudFormation type {@code AWS::ApplicationInsights::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application")
      .required("ResourceGroupName")
      .allowed("GroupingType", "ACCOUNT_BASED")
      .constrain("OpsItemSNSTopicArn", Constraint.of().pattern("^arn:aws(-[\\w]+)*:[\\w\\d-]+:([\\w\\d-]*)?:[\\w\\d_-]*([:/].+)*$").minLength(20).maxLength(300))
      .constrain("ResourceGroupName", Constraint.of().pattern("[a-zA-Z0-9.-_]*").minLength(1).maxLength(256))
      .constrain("SNSNotificationArn", Constraint.of().pattern("^arn:aws(-[\\w]+)*:[\\w\\d-]+:([\\w\\d-]*)?:[\\w\\d_-]*([:/].+)*$").minLength(20).maxLength(300))
      .refYields("ApplicationARN")
      .attributes("ApplicationARN")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * If set to true, the managed policies for SSM and CW will be attached to the instance roles if
   * they are missing.
   *
   * <p>CloudFormation property {@code AttachMissingPermission}.
   */
  public Application attachMissingPermission(boolean value) {
    return set("AttachMissingPermission", Value.of(value));
  }

  /**
   * Sets {@code AttachMissingPermission} to this value; see {@link
   * #attachMissingPermission(boolean)}.
   */
  public Application attachMissingPermission(Value<Boolean> value) {
    return set("AttachMissingPermission", value);
  }

  /**
   * If set to <code>true</code> , the application components will be configured with the monitoring
   * configuration recommended by Application Insights.
   *
   * <p>CloudFormation property {@code AutoConfigurationEnabled}.
   */
  public Application autoConfigurationEnabled(boolean value) {
    return set("AutoConfigurationEnabled", Value.of(value));
  }

  /**
   * Sets {@code AutoConfigurationEnabled} to this value; see {@link
   * #autoConfigurationEnabled(boolean)}.
   */
  public Application autoConfigurationEnabled(Value<Boolean> value) {
    return set("AutoConfigurationEnabled", value);
  }

  /**
   * Indicates whether Application Insights can listen to CloudWatch events for the application
   * resources, such as <code>instance terminated</code> , <code>failed deployment</code> , and
   * others.
   *
   * <p>CloudFormation property {@code CWEMonitorEnabled}.
   */
  public Application cweMonitorEnabled(boolean value) {
    return set("CWEMonitorEnabled", Value.of(value));
  }

  /** Sets {@code CWEMonitorEnabled} to this value; see {@link #cweMonitorEnabled(boolean)}. */
  public Application cweMonitorEnabled(Value<Boolean> value) {
    return set("CWEMonitorEnabled", value);
  }

  /**
   * The monitoring settings of the components. Not required to set up default monitoring for all
   * components. To set up default monitoring for all components, set
   * <code>AutoConfigurationEnabled</code> to <code>true</code> .
   *
   * <p>CloudFormation property {@code ComponentMonitoringSettings}.
   */
  public Application componentMonitoringSettings(List<ComponentMonitoringSetting> value) {
    return set("ComponentMonitoringSettings", Value.listOf(value));
  }

  /**
   * Sets {@code ComponentMonitoringSettings} to this value; see {@link
   * #componentMonitoringSettings(List)}.
   */
  public Application componentMonitoringSettings(Value<List<ComponentMonitoringSetting>> value) {
    return set("ComponentMonitoringSettings", value);
  }

  /**
   * Sets {@code ComponentMonitoringSettings} to a list of these; see {@link
   * #componentMonitoringSettings(List)}.
   */
  public Application componentMonitoringSettings(ComponentMonitoringSetting... values) {
    return set("ComponentMonitoringSettings", Value.list(values));
  }

  /**
   * Describes a custom component by grouping similar standalone instances to monitor.
   *
   * <p>CloudFormation property {@code CustomComponents}.
   */
  public Application customComponents(List<CustomComponent> value) {
    return set("CustomComponents", Value.listOf(value));
  }

  /** Sets {@code CustomComponents} to this value; see {@link #customComponents(List)}. */
  public Application customComponents(Value<List<CustomComponent>> value) {
    return set("CustomComponents", value);
  }

  /** Sets {@code CustomComponents} to a list of these; see {@link #customComponents(List)}. */
  public Application customComponents(CustomComponent... values) {
    return set("CustomComponents", Value.list(values));
  }

  /**
   * Application Insights can create applications based on a resource group or on an account. To
   * create an account-based application using all of the resources in the account, set this
   * parameter to <code>ACCOUNT_BASED</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ACCOUNT_BASED}. CloudFormation
   * property {@code GroupingType}.
   */
  public Application groupingType(String value) {
    return set("GroupingType", Value.of(value));
  }

  /** Sets {@code GroupingType} to this value; see {@link #groupingType(String)}. */
  public Application groupingType(Value<String> value) {
    return set("GroupingType", value);
  }

  /**
   * The log pattern sets.
   *
   * <p>CloudFormation property {@code LogPatternSets}.
   */
  public Application logPatternSets(List<LogPatternSet> value) {
    return set("LogPatternSets", Value.listOf(value));
  }

  /** Sets {@code LogPatternSets} to this value; see {@link #logPatternSets(List)}. */
  public Application logPatternSets(Value<List<LogPatternSet>> value) {
    return set("LogPatternSets", value);
  }

  /** Sets {@code LogPatternSets} to a list of these; see {@link #logPatternSets(List)}. */
  public Application logPatternSets(LogPatternSet... values) {
    return set("LogPatternSets", Value.list(values));
  }

  /**
   * Indicates whether Application Insights will create OpsItems for any problem that is detected by
   * Application Insights for an application.
   *
   * <p>CloudFormation property {@code OpsCenterEnabled}.
   */
  public Application opsCenterEnabled(boolean value) {
    return set("OpsCenterEnabled", Value.of(value));
  }

  /** Sets {@code OpsCenterEnabled} to this value; see {@link #opsCenterEnabled(boolean)}. */
  public Application opsCenterEnabled(Value<Boolean> value) {
    return set("OpsCenterEnabled", value);
  }

  /**
   * The SNS topic provided to Application Insights that is associated with the created OpsItems to
   * receive SNS notifications for opsItem updates.
   *
   * <p>Length: 20 to 300 characters. Pattern: {@code
   * ^arn:aws(-[&#92;w]+)*:[&#92;w&#92;d-]+:([&#92;w&#92;d-]*)?:[&#92;w&#92;d_-]*([:/].+)*$}.
   * CloudFormation property {@code OpsItemSNSTopicArn}.
   */
  public Application opsItemSNSTopicArn(String value) {
    return set("OpsItemSNSTopicArn", Value.of(value));
  }

  /** Sets {@code OpsItemSNSTopicArn} to this value; see {@link #opsItemSNSTopicArn(String)}. */
  public Application opsItemSNSTopicArn(Value<String> value) {
    return set("OpsItemSNSTopicArn", value);
  }

  /**
   * The name of the resource group used for the application.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * [a-zA-Z0-9.-_]*}. CloudFormation property {@code ResourceGroupName}.
   */
  public Application resourceGroupName(String value) {
    return set("ResourceGroupName", Value.of(value));
  }

  /** Sets {@code ResourceGroupName} to this value; see {@link #resourceGroupName(String)}. */
  public Application resourceGroupName(Value<String> value) {
    return set("ResourceGroupName", value);
  }

  /**
   * The SNS topic ARN that is associated with SNS notifications for updates or issues.
   *
   * <p>Length: 20 to 300 characters. Pattern: {@code
   * ^arn:aws(-[&#92;w]+)*:[&#92;w&#92;d-]+:([&#92;w&#92;d-]*)?:[&#92;w&#92;d_-]*([:/].+)*$}.
   * CloudFormation property {@code SNSNotificationArn}.
   */
  public Application snsNotificationArn(String value) {
    return set("SNSNotificationArn", Value.of(value));
  }

  /** Sets {@code SNSNotificationArn} to this value; see {@link #snsNotificationArn(String)}. */
  public Application snsNotificationArn(Value<String> value) {
    return set("SNSNotificationArn", value);
  }

  /**
   * An array of <code>Tags</code> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Application tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the application, such as
   * <code>arn:aws:applicationinsights:us-east-1:123456789012:application/resource-group/my_resource_group</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationARN}.
   */
  public Value<String> applicationARN() {
    return getAtt("ApplicationARN");
  }

  /**
   * The <code>AWS::ApplicationInsights::Application Alarm</code> property type defines a CloudWatch
   * alarm to be monitored for the component.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.Alarm}.
   */
  public static final class Alarm extends Struct<Alarm> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.Alarm")
        .required("AlarmName")
        .constrain("AlarmName", Constraint.of().minLength(1).maxLength(255))
        .allowed("Severity", "HIGH", "MEDIUM", "LOW")
        .build();

    public Alarm() {
      super(SCHEMA);
    }

    /**
     * The name of the CloudWatch alarm to be monitored for the component.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code AlarmName}.
     */
    public Alarm alarmName(String value) {
      return set("AlarmName", Value.of(value));
    }

    /** Sets {@code AlarmName} to this value; see {@link #alarmName(String)}. */
    public Alarm alarmName(Value<String> value) {
      return set("AlarmName", value);
    }

    /**
     * Indicates the degree of outage when the alarm goes off.
     *
     * <p>Allowed values: {@code HIGH}, {@code MEDIUM}, {@code LOW}. CloudFormation property {@code
     * Severity}.
     */
    public Alarm severity(String value) {
      return set("Severity", Value.of(value));
    }

    /** Sets {@code Severity} to this value; see {@link #severity(String)}. */
    public Alarm severity(Value<String> value) {
      return set("Severity", value);
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application AlarmMetric</code> property type defines a
   * metric to monitor for the component.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.AlarmMetric}.
   */
  public static final class AlarmMetric extends Struct<AlarmMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.AlarmMetric")
        .required("AlarmMetricName")
        .build();

    public AlarmMetric() {
      super(SCHEMA);
    }

    /**
     * The name of the metric to be monitored for the component. For metrics supported by
     * Application Insights, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/appinsights-logs-and-metrics.html">Logs
     * and metrics supported by Amazon CloudWatch Application Insights</a> .
     *
     * <p>Required. CloudFormation property {@code AlarmMetricName}.
     */
    public AlarmMetric alarmMetricName(String value) {
      return set("AlarmMetricName", Value.of(value));
    }

    /** Sets {@code AlarmMetricName} to this value; see {@link #alarmMetricName(String)}. */
    public AlarmMetric alarmMetricName(Value<String> value) {
      return set("AlarmMetricName", value);
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application ComponentConfiguration</code> property type
   * defines the configuration settings of the component.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.ComponentConfiguration}.
   */
  public static final class ComponentConfiguration extends Struct<ComponentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ApplicationInsights::Application.ComponentConfiguration");

    public ComponentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration settings.
     *
     * <p>CloudFormation property {@code ConfigurationDetails}.
     */
    public ComponentConfiguration configurationDetails(Value<ConfigurationDetails> value) {
      return set("ConfigurationDetails", value);
    }

    /**
     * Sub-component configurations of the component.
     *
     * <p>CloudFormation property {@code SubComponentTypeConfigurations}.
     */
    public ComponentConfiguration subComponentTypeConfigurations(List<SubComponentTypeConfiguration> value) {
      return set("SubComponentTypeConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code SubComponentTypeConfigurations} to this value; see {@link
     * #subComponentTypeConfigurations(List)}.
     */
    public ComponentConfiguration subComponentTypeConfigurations(Value<List<SubComponentTypeConfiguration>> value) {
      return set("SubComponentTypeConfigurations", value);
    }

    /**
     * Sets {@code SubComponentTypeConfigurations} to a list of these; see {@link
     * #subComponentTypeConfigurations(List)}.
     */
    public ComponentConfiguration subComponentTypeConfigurations(SubComponentTypeConfiguration... values) {
      return set("SubComponentTypeConfigurations", Value.list(values));
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application ComponentMonitoringSetting</code> property type
   * defines the monitoring setting of the component.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.ComponentMonitoringSetting}.
   */
  public static final class ComponentMonitoringSetting extends Struct<ComponentMonitoringSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.ComponentMonitoringSetting")
        .required("ComponentConfigurationMode", "Tier")
        .constrain("ComponentARN", Constraint.of().pattern("^arn:aws(-[\\w]+)*:[\\w\\d-]+:([\\w\\d-]*)?:[\\w\\d_-]*([:/].+)*$").minLength(20).maxLength(300))
        .allowed("ComponentConfigurationMode", "DEFAULT", "DEFAULT_WITH_OVERWRITE", "CUSTOM")
        .constrain("ComponentName", Constraint.of().pattern("^[\\d\\w\\-_.+]*$").minLength(1).maxLength(128))
        .constrain("Tier", Constraint.of().pattern("^[A-Z][A-Z_]*$"))
        .build();

    public ComponentMonitoringSetting() {
      super(SCHEMA);
    }

    /**
     * The ARN of the component. Either the component ARN or the component name is required.
     *
     * <p>Length: 20 to 300 characters. Pattern: {@code
     * ^arn:aws(-[&#92;w]+)*:[&#92;w&#92;d-]+:([&#92;w&#92;d-]*)?:[&#92;w&#92;d_-]*([:/].+)*$}.
     * CloudFormation property {@code ComponentARN}.
     */
    public ComponentMonitoringSetting componentARN(String value) {
      return set("ComponentARN", Value.of(value));
    }

    /** Sets {@code ComponentARN} to this value; see {@link #componentARN(String)}. */
    public ComponentMonitoringSetting componentARN(Value<String> value) {
      return set("ComponentARN", value);
    }

    /**
     * Component monitoring can be configured in one of the following three modes:
     *
     * <ul> <li><code>DEFAULT</code> : The component will be configured with the recommended default
     * monitoring settings of the selected <code>Tier</code> . <li><code>CUSTOM</code> : The
     * component will be configured with the customized monitoring settings that are specified in
     * <code>CustomComponentConfiguration</code> . If used,
     * <code>CustomComponentConfiguration</code> must be provided.
     * <li><code>DEFAULT_WITH_OVERWRITE</code> : The component will be configured with the
     * recommended default monitoring settings of the selected <code>Tier</code> , and merged with
     * customized overwrite settings that are specified in
     * <code>DefaultOverwriteComponentConfiguration</code> . If used,
     * <code>DefaultOverwriteComponentConfiguration</code> must be provided. </ul>
     *
     * <p>Required. Allowed values: {@code DEFAULT}, {@code DEFAULT_WITH_OVERWRITE}, {@code CUSTOM}.
     * CloudFormation property {@code ComponentConfigurationMode}.
     */
    public ComponentMonitoringSetting componentConfigurationMode(String value) {
      return set("ComponentConfigurationMode", Value.of(value));
    }

    /**
     * Sets {@code ComponentConfigurationMode} to this value; see {@link
     * #componentConfigurationMode(String)}.
     */
    public ComponentMonitoringSetting componentConfigurationMode(Value<String> value) {
      return set("ComponentConfigurationMode", value);
    }

    /**
     * The name of the component. Either the component ARN or the component name is required.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[&#92;d&#92;w&#92;-_.+]*$}. CloudFormation
     * property {@code ComponentName}.
     */
    public ComponentMonitoringSetting componentName(String value) {
      return set("ComponentName", Value.of(value));
    }

    /** Sets {@code ComponentName} to this value; see {@link #componentName(String)}. */
    public ComponentMonitoringSetting componentName(Value<String> value) {
      return set("ComponentName", value);
    }

    /**
     * Customized monitoring settings. Required if CUSTOM mode is configured in
     * <code>ComponentConfigurationMode</code> .
     *
     * <p>CloudFormation property {@code CustomComponentConfiguration}.
     */
    public ComponentMonitoringSetting customComponentConfiguration(Value<ComponentConfiguration> value) {
      return set("CustomComponentConfiguration", value);
    }

    /**
     * Customized overwrite monitoring settings. Required if CUSTOM mode is configured in
     * <code>ComponentConfigurationMode</code> .
     *
     * <p>CloudFormation property {@code DefaultOverwriteComponentConfiguration}.
     */
    public ComponentMonitoringSetting defaultOverwriteComponentConfiguration(Value<ComponentConfiguration> value) {
      return set("DefaultOverwriteComponentConfiguration", value);
    }

    /**
     * The tier of the application component. Supported tiers include <code>DOT_NET_CORE</code> ,
     * <code>DOT_NET_WORKER</code> , <code>DOT_NET_WEB</code> , <code>SQL_SERVER</code> ,
     * <code>SQL_SERVER_ALWAYSON_AVAILABILITY_GROUP</code> ,
     * <code>SQL_SERVER_FAILOVER_CLUSTER_INSTANCE</code> , <code>MYSQL</code> ,
     * <code>POSTGRESQL</code> , <code>JAVA_JMX</code> , <code>ORACLE</code> ,
     * <code>SAP_HANA_MULTI_NODE</code> , <code>SAP_HANA_SINGLE_NODE</code> ,
     * <code>SAP_HANA_HIGH_AVAILABILITY</code> , <code>SHAREPOINT</code> .
     * <code>ACTIVE_DIRECTORY</code> , and <code>DEFAULT</code> .
     *
     * <p>Required. Pattern: {@code ^[A-Z][A-Z_]*$}. CloudFormation property {@code Tier}.
     */
    public ComponentMonitoringSetting tier(String value) {
      return set("Tier", Value.of(value));
    }

    /** Sets {@code Tier} to this value; see {@link #tier(String)}. */
    public ComponentMonitoringSetting tier(Value<String> value) {
      return set("Tier", value);
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application ConfigurationDetails</code> property type
   * specifies the configuration settings.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.ConfigurationDetails}.
   */
  public static final class ConfigurationDetails extends Struct<ConfigurationDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::ApplicationInsights::Application.ConfigurationDetails");

    public ConfigurationDetails() {
      super(SCHEMA);
    }

    /**
     * A list of metrics to monitor for the component. All component types can use
     * <code>AlarmMetrics</code> .
     *
     * <p>CloudFormation property {@code AlarmMetrics}.
     */
    public ConfigurationDetails alarmMetrics(List<AlarmMetric> value) {
      return set("AlarmMetrics", Value.listOf(value));
    }

    /** Sets {@code AlarmMetrics} to this value; see {@link #alarmMetrics(List)}. */
    public ConfigurationDetails alarmMetrics(Value<List<AlarmMetric>> value) {
      return set("AlarmMetrics", value);
    }

    /** Sets {@code AlarmMetrics} to a list of these; see {@link #alarmMetrics(List)}. */
    public ConfigurationDetails alarmMetrics(AlarmMetric... values) {
      return set("AlarmMetrics", Value.list(values));
    }

    /**
     * A list of alarms to monitor for the component. All component types can use <code>Alarm</code>
     * .
     *
     * <p>CloudFormation property {@code Alarms}.
     */
    public ConfigurationDetails alarms(List<Alarm> value) {
      return set("Alarms", Value.listOf(value));
    }

    /** Sets {@code Alarms} to this value; see {@link #alarms(List)}. */
    public ConfigurationDetails alarms(Value<List<Alarm>> value) {
      return set("Alarms", value);
    }

    /** Sets {@code Alarms} to a list of these; see {@link #alarms(List)}. */
    public ConfigurationDetails alarms(Alarm... values) {
      return set("Alarms", Value.list(values));
    }

    /**
     * The HA cluster Prometheus Exporter settings.
     *
     * <p>CloudFormation property {@code HAClusterPrometheusExporter}.
     */
    public ConfigurationDetails haClusterPrometheusExporter(Value<HAClusterPrometheusExporter> value) {
      return set("HAClusterPrometheusExporter", value);
    }

    /**
     * The HANA DB Prometheus Exporter settings.
     *
     * <p>CloudFormation property {@code HANAPrometheusExporter}.
     */
    public ConfigurationDetails hanaPrometheusExporter(Value<HANAPrometheusExporter> value) {
      return set("HANAPrometheusExporter", value);
    }

    /**
     * A list of Java metrics to monitor for the component.
     *
     * <p>CloudFormation property {@code JMXPrometheusExporter}.
     */
    public ConfigurationDetails jmxPrometheusExporter(Value<JMXPrometheusExporter> value) {
      return set("JMXPrometheusExporter", value);
    }

    /**
     * A list of logs to monitor for the component. Only Amazon EC2 instances can use
     * <code>Logs</code> .
     *
     * <p>CloudFormation property {@code Logs}.
     */
    public ConfigurationDetails logs(List<Log> value) {
      return set("Logs", Value.listOf(value));
    }

    /** Sets {@code Logs} to this value; see {@link #logs(List)}. */
    public ConfigurationDetails logs(Value<List<Log>> value) {
      return set("Logs", value);
    }

    /** Sets {@code Logs} to a list of these; see {@link #logs(List)}. */
    public ConfigurationDetails logs(Log... values) {
      return set("Logs", Value.list(values));
    }

    /**
     * The NetWeaver Prometheus Exporter Settings.
     *
     * <p>CloudFormation property {@code NetWeaverPrometheusExporter}.
     */
    public ConfigurationDetails netWeaverPrometheusExporter(Value<NetWeaverPrometheusExporter> value) {
      return set("NetWeaverPrometheusExporter", value);
    }

    /**
     * A list of processes to monitor for the component. Only Windows EC2 instances can have a
     * processes section.
     *
     * <p>CloudFormation property {@code Processes}.
     */
    public ConfigurationDetails processes(List<Process> value) {
      return set("Processes", Value.listOf(value));
    }

    /** Sets {@code Processes} to this value; see {@link #processes(List)}. */
    public ConfigurationDetails processes(Value<List<Process>> value) {
      return set("Processes", value);
    }

    /** Sets {@code Processes} to a list of these; see {@link #processes(List)}. */
    public ConfigurationDetails processes(Process... values) {
      return set("Processes", Value.list(values));
    }

    /**
     * The SQL prometheus exporter settings.
     *
     * <p>CloudFormation property {@code SQLServerPrometheusExporter}.
     */
    public ConfigurationDetails sqlServerPrometheusExporter(Value<SQLServerPrometheusExporter> value) {
      return set("SQLServerPrometheusExporter", value);
    }

    /**
     * A list of Windows Events to monitor for the component. Only Amazon EC2 instances running on
     * Windows can use <code>WindowsEvents</code> .
     *
     * <p>CloudFormation property {@code WindowsEvents}.
     */
    public ConfigurationDetails windowsEvents(List<WindowsEvent> value) {
      return set("WindowsEvents", Value.listOf(value));
    }

    /** Sets {@code WindowsEvents} to this value; see {@link #windowsEvents(List)}. */
    public ConfigurationDetails windowsEvents(Value<List<WindowsEvent>> value) {
      return set("WindowsEvents", value);
    }

    /** Sets {@code WindowsEvents} to a list of these; see {@link #windowsEvents(List)}. */
    public ConfigurationDetails windowsEvents(WindowsEvent... values) {
      return set("WindowsEvents", Value.list(values));
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application CustomComponent</code> property type describes
   * a custom component by grouping similar standalone instances to monitor.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.CustomComponent}.
   */
  public static final class CustomComponent extends Struct<CustomComponent> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.CustomComponent")
        .required("ComponentName", "ResourceList")
        .constrain("ComponentName", Constraint.of().pattern("^[\\d\\w\\-_.+]*$").minLength(1).maxLength(128))
        .constrain("ResourceList", Constraint.of().pattern("^arn:aws(-[\\w]+)*:[\\w\\d-]+:([\\w\\d-]*)?:[\\w\\d_-]*([:/].+)*$").minLength(20).maxLength(300))
        .build();

    public CustomComponent() {
      super(SCHEMA);
    }

    /**
     * The name of the component.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[&#92;d&#92;w&#92;-_.+]*$}.
     * CloudFormation property {@code ComponentName}.
     */
    public CustomComponent componentName(String value) {
      return set("ComponentName", Value.of(value));
    }

    /** Sets {@code ComponentName} to this value; see {@link #componentName(String)}. */
    public CustomComponent componentName(Value<String> value) {
      return set("ComponentName", value);
    }

    /**
     * The list of resource ARNs that belong to the component.
     *
     * <p>Required. Length: 20 to 300 characters. Pattern: {@code
     * ^arn:aws(-[&#92;w]+)*:[&#92;w&#92;d-]+:([&#92;w&#92;d-]*)?:[&#92;w&#92;d_-]*([:/].+)*$}.
     * CloudFormation property {@code ResourceList}.
     */
    public CustomComponent resourceList(List<String> value) {
      return set("ResourceList", Value.listOf(value));
    }

    /** Sets {@code ResourceList} to this value; see {@link #resourceList(List)}. */
    public CustomComponent resourceList(Value<List<String>> value) {
      return set("ResourceList", value);
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application HAClusterPrometheusExporter</code> property
   * type defines the HA cluster Prometheus Exporter settings. For more information, see the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/component-config-sections.html#component-configuration-prometheus">component
   * configuration</a> in the CloudWatch Application Insights documentation.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.HAClusterPrometheusExporter}.
   */
  public static final class HAClusterPrometheusExporter extends Struct<HAClusterPrometheusExporter> {
    private static final Schema SCHEMA = Schema.of("AWS::ApplicationInsights::Application.HAClusterPrometheusExporter");

    public HAClusterPrometheusExporter() {
      super(SCHEMA);
    }

    /**
     * The target port to which Prometheus sends metrics. If not specified, the default port 9668 is
     * used.
     *
     * <p>CloudFormation property {@code PrometheusPort}.
     */
    public HAClusterPrometheusExporter prometheusPort(String value) {
      return set("PrometheusPort", Value.of(value));
    }

    /** Sets {@code PrometheusPort} to this value; see {@link #prometheusPort(String)}. */
    public HAClusterPrometheusExporter prometheusPort(Value<String> value) {
      return set("PrometheusPort", value);
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application HANAPrometheusExporter</code> property type
   * defines the HANA DB Prometheus Exporter settings. For more information, see the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/component-config-sections.html#component-configuration-prometheus">component
   * configuration</a> in the CloudWatch Application Insights documentation.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.HANAPrometheusExporter}.
   */
  public static final class HANAPrometheusExporter extends Struct<HANAPrometheusExporter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.HANAPrometheusExporter")
        .required("AgreeToInstallHANADBClient", "HANAPort", "HANASID", "HANASecretName")
        .build();

    public HANAPrometheusExporter() {
      super(SCHEMA);
    }

    /**
     * Designates whether you agree to install the HANA DB client.
     *
     * <p>Required. CloudFormation property {@code AgreeToInstallHANADBClient}.
     */
    public HANAPrometheusExporter agreeToInstallHANADBClient(boolean value) {
      return set("AgreeToInstallHANADBClient", Value.of(value));
    }

    /**
     * Sets {@code AgreeToInstallHANADBClient} to this value; see {@link
     * #agreeToInstallHANADBClient(boolean)}.
     */
    public HANAPrometheusExporter agreeToInstallHANADBClient(Value<Boolean> value) {
      return set("AgreeToInstallHANADBClient", value);
    }

    /**
     * The HANA database port by which the exporter will query HANA metrics.
     *
     * <p>Required. CloudFormation property {@code HANAPort}.
     */
    public HANAPrometheusExporter hanaPort(String value) {
      return set("HANAPort", Value.of(value));
    }

    /** Sets {@code HANAPort} to this value; see {@link #hanaPort(String)}. */
    public HANAPrometheusExporter hanaPort(Value<String> value) {
      return set("HANAPort", value);
    }

    /**
     * The three-character SAP system ID (SID) of the SAP HANA system.
     *
     * <p>Required. CloudFormation property {@code HANASID}.
     */
    public HANAPrometheusExporter hanasid(String value) {
      return set("HANASID", Value.of(value));
    }

    /** Sets {@code HANASID} to this value; see {@link #hanasid(String)}. */
    public HANAPrometheusExporter hanasid(Value<String> value) {
      return set("HANASID", value);
    }

    /**
     * The AWS Secrets Manager secret that stores HANA monitoring user credentials. The HANA
     * Prometheus exporter uses these credentials to connect to the database and query HANA metrics.
     *
     * <p>Required. CloudFormation property {@code HANASecretName}.
     */
    public HANAPrometheusExporter hanaSecretName(String value) {
      return set("HANASecretName", Value.of(value));
    }

    /** Sets {@code HANASecretName} to this value; see {@link #hanaSecretName(String)}. */
    public HANAPrometheusExporter hanaSecretName(Value<String> value) {
      return set("HANASecretName", value);
    }

    /**
     * The target port to which Prometheus sends metrics. If not specified, the default port 9668 is
     * used.
     *
     * <p>CloudFormation property {@code PrometheusPort}.
     */
    public HANAPrometheusExporter prometheusPort(String value) {
      return set("PrometheusPort", Value.of(value));
    }

    /** Sets {@code PrometheusPort} to this value; see {@link #prometheusPort(String)}. */
    public HANAPrometheusExporter prometheusPort(Value<String> value) {
      return set("PrometheusPort", value);
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application JMXPrometheusExporter</code> property type
   * defines the JMXPrometheus Exporter configuration. For more information, see the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/component-config-sections.html#component-configuration-prometheus">component
   * configuration</a> in the CloudWatch Application Insights documentation.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.JMXPrometheusExporter}.
   */
  public static final class JMXPrometheusExporter extends Struct<JMXPrometheusExporter> {
    private static final Schema SCHEMA = Schema.of("AWS::ApplicationInsights::Application.JMXPrometheusExporter");

    public JMXPrometheusExporter() {
      super(SCHEMA);
    }

    /**
     * The host and port to connect to through remote JMX. Only one of <code>jmxURL</code> and
     * <code>hostPort</code> can be specified.
     *
     * <p>CloudFormation property {@code HostPort}.
     */
    public JMXPrometheusExporter hostPort(String value) {
      return set("HostPort", Value.of(value));
    }

    /** Sets {@code HostPort} to this value; see {@link #hostPort(String)}. */
    public JMXPrometheusExporter hostPort(Value<String> value) {
      return set("HostPort", value);
    }

    /**
     * The complete JMX URL to connect to.
     *
     * <p>CloudFormation property {@code JMXURL}.
     */
    public JMXPrometheusExporter jmxurl(String value) {
      return set("JMXURL", Value.of(value));
    }

    /** Sets {@code JMXURL} to this value; see {@link #jmxurl(String)}. */
    public JMXPrometheusExporter jmxurl(Value<String> value) {
      return set("JMXURL", value);
    }

    /**
     * The target port to send Prometheus metrics to. If not specified, the default port
     * <code>9404</code> is used.
     *
     * <p>CloudFormation property {@code PrometheusPort}.
     */
    public JMXPrometheusExporter prometheusPort(String value) {
      return set("PrometheusPort", Value.of(value));
    }

    /** Sets {@code PrometheusPort} to this value; see {@link #prometheusPort(String)}. */
    public JMXPrometheusExporter prometheusPort(Value<String> value) {
      return set("PrometheusPort", value);
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application Log</code> property type specifies a log to
   * monitor for the component.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.Log}.
   */
  public static final class Log extends Struct<Log> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.Log")
        .required("LogType")
        .allowed("Encoding", "utf-8", "utf-16", "ascii")
        .constrain("LogGroupName", Constraint.of().pattern("[\\.\\-_/#A-Za-z0-9]+").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .constrain("LogPath", Constraint.of().pattern("^([a-zA-Z]:\\\\[\\\\\\S|*\\S]?.*|/[^\"']*)$").minLength(1).maxLength(260))
        .constrain("LogType", Constraint.of().pattern("^[A-Z][A-Z_]*$"))
        .constrain("PatternSet", Constraint.of().pattern("[a-zA-Z0-9.-_]*").minLength(1).maxLength(30))
        .build();

    public Log() {
      super(SCHEMA);
    }

    /**
     * The type of encoding of the logs to be monitored. The specified encoding should be included
     * in the list of CloudWatch agent supported encodings. If not provided, CloudWatch Application
     * Insights uses the default encoding type for the log type:
     *
     * <ul> <li><code>APPLICATION/DEFAULT</code> : utf-8 encoding <li><code>SQL_SERVER</code> :
     * utf-16 encoding <li><code>IIS</code> : ascii encoding </ul>
     *
     * <p>Allowed values: {@code utf-8}, {@code utf-16}, {@code ascii}. CloudFormation property
     * {@code Encoding}.
     */
    public Log encoding(String value) {
      return set("Encoding", Value.of(value));
    }

    /** Sets {@code Encoding} to this value; see {@link #encoding(String)}. */
    public Log encoding(Value<String> value) {
      return set("Encoding", value);
    }

    /**
     * The CloudWatch log group name to be associated with the monitored log.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code [&#92;.&#92;-_/#A-Za-z0-9]+}. Format: {@code
     * AWS::Logs::LogGroup.Name}. CloudFormation property {@code LogGroupName}.
     */
    public Log logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public Log logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }

    /**
     * The path of the logs to be monitored. The log path must be an absolute Windows or Linux
     * system file path. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Agent-Configuration-File-Details.html#CloudWatch-Agent-Configuration-File-Logssection">CloudWatch
     * Agent Configuration File: Logs Section</a> .
     *
     * <p>Length: 1 to 260 characters. Pattern: {@code
     * ^([a-zA-Z]:&#92;&#92;[&#92;&#92;&#92;S|*&#92;S]?.*|/[^"']*)$}. CloudFormation property {@code
     * LogPath}.
     */
    public Log logPath(String value) {
      return set("LogPath", Value.of(value));
    }

    /** Sets {@code LogPath} to this value; see {@link #logPath(String)}. */
    public Log logPath(Value<String> value) {
      return set("LogPath", value);
    }

    /**
     * The log type decides the log patterns against which Application Insights analyzes the log.
     * The log type is selected from the following: <code>SQL_SERVER</code> , <code>MYSQL</code> ,
     * <code>MYSQL_SLOW_QUERY</code> , <code>POSTGRESQL</code> , <code>ORACLE_ALERT</code> ,
     * <code>ORACLE_LISTENER</code> , <code>IIS</code> , <code>APPLICATION</code> ,
     * <code>WINDOWS_EVENTS</code> , <code>WINDOWS_EVENTS_ACTIVE_DIRECTORY</code> ,
     * <code>WINDOWS_EVENTS_DNS</code> , <code>WINDOWS_EVENTS_IIS</code> ,
     * <code>WINDOWS_EVENTS_SHAREPOINT</code> , <code>SQL_SERVER_ALWAYSON_AVAILABILITY_GROUP</code>
     * , <code>SQL_SERVER_FAILOVER_CLUSTER_INSTANCE</code> , <code>STEP_FUNCTION</code> ,
     * <code>API_GATEWAY_ACCESS</code> , <code>API_GATEWAY_EXECUTION</code> ,
     * <code>SAP_HANA_LOGS</code> , <code>SAP_HANA_TRACE</code> ,
     * <code>SAP_HANA_HIGH_AVAILABILITY</code> , and <code>DEFAULT</code> .
     *
     * <p>Required. Pattern: {@code ^[A-Z][A-Z_]*$}. CloudFormation property {@code LogType}.
     */
    public Log logType(String value) {
      return set("LogType", Value.of(value));
    }

    /** Sets {@code LogType} to this value; see {@link #logType(String)}. */
    public Log logType(Value<String> value) {
      return set("LogType", value);
    }

    /**
     * The log pattern set.
     *
     * <p>Length: 1 to 30 characters. Pattern: {@code [a-zA-Z0-9.-_]*}. CloudFormation property
     * {@code PatternSet}.
     */
    public Log patternSet(String value) {
      return set("PatternSet", Value.of(value));
    }

    /** Sets {@code PatternSet} to this value; see {@link #patternSet(String)}. */
    public Log patternSet(Value<String> value) {
      return set("PatternSet", value);
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application LogPattern</code> property type specifies an
   * object that defines the log patterns that belong to a <code>LogPatternSet</code> .
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.LogPattern}.
   */
  public static final class LogPattern extends Struct<LogPattern> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.LogPattern")
        .required("Pattern", "PatternName", "Rank")
        .constrain("Pattern", Constraint.of().minLength(1).maxLength(50))
        .constrain("PatternName", Constraint.of().pattern("[a-zA-Z0-9.-_]*").minLength(1).maxLength(50))
        .build();

    public LogPattern() {
      super(SCHEMA);
    }

    /**
     * A regular expression that defines the log pattern. A log pattern can contain up to 50
     * characters, and it cannot be empty.
     *
     * <p>Required. Length: 1 to 50 characters. CloudFormation property {@code Pattern}.
     */
    public LogPattern pattern(String value) {
      return set("Pattern", Value.of(value));
    }

    /** Sets {@code Pattern} to this value; see {@link #pattern(String)}. */
    public LogPattern pattern(Value<String> value) {
      return set("Pattern", value);
    }

    /**
     * The name of the log pattern. A log pattern name can contain up to 50 characters, and it
     * cannot be empty. The characters can be Unicode letters, digits, or one of the following
     * symbols: period, dash, underscore.
     *
     * <p>Required. Length: 1 to 50 characters. Pattern: {@code [a-zA-Z0-9.-_]*}. CloudFormation
     * property {@code PatternName}.
     */
    public LogPattern patternName(String value) {
      return set("PatternName", Value.of(value));
    }

    /** Sets {@code PatternName} to this value; see {@link #patternName(String)}. */
    public LogPattern patternName(Value<String> value) {
      return set("PatternName", value);
    }

    /**
     * The rank of the log pattern.
     *
     * <p>Required. CloudFormation property {@code Rank}.
     */
    public LogPattern rank(int value) {
      return set("Rank", Value.of(value));
    }

    /** Sets {@code Rank} to this value; see {@link #rank(int)}. */
    public LogPattern rank(Value<Integer> value) {
      return set("Rank", value);
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application LogPatternSet</code> property type specifies
   * the log pattern set.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.LogPatternSet}.
   */
  public static final class LogPatternSet extends Struct<LogPatternSet> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.LogPatternSet")
        .required("LogPatterns", "PatternSetName")
        .constrain("PatternSetName", Constraint.of().pattern("[a-zA-Z0-9.-_]*").minLength(1).maxLength(30))
        .build();

    public LogPatternSet() {
      super(SCHEMA);
    }

    /**
     * A list of objects that define the log patterns that belong to <code>LogPatternSet</code> .
     *
     * <p>Required. CloudFormation property {@code LogPatterns}.
     */
    public LogPatternSet logPatterns(List<LogPattern> value) {
      return set("LogPatterns", Value.listOf(value));
    }

    /** Sets {@code LogPatterns} to this value; see {@link #logPatterns(List)}. */
    public LogPatternSet logPatterns(Value<List<LogPattern>> value) {
      return set("LogPatterns", value);
    }

    /** Sets {@code LogPatterns} to a list of these; see {@link #logPatterns(List)}. */
    public LogPatternSet logPatterns(LogPattern... values) {
      return set("LogPatterns", Value.list(values));
    }

    /**
     * The name of the log pattern. A log pattern name can contain up to 30 characters, and it
     * cannot be empty. The characters can be Unicode letters, digits, or one of the following
     * symbols: period, dash, underscore.
     *
     * <p>Required. Length: 1 to 30 characters. Pattern: {@code [a-zA-Z0-9.-_]*}. CloudFormation
     * property {@code PatternSetName}.
     */
    public LogPatternSet patternSetName(String value) {
      return set("PatternSetName", Value.of(value));
    }

    /** Sets {@code PatternSetName} to this value; see {@link #patternSetName(String)}. */
    public LogPatternSet patternSetName(Value<String> value) {
      return set("PatternSetName", value);
    }
  }

  /**
   * The NetWeaver Prometheus Exporter Settings.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.NetWeaverPrometheusExporter}.
   */
  public static final class NetWeaverPrometheusExporter extends Struct<NetWeaverPrometheusExporter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.NetWeaverPrometheusExporter")
        .required("InstanceNumbers", "SAPSID")
        .constrain("InstanceNumbers", Constraint.of().pattern("\\b([0-9]|[0-9][0-9])\\b").minLength(1).maxLength(2))
        .build();

    public NetWeaverPrometheusExporter() {
      super(SCHEMA);
    }

    /**
     * SAP instance numbers for ASCS, ERS, and App Servers.
     *
     * <p>Required. Length: 1 to 2 characters. Pattern: {@code &#92;b([0-9]|[0-9][0-9])&#92;b}.
     * CloudFormation property {@code InstanceNumbers}.
     */
    public NetWeaverPrometheusExporter instanceNumbers(List<String> value) {
      return set("InstanceNumbers", Value.listOf(value));
    }

    /** Sets {@code InstanceNumbers} to this value; see {@link #instanceNumbers(List)}. */
    public NetWeaverPrometheusExporter instanceNumbers(Value<List<String>> value) {
      return set("InstanceNumbers", value);
    }

    /**
     * Prometheus exporter port.
     *
     * <p>CloudFormation property {@code PrometheusPort}.
     */
    public NetWeaverPrometheusExporter prometheusPort(String value) {
      return set("PrometheusPort", Value.of(value));
    }

    /** Sets {@code PrometheusPort} to this value; see {@link #prometheusPort(String)}. */
    public NetWeaverPrometheusExporter prometheusPort(Value<String> value) {
      return set("PrometheusPort", value);
    }

    /**
     * SAP NetWeaver SID.
     *
     * <p>Required. CloudFormation property {@code SAPSID}.
     */
    public NetWeaverPrometheusExporter sapsid(String value) {
      return set("SAPSID", Value.of(value));
    }

    /** Sets {@code SAPSID} to this value; see {@link #sapsid(String)}. */
    public NetWeaverPrometheusExporter sapsid(Value<String> value) {
      return set("SAPSID", value);
    }
  }

  /**
   * A process to be monitored for the component.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.Process}.
   */
  public static final class Process extends Struct<Process> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.Process")
        .required("AlarmMetrics", "ProcessName")
        .constrain("ProcessName", Constraint.of().pattern("^[a-zA-Z0-9_,-]+$").minLength(1).maxLength(256))
        .build();

    public Process() {
      super(SCHEMA);
    }

    /**
     * A list of metrics to monitor for the component.
     *
     * <p>Required. CloudFormation property {@code AlarmMetrics}.
     */
    public Process alarmMetrics(List<AlarmMetric> value) {
      return set("AlarmMetrics", Value.listOf(value));
    }

    /** Sets {@code AlarmMetrics} to this value; see {@link #alarmMetrics(List)}. */
    public Process alarmMetrics(Value<List<AlarmMetric>> value) {
      return set("AlarmMetrics", value);
    }

    /** Sets {@code AlarmMetrics} to a list of these; see {@link #alarmMetrics(List)}. */
    public Process alarmMetrics(AlarmMetric... values) {
      return set("AlarmMetrics", Value.list(values));
    }

    /**
     * The name of the process to be monitored for the component.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_,-]+$}. CloudFormation
     * property {@code ProcessName}.
     */
    public Process processName(String value) {
      return set("ProcessName", Value.of(value));
    }

    /** Sets {@code ProcessName} to this value; see {@link #processName(String)}. */
    public Process processName(Value<String> value) {
      return set("ProcessName", value);
    }
  }

  /**
   * The SQL prometheus exporter settings.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.SQLServerPrometheusExporter}.
   */
  public static final class SQLServerPrometheusExporter extends Struct<SQLServerPrometheusExporter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.SQLServerPrometheusExporter")
        .required("PrometheusPort", "SQLSecretName")
        .build();

    public SQLServerPrometheusExporter() {
      super(SCHEMA);
    }

    /**
     * Prometheus exporter port.
     *
     * <p>Required. CloudFormation property {@code PrometheusPort}.
     */
    public SQLServerPrometheusExporter prometheusPort(String value) {
      return set("PrometheusPort", Value.of(value));
    }

    /** Sets {@code PrometheusPort} to this value; see {@link #prometheusPort(String)}. */
    public SQLServerPrometheusExporter prometheusPort(Value<String> value) {
      return set("PrometheusPort", value);
    }

    /**
     * Secret name which managers SQL exporter connection. e.g. {"data_source_name":
     * "sqlserver://&lt;USERNAME&gt;:&lt;PASSWORD&gt;&#64;localhost:1433"}
     *
     * <p>Required. CloudFormation property {@code SQLSecretName}.
     */
    public SQLServerPrometheusExporter sqlSecretName(String value) {
      return set("SQLSecretName", Value.of(value));
    }

    /** Sets {@code SQLSecretName} to this value; see {@link #sqlSecretName(String)}. */
    public SQLServerPrometheusExporter sqlSecretName(Value<String> value) {
      return set("SQLSecretName", value);
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application SubComponentConfigurationDetails</code>
   * property type specifies the configuration settings of the sub-components.
   *
   * <p>Property type {@code
   * AWS::ApplicationInsights::Application.SubComponentConfigurationDetails}.
   */
  public static final class SubComponentConfigurationDetails extends Struct<SubComponentConfigurationDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::ApplicationInsights::Application.SubComponentConfigurationDetails");

    public SubComponentConfigurationDetails() {
      super(SCHEMA);
    }

    /**
     * A list of metrics to monitor for the component. All component types can use
     * <code>AlarmMetrics</code> .
     *
     * <p>CloudFormation property {@code AlarmMetrics}.
     */
    public SubComponentConfigurationDetails alarmMetrics(List<AlarmMetric> value) {
      return set("AlarmMetrics", Value.listOf(value));
    }

    /** Sets {@code AlarmMetrics} to this value; see {@link #alarmMetrics(List)}. */
    public SubComponentConfigurationDetails alarmMetrics(Value<List<AlarmMetric>> value) {
      return set("AlarmMetrics", value);
    }

    /** Sets {@code AlarmMetrics} to a list of these; see {@link #alarmMetrics(List)}. */
    public SubComponentConfigurationDetails alarmMetrics(AlarmMetric... values) {
      return set("AlarmMetrics", Value.list(values));
    }

    /**
     * A list of logs to monitor for the component. Only Amazon EC2 instances can use
     * <code>Logs</code> .
     *
     * <p>CloudFormation property {@code Logs}.
     */
    public SubComponentConfigurationDetails logs(List<Log> value) {
      return set("Logs", Value.listOf(value));
    }

    /** Sets {@code Logs} to this value; see {@link #logs(List)}. */
    public SubComponentConfigurationDetails logs(Value<List<Log>> value) {
      return set("Logs", value);
    }

    /** Sets {@code Logs} to a list of these; see {@link #logs(List)}. */
    public SubComponentConfigurationDetails logs(Log... values) {
      return set("Logs", Value.list(values));
    }

    /**
     * A list of processes to monitor for the component. Only Windows EC2 instances can have a
     * processes section.
     *
     * <p>CloudFormation property {@code Processes}.
     */
    public SubComponentConfigurationDetails processes(List<Process> value) {
      return set("Processes", Value.listOf(value));
    }

    /** Sets {@code Processes} to this value; see {@link #processes(List)}. */
    public SubComponentConfigurationDetails processes(Value<List<Process>> value) {
      return set("Processes", value);
    }

    /** Sets {@code Processes} to a list of these; see {@link #processes(List)}. */
    public SubComponentConfigurationDetails processes(Process... values) {
      return set("Processes", Value.list(values));
    }

    /**
     * A list of Windows Events to monitor for the component. Only Amazon EC2 instances running on
     * Windows can use <code>WindowsEvents</code> .
     *
     * <p>CloudFormation property {@code WindowsEvents}.
     */
    public SubComponentConfigurationDetails windowsEvents(List<WindowsEvent> value) {
      return set("WindowsEvents", Value.listOf(value));
    }

    /** Sets {@code WindowsEvents} to this value; see {@link #windowsEvents(List)}. */
    public SubComponentConfigurationDetails windowsEvents(Value<List<WindowsEvent>> value) {
      return set("WindowsEvents", value);
    }

    /** Sets {@code WindowsEvents} to a list of these; see {@link #windowsEvents(List)}. */
    public SubComponentConfigurationDetails windowsEvents(WindowsEvent... values) {
      return set("WindowsEvents", Value.list(values));
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application SubComponentTypeConfiguration</code> property
   * type specifies the sub-component configurations for a component.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.SubComponentTypeConfiguration}.
   */
  public static final class SubComponentTypeConfiguration extends Struct<SubComponentTypeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.SubComponentTypeConfiguration")
        .required("SubComponentConfigurationDetails", "SubComponentType")
        .allowed("SubComponentType", "AWS::EC2::Instance", "AWS::EC2::Volume")
        .build();

    public SubComponentTypeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration settings of the sub-components.
     *
     * <p>Required. CloudFormation property {@code SubComponentConfigurationDetails}.
     */
    public SubComponentTypeConfiguration subComponentConfigurationDetails(Value<SubComponentConfigurationDetails> value) {
      return set("SubComponentConfigurationDetails", value);
    }

    /**
     * The sub-component type.
     *
     * <p>Required. Allowed values: {@code AWS::EC2::Instance}, {@code AWS::EC2::Volume}.
     * CloudFormation property {@code SubComponentType}.
     */
    public SubComponentTypeConfiguration subComponentType(String value) {
      return set("SubComponentType", Value.of(value));
    }

    /** Sets {@code SubComponentType} to this value; see {@link #subComponentType(String)}. */
    public SubComponentTypeConfiguration subComponentType(Value<String> value) {
      return set("SubComponentType", value);
    }
  }

  /**
   * The <code>AWS::ApplicationInsights::Application WindowsEvent</code> property type specifies a
   * Windows Event to monitor for the component.
   *
   * <p>Property type {@code AWS::ApplicationInsights::Application.WindowsEvent}.
   */
  public static final class WindowsEvent extends Struct<WindowsEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationInsights::Application.WindowsEvent")
        .required("EventLevels", "EventName", "LogGroupName")
        .allowed("EventLevels", "INFORMATION", "WARNING", "ERROR", "CRITICAL", "VERBOSE")
        .constrain("EventName", Constraint.of().pattern("^[a-zA-Z0-9_ \\\\/-]+$").minLength(1).maxLength(260))
        .constrain("LogGroupName", Constraint.of().pattern("[\\.\\-_/#A-Za-z0-9]+").minLength(1).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .constrain("PatternSet", Constraint.of().pattern("[a-zA-Z0-9.-_]*").minLength(1).maxLength(30))
        .build();

    public WindowsEvent() {
      super(SCHEMA);
    }

    /**
     * The levels of event to log. You must specify each level to log. Possible values include
     * <code>INFORMATION</code> , <code>WARNING</code> , <code>ERROR</code> , <code>CRITICAL</code>
     * , and <code>VERBOSE</code> . This field is required for each type of Windows Event to log.
     *
     * <p>Required. Allowed values: {@code INFORMATION}, {@code WARNING}, {@code ERROR}, {@code
     * CRITICAL}, {@code VERBOSE}. CloudFormation property {@code EventLevels}.
     */
    public WindowsEvent eventLevels(List<String> value) {
      return set("EventLevels", Value.listOf(value));
    }

    /** Sets {@code EventLevels} to this value; see {@link #eventLevels(List)}. */
    public WindowsEvent eventLevels(Value<List<String>> value) {
      return set("EventLevels", value);
    }

    /**
     * The type of Windows Events to log, equivalent to the Windows Event log channel name. For
     * example, System, Security, CustomEventName, and so on. This field is required for each type
     * of Windows event to log.
     *
     * <p>Required. Length: 1 to 260 characters. Pattern: {@code ^[a-zA-Z0-9_ &#92;&#92;/-]+$}.
     * CloudFormation property {@code EventName}.
     */
    public WindowsEvent eventName(String value) {
      return set("EventName", Value.of(value));
    }

    /** Sets {@code EventName} to this value; see {@link #eventName(String)}. */
    public WindowsEvent eventName(Value<String> value) {
      return set("EventName", value);
    }

    /**
     * The CloudWatch log group name to be associated with the monitored log.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code [&#92;.&#92;-_/#A-Za-z0-9]+}.
     * Format: {@code AWS::Logs::LogGroup.Name}. CloudFormation property {@code LogGroupName}.
     */
    public WindowsEvent logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public WindowsEvent logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }

    /**
     * The log pattern set.
     *
     * <p>Length: 1 to 30 characters. Pattern: {@code [a-zA-Z0-9.-_]*}. CloudFormation property
     * {@code PatternSet}.
     */
    public WindowsEvent patternSet(String value) {
      return set("PatternSet", Value.of(value));
    }

    /** Sets {@code PatternSet} to this value; see {@link #patternSet(String)}. */
    public WindowsEvent patternSet(Value<String> value) {
      return set("PatternSet", value);
    }
  }
}
