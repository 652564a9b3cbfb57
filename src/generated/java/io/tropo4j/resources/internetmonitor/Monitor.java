// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.internetmonitor;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::InternetMonitor::Monitor</code> resource is an Internet Monitor resource type that
 * contains information about how you create a monitor in Amazon CloudWatch Internet Monitor. A
 * monitor in Internet Monitor provides visibility into performance and availability between your
 * applications hosted on AWS and your end users, using a traffic profile that it creates based on
 * the application resources that you add: Virtual Private Clouds (VPCs), Amazon CloudFront
 * distributions, or WorkSpaces directories.
 *
 * <p>Internet Monitor also alerts you to internet issues that impact your application in the
 * city-networks (geographies and networks) where your end users use it. With Internet Monitor, you
 * can quickly pinpoint the locations and providers that are affected, so that you can address the
 * issue.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-InternetMonitor.html">Using
 * Amazon CloudWatch Internet Monitor</a> in the <em>Amazon CloudWatch User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::InternetMonitor::Monitor}.
 */
public final class Monitor extends Resource<Monitor> {
  private static final Schema SCHEMA = Schema.builder("AWS::InternetMonitor::Monitor")
      .required("MonitorName")
      .constrain("LinkedAccountId", Constraint.of().pattern("^(\\d{12})$").minLength(12).maxLength(12))
      .constrain("MaxCityNetworksToMonitor", Constraint.of().minimum(1).maximum(500000))
      .constrain("MonitorName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(255))
      .constrain("Resources", Constraint.of().pattern("^arn:.*").minLength(20).maxLength(2048))
      .constrain("ResourcesToAdd", Constraint.of().minLength(20).maxLength(2048))
      .constrain("ResourcesToRemove", Constraint.of().minLength(20).maxLength(2048))
      .allowed("Status", "PENDING", "ACTIVE", "INACTIVE", "ERROR")
      .constrain("TrafficPercentageToMonitor", Constraint.of().minimum(1).maximum(100))
      .refYields("MonitorName")
      .attributes("CreatedAt", "ModifiedAt", "MonitorArn", "ProcessingStatus",
          "ProcessingStatusInfo")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Monitor(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A complex type with the configuration information that determines the threshold and other
   * conditions for when Internet Monitor creates a health event for an overall performance or
   * availability issue, across an application's geographies.
   *
   * <p>Defines the percentages, for overall performance scores and availability scores for an
   * application, that are the thresholds for when Internet Monitor creates a health event. You can
   * override the defaults to set a custom threshold for overall performance or availability scores,
   * or both.
   *
   * <p>You can also set thresholds for local health scores,, where Internet Monitor creates a
   * health event when scores cross a threshold for one or more city-networks, in addition to
   * creating an event when an overall score crosses a threshold.
   *
   * <p>If you don't set a health event threshold, the default value is 95%.
   *
   * <p>For local thresholds, you also set a minimum percentage of overall traffic that is impacted
   * by an issue before Internet Monitor creates an event. In addition, you can disable local
   * thresholds, for performance scores, availability scores, or both.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-IM-overview.html#IMUpdateThresholdFromOverview">Change
   * health event thresholds</a> in the Internet Monitor section of the <em>CloudWatch User
   * Guide</em> .
   *
   * <p>CloudFormation property {@code HealthEventsConfig}.
   */
  public Monitor healthEventsConfig(Value<HealthEventsConfig> value) {
    return set("HealthEventsConfig", value);
  }

  /**
   * A boolean option that you can set to <code>TRUE</code> to include monitors for linked accounts
   * in a list of monitors, when you've set up cross-account sharing in Internet Monitor. You
   * configure cross-account sharing by using Amazon CloudWatch Observability Access Manager. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cwim-cross-account.html">Internet
   * Monitor cross-account observability</a> in the Amazon CloudWatch User Guide.
   *
   * <p>CloudFormation property {@code IncludeLinkedAccounts}.
   */
  public Monitor includeLinkedAccounts(boolean value) {
    return set("IncludeLinkedAccounts", Value.of(value));
  }

  /**
   * Sets {@code IncludeLinkedAccounts} to this value; see {@link #includeLinkedAccounts(boolean)}.
   */
  public Monitor includeLinkedAccounts(Value<Boolean> value) {
    return set("IncludeLinkedAccounts", value);
  }

  /**
   * Publish internet measurements for a monitor for all city-networks (up to the 500,000 service
   * limit) to another location, such as an Amazon S3 bucket. Measurements are also published to
   * Amazon CloudWatch Logs for the first 500 (by traffic volume) city-networks (client locations
   * and ASNs, typically internet service providers or ISPs).
   *
   * <p>CloudFormation property {@code InternetMeasurementsLogDelivery}.
   */
  public Monitor internetMeasurementsLogDelivery(Value<InternetMeasurementsLogDelivery> value) {
    return set("InternetMeasurementsLogDelivery", value);
  }

  /**
   * The account ID for an account that you've set up cross-account sharing for in Internet Monitor.
   * You configure cross-account sharing by using Amazon CloudWatch Observability Access Manager.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cwim-cross-account.html">Internet
   * Monitor cross-account observability</a> in the Amazon CloudWatch User Guide.
   *
   * <p>Length: 12 to 12 characters. Pattern: {@code ^(&#92;d{12})$}. CloudFormation property {@code
   * LinkedAccountId}.
   */
  public Monitor linkedAccountId(String value) {
    return set("LinkedAccountId", Value.of(value));
  }

  /** Sets {@code LinkedAccountId} to this value; see {@link #linkedAccountId(String)}. */
  public Monitor linkedAccountId(Value<String> value) {
    return set("LinkedAccountId", value);
  }

  /**
   * The maximum number of city-networks to monitor for your resources. A city-network is the
   * location (city) where clients access your application resources from and the network, such as
   * an internet service provider, that clients access the resources through.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/IMCityNetworksMaximum.html">Choosing
   * a city-network maximum value</a> in <em>Using Amazon CloudWatch Internet Monitor</em> .
   *
   * <p>Range: 1 to 500000. CloudFormation property {@code MaxCityNetworksToMonitor}.
   */
  public Monitor maxCityNetworksToMonitor(int value) {
    return set("MaxCityNetworksToMonitor", Value.of(value));
  }

  /**
   * Sets {@code MaxCityNetworksToMonitor} to this value; see {@link
   * #maxCityNetworksToMonitor(int)}.
   */
  public Monitor maxCityNetworksToMonitor(Value<Integer> value) {
    return set("MaxCityNetworksToMonitor", value);
  }

  /**
   * The name of the monitor. A monitor name can contain only alphanumeric characters, dashes (-),
   * periods (.), and underscores (_).
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9_.-]+$}. CloudFormation property {@code MonitorName}.
   */
  public Monitor monitorName(String value) {
    return set("MonitorName", Value.of(value));
  }

  /** Sets {@code MonitorName} to this value; see {@link #monitorName(String)}. */
  public Monitor monitorName(Value<String> value) {
    return set("MonitorName", value);
  }

  /**
   * The resources that have been added for the monitor, listed by their Amazon Resource Names
   * (ARNs). Use this option to add or remove resources when making an update.
   *
   * <p>Be aware that if you include content in the <code>Resources</code> field when you update a
   * monitor, the <code>ResourcesToAdd</code> and <code>ResourcesToRemove</code> fields must be
   * empty.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code ^arn:.*}. CloudFormation property {@code
   * Resources}.
   */
  public Monitor resources(List<String> value) {
    return set("Resources", Value.listOf(value));
  }

  /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
  public Monitor resources(Value<List<String>> value) {
    return set("Resources", value);
  }

  /**
   * The resources to include in a monitor, which you provide as a set of Amazon Resource Names
   * (ARNs). Resources can be Amazon Virtual Private Cloud VPCs, Network Load Balancers (NLBs),
   * Amazon CloudFront distributions, or Amazon WorkSpaces directories.
   *
   * <p>You can add a combination of VPCs and CloudFront distributions, or you can add WorkSpaces
   * directories, or you can add NLBs. You can't add NLBs or WorkSpaces directories together with
   * any other resources.
   *
   * <p>If you add only VPC resources, at least one VPC must have an Internet Gateway attached to
   * it, to make sure that it has internet connectivity.
   *
   * <p>You can specify this field for a monitor update only if the <code>Resources</code> field is
   * empty.
   *
   * <p>Length: 20 to 2048 characters. CloudFormation property {@code ResourcesToAdd}.
   */
  public Monitor resourcesToAdd(List<String> value) {
    return set("ResourcesToAdd", Value.listOf(value));
  }

  /** Sets {@code ResourcesToAdd} to this value; see {@link #resourcesToAdd(List)}. */
  public Monitor resourcesToAdd(Value<List<String>> value) {
    return set("ResourcesToAdd", value);
  }

  /**
   * The resources to remove from a monitor, which you provide as a set of Amazon Resource Names
   * (ARNs)
   *
   * <p>You can specify this field for a monitor update only if the <code>Resources</code> field is
   * empty.
   *
   * <p>Length: 20 to 2048 characters. CloudFormation property {@code ResourcesToRemove}.
   */
  public Monitor resourcesToRemove(List<String> value) {
    return set("ResourcesToRemove", Value.listOf(value));
  }

  /** Sets {@code ResourcesToRemove} to this value; see {@link #resourcesToRemove(List)}. */
  public Monitor resourcesToRemove(Value<List<String>> value) {
    return set("ResourcesToRemove", value);
  }

  /**
   * The status of a monitor. The accepted values that you can specify for <code>Status</code> are
   * <code>ACTIVE</code> and <code>INACTIVE</code> .
   *
   * <p>Allowed values: {@code PENDING}, {@code ACTIVE}, {@code INACTIVE}, {@code ERROR}.
   * CloudFormation property {@code Status}.
   */
  public Monitor status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Monitor status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The tags for a monitor, listed as a set of <em>key:value</em> pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Monitor tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Monitor tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Monitor tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The percentage of the internet-facing traffic for your application that you want to monitor.
   * You can also, optionally, set a limit for the number of city-networks (client locations and
   * ASNs, typically internet service providers) that Internet Monitor will monitor traffic for. The
   * city-networks maximum limit caps the number of city-networks that Internet Monitor monitors for
   * your application, regardless of the percentage of traffic that you choose to monitor.
   *
   * <p>Range: 1 to 100. CloudFormation property {@code TrafficPercentageToMonitor}.
   */
  public Monitor trafficPercentageToMonitor(int value) {
    return set("TrafficPercentageToMonitor", Value.of(value));
  }

  /**
   * Sets {@code TrafficPercentageToMonitor} to this value; see {@link
   * #trafficPercentageToMonitor(int)}.
   */
  public Monitor trafficPercentageToMonitor(Value<Integer> value) {
    return set("TrafficPercentageToMonitor", value);
  }

  /**
   * The time when the monitor was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The last time that the monitor was modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the monitor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MonitorArn}.
   */
  public Value<String> monitorArn() {
    return getAtt("MonitorArn");
  }

  /**
   * The health of data processing for the monitor. For more information, see
   * <code>ProcessingStatus</code> under <a
   * href="https://docs.aws.amazon.com/internet-monitor/latest/api/API_MonitorListMember.html">MonitorListMember</a>
   * in the <em>Amazon CloudWatch Internet Monitor API Reference</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProcessingStatus}.
   */
  public Value<String> processingStatus() {
    return getAtt("ProcessingStatus");
  }

  /**
   * Additional information about the health of the data processing for the monitor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProcessingStatusInfo}.
   */
  public Value<String> processingStatusInfo() {
    return getAtt("ProcessingStatusInfo");
  }

  /**
   * Define the health event threshold percentages for the performance score and availability score
   * for your application's monitor. Amazon CloudWatch Internet Monitor creates a health event when
   * there's an internet issue that affects your application end users where a health score
   * percentage is at or below a set threshold.
   *
   * <p>If you don't set a health event threshold, the default value is 95%.
   *
   * <p>Property type {@code AWS::InternetMonitor::Monitor.HealthEventsConfig}.
   */
  public static final class HealthEventsConfig extends Struct<HealthEventsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::InternetMonitor::Monitor.HealthEventsConfig")
        .constrain("AvailabilityScoreThreshold", Constraint.of().minimum(0).maximum(100))
        .constrain("PerformanceScoreThreshold", Constraint.of().minimum(0).maximum(100))
        .build();

    public HealthEventsConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration that determines the threshold and other conditions for when Internet
     * Monitor creates a health event for a local availability issue.
     *
     * <p>CloudFormation property {@code AvailabilityLocalHealthEventsConfig}.
     */
    public HealthEventsConfig availabilityLocalHealthEventsConfig(Value<LocalHealthEventsConfig> value) {
      return set("AvailabilityLocalHealthEventsConfig", value);
    }

    /**
     * The health event threshold percentage set for availability scores. When the overall
     * availability score is at or below this percentage, Internet Monitor creates a health event.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code AvailabilityScoreThreshold}.
     */
    public HealthEventsConfig availabilityScoreThreshold(double value) {
      return set("AvailabilityScoreThreshold", Value.of(value));
    }

    /**
     * Sets {@code AvailabilityScoreThreshold} to this value; see {@link
     * #availabilityScoreThreshold(double)}.
     */
    public HealthEventsConfig availabilityScoreThreshold(Value<Double> value) {
      return set("AvailabilityScoreThreshold", value);
    }

    /**
     * The configuration that determines the threshold and other conditions for when Internet
     * Monitor creates a health event for a local performance issue.
     *
     * <p>CloudFormation property {@code PerformanceLocalHealthEventsConfig}.
     */
    public HealthEventsConfig performanceLocalHealthEventsConfig(Value<LocalHealthEventsConfig> value) {
      return set("PerformanceLocalHealthEventsConfig", value);
    }

    /**
     * The health event threshold percentage set for performance scores. When the overall
     * performance score is at or below this percentage, Internet Monitor creates a health event.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code PerformanceScoreThreshold}.
     */
    public HealthEventsConfig performanceScoreThreshold(double value) {
      return set("PerformanceScoreThreshold", Value.of(value));
    }

    /**
     * Sets {@code PerformanceScoreThreshold} to this value; see {@link
     * #performanceScoreThreshold(double)}.
     */
    public HealthEventsConfig performanceScoreThreshold(Value<Double> value) {
      return set("PerformanceScoreThreshold", value);
    }
  }

  /**
   * Publish internet measurements to an Amazon S3 bucket in addition to CloudWatch Logs.
   *
   * <p>Property type {@code AWS::InternetMonitor::Monitor.InternetMeasurementsLogDelivery}.
   */
  public static final class InternetMeasurementsLogDelivery extends Struct<InternetMeasurementsLogDelivery> {
    private static final Schema SCHEMA = Schema.of("AWS::InternetMonitor::Monitor.InternetMeasurementsLogDelivery");

    public InternetMeasurementsLogDelivery() {
      super(SCHEMA);
    }

    /**
     * The configuration for publishing Amazon CloudWatch Internet Monitor internet measurements to
     * Amazon S3.
     *
     * <p>CloudFormation property {@code S3Config}.
     */
    public InternetMeasurementsLogDelivery s3Config(Value<S3Config> value) {
      return set("S3Config", value);
    }
  }

  /**
   * Configuration information that determines the threshold and other conditions for when Internet
   * Monitor creates a health event for a local performance or availability issue, when scores cross
   * a threshold for one or more city-networks.
   *
   * <p>Defines the percentages, for performance scores or availability scores, that are the local
   * thresholds for when Amazon CloudWatch Internet Monitor creates a health event. Also defines
   * whether a local threshold is enabled or disabled, and the minimum percentage of overall traffic
   * that must be impacted by an issue before Internet Monitor creates an event when a threshold is
   * crossed for a local health score.
   *
   * <p>If you don't set a local health event threshold, the default value is 60%.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-IM-overview.html#IMUpdateThresholdFromOverview">Change
   * health event thresholds</a> in the Internet Monitor section of the <em>Amazon CloudWatch User
   * Guide</em> .
   *
   * <p>Property type {@code AWS::InternetMonitor::Monitor.LocalHealthEventsConfig}.
   */
  public static final class LocalHealthEventsConfig extends Struct<LocalHealthEventsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::InternetMonitor::Monitor.LocalHealthEventsConfig")
        .constrain("HealthScoreThreshold", Constraint.of().minimum(0).maximum(100))
        .constrain("MinTrafficImpact", Constraint.of().minimum(0).maximum(100))
        .allowed("Status", "ENABLED", "DISABLED")
        .build();

    public LocalHealthEventsConfig() {
      super(SCHEMA);
    }

    /**
     * The health event threshold percentage set for a local health score.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code HealthScoreThreshold}.
     */
    public LocalHealthEventsConfig healthScoreThreshold(double value) {
      return set("HealthScoreThreshold", Value.of(value));
    }

    /**
     * Sets {@code HealthScoreThreshold} to this value; see {@link #healthScoreThreshold(double)}.
     */
    public LocalHealthEventsConfig healthScoreThreshold(Value<Double> value) {
      return set("HealthScoreThreshold", value);
    }

    /**
     * The minimum percentage of overall traffic for an application that must be impacted by an
     * issue before Internet Monitor creates an event when a threshold is crossed for a local health
     * score.
     *
     * <p>If you don't set a minimum traffic impact threshold, the default value is 0.01%.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MinTrafficImpact}.
     */
    public LocalHealthEventsConfig minTrafficImpact(double value) {
      return set("MinTrafficImpact", Value.of(value));
    }

    /** Sets {@code MinTrafficImpact} to this value; see {@link #minTrafficImpact(double)}. */
    public LocalHealthEventsConfig minTrafficImpact(Value<Double> value) {
      return set("MinTrafficImpact", value);
    }

    /**
     * The status of whether Internet Monitor creates a health event based on a threshold percentage
     * set for a local health score. The status can be <code>ENABLED</code> or <code>DISABLED</code>
     * .
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
     */
    public LocalHealthEventsConfig status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public LocalHealthEventsConfig status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The configuration for publishing Amazon CloudWatch Internet Monitor internet measurements to
   * Amazon S3. The configuration includes the bucket name and (optionally) bucket prefix for the S3
   * bucket to store the measurements, and the delivery status. The delivery status is
   * <code>ENABLED</code> if you choose to deliver internet measurements to S3 logs, and
   * <code>DISABLED</code> otherwise.
   *
   * <p>The measurements are also published to Amazon CloudWatch Logs.
   *
   * <p>Property type {@code AWS::InternetMonitor::Monitor.S3Config}.
   */
  public static final class S3Config extends Struct<S3Config> {
    private static final Schema SCHEMA = Schema.builder("AWS::InternetMonitor::Monitor.S3Config")
        .constrain("BucketName", Constraint.of().minLength(3).format("AWS::S3::Bucket.Name"))
        .allowed("LogDeliveryStatus", "ENABLED", "DISABLED")
        .build();

    public S3Config() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket name for internet measurements publishing.
     *
     * <p>Length: at least 3 characters. Format: {@code AWS::S3::Bucket.Name}. CloudFormation
     * property {@code BucketName}.
     */
    public S3Config bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Config bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * An optional Amazon S3 bucket prefix for internet measurements publishing.
     *
     * <p>CloudFormation property {@code BucketPrefix}.
     */
    public S3Config bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public S3Config bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }

    /**
     * The status of publishing Internet Monitor internet measurements to an Amazon S3 bucket. The
     * delivery status is <code>ENABLED</code> if you choose to deliver internet measurements to an
     * S3 bucket, and <code>DISABLED</code> otherwise.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * LogDeliveryStatus}.
     */
    public S3Config logDeliveryStatus(String value) {
      return set("LogDeliveryStatus", Value.of(value));
    }

    /** Sets {@code LogDeliveryStatus} to this value; see {@link #logDeliveryStatus(String)}. */
    public S3Config logDeliveryStatus(Value<String> value) {
      return set("LogDeliveryStatus", value);
    }
  }
}
