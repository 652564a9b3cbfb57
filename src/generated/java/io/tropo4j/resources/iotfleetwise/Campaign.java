// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotfleetwise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an orchestration of data collection rules. The AWS IoT FleetWise Edge Agent software
 * running in vehicles uses campaigns to decide how to collect and transfer data to the cloud. You
 * create campaigns in the cloud. After you or your team approve campaigns, AWS IoT FleetWise
 * automatically deploys them to vehicles.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/campaigns.html">Campaigns</a>
 * in the <em>AWS IoT FleetWise Developer Guide</em> .
 *
 * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see <a
 * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
 * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTFleetWise::Campaign}.
 */
public final class Campaign extends Resource<Campaign> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign")
      .required("CollectionScheme", "Name", "SignalCatalogArn", "TargetArn")
      .allowed("Action", "APPROVE", "SUSPEND", "RESUME", "UPDATE")
      .allowed("Compression", "OFF", "SNAPPY")
      .constrain("DataExtraDimensions", Constraint.of().pattern("^[a-zA-Z0-9_.]+$").minLength(1).maxLength(150))
      .constrain("Description", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .allowed("DiagnosticsMode", "OFF", "SEND_ACTIVE_DTCS")
      .constrain("ExpiryTime", Constraint.of().format("date-time"))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z\\d\\-_:]+$").minLength(1).maxLength(100))
      .constrain("PostTriggerCollectionDuration", Constraint.of().minimum(0).maximum(4294967295L))
      .constrain("Priority", Constraint.of().minimum(0))
      .allowed("SpoolingMode", "OFF", "TO_DISK")
      .constrain("StartTime", Constraint.of().format("date-time"))
      .refYields("Name")
      .attributes("Arn", "CreationTime", "LastModificationTime", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Campaign(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies how to update a campaign. The action can be one of the following:
   *
   * <ul> <li><code>APPROVE</code> - To approve delivering a data collection scheme to vehicles.
   * <li><code>SUSPEND</code> - To suspend collecting signal data. The campaign is deleted from
   * vehicles and all vehicles in the suspended campaign will stop sending data.
   * <li><code>RESUME</code> - To reactivate the <code>SUSPEND</code> campaign. The campaign is
   * redeployed to all vehicles and the vehicles will resume sending data. <li><code>UPDATE</code> -
   * To update a campaign. </ul>
   *
   * <p>Allowed values: {@code APPROVE}, {@code SUSPEND}, {@code RESUME}, {@code UPDATE}.
   * CloudFormation property {@code Action}.
   */
  public Campaign action(String value) {
    return set("Action", Value.of(value));
  }

  /** Sets {@code Action} to this value; see {@link #action(String)}. */
  public Campaign action(Value<String> value) {
    return set("Action", value);
  }

  /**
   * The data collection scheme associated with the campaign. You can specify a scheme that collects
   * data based on time or an event.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * CollectionScheme}.
   */
  public Campaign collectionScheme(Value<CollectionScheme> value) {
    return set("CollectionScheme", value);
  }

  /**
   * Whether to compress signals before transmitting data to AWS IoT FleetWise . If you don't want
   * to compress the signals, use <code>OFF</code> . If it's not specified, <code>SNAPPY</code> is
   * used.
   *
   * <p>Default: <code>SNAPPY</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code OFF}, {@code SNAPPY}. Default:
   * {@code "OFF"}. CloudFormation property {@code Compression}.
   */
  public Campaign compression(String value) {
    return set("Compression", Value.of(value));
  }

  /** Sets {@code Compression} to this value; see {@link #compression(String)}. */
  public Campaign compression(Value<String> value) {
    return set("Compression", value);
  }

  /**
   * The destination where the campaign sends data. You can choose to send data to be stored in
   * Amazon S3 or Amazon Timestream .
   *
   * <p>Amazon S3 optimizes the cost of data storage and provides additional mechanisms to use
   * vehicle data, such as data lakes, centralized data storage, data processing pipelines, and
   * analytics. AWS IoT FleetWise supports at-least-once file delivery to S3. Your vehicle data is
   * stored on multiple AWS IoT FleetWise servers for redundancy and high availability.
   *
   * <p>You can use Amazon Timestream to access and analyze time series data, and Timestream to
   * query vehicle data so that you can identify trends and patterns.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataDestinationConfigs}.
   */
  public Campaign dataDestinationConfigs(List<DataDestinationConfig> value) {
    return set("DataDestinationConfigs", Value.listOf(value));
  }

  /**
   * Sets {@code DataDestinationConfigs} to this value; see {@link #dataDestinationConfigs(List)}.
   */
  public Campaign dataDestinationConfigs(Value<List<DataDestinationConfig>> value) {
    return set("DataDestinationConfigs", value);
  }

  /**
   * Sets {@code DataDestinationConfigs} to a list of these; see {@link
   * #dataDestinationConfigs(List)}.
   */
  public Campaign dataDestinationConfigs(DataDestinationConfig... values) {
    return set("DataDestinationConfigs", Value.list(values));
  }

  /**
   * A list of vehicle attributes to associate with a campaign.
   *
   * <p>Enrich the data with specified vehicle attributes. For example, add <code>make</code> and
   * <code>model</code> to the campaign, and AWS IoT FleetWise will associate the data with those
   * attributes as dimensions in Amazon Timestream . You can then query the data against
   * <code>make</code> and <code>model</code> .
   *
   * <p>Default: An empty array
   *
   * <p>Length: 1 to 150 characters. Pattern: {@code ^[a-zA-Z0-9_.]+$}. CloudFormation property
   * {@code DataExtraDimensions}.
   */
  public Campaign dataExtraDimensions(List<String> value) {
    return set("DataExtraDimensions", Value.listOf(value));
  }

  /** Sets {@code DataExtraDimensions} to this value; see {@link #dataExtraDimensions(List)}. */
  public Campaign dataExtraDimensions(Value<List<String>> value) {
    return set("DataExtraDimensions", value);
  }

  /**
   * The data partitions associated with the signals collected from the vehicle.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataPartitions}.
   */
  public Campaign dataPartitions(List<DataPartition> value) {
    return set("DataPartitions", Value.listOf(value));
  }

  /** Sets {@code DataPartitions} to this value; see {@link #dataPartitions(List)}. */
  public Campaign dataPartitions(Value<List<DataPartition>> value) {
    return set("DataPartitions", value);
  }

  /** Sets {@code DataPartitions} to a list of these; see {@link #dataPartitions(List)}. */
  public Campaign dataPartitions(DataPartition... values) {
    return set("DataPartitions", Value.list(values));
  }

  /**
   * The description of the campaign.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code Description}.
   */
  public Campaign description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Campaign description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Option for a vehicle to send diagnostic trouble codes to AWS IoT FleetWise . If you want to
   * send diagnostic trouble codes, use <code>SEND_ACTIVE_DTCS</code> . If it's not specified,
   * <code>OFF</code> is used.
   *
   * <p>Default: <code>OFF</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code OFF}, {@code SEND_ACTIVE_DTCS}.
   * Default: {@code "OFF"}. CloudFormation property {@code DiagnosticsMode}.
   */
  public Campaign diagnosticsMode(String value) {
    return set("DiagnosticsMode", Value.of(value));
  }

  /** Sets {@code DiagnosticsMode} to this value; see {@link #diagnosticsMode(String)}. */
  public Campaign diagnosticsMode(Value<String> value) {
    return set("DiagnosticsMode", value);
  }

  /**
   * The time the campaign expires, in seconds since epoch (January 1, 1970 at midnight UTC time).
   * Vehicle data isn't collected after the campaign expires.
   *
   * <p>Default: 253402214400 (December 31, 9999, 00:00:00 UTC)
   *
   * <p>Changing it replaces the resource. Format: {@code date-time}. Default: {@code
   * "253402214400"}. CloudFormation property {@code ExpiryTime}.
   */
  public Campaign expiryTime(String value) {
    return set("ExpiryTime", Value.of(value));
  }

  /** Sets {@code ExpiryTime} to this value; see {@link #expiryTime(String)}. */
  public Campaign expiryTime(Value<String> value) {
    return set("ExpiryTime", value);
  }

  /**
   * The name of a campaign.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z&#92;d&#92;-_:]+$}. CloudFormation property {@code Name}.
   */
  public Campaign name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Campaign name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * How long (in milliseconds) to collect raw data after a triggering event initiates the
   * collection. If it's not specified, <code>0</code> is used.
   *
   * <p>Default: <code>0</code>
   *
   * <p>Changing it replaces the resource. Range: 0 to 4294967295L. Default: {@code 0}.
   * CloudFormation property {@code PostTriggerCollectionDuration}.
   */
  public Campaign postTriggerCollectionDuration(double value) {
    return set("PostTriggerCollectionDuration", Value.of(value));
  }

  /**
   * Sets {@code PostTriggerCollectionDuration} to this value; see {@link
   * #postTriggerCollectionDuration(double)}.
   */
  public Campaign postTriggerCollectionDuration(Value<Double> value) {
    return set("PostTriggerCollectionDuration", value);
  }

  /**
   * A number indicating the priority of one campaign over another campaign for a certain vehicle or
   * fleet. A campaign with the lowest value is deployed to vehicles before any other campaigns. If
   * it's not specified, <code>0</code> is used.
   *
   * <p>Default: <code>0</code>
   *
   * <p>Changing it replaces the resource. Range: at least 0. Default: {@code 0}. CloudFormation
   * property {@code Priority}.
   */
  public Campaign priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public Campaign priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the signal catalog associated with the campaign.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SignalCatalogArn}.
   */
  public Campaign signalCatalogArn(String value) {
    return set("SignalCatalogArn", Value.of(value));
  }

  /** Sets {@code SignalCatalogArn} to this value; see {@link #signalCatalogArn(String)}. */
  public Campaign signalCatalogArn(Value<String> value) {
    return set("SignalCatalogArn", value);
  }

  /**
   * A list of information about signals to collect.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SignalsToCollect}.
   */
  public Campaign signalsToCollect(List<SignalInformation> value) {
    return set("SignalsToCollect", Value.listOf(value));
  }

  /** Sets {@code SignalsToCollect} to this value; see {@link #signalsToCollect(List)}. */
  public Campaign signalsToCollect(Value<List<SignalInformation>> value) {
    return set("SignalsToCollect", value);
  }

  /** Sets {@code SignalsToCollect} to a list of these; see {@link #signalsToCollect(List)}. */
  public Campaign signalsToCollect(SignalInformation... values) {
    return set("SignalsToCollect", Value.list(values));
  }

  /**
   * A list of information about signals to fetch.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SignalsToFetch}.
   */
  public Campaign signalsToFetch(List<SignalFetchInformation> value) {
    return set("SignalsToFetch", Value.listOf(value));
  }

  /** Sets {@code SignalsToFetch} to this value; see {@link #signalsToFetch(List)}. */
  public Campaign signalsToFetch(Value<List<SignalFetchInformation>> value) {
    return set("SignalsToFetch", value);
  }

  /** Sets {@code SignalsToFetch} to a list of these; see {@link #signalsToFetch(List)}. */
  public Campaign signalsToFetch(SignalFetchInformation... values) {
    return set("SignalsToFetch", Value.list(values));
  }

  /**
   * Whether to store collected data after a vehicle lost a connection with the cloud. After a
   * connection is re-established, the data is automatically forwarded to AWS IoT FleetWise . If you
   * want to store collected data when a vehicle loses connection with the cloud, use
   * <code>TO_DISK</code> . If it's not specified, <code>OFF</code> is used.
   *
   * <p>Default: <code>OFF</code>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code OFF}, {@code TO_DISK}. Default:
   * {@code "OFF"}. CloudFormation property {@code SpoolingMode}.
   */
  public Campaign spoolingMode(String value) {
    return set("SpoolingMode", Value.of(value));
  }

  /** Sets {@code SpoolingMode} to this value; see {@link #spoolingMode(String)}. */
  public Campaign spoolingMode(Value<String> value) {
    return set("SpoolingMode", value);
  }

  /**
   * The time, in milliseconds, to deliver a campaign after it was approved. If it's not specified,
   * <code>0</code> is used.
   *
   * <p>Default: <code>0</code>
   *
   * <p>Changing it replaces the resource. Format: {@code date-time}. Default: {@code "0"}.
   * CloudFormation property {@code StartTime}.
   */
  public Campaign startTime(String value) {
    return set("StartTime", Value.of(value));
  }

  /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
  public Campaign startTime(Value<String> value) {
    return set("StartTime", value);
  }

  /**
   * Metadata that can be used to manage the campaign.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Campaign tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Campaign tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Campaign tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of a vehicle or fleet to which the campaign is deployed.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TargetArn}.
   */
  public Campaign targetArn(String value) {
    return set("TargetArn", Value.of(value));
  }

  /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
  public Campaign targetArn(Value<String> value) {
    return set("TargetArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the campaign.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time the campaign was created in seconds since epoch (January 1, 1970 at midnight UTC
   * time).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The last time the campaign was modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModificationTime}.
   */
  public Value<String> lastModificationTime() {
    return getAtt("LastModificationTime");
  }

  /**
   * The state of the campaign. The status can be one of: <code>CREATING</code> ,
   * <code>WAITING_FOR_APPROVAL</code> , <code>RUNNING</code> , and <code>SUSPENDED</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Specifies what data to collect and how often or when to collect it.
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.CollectionScheme}.
   */
  public static final class CollectionScheme extends Struct<CollectionScheme> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTFleetWise::Campaign.CollectionScheme");

    public CollectionScheme() {
      super(SCHEMA);
    }

    /**
     * Information about a collection scheme that uses a simple logical expression to recognize what
     * data to collect.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ConditionBasedCollectionScheme}.
     */
    public CollectionScheme conditionBasedCollectionScheme(Value<ConditionBasedCollectionScheme> value) {
      return set("ConditionBasedCollectionScheme", value);
    }

    /**
     * Information about a collection scheme that uses a time period to decide how often to collect
     * data.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * TimeBasedCollectionScheme}.
     */
    public CollectionScheme timeBasedCollectionScheme(Value<TimeBasedCollectionScheme> value) {
      return set("TimeBasedCollectionScheme", value);
    }
  }

  /**
   * Information about a collection scheme that uses a simple logical expression to recognize what
   * data to collect.
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.ConditionBasedCollectionScheme}.
   */
  public static final class ConditionBasedCollectionScheme extends Struct<ConditionBasedCollectionScheme> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.ConditionBasedCollectionScheme")
        .required("Expression")
        .allowed("TriggerMode", "ALWAYS", "RISING_EDGE")
        .build();

    public ConditionBasedCollectionScheme() {
      super(SCHEMA);
    }

    /**
     * Specifies the version of the conditional expression language.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ConditionLanguageVersion}.
     */
    public ConditionBasedCollectionScheme conditionLanguageVersion(int value) {
      return set("ConditionLanguageVersion", Value.of(value));
    }

    /**
     * Sets {@code ConditionLanguageVersion} to this value; see {@link
     * #conditionLanguageVersion(int)}.
     */
    public ConditionBasedCollectionScheme conditionLanguageVersion(Value<Integer> value) {
      return set("ConditionLanguageVersion", value);
    }

    /**
     * The logical expression used to recognize what data to collect. For example,
     * <code>$variable.Vehicle.OutsideAirTemperature &gt;= 105.0</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Expression}.
     */
    public ConditionBasedCollectionScheme expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public ConditionBasedCollectionScheme expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The minimum duration of time between two triggering events to collect data, in milliseconds.
     *
     * <p>If a signal changes often, you might want to collect data at a slower rate.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * MinimumTriggerIntervalMs}.
     */
    public ConditionBasedCollectionScheme minimumTriggerIntervalMs(double value) {
      return set("MinimumTriggerIntervalMs", Value.of(value));
    }

    /**
     * Sets {@code MinimumTriggerIntervalMs} to this value; see {@link
     * #minimumTriggerIntervalMs(double)}.
     */
    public ConditionBasedCollectionScheme minimumTriggerIntervalMs(Value<Double> value) {
      return set("MinimumTriggerIntervalMs", value);
    }

    /**
     * Whether to collect data for all triggering events ( <code>ALWAYS</code> ). Specify (
     * <code>RISING_EDGE</code> ), or specify only when the condition first evaluates to false. For
     * example, triggering on "AirbagDeployed"; Users aren't interested on triggering when the
     * airbag is already exploded; they only care about the change from not deployed =&gt; deployed.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ALWAYS}, {@code RISING_EDGE}.
     * CloudFormation property {@code TriggerMode}.
     */
    public ConditionBasedCollectionScheme triggerMode(String value) {
      return set("TriggerMode", Value.of(value));
    }

    /** Sets {@code TriggerMode} to this value; see {@link #triggerMode(String)}. */
    public ConditionBasedCollectionScheme triggerMode(Value<String> value) {
      return set("TriggerMode", value);
    }
  }

  /**
   * Specifies the condition under which a signal fetch occurs.
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.ConditionBasedSignalFetchConfig}.
   */
  public static final class ConditionBasedSignalFetchConfig extends Struct<ConditionBasedSignalFetchConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.ConditionBasedSignalFetchConfig")
        .required("ConditionExpression", "TriggerMode")
        .allowed("TriggerMode", "ALWAYS", "RISING_EDGE")
        .build();

    public ConditionBasedSignalFetchConfig() {
      super(SCHEMA);
    }

    /**
     * The condition that must be satisfied to trigger a signal fetch.
     *
     * <p>Required. CloudFormation property {@code ConditionExpression}.
     */
    public ConditionBasedSignalFetchConfig conditionExpression(String value) {
      return set("ConditionExpression", Value.of(value));
    }

    /** Sets {@code ConditionExpression} to this value; see {@link #conditionExpression(String)}. */
    public ConditionBasedSignalFetchConfig conditionExpression(Value<String> value) {
      return set("ConditionExpression", value);
    }

    /**
     * Indicates the mode in which the signal fetch is triggered.
     *
     * <p>Required. Allowed values: {@code ALWAYS}, {@code RISING_EDGE}. CloudFormation property
     * {@code TriggerMode}.
     */
    public ConditionBasedSignalFetchConfig triggerMode(String value) {
      return set("TriggerMode", Value.of(value));
    }

    /** Sets {@code TriggerMode} to this value; see {@link #triggerMode(String)}. */
    public ConditionBasedSignalFetchConfig triggerMode(Value<String> value) {
      return set("TriggerMode", value);
    }
  }

  /**
   * The destination where the AWS IoT FleetWise campaign sends data. You can send data to be stored
   * in Amazon S3 or Amazon Timestream .
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.DataDestinationConfig}.
   */
  public static final class DataDestinationConfig extends Struct<DataDestinationConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTFleetWise::Campaign.DataDestinationConfig");

    public DataDestinationConfig() {
      super(SCHEMA);
    }

    /**
     * The MQTT topic to which the AWS IoT FleetWise campaign routes data.
     *
     * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see
     * <a
     * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
     * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
     *
     * <p>CloudFormation property {@code MqttTopicConfig}.
     */
    public DataDestinationConfig mqttTopicConfig(Value<MqttTopicConfig> value) {
      return set("MqttTopicConfig", value);
    }

    /**
     * The Amazon S3 bucket where the AWS IoT FleetWise campaign sends data.
     *
     * <p>CloudFormation property {@code S3Config}.
     */
    public DataDestinationConfig s3Config(Value<S3Config> value) {
      return set("S3Config", value);
    }

    /**
     * The Amazon Timestream table where the campaign sends data.
     *
     * <p>CloudFormation property {@code TimestreamConfig}.
     */
    public DataDestinationConfig timestreamConfig(Value<TimestreamConfig> value) {
      return set("TimestreamConfig", value);
    }
  }

  /**
   * The configuration for signal data storage and upload options. You can only specify these
   * options when the campaign's spooling mode is <code>TO_DISK</code> .
   *
   * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
   * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.DataPartition}.
   */
  public static final class DataPartition extends Struct<DataPartition> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.DataPartition")
        .required("Id", "StorageOptions")
        .constrain("Id", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(1).maxLength(128))
        .build();

    public DataPartition() {
      super(SCHEMA);
    }

    /**
     * The ID of the data partition. The data partition ID must be unique within a campaign. You can
     * establish a data partition as the default partition for a campaign by using
     * <code>default</code> as the ID.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation
     * property {@code Id}.
     */
    public DataPartition id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public DataPartition id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The storage options for a data partition.
     *
     * <p>Required. CloudFormation property {@code StorageOptions}.
     */
    public DataPartition storageOptions(Value<DataPartitionStorageOptions> value) {
      return set("StorageOptions", value);
    }

    /**
     * The upload options for the data partition.
     *
     * <p>CloudFormation property {@code UploadOptions}.
     */
    public DataPartition uploadOptions(Value<DataPartitionUploadOptions> value) {
      return set("UploadOptions", value);
    }
  }

  /**
   * Size, time, and location options for the data partition.
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.DataPartitionStorageOptions}.
   */
  public static final class DataPartitionStorageOptions extends Struct<DataPartitionStorageOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.DataPartitionStorageOptions")
        .required("MaximumSize", "MinimumTimeToLive", "StorageLocation")
        .constrain("StorageLocation", Constraint.of().minLength(1).maxLength(4096))
        .build();

    public DataPartitionStorageOptions() {
      super(SCHEMA);
    }

    /**
     * The maximum storage size of the data stored in the data partition.
     *
     * <p>Newer data overwrites older data when the partition reaches the maximum size.
     *
     * <p>Required. CloudFormation property {@code MaximumSize}.
     */
    public DataPartitionStorageOptions maximumSize(Value<StorageMaximumSize> value) {
      return set("MaximumSize", value);
    }

    /**
     * The amount of time that data in this partition will be kept on disk.
     *
     * <ul> <li>After the designated amount of time passes, the data can be removed, but it's not
     * guaranteed to be removed. <li>Before the time expires, data in this partition can still be
     * deleted if the partition reaches its configured maximum size. <li>Newer data will overwrite
     * older data when the partition reaches the maximum size. </ul>
     *
     * <p>Required. CloudFormation property {@code MinimumTimeToLive}.
     */
    public DataPartitionStorageOptions minimumTimeToLive(Value<StorageMinimumTimeToLive> value) {
      return set("MinimumTimeToLive", value);
    }

    /**
     * The folder name for the data partition under the campaign storage folder.
     *
     * <p>Required. Length: 1 to 4096 characters. CloudFormation property {@code StorageLocation}.
     */
    public DataPartitionStorageOptions storageLocation(String value) {
      return set("StorageLocation", Value.of(value));
    }

    /** Sets {@code StorageLocation} to this value; see {@link #storageLocation(String)}. */
    public DataPartitionStorageOptions storageLocation(Value<String> value) {
      return set("StorageLocation", value);
    }
  }

  /**
   * The upload options for the data partition. If upload options are specified, you must also
   * specify storage options. See <a
   * href="https://docs.aws.amazon.com/iot-fleetwise/latest/APIReference/API_DataPartitionStorageOptions.html">DataPartitionStorageOptions</a>
   * .
   *
   * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
   * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.DataPartitionUploadOptions}.
   */
  public static final class DataPartitionUploadOptions extends Struct<DataPartitionUploadOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.DataPartitionUploadOptions")
        .required("Expression")
        .constrain("ConditionLanguageVersion", Constraint.of().minimum(1).maximum(1))
        .constrain("Expression", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public DataPartitionUploadOptions() {
      super(SCHEMA);
    }

    /**
     * The version of the condition language. Defaults to the most recent condition language
     * version.
     *
     * <p>Range: 1 to 1. CloudFormation property {@code ConditionLanguageVersion}.
     */
    public DataPartitionUploadOptions conditionLanguageVersion(int value) {
      return set("ConditionLanguageVersion", Value.of(value));
    }

    /**
     * Sets {@code ConditionLanguageVersion} to this value; see {@link
     * #conditionLanguageVersion(int)}.
     */
    public DataPartitionUploadOptions conditionLanguageVersion(Value<Integer> value) {
      return set("ConditionLanguageVersion", value);
    }

    /**
     * The logical expression used to recognize what data to collect. For example,
     * <code>$variable.</code>Vehicle.OutsideAirTemperature<code>&gt;= 105.0</code> .
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code Expression}.
     */
    public DataPartitionUploadOptions expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public DataPartitionUploadOptions expression(Value<String> value) {
      return set("Expression", value);
    }
  }

  /**
   * The MQTT topic to which the AWS IoT FleetWise campaign routes data. For more information, see
   * <a href="https://docs.aws.amazon.com/iot/latest/developerguide/protocols.html">Device
   * communication protocols</a> in the <em>AWS IoT Core Developer Guide</em> .
   *
   * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
   * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.MqttTopicConfig}.
   */
  public static final class MqttTopicConfig extends Struct<MqttTopicConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.MqttTopicConfig")
        .required("ExecutionRoleArn", "MqttTopicArn")
        .build();

    public MqttTopicConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN of the role that grants AWS IoT FleetWise permission to access and act on messages
     * sent to the MQTT topic.
     *
     * <p>Required. CloudFormation property {@code ExecutionRoleArn}.
     */
    public MqttTopicConfig executionRoleArn(String value) {
      return set("ExecutionRoleArn", Value.of(value));
    }

    /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
    public MqttTopicConfig executionRoleArn(Value<String> value) {
      return set("ExecutionRoleArn", value);
    }

    /**
     * The ARN of the MQTT topic.
     *
     * <p>Required. CloudFormation property {@code MqttTopicArn}.
     */
    public MqttTopicConfig mqttTopicArn(String value) {
      return set("MqttTopicArn", Value.of(value));
    }

    /** Sets {@code MqttTopicArn} to this value; see {@link #mqttTopicArn(String)}. */
    public MqttTopicConfig mqttTopicArn(Value<String> value) {
      return set("MqttTopicArn", value);
    }
  }

  /**
   * The Amazon S3 bucket where the AWS IoT FleetWise campaign sends data. Amazon S3 is an object
   * storage service that stores data as objects within buckets. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/creating-buckets-s3.html">Creating,
   * configuring, and working with Amazon S3 buckets</a> in the <em>Amazon Simple Storage Service
   * User Guide</em> .
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.S3Config}.
   */
  public static final class S3Config extends Struct<S3Config> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.S3Config")
        .required("BucketArn")
        .allowed("DataFormat", "JSON", "PARQUET")
        .allowed("StorageCompressionFormat", "NONE", "GZIP")
        .build();

    public S3Config() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon S3 bucket.
     *
     * <p>Required. CloudFormation property {@code BucketArn}.
     */
    public S3Config bucketArn(String value) {
      return set("BucketArn", Value.of(value));
    }

    /** Sets {@code BucketArn} to this value; see {@link #bucketArn(String)}. */
    public S3Config bucketArn(Value<String> value) {
      return set("BucketArn", value);
    }

    /**
     * Specify the format that files are saved in the Amazon S3 bucket. You can save files in an
     * Apache Parquet or JSON format.
     *
     * <ul> <li>Parquet - Store data in a columnar storage file format. Parquet is optimal for fast
     * data retrieval and can reduce costs. This option is selected by default. <li>JSON - Store
     * data in a standard text-based JSON file format. </ul>
     *
     * <p>Allowed values: {@code JSON}, {@code PARQUET}. CloudFormation property {@code DataFormat}.
     */
    public S3Config dataFormat(String value) {
      return set("DataFormat", Value.of(value));
    }

    /** Sets {@code DataFormat} to this value; see {@link #dataFormat(String)}. */
    public S3Config dataFormat(Value<String> value) {
      return set("DataFormat", value);
    }

    /**
     * Enter an S3 bucket prefix. The prefix is the string of characters after the bucket name and
     * before the object name. You can use the prefix to organize data stored in Amazon S3 buckets.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-prefixes.html">Organizing
     * objects using prefixes</a> in the <em>Amazon Simple Storage Service User Guide</em> .
     *
     * <p>By default, AWS IoT FleetWise sets the prefix
     * <code>processed-data/year=YY/month=MM/date=DD/hour=HH/</code> (in UTC) to data it delivers to
     * Amazon S3 . You can enter a prefix to append it to this default prefix. For example, if you
     * enter the prefix <code>vehicles</code> , the prefix will be
     * <code>vehicles/processed-data/year=YY/month=MM/date=DD/hour=HH/</code> .
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public S3Config prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3Config prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * By default, stored data is compressed as a .gzip file. Compressed files have a reduced file
     * size, which can optimize the cost of data storage.
     *
     * <p>Allowed values: {@code NONE}, {@code GZIP}. CloudFormation property {@code
     * StorageCompressionFormat}.
     */
    public S3Config storageCompressionFormat(String value) {
      return set("StorageCompressionFormat", Value.of(value));
    }

    /**
     * Sets {@code StorageCompressionFormat} to this value; see {@link
     * #storageCompressionFormat(String)}.
     */
    public S3Config storageCompressionFormat(Value<String> value) {
      return set("StorageCompressionFormat", value);
    }
  }

  /**
   * The configuration of the signal fetch operation.
   *
   * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
   * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.SignalFetchConfig}.
   */
  public static final class SignalFetchConfig extends Struct<SignalFetchConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTFleetWise::Campaign.SignalFetchConfig");

    public SignalFetchConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration of a condition-based signal fetch operation.
     *
     * <p>CloudFormation property {@code ConditionBased}.
     */
    public SignalFetchConfig conditionBased(Value<ConditionBasedSignalFetchConfig> value) {
      return set("ConditionBased", value);
    }

    /**
     * The configuration of a time-based signal fetch operation.
     *
     * <p>CloudFormation property {@code TimeBased}.
     */
    public SignalFetchConfig timeBased(Value<TimeBasedSignalFetchConfig> value) {
      return set("TimeBased", value);
    }
  }

  /**
   * Information about the signal to be fetched.
   *
   * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
   * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.SignalFetchInformation}.
   */
  public static final class SignalFetchInformation extends Struct<SignalFetchInformation> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.SignalFetchInformation")
        .required("Actions", "FullyQualifiedName", "SignalFetchConfig")
        .constrain("Actions", Constraint.of().minLength(1).maxLength(2048))
        .constrain("ConditionLanguageVersion", Constraint.of().minimum(1).maximum(1))
        .constrain("FullyQualifiedName", Constraint.of().pattern("^[a-zA-Z0-9_.]+$").minLength(1).maxLength(150))
        .build();

    public SignalFetchInformation() {
      super(SCHEMA);
    }

    /**
     * The actions to be performed by the signal fetch.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code Actions}.
     */
    public SignalFetchInformation actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public SignalFetchInformation actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /**
     * The version of the condition language used.
     *
     * <p>Range: 1 to 1. CloudFormation property {@code ConditionLanguageVersion}.
     */
    public SignalFetchInformation conditionLanguageVersion(double value) {
      return set("ConditionLanguageVersion", Value.of(value));
    }

    /**
     * Sets {@code ConditionLanguageVersion} to this value; see {@link
     * #conditionLanguageVersion(double)}.
     */
    public SignalFetchInformation conditionLanguageVersion(Value<Double> value) {
      return set("ConditionLanguageVersion", value);
    }

    /**
     * The fully qualified name of the signal to be fetched.
     *
     * <p>Required. Length: 1 to 150 characters. Pattern: {@code ^[a-zA-Z0-9_.]+$}. CloudFormation
     * property {@code FullyQualifiedName}.
     */
    public SignalFetchInformation fullyQualifiedName(String value) {
      return set("FullyQualifiedName", Value.of(value));
    }

    /** Sets {@code FullyQualifiedName} to this value; see {@link #fullyQualifiedName(String)}. */
    public SignalFetchInformation fullyQualifiedName(Value<String> value) {
      return set("FullyQualifiedName", value);
    }

    /**
     * The configuration of the signal fetch operation.
     *
     * <p>Required. CloudFormation property {@code SignalFetchConfig}.
     */
    public SignalFetchInformation signalFetchConfig(Value<SignalFetchConfig> value) {
      return set("SignalFetchConfig", value);
    }
  }

  /**
   * Information about a signal.
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.SignalInformation}.
   */
  public static final class SignalInformation extends Struct<SignalInformation> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.SignalInformation")
        .required("Name")
        .constrain("DataPartitionId", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(1).maxLength(128))
        .constrain("MaxSampleCount", Constraint.of().minimum(1).maximum(4294967295L))
        .constrain("MinimumSamplingIntervalMs", Constraint.of().minimum(0).maximum(4294967295L))
        .constrain("Name", Constraint.of().pattern("^[\\w|*|-]+(\\.[\\w|*|-]+)*$").minLength(1).maxLength(150))
        .build();

    public SignalInformation() {
      super(SCHEMA);
    }

    /**
     * The ID of the data partition this signal is associated with.
     *
     * <p>The ID must match one of the IDs provided in <code>dataPartitions</code> . This is
     * accomplished either by specifying a particular data partition ID or by using
     * <code>default</code> for an established default partition. You can establish a default
     * partition in the <code>DataPartition</code> data type.
     *
     * <p>If you upload a signal as a condition for a campaign's data partition, the same signal
     * must be included in <code>signalsToCollect</code> . &gt; Access to certain AWS IoT FleetWise
     * features is currently gated. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
     * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation property
     * {@code DataPartitionId}.
     */
    public SignalInformation dataPartitionId(String value) {
      return set("DataPartitionId", Value.of(value));
    }

    /** Sets {@code DataPartitionId} to this value; see {@link #dataPartitionId(String)}. */
    public SignalInformation dataPartitionId(Value<String> value) {
      return set("DataPartitionId", value);
    }

    /**
     * The maximum number of samples to collect.
     *
     * <p>Range: 1 to 4294967295L. CloudFormation property {@code MaxSampleCount}.
     */
    public SignalInformation maxSampleCount(double value) {
      return set("MaxSampleCount", Value.of(value));
    }

    /** Sets {@code MaxSampleCount} to this value; see {@link #maxSampleCount(double)}. */
    public SignalInformation maxSampleCount(Value<Double> value) {
      return set("MaxSampleCount", value);
    }

    /**
     * The minimum duration of time (in milliseconds) between two triggering events to collect data.
     *
     * <p>If a signal changes often, you might want to collect data at a slower rate.
     *
     * <p>Range: 0 to 4294967295L. CloudFormation property {@code MinimumSamplingIntervalMs}.
     */
    public SignalInformation minimumSamplingIntervalMs(double value) {
      return set("MinimumSamplingIntervalMs", Value.of(value));
    }

    /**
     * Sets {@code MinimumSamplingIntervalMs} to this value; see {@link
     * #minimumSamplingIntervalMs(double)}.
     */
    public SignalInformation minimumSamplingIntervalMs(Value<Double> value) {
      return set("MinimumSamplingIntervalMs", value);
    }

    /**
     * The name of the signal.
     *
     * <p>Required. Length: 1 to 150 characters. Pattern: {@code
     * ^[&#92;w|*|-]+(&#92;.[&#92;w|*|-]+)*$}. CloudFormation property {@code Name}.
     */
    public SignalInformation name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SignalInformation name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The maximum storage size for the data partition.
   *
   * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
   * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.StorageMaximumSize}.
   */
  public static final class StorageMaximumSize extends Struct<StorageMaximumSize> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.StorageMaximumSize")
        .required("Unit", "Value")
        .allowed("Unit", "MB", "GB", "TB")
        .constrain("Value", Constraint.of().minimum(1).maximum(1073741824))
        .build();

    public StorageMaximumSize() {
      super(SCHEMA);
    }

    /**
     * The data type of the data to store.
     *
     * <p>Required. Allowed values: {@code MB}, {@code GB}, {@code TB}. CloudFormation property
     * {@code Unit}.
     */
    public StorageMaximumSize unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public StorageMaximumSize unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * The maximum amount of time to store data.
     *
     * <p>Required. Range: 1 to 1073741824. CloudFormation property {@code Value}.
     */
    public StorageMaximumSize value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public StorageMaximumSize value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * Information about the minimum amount of time that data will be kept.
   *
   * <p>Access to certain AWS IoT FleetWise features is currently gated. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/iot-fleetwise/latest/developerguide/fleetwise-regions.html">AWS
   * Region and feature availability</a> in the <em>AWS IoT FleetWise Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.StorageMinimumTimeToLive}.
   */
  public static final class StorageMinimumTimeToLive extends Struct<StorageMinimumTimeToLive> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.StorageMinimumTimeToLive")
        .required("Unit", "Value")
        .allowed("Unit", "HOURS", "DAYS", "WEEKS")
        .constrain("Value", Constraint.of().minimum(1).maximum(10000))
        .build();

    public StorageMinimumTimeToLive() {
      super(SCHEMA);
    }

    /**
     * The time increment type.
     *
     * <p>Required. Allowed values: {@code HOURS}, {@code DAYS}, {@code WEEKS}. CloudFormation
     * property {@code Unit}.
     */
    public StorageMinimumTimeToLive unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public StorageMinimumTimeToLive unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * The minimum amount of time to store the data.
     *
     * <p>Required. Range: 1 to 10000. CloudFormation property {@code Value}.
     */
    public StorageMinimumTimeToLive value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public StorageMinimumTimeToLive value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * Information about a collection scheme that uses a time period to decide how often to collect
   * data.
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.TimeBasedCollectionScheme}.
   */
  public static final class TimeBasedCollectionScheme extends Struct<TimeBasedCollectionScheme> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.TimeBasedCollectionScheme")
        .required("PeriodMs")
        .build();

    public TimeBasedCollectionScheme() {
      super(SCHEMA);
    }

    /**
     * The time period (in milliseconds) to decide how often to collect data. For example, if the
     * time period is <code>60000</code> , the Edge Agent software collects data once every minute.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code PeriodMs}.
     */
    public TimeBasedCollectionScheme periodMs(double value) {
      return set("PeriodMs", Value.of(value));
    }

    /** Sets {@code PeriodMs} to this value; see {@link #periodMs(double)}. */
    public TimeBasedCollectionScheme periodMs(Value<Double> value) {
      return set("PeriodMs", value);
    }
  }

  /**
   * Used to configure a frequency-based vehicle signal fetch.
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.TimeBasedSignalFetchConfig}.
   */
  public static final class TimeBasedSignalFetchConfig extends Struct<TimeBasedSignalFetchConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.TimeBasedSignalFetchConfig")
        .required("ExecutionFrequencyMs")
        .build();

    public TimeBasedSignalFetchConfig() {
      super(SCHEMA);
    }

    /**
     * The frequency with which the signal fetch will be executed.
     *
     * <p>Required. CloudFormation property {@code ExecutionFrequencyMs}.
     */
    public TimeBasedSignalFetchConfig executionFrequencyMs(double value) {
      return set("ExecutionFrequencyMs", Value.of(value));
    }

    /**
     * Sets {@code ExecutionFrequencyMs} to this value; see {@link #executionFrequencyMs(double)}.
     */
    public TimeBasedSignalFetchConfig executionFrequencyMs(Value<Double> value) {
      return set("ExecutionFrequencyMs", value);
    }
  }

  /**
   * The Amazon Timestream table where the AWS IoT FleetWise campaign sends data. Timestream stores
   * and organizes data to optimize query processing time and to reduce storage costs. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/timestream/latest/developerguide/data-modeling.html">Data
   * modeling</a> in the <em>Amazon Timestream Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTFleetWise::Campaign.TimestreamConfig}.
   */
  public static final class TimestreamConfig extends Struct<TimestreamConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTFleetWise::Campaign.TimestreamConfig")
        .required("ExecutionRoleArn", "TimestreamTableArn")
        .build();

    public TimestreamConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the task execution role that grants AWS IoT FleetWise
     * permission to deliver data to the Amazon Timestream table.
     *
     * <p>Required. CloudFormation property {@code ExecutionRoleArn}.
     */
    public TimestreamConfig executionRoleArn(String value) {
      return set("ExecutionRoleArn", Value.of(value));
    }

    /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
    public TimestreamConfig executionRoleArn(Value<String> value) {
      return set("ExecutionRoleArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon Timestream table.
     *
     * <p>Required. CloudFormation property {@code TimestreamTableArn}.
     */
    public TimestreamConfig timestreamTableArn(String value) {
      return set("TimestreamTableArn", Value.of(value));
    }

    /** Sets {@code TimestreamTableArn} to this value; see {@link #timestreamTableArn(String)}. */
    public TimestreamConfig timestreamTableArn(Value<String> value) {
      return set("TimestreamTableArn", value);
    }
  }
}
