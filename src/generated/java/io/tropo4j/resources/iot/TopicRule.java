// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.dynamodb.Table;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.iotevents.Input;
import io.tropo4j.resources.kinesisfirehose.DeliveryStream;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.sqs.Queue;
import java.util.List;
import java.util.Map;

/**
 * Use the <code>AWS::IoT::TopicRule</code> resource to declare an AWS IoT rule. For information
 * about working with AWS IoT rules, see <a
 * href="https://docs.aws.amazon.com/iot/latest/developerguide/iot-rules.html">Rules for AWS IoT</a>
 * in the <em>AWS IoT Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoT::TopicRule}.
 */
public final class TopicRule extends Resource<TopicRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule")
      .required("TopicRulePayload")
      .constrain("RuleName", Constraint.of().pattern("^[a-zA-Z0-9_]+$").minLength(1).maxLength(128))
      .refYields("RuleName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TopicRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the rule.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_]+$}. CloudFormation property {@code RuleName}.
   */
  public TopicRule ruleName(String value) {
    return set("RuleName", Value.of(value));
  }

  /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
  public TopicRule ruleName(Value<String> value) {
    return set("RuleName", value);
  }

  /**
   * Metadata which can be used to manage the topic rule.
   *
   * <p>For URI Request parameters use format: ...key1=value1&amp;key2=value2... For the CLI
   * command-line parameter use format: --tags "key1=value1&amp;key2=value2..." For the
   * cli-input-json file use format: "tags": "key1=value1&amp;key2=value2..."
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TopicRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TopicRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TopicRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The rule payload.
   *
   * <p>Required. CloudFormation property {@code TopicRulePayload}.
   */
  public TopicRule topicRulePayload(Value<TopicRulePayload> value) {
    return set("TopicRulePayload", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS IoT rule, such as
   * <code>arn:aws:iot:us-east-2:123456789012:rule/MyIoTRule</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Describes the actions associated with a rule.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::TopicRule.Action");

    public Action() {
      super(SCHEMA);
    }

    /**
     * Change the state of a CloudWatch alarm.
     *
     * <p>CloudFormation property {@code CloudwatchAlarm}.
     */
    public Action cloudwatchAlarm(Value<CloudwatchAlarmAction> value) {
      return set("CloudwatchAlarm", value);
    }

    /**
     * Sends data to CloudWatch.
     *
     * <p>CloudFormation property {@code CloudwatchLogs}.
     */
    public Action cloudwatchLogs(Value<CloudwatchLogsAction> value) {
      return set("CloudwatchLogs", value);
    }

    /**
     * Capture a CloudWatch metric.
     *
     * <p>CloudFormation property {@code CloudwatchMetric}.
     */
    public Action cloudwatchMetric(Value<CloudwatchMetricAction> value) {
      return set("CloudwatchMetric", value);
    }

    /**
     * Write to a DynamoDB table.
     *
     * <p>CloudFormation property {@code DynamoDB}.
     */
    public Action dynamoDB(Value<DynamoDBAction> value) {
      return set("DynamoDB", value);
    }

    /**
     * Write to a DynamoDB table. This is a new version of the DynamoDB action. It allows you to
     * write each attribute in an MQTT message payload into a separate DynamoDB column.
     *
     * <p>CloudFormation property {@code DynamoDBv2}.
     */
    public Action dynamoDBv2(Value<DynamoDBv2Action> value) {
      return set("DynamoDBv2", value);
    }

    /**
     * Write data to an Amazon OpenSearch Service domain.
     *
     * <p>The <code>Elasticsearch</code> action can only be used by existing rule actions. To create
     * a new rule action or to update an existing rule action, use the <code>OpenSearch</code> rule
     * action instead. For more information, see <a
     * href="https://docs.aws.amazon.com//iot/latest/apireference/API_OpenSearchAction.html">OpenSearchAction</a>
     * .
     *
     * <p>CloudFormation property {@code Elasticsearch}.
     */
    public Action elasticsearch(Value<ElasticsearchAction> value) {
      return set("Elasticsearch", value);
    }

    /**
     * Write to an Amazon Kinesis Firehose stream.
     *
     * <p>CloudFormation property {@code Firehose}.
     */
    public Action firehose(Value<FirehoseAction> value) {
      return set("Firehose", value);
    }

    /**
     * Send data to an HTTPS endpoint.
     *
     * <p>CloudFormation property {@code Http}.
     */
    public Action http(Value<HttpAction> value) {
      return set("Http", value);
    }

    /** CloudFormation property {@code InfluxDB}. */
    public Action influxDB(Value<InfluxDBAction> value) {
      return set("InfluxDB", value);
    }

    /**
     * Sends message data to an AWS IoT Analytics channel.
     *
     * <p>CloudFormation property {@code IotAnalytics}.
     */
    public Action iotAnalytics(Value<IotAnalyticsAction> value) {
      return set("IotAnalytics", value);
    }

    /**
     * Sends an input to an AWS IoT Events detector.
     *
     * <p>CloudFormation property {@code IotEvents}.
     */
    public Action iotEvents(Value<IotEventsAction> value) {
      return set("IotEvents", value);
    }

    /**
     * Sends data from the MQTT message that triggered the rule to AWS IoT SiteWise asset
     * properties.
     *
     * <p>CloudFormation property {@code IotSiteWise}.
     */
    public Action iotSiteWise(Value<IotSiteWiseAction> value) {
      return set("IotSiteWise", value);
    }

    /**
     * Send messages to an Amazon Managed Streaming for Apache Kafka (Amazon MSK) or self-managed
     * Apache Kafka cluster.
     *
     * <p>CloudFormation property {@code Kafka}.
     */
    public Action kafka(Value<KafkaAction> value) {
      return set("Kafka", value);
    }

    /**
     * Write data to an Amazon Kinesis stream.
     *
     * <p>CloudFormation property {@code Kinesis}.
     */
    public Action kinesis(Value<KinesisAction> value) {
      return set("Kinesis", value);
    }

    /**
     * Invoke a Lambda function.
     *
     * <p>CloudFormation property {@code Lambda}.
     */
    public Action lambda(Value<LambdaAction> value) {
      return set("Lambda", value);
    }

    /**
     * Sends device location data to <a
     * href="https://docs.aws.amazon.com//location/latest/developerguide/welcome.html">Amazon
     * Location Service</a> .
     *
     * <p>CloudFormation property {@code Location}.
     */
    public Action location(Value<LocationAction> value) {
      return set("Location", value);
    }

    /**
     * Write data to an Amazon OpenSearch Service domain.
     *
     * <p>CloudFormation property {@code OpenSearch}.
     */
    public Action openSearch(Value<OpenSearchAction> value) {
      return set("OpenSearch", value);
    }

    /**
     * Publish to another MQTT topic.
     *
     * <p>CloudFormation property {@code Republish}.
     */
    public Action republish(Value<RepublishAction> value) {
      return set("Republish", value);
    }

    /**
     * Write to an Amazon S3 bucket.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public Action s3(Value<S3Action> value) {
      return set("S3", value);
    }

    /**
     * Publish to an Amazon SNS topic.
     *
     * <p>CloudFormation property {@code Sns}.
     */
    public Action sns(Value<SnsAction> value) {
      return set("Sns", value);
    }

    /**
     * Publish to an Amazon SQS queue.
     *
     * <p>CloudFormation property {@code Sqs}.
     */
    public Action sqs(Value<SqsAction> value) {
      return set("Sqs", value);
    }

    /**
     * Starts execution of a Step Functions state machine.
     *
     * <p>CloudFormation property {@code StepFunctions}.
     */
    public Action stepFunctions(Value<StepFunctionsAction> value) {
      return set("StepFunctions", value);
    }

    /**
     * Writes attributes from an MQTT message.
     *
     * <p>CloudFormation property {@code Timestream}.
     */
    public Action timestream(Value<TimestreamAction> value) {
      return set("Timestream", value);
    }
  }

  /**
   * An asset property timestamp entry containing the following information.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.AssetPropertyTimestamp}.
   */
  public static final class AssetPropertyTimestamp extends Struct<AssetPropertyTimestamp> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.AssetPropertyTimestamp")
        .required("TimeInSeconds")
        .build();

    public AssetPropertyTimestamp() {
      super(SCHEMA);
    }

    /**
     * Optional. A string that contains the nanosecond time offset. Accepts substitution templates.
     *
     * <p>CloudFormation property {@code OffsetInNanos}.
     */
    public AssetPropertyTimestamp offsetInNanos(String value) {
      return set("OffsetInNanos", Value.of(value));
    }

    /** Sets {@code OffsetInNanos} to this value; see {@link #offsetInNanos(String)}. */
    public AssetPropertyTimestamp offsetInNanos(Value<String> value) {
      return set("OffsetInNanos", value);
    }

    /**
     * A string that contains the time in seconds since epoch. Accepts substitution templates.
     *
     * <p>Required. CloudFormation property {@code TimeInSeconds}.
     */
    public AssetPropertyTimestamp timeInSeconds(String value) {
      return set("TimeInSeconds", Value.of(value));
    }

    /** Sets {@code TimeInSeconds} to this value; see {@link #timeInSeconds(String)}. */
    public AssetPropertyTimestamp timeInSeconds(Value<String> value) {
      return set("TimeInSeconds", value);
    }
  }

  /**
   * An asset property value entry containing the following information.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.AssetPropertyValue}.
   */
  public static final class AssetPropertyValue extends Struct<AssetPropertyValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.AssetPropertyValue")
        .required("Timestamp", "Value")
        .build();

    public AssetPropertyValue() {
      super(SCHEMA);
    }

    /**
     * Optional. A string that describes the quality of the value. Accepts substitution templates.
     * Must be <code>GOOD</code> , <code>BAD</code> , or <code>UNCERTAIN</code> .
     *
     * <p>CloudFormation property {@code Quality}.
     */
    public AssetPropertyValue quality(String value) {
      return set("Quality", Value.of(value));
    }

    /** Sets {@code Quality} to this value; see {@link #quality(String)}. */
    public AssetPropertyValue quality(Value<String> value) {
      return set("Quality", value);
    }

    /**
     * The asset property value timestamp.
     *
     * <p>Required. CloudFormation property {@code Timestamp}.
     */
    public AssetPropertyValue timestamp(Value<AssetPropertyTimestamp> value) {
      return set("Timestamp", value);
    }

    /**
     * The value of the asset property.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public AssetPropertyValue value(Value<AssetPropertyVariant> value) {
      return set("Value", value);
    }
  }

  /**
   * Contains an asset property value (of a single type).
   *
   * <p>Property type {@code AWS::IoT::TopicRule.AssetPropertyVariant}.
   */
  public static final class AssetPropertyVariant extends Struct<AssetPropertyVariant> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::TopicRule.AssetPropertyVariant");

    public AssetPropertyVariant() {
      super(SCHEMA);
    }

    /**
     * Optional. A string that contains the boolean value ( <code>true</code> or <code>false</code>
     * ) of the value entry. Accepts substitution templates.
     *
     * <p>CloudFormation property {@code BooleanValue}.
     */
    public AssetPropertyVariant booleanValue(String value) {
      return set("BooleanValue", Value.of(value));
    }

    /** Sets {@code BooleanValue} to this value; see {@link #booleanValue(String)}. */
    public AssetPropertyVariant booleanValue(Value<String> value) {
      return set("BooleanValue", value);
    }

    /**
     * Optional. A string that contains the double value of the value entry. Accepts substitution
     * templates.
     *
     * <p>CloudFormation property {@code DoubleValue}.
     */
    public AssetPropertyVariant doubleValue(String value) {
      return set("DoubleValue", Value.of(value));
    }

    /** Sets {@code DoubleValue} to this value; see {@link #doubleValue(String)}. */
    public AssetPropertyVariant doubleValue(Value<String> value) {
      return set("DoubleValue", value);
    }

    /**
     * Optional. A string that contains the integer value of the value entry. Accepts substitution
     * templates.
     *
     * <p>CloudFormation property {@code IntegerValue}.
     */
    public AssetPropertyVariant integerValue(String value) {
      return set("IntegerValue", Value.of(value));
    }

    /** Sets {@code IntegerValue} to this value; see {@link #integerValue(String)}. */
    public AssetPropertyVariant integerValue(Value<String> value) {
      return set("IntegerValue", value);
    }

    /**
     * Optional. The string value of the value entry. Accepts substitution templates.
     *
     * <p>CloudFormation property {@code StringValue}.
     */
    public AssetPropertyVariant stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public AssetPropertyVariant stringValue(Value<String> value) {
      return set("StringValue", value);
    }
  }

  /** Property type {@code AWS::IoT::TopicRule.BatchConfig}. */
  public static final class BatchConfig extends Struct<BatchConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.BatchConfig")
        .constrain("MaxBatchOpenMs", Constraint.of().minimum(5).maximum(200))
        .constrain("MaxBatchSize", Constraint.of().minimum(2).maximum(10))
        .constrain("MaxBatchSizeBytes", Constraint.of().minimum(100).maximum(131072))
        .build();

    public BatchConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BatchAcrossTopics}. */
    public BatchConfig batchAcrossTopics(boolean value) {
      return set("BatchAcrossTopics", Value.of(value));
    }

    /** Sets {@code BatchAcrossTopics} to this value; see {@link #batchAcrossTopics(boolean)}. */
    public BatchConfig batchAcrossTopics(Value<Boolean> value) {
      return set("BatchAcrossTopics", value);
    }

    /** Range: 5 to 200. CloudFormation property {@code MaxBatchOpenMs}. */
    public BatchConfig maxBatchOpenMs(int value) {
      return set("MaxBatchOpenMs", Value.of(value));
    }

    /** Sets {@code MaxBatchOpenMs} to this value; see {@link #maxBatchOpenMs(int)}. */
    public BatchConfig maxBatchOpenMs(Value<Integer> value) {
      return set("MaxBatchOpenMs", value);
    }

    /** Range: 2 to 10. CloudFormation property {@code MaxBatchSize}. */
    public BatchConfig maxBatchSize(int value) {
      return set("MaxBatchSize", Value.of(value));
    }

    /** Sets {@code MaxBatchSize} to this value; see {@link #maxBatchSize(int)}. */
    public BatchConfig maxBatchSize(Value<Integer> value) {
      return set("MaxBatchSize", value);
    }

    /** Range: 100 to 131072. CloudFormation property {@code MaxBatchSizeBytes}. */
    public BatchConfig maxBatchSizeBytes(int value) {
      return set("MaxBatchSizeBytes", Value.of(value));
    }

    /** Sets {@code MaxBatchSizeBytes} to this value; see {@link #maxBatchSizeBytes(int)}. */
    public BatchConfig maxBatchSizeBytes(Value<Integer> value) {
      return set("MaxBatchSizeBytes", value);
    }
  }

  /**
   * Describes an action that updates a CloudWatch alarm.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.CloudwatchAlarmAction}.
   */
  public static final class CloudwatchAlarmAction extends Struct<CloudwatchAlarmAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.CloudwatchAlarmAction")
        .required("AlarmName", "RoleArn", "StateReason", "StateValue")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public CloudwatchAlarmAction() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch alarm name.
     *
     * <p>Required. CloudFormation property {@code AlarmName}.
     */
    public CloudwatchAlarmAction alarmName(String value) {
      return set("AlarmName", Value.of(value));
    }

    /** Sets {@code AlarmName} to this value; see {@link #alarmName(String)}. */
    public CloudwatchAlarmAction alarmName(Value<String> value) {
      return set("AlarmName", value);
    }

    /**
     * The IAM role that allows access to the CloudWatch alarm.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public CloudwatchAlarmAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public CloudwatchAlarmAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The reason for the alarm change.
     *
     * <p>Required. CloudFormation property {@code StateReason}.
     */
    public CloudwatchAlarmAction stateReason(String value) {
      return set("StateReason", Value.of(value));
    }

    /** Sets {@code StateReason} to this value; see {@link #stateReason(String)}. */
    public CloudwatchAlarmAction stateReason(Value<String> value) {
      return set("StateReason", value);
    }

    /**
     * The value of the alarm state. Acceptable values are: OK, ALARM, INSUFFICIENT_DATA.
     *
     * <p>Required. CloudFormation property {@code StateValue}.
     */
    public CloudwatchAlarmAction stateValue(String value) {
      return set("StateValue", Value.of(value));
    }

    /** Sets {@code StateValue} to this value; see {@link #stateValue(String)}. */
    public CloudwatchAlarmAction stateValue(Value<String> value) {
      return set("StateValue", value);
    }
  }

  /**
   * Describes an action that updates a CloudWatch log.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.CloudwatchLogsAction}.
   */
  public static final class CloudwatchLogsAction extends Struct<CloudwatchLogsAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.CloudwatchLogsAction")
        .required("LogGroupName", "RoleArn")
        .constrain("LogGroupName", Constraint.of().format("AWS::Logs::LogGroup.Name"))
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public CloudwatchLogsAction() {
      super(SCHEMA);
    }

    /**
     * Indicates whether batches of log records will be extracted and uploaded into CloudWatch.
     *
     * <p>CloudFormation property {@code BatchMode}.
     */
    public CloudwatchLogsAction batchMode(boolean value) {
      return set("BatchMode", Value.of(value));
    }

    /** Sets {@code BatchMode} to this value; see {@link #batchMode(boolean)}. */
    public CloudwatchLogsAction batchMode(Value<Boolean> value) {
      return set("BatchMode", value);
    }

    /**
     * The CloudWatch log name.
     *
     * <p>Required. Format: {@code AWS::Logs::LogGroup.Name}. CloudFormation property {@code
     * LogGroupName}.
     */
    public CloudwatchLogsAction logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public CloudwatchLogsAction logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }

    /**
     * The IAM role that allows access to the CloudWatch log.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public CloudwatchLogsAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public CloudwatchLogsAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * Describes an action that captures a CloudWatch metric.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.CloudwatchMetricAction}.
   */
  public static final class CloudwatchMetricAction extends Struct<CloudwatchMetricAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.CloudwatchMetricAction")
        .required("MetricName", "MetricNamespace", "MetricUnit", "MetricValue", "RoleArn")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public CloudwatchMetricAction() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch metric name.
     *
     * <p>Required. CloudFormation property {@code MetricName}.
     */
    public CloudwatchMetricAction metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public CloudwatchMetricAction metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The CloudWatch metric namespace name.
     *
     * <p>Required. CloudFormation property {@code MetricNamespace}.
     */
    public CloudwatchMetricAction metricNamespace(String value) {
      return set("MetricNamespace", Value.of(value));
    }

    /** Sets {@code MetricNamespace} to this value; see {@link #metricNamespace(String)}. */
    public CloudwatchMetricAction metricNamespace(Value<String> value) {
      return set("MetricNamespace", value);
    }

    /**
     * An optional <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/DeveloperGuide/cloudwatch_concepts.html#about_timestamp">Unix
     * timestamp</a> .
     *
     * <p>CloudFormation property {@code MetricTimestamp}.
     */
    public CloudwatchMetricAction metricTimestamp(String value) {
      return set("MetricTimestamp", Value.of(value));
    }

    /** Sets {@code MetricTimestamp} to this value; see {@link #metricTimestamp(String)}. */
    public CloudwatchMetricAction metricTimestamp(Value<String> value) {
      return set("MetricTimestamp", value);
    }

    /**
     * The <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/DeveloperGuide/cloudwatch_concepts.html#Unit">metric
     * unit</a> supported by CloudWatch.
     *
     * <p>Required. CloudFormation property {@code MetricUnit}.
     */
    public CloudwatchMetricAction metricUnit(String value) {
      return set("MetricUnit", Value.of(value));
    }

    /** Sets {@code MetricUnit} to this value; see {@link #metricUnit(String)}. */
    public CloudwatchMetricAction metricUnit(Value<String> value) {
      return set("MetricUnit", value);
    }

    /**
     * The CloudWatch metric value.
     *
     * <p>Required. CloudFormation property {@code MetricValue}.
     */
    public CloudwatchMetricAction metricValue(String value) {
      return set("MetricValue", Value.of(value));
    }

    /** Sets {@code MetricValue} to this value; see {@link #metricValue(String)}. */
    public CloudwatchMetricAction metricValue(Value<String> value) {
      return set("MetricValue", value);
    }

    /**
     * The IAM role that allows access to the CloudWatch metric.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public CloudwatchMetricAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public CloudwatchMetricAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * Describes an action to write to a DynamoDB table.
   *
   * <p>The <code>tableName</code> , <code>hashKeyField</code> , and <code>rangeKeyField</code>
   * values must match the values used when you created the table.
   *
   * <p>The <code>hashKeyValue</code> and <code>rangeKeyvalue</code> fields use a substitution
   * template syntax. These templates provide data at runtime. The syntax is as follows: ${
   * <em>sql-expression</em> }.
   *
   * <p>You can specify any valid expression in a WHERE or SELECT clause, including JSON properties,
   * comparisons, calculations, and functions. For example, the following field uses the third level
   * of the topic:
   *
   * <p><code>"hashKeyValue": "${topic(3)}"</code>
   *
   * <p>The following field uses the timestamp:
   *
   * <p><code>"rangeKeyValue": "${timestamp()}"</code>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/iot/latest/developerguide/iot-rule-actions.html">DynamoDBv2
   * Action</a> in the <em>AWS IoT Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoT::TopicRule.DynamoDBAction}.
   */
  public static final class DynamoDBAction extends Struct<DynamoDBAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.DynamoDBAction")
        .required("HashKeyField", "HashKeyValue", "RoleArn", "TableName")
        .allowed("HashKeyType", "NUMBER", "STRING")
        .allowed("RangeKeyType", "NUMBER", "STRING")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public DynamoDBAction() {
      super(SCHEMA);
    }

    /**
     * The hash key name.
     *
     * <p>Required. CloudFormation property {@code HashKeyField}.
     */
    public DynamoDBAction hashKeyField(String value) {
      return set("HashKeyField", Value.of(value));
    }

    /** Sets {@code HashKeyField} to this value; see {@link #hashKeyField(String)}. */
    public DynamoDBAction hashKeyField(Value<String> value) {
      return set("HashKeyField", value);
    }

    /**
     * The hash key type. Valid values are "STRING" or "NUMBER"
     *
     * <p>Allowed values: {@code NUMBER}, {@code STRING}. CloudFormation property {@code
     * HashKeyType}.
     */
    public DynamoDBAction hashKeyType(String value) {
      return set("HashKeyType", Value.of(value));
    }

    /** Sets {@code HashKeyType} to this value; see {@link #hashKeyType(String)}. */
    public DynamoDBAction hashKeyType(Value<String> value) {
      return set("HashKeyType", value);
    }

    /**
     * The hash key value.
     *
     * <p>Required. CloudFormation property {@code HashKeyValue}.
     */
    public DynamoDBAction hashKeyValue(String value) {
      return set("HashKeyValue", Value.of(value));
    }

    /** Sets {@code HashKeyValue} to this value; see {@link #hashKeyValue(String)}. */
    public DynamoDBAction hashKeyValue(Value<String> value) {
      return set("HashKeyValue", value);
    }

    /**
     * The action payload. This name can be customized.
     *
     * <p>CloudFormation property {@code PayloadField}.
     */
    public DynamoDBAction payloadField(String value) {
      return set("PayloadField", Value.of(value));
    }

    /** Sets {@code PayloadField} to this value; see {@link #payloadField(String)}. */
    public DynamoDBAction payloadField(Value<String> value) {
      return set("PayloadField", value);
    }

    /**
     * The range key name.
     *
     * <p>CloudFormation property {@code RangeKeyField}.
     */
    public DynamoDBAction rangeKeyField(String value) {
      return set("RangeKeyField", Value.of(value));
    }

    /** Sets {@code RangeKeyField} to this value; see {@link #rangeKeyField(String)}. */
    public DynamoDBAction rangeKeyField(Value<String> value) {
      return set("RangeKeyField", value);
    }

    /**
     * The range key type. Valid values are "STRING" or "NUMBER"
     *
     * <p>Allowed values: {@code NUMBER}, {@code STRING}. CloudFormation property {@code
     * RangeKeyType}.
     */
    public DynamoDBAction rangeKeyType(String value) {
      return set("RangeKeyType", Value.of(value));
    }

    /** Sets {@code RangeKeyType} to this value; see {@link #rangeKeyType(String)}. */
    public DynamoDBAction rangeKeyType(Value<String> value) {
      return set("RangeKeyType", value);
    }

    /**
     * The range key value.
     *
     * <p>CloudFormation property {@code RangeKeyValue}.
     */
    public DynamoDBAction rangeKeyValue(String value) {
      return set("RangeKeyValue", Value.of(value));
    }

    /** Sets {@code RangeKeyValue} to this value; see {@link #rangeKeyValue(String)}. */
    public DynamoDBAction rangeKeyValue(Value<String> value) {
      return set("RangeKeyValue", value);
    }

    /**
     * The ARN of the IAM role that grants access to the DynamoDB table.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public DynamoDBAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public DynamoDBAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The name of the DynamoDB table.
     *
     * <p>Required. CloudFormation property {@code TableName}.
     */
    public DynamoDBAction tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public DynamoDBAction tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * Describes an action to write to a DynamoDB table.
   *
   * <p>This DynamoDB action writes each attribute in the message payload into it's own column in
   * the DynamoDB table.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.DynamoDBv2Action}.
   */
  public static final class DynamoDBv2Action extends Struct<DynamoDBv2Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.DynamoDBv2Action")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public DynamoDBv2Action() {
      super(SCHEMA);
    }

    /**
     * Specifies the DynamoDB table to which the message data will be written. For example:
     *
     * <p><code>{ "dynamoDBv2": { "roleArn": "aws:iam:12341251:my-role" "putItem": { "tableName":
     * "my-table" } } }</code>
     *
     * <p>Each attribute in the message payload will be written to a separate column in the DynamoDB
     * database.
     *
     * <p>CloudFormation property {@code PutItem}.
     */
    public DynamoDBv2Action putItem(Value<PutItemInput> value) {
      return set("PutItem", value);
    }

    /**
     * The ARN of the IAM role that grants access to the DynamoDB table.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public DynamoDBv2Action roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public DynamoDBv2Action roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public DynamoDBv2Action roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }
  }

  /**
   * Describes an action that writes data to an Amazon OpenSearch Service domain.
   *
   * <p>The <code>Elasticsearch</code> action can only be used by existing rule actions. To create a
   * new rule action or to update an existing rule action, use the <code>OpenSearch</code> rule
   * action instead. For more information, see <a
   * href="https://docs.aws.amazon.com//iot/latest/apireference/API_OpenSearchAction.html">OpenSearchAction</a>
   * .
   *
   * <p>Property type {@code AWS::IoT::TopicRule.ElasticsearchAction}.
   */
  public static final class ElasticsearchAction extends Struct<ElasticsearchAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.ElasticsearchAction")
        .required("Endpoint", "Id", "Index", "RoleArn", "Type")
        .constrain("Endpoint", Constraint.of().pattern("^https?://"))
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public ElasticsearchAction() {
      super(SCHEMA);
    }

    /**
     * The endpoint of your OpenSearch domain.
     *
     * <p>Required. Pattern: {@code ^https?://}. CloudFormation property {@code Endpoint}.
     */
    public ElasticsearchAction endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public ElasticsearchAction endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * The unique identifier for the document you are storing.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public ElasticsearchAction id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public ElasticsearchAction id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The index where you want to store your data.
     *
     * <p>Required. CloudFormation property {@code Index}.
     */
    public ElasticsearchAction index(String value) {
      return set("Index", Value.of(value));
    }

    /** Sets {@code Index} to this value; see {@link #index(String)}. */
    public ElasticsearchAction index(Value<String> value) {
      return set("Index", value);
    }

    /**
     * The IAM role ARN that has access to OpenSearch.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public ElasticsearchAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public ElasticsearchAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The type of document you are storing.
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public ElasticsearchAction type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ElasticsearchAction type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Describes an action that writes data to an Amazon Kinesis Firehose stream.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.FirehoseAction}.
   */
  public static final class FirehoseAction extends Struct<FirehoseAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.FirehoseAction")
        .required("DeliveryStreamName", "RoleArn")
        .references("DeliveryStreamName", "AWS::KinesisFirehose::DeliveryStream.Ref")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .constrain("Separator", Constraint.of().pattern("^([\\n\\t])|(\\r\\n)|(,)$"))
        .build();

    public FirehoseAction() {
      super(SCHEMA);
    }

    /**
     * Whether to deliver the Kinesis Data Firehose stream as a batch by using <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_PutRecordBatch.html"><code>PutRecordBatch</code></a>
     * . The default value is <code>false</code> .
     *
     * <p>When <code>batchMode</code> is <code>true</code> and the rule's SQL statement evaluates to
     * an Array, each Array element forms one record in the <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_PutRecordBatch.html"><code>PutRecordBatch</code></a>
     * request. The resulting array can't have more than 500 records.
     *
     * <p>CloudFormation property {@code BatchMode}.
     */
    public FirehoseAction batchMode(boolean value) {
      return set("BatchMode", Value.of(value));
    }

    /** Sets {@code BatchMode} to this value; see {@link #batchMode(boolean)}. */
    public FirehoseAction batchMode(Value<Boolean> value) {
      return set("BatchMode", value);
    }

    /**
     * The delivery stream name.
     *
     * <p>Required. CloudFormation property {@code DeliveryStreamName}.
     */
    public FirehoseAction deliveryStreamName(String value) {
      return set("DeliveryStreamName", Value.of(value));
    }

    /** Sets {@code DeliveryStreamName} to this value; see {@link #deliveryStreamName(String)}. */
    public FirehoseAction deliveryStreamName(Value<String> value) {
      return set("DeliveryStreamName", value);
    }

    /**
     * Sets {@code DeliveryStreamName} to the Ref of {@code AWS::KinesisFirehose::DeliveryStream};
     * see {@link #deliveryStreamName(String)}.
     */
    public FirehoseAction deliveryStreamName(DeliveryStream resource) {
      return set("DeliveryStreamName", resource.ref());
    }

    /**
     * The IAM role that grants access to the Amazon Kinesis Firehose stream.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public FirehoseAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public FirehoseAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public FirehoseAction roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * A character separator that will be used to separate records written to the Firehose stream.
     * Valid values are: '&#92;n' (newline), '&#92;t' (tab), '&#92;r&#92;n' (Windows newline), ','
     * (comma).
     *
     * <p>Pattern: {@code ^([&#92;n&#92;t])|(&#92;r&#92;n)|(,)$}. CloudFormation property {@code
     * Separator}.
     */
    public FirehoseAction separator(String value) {
      return set("Separator", Value.of(value));
    }

    /** Sets {@code Separator} to this value; see {@link #separator(String)}. */
    public FirehoseAction separator(Value<String> value) {
      return set("Separator", value);
    }
  }

  /**
   * Send data to an HTTPS endpoint.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.HttpAction}.
   */
  public static final class HttpAction extends Struct<HttpAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.HttpAction")
        .required("Url")
        .constrain("ConfirmationUrl", Constraint.of().minLength(0).maxLength(2000))
        .constrain("Url", Constraint.of().minLength(0).maxLength(2000))
        .build();

    public HttpAction() {
      super(SCHEMA);
    }

    /**
     * The authentication method to use when sending data to an HTTPS endpoint.
     *
     * <p>CloudFormation property {@code Auth}.
     */
    public HttpAction auth(Value<HttpAuthorization> value) {
      return set("Auth", value);
    }

    /** CloudFormation property {@code BatchConfig}. */
    public HttpAction batchConfig(Value<BatchConfig> value) {
      return set("BatchConfig", value);
    }

    /**
     * The URL to which AWS IoT sends a confirmation message. The value of the confirmation URL must
     * be a prefix of the endpoint URL. If you do not specify a confirmation URL AWS IoT uses the
     * endpoint URL as the confirmation URL. If you use substitution templates in the
     * confirmationUrl, you must create and enable topic rule destinations that match each possible
     * value of the substitution template before traffic is allowed to your endpoint URL.
     *
     * <p>Length: 0 to 2000 characters. CloudFormation property {@code ConfirmationUrl}.
     */
    public HttpAction confirmationUrl(String value) {
      return set("ConfirmationUrl", Value.of(value));
    }

    /** Sets {@code ConfirmationUrl} to this value; see {@link #confirmationUrl(String)}. */
    public HttpAction confirmationUrl(Value<String> value) {
      return set("ConfirmationUrl", value);
    }

    /** CloudFormation property {@code EnableBatching}. */
    public HttpAction enableBatching(boolean value) {
      return set("EnableBatching", Value.of(value));
    }

    /** Sets {@code EnableBatching} to this value; see {@link #enableBatching(boolean)}. */
    public HttpAction enableBatching(Value<Boolean> value) {
      return set("EnableBatching", value);
    }

    /**
     * The HTTP headers to send with the message data.
     *
     * <p>CloudFormation property {@code Headers}.
     */
    public HttpAction headers(List<HttpActionHeader> value) {
      return set("Headers", Value.listOf(value));
    }

    /** Sets {@code Headers} to this value; see {@link #headers(List)}. */
    public HttpAction headers(Value<List<HttpActionHeader>> value) {
      return set("Headers", value);
    }

    /** Sets {@code Headers} to a list of these; see {@link #headers(List)}. */
    public HttpAction headers(HttpActionHeader... values) {
      return set("Headers", Value.list(values));
    }

    /**
     * The endpoint URL. If substitution templates are used in the URL, you must also specify a
     * <code>confirmationUrl</code> . If this is a new destination, a new
     * <code>TopicRuleDestination</code> is created if possible.
     *
     * <p>Required. Length: 0 to 2000 characters. CloudFormation property {@code Url}.
     */
    public HttpAction url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public HttpAction url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * The HTTP action header.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.HttpActionHeader}.
   */
  public static final class HttpActionHeader extends Struct<HttpActionHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.HttpActionHeader")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(256))
        .build();

    public HttpActionHeader() {
      super(SCHEMA);
    }

    /**
     * The HTTP header key.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Key}.
     */
    public HttpActionHeader key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public HttpActionHeader key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The HTTP header value. Substitution templates are supported.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public HttpActionHeader value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public HttpActionHeader value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The authorization method used to send messages.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.HttpAuthorization}.
   */
  public static final class HttpAuthorization extends Struct<HttpAuthorization> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::TopicRule.HttpAuthorization");

    public HttpAuthorization() {
      super(SCHEMA);
    }

    /**
     * Use Sig V4 authorization. For more information, see <a
     * href="https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html">Signature
     * Version 4 Signing Process</a> .
     *
     * <p>CloudFormation property {@code Sigv4}.
     */
    public HttpAuthorization sigv4(Value<SigV4Authorization> value) {
      return set("Sigv4", value);
    }
  }

  /** Property type {@code AWS::IoT::TopicRule.InfluxDBAction}. */
  public static final class InfluxDBAction extends Struct<InfluxDBAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.InfluxDBAction")
        .required("DatabaseName", "DestinationArn", "RoleArn", "TableName")
        .constrain("DatabaseName", Constraint.of().pattern("^[^_\\\"][^\\\"]+$").minLength(2).maxLength(64))
        .constrain("Organization", Constraint.of().minLength(1).maxLength(64))
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .constrain("TableName", Constraint.of().pattern("^[^_].*$").minLength(1).maxLength(1024))
        .allowed("TimestampUnit", "ms", "ns", "s", "us")
        .build();

    public InfluxDBAction() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BatchConfig}. */
    public InfluxDBAction batchConfig(Value<InfluxDBBatchConfig> value) {
      return set("BatchConfig", value);
    }

    /**
     * Required. Length: 2 to 64 characters. Pattern: {@code ^[^_&#92;"][^&#92;"]+$}. CloudFormation
     * property {@code DatabaseName}.
     */
    public InfluxDBAction databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public InfluxDBAction databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /** Required. CloudFormation property {@code DestinationArn}. */
    public InfluxDBAction destinationArn(String value) {
      return set("DestinationArn", Value.of(value));
    }

    /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
    public InfluxDBAction destinationArn(Value<String> value) {
      return set("DestinationArn", value);
    }

    /** Length: 1 to 64 characters. CloudFormation property {@code Organization}. */
    public InfluxDBAction organization(String value) {
      return set("Organization", Value.of(value));
    }

    /** Sets {@code Organization} to this value; see {@link #organization(String)}. */
    public InfluxDBAction organization(Value<String> value) {
      return set("Organization", value);
    }

    /** Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}. */
    public InfluxDBAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public InfluxDBAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * Required. Length: 1 to 1024 characters. Pattern: {@code ^[^_].*$}. CloudFormation property
     * {@code TableName}.
     */
    public InfluxDBAction tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public InfluxDBAction tableName(Value<String> value) {
      return set("TableName", value);
    }

    /** CloudFormation property {@code Tags}. */
    public InfluxDBAction tags(Map<String, String> value) {
      return set("Tags", Value.mapOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
    public InfluxDBAction tags(Value<Map<String, String>> value) {
      return set("Tags", value);
    }

    /**
     * Allowed values: {@code ms}, {@code ns}, {@code s}, {@code us}. CloudFormation property {@code
     * TimestampUnit}.
     */
    public InfluxDBAction timestampUnit(String value) {
      return set("TimestampUnit", Value.of(value));
    }

    /** Sets {@code TimestampUnit} to this value; see {@link #timestampUnit(String)}. */
    public InfluxDBAction timestampUnit(Value<String> value) {
      return set("TimestampUnit", value);
    }
  }

  /** Property type {@code AWS::IoT::TopicRule.InfluxDBBatchConfig}. */
  public static final class InfluxDBBatchConfig extends Struct<InfluxDBBatchConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.InfluxDBBatchConfig")
        .constrain("MaxBatchOpenMs", Constraint.of().minimum(5).maximum(1000))
        .constrain("MaxBatchSize", Constraint.of().minimum(1).maximum(500))
        .constrain("MaxBatchSizeBytes", Constraint.of().minimum(100).maximum(131072))
        .build();

    public InfluxDBBatchConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BatchAcrossTopics}. */
    public InfluxDBBatchConfig batchAcrossTopics(boolean value) {
      return set("BatchAcrossTopics", Value.of(value));
    }

    /** Sets {@code BatchAcrossTopics} to this value; see {@link #batchAcrossTopics(boolean)}. */
    public InfluxDBBatchConfig batchAcrossTopics(Value<Boolean> value) {
      return set("BatchAcrossTopics", value);
    }

    /** Range: 5 to 1000. CloudFormation property {@code MaxBatchOpenMs}. */
    public InfluxDBBatchConfig maxBatchOpenMs(int value) {
      return set("MaxBatchOpenMs", Value.of(value));
    }

    /** Sets {@code MaxBatchOpenMs} to this value; see {@link #maxBatchOpenMs(int)}. */
    public InfluxDBBatchConfig maxBatchOpenMs(Value<Integer> value) {
      return set("MaxBatchOpenMs", value);
    }

    /** Range: 1 to 500. CloudFormation property {@code MaxBatchSize}. */
    public InfluxDBBatchConfig maxBatchSize(int value) {
      return set("MaxBatchSize", Value.of(value));
    }

    /** Sets {@code MaxBatchSize} to this value; see {@link #maxBatchSize(int)}. */
    public InfluxDBBatchConfig maxBatchSize(Value<Integer> value) {
      return set("MaxBatchSize", value);
    }

    /** Range: 100 to 131072. CloudFormation property {@code MaxBatchSizeBytes}. */
    public InfluxDBBatchConfig maxBatchSizeBytes(int value) {
      return set("MaxBatchSizeBytes", Value.of(value));
    }

    /** Sets {@code MaxBatchSizeBytes} to this value; see {@link #maxBatchSizeBytes(int)}. */
    public InfluxDBBatchConfig maxBatchSizeBytes(Value<Integer> value) {
      return set("MaxBatchSizeBytes", value);
    }
  }

  /**
   * Sends message data to an AWS IoT Analytics channel.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.IotAnalyticsAction}.
   */
  public static final class IotAnalyticsAction extends Struct<IotAnalyticsAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.IotAnalyticsAction")
        .required("ChannelName", "RoleArn")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public IotAnalyticsAction() {
      super(SCHEMA);
    }

    /**
     * Whether to process the action as a batch. The default value is <code>false</code> .
     *
     * <p>When <code>batchMode</code> is <code>true</code> and the rule SQL statement evaluates to
     * an Array, each Array element is delivered as a separate message when passed by <a
     * href="https://docs.aws.amazon.com/iotanalytics/latest/APIReference/API_BatchPutMessage.html"><code>BatchPutMessage</code></a>
     * The resulting array can't have more than 100 messages.
     *
     * <p>CloudFormation property {@code BatchMode}.
     */
    public IotAnalyticsAction batchMode(boolean value) {
      return set("BatchMode", Value.of(value));
    }

    /** Sets {@code BatchMode} to this value; see {@link #batchMode(boolean)}. */
    public IotAnalyticsAction batchMode(Value<Boolean> value) {
      return set("BatchMode", value);
    }

    /**
     * The name of the IoT Analytics channel to which message data will be sent.
     *
     * <p>Required. CloudFormation property {@code ChannelName}.
     */
    public IotAnalyticsAction channelName(String value) {
      return set("ChannelName", Value.of(value));
    }

    /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
    public IotAnalyticsAction channelName(Value<String> value) {
      return set("ChannelName", value);
    }

    /**
     * The ARN of the role which has a policy that grants IoT Analytics permission to send message
     * data via IoT Analytics (iotanalytics:BatchPutMessage).
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public IotAnalyticsAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public IotAnalyticsAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public IotAnalyticsAction roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }
  }

  /**
   * Sends an input to an AWS IoT Events detector.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.IotEventsAction}.
   */
  public static final class IotEventsAction extends Struct<IotEventsAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.IotEventsAction")
        .required("InputName", "RoleArn")
        .constrain("InputName", Constraint.of().minLength(1).maxLength(128))
        .references("InputName", "AWS::IoTEvents::Input.Ref")
        .constrain("MessageId", Constraint.of().minLength(0).maxLength(128))
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public IotEventsAction() {
      super(SCHEMA);
    }

    /**
     * Whether to process the event actions as a batch. The default value is <code>false</code> .
     *
     * <p>When <code>batchMode</code> is <code>true</code> , you can't specify a
     * <code>messageId</code> .
     *
     * <p>When <code>batchMode</code> is <code>true</code> and the rule SQL statement evaluates to
     * an Array, each Array element is treated as a separate message when Events by calling <a
     * href="https://docs.aws.amazon.com/iotevents/latest/apireference/API_iotevents-data_BatchPutMessage.html"><code>BatchPutMessage</code></a>
     * . The resulting array can't have more than 10 messages.
     *
     * <p>CloudFormation property {@code BatchMode}.
     */
    public IotEventsAction batchMode(boolean value) {
      return set("BatchMode", Value.of(value));
    }

    /** Sets {@code BatchMode} to this value; see {@link #batchMode(boolean)}. */
    public IotEventsAction batchMode(Value<Boolean> value) {
      return set("BatchMode", value);
    }

    /**
     * The name of the AWS IoT Events input.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code InputName}.
     */
    public IotEventsAction inputName(String value) {
      return set("InputName", Value.of(value));
    }

    /** Sets {@code InputName} to this value; see {@link #inputName(String)}. */
    public IotEventsAction inputName(Value<String> value) {
      return set("InputName", value);
    }

    /**
     * Sets {@code InputName} to the Ref of {@code AWS::IoTEvents::Input}; see {@link
     * #inputName(String)}.
     */
    public IotEventsAction inputName(Input resource) {
      return set("InputName", resource.ref());
    }

    /**
     * The ID of the message. The default <code>messageId</code> is a new UUID value.
     *
     * <p>When <code>batchMode</code> is <code>true</code> , you can't specify a
     * <code>messageId</code> --a new UUID value will be assigned.
     *
     * <p>Assign a value to this property to ensure that only one input (message) with a given
     * <code>messageId</code> will be processed by an AWS IoT Events detector.
     *
     * <p>Length: 0 to 128 characters. CloudFormation property {@code MessageId}.
     */
    public IotEventsAction messageId(String value) {
      return set("MessageId", Value.of(value));
    }

    /** Sets {@code MessageId} to this value; see {@link #messageId(String)}. */
    public IotEventsAction messageId(Value<String> value) {
      return set("MessageId", value);
    }

    /**
     * The ARN of the role that grants AWS IoT permission to send an input to an AWS IoT Events
     * detector. ("Action":"iotevents:BatchPutMessage").
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public IotEventsAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public IotEventsAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public IotEventsAction roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }
  }

  /**
   * Describes an action to send data from an MQTT message that triggered the rule to AWS IoT
   * SiteWise asset properties.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.IotSiteWiseAction}.
   */
  public static final class IotSiteWiseAction extends Struct<IotSiteWiseAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.IotSiteWiseAction")
        .required("PutAssetPropertyValueEntries", "RoleArn")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public IotSiteWiseAction() {
      super(SCHEMA);
    }

    /**
     * A list of asset property value entries.
     *
     * <p>Required. CloudFormation property {@code PutAssetPropertyValueEntries}.
     */
    public IotSiteWiseAction putAssetPropertyValueEntries(List<PutAssetPropertyValueEntry> value) {
      return set("PutAssetPropertyValueEntries", Value.listOf(value));
    }

    /**
     * Sets {@code PutAssetPropertyValueEntries} to this value; see {@link
     * #putAssetPropertyValueEntries(List)}.
     */
    public IotSiteWiseAction putAssetPropertyValueEntries(Value<List<PutAssetPropertyValueEntry>> value) {
      return set("PutAssetPropertyValueEntries", value);
    }

    /**
     * Sets {@code PutAssetPropertyValueEntries} to a list of these; see {@link
     * #putAssetPropertyValueEntries(List)}.
     */
    public IotSiteWiseAction putAssetPropertyValueEntries(PutAssetPropertyValueEntry... values) {
      return set("PutAssetPropertyValueEntries", Value.list(values));
    }

    /**
     * The ARN of the role that grants AWS IoT permission to send an asset property value to AWS IoT
     * SiteWise. ( <code>"Action": "iotsitewise:BatchPutAssetPropertyValue"</code> ). The trust
     * policy can restrict access to specific asset hierarchy paths.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public IotSiteWiseAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public IotSiteWiseAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * Send messages to an Amazon Managed Streaming for Apache Kafka (Amazon MSK) or self-managed
   * Apache Kafka cluster.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.KafkaAction}.
   */
  public static final class KafkaAction extends Struct<KafkaAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.KafkaAction")
        .required("ClientProperties", "DestinationArn", "Topic")
        .build();

    public KafkaAction() {
      super(SCHEMA);
    }

    /**
     * Properties of the Apache Kafka producer client.
     *
     * <p>Required. CloudFormation property {@code ClientProperties}.
     */
    public KafkaAction clientProperties(Map<String, String> value) {
      return set("ClientProperties", Value.mapOf(value));
    }

    /** Sets {@code ClientProperties} to this value; see {@link #clientProperties(Map)}. */
    public KafkaAction clientProperties(Value<Map<String, String>> value) {
      return set("ClientProperties", value);
    }

    /**
     * The ARN of Kafka action's VPC <code>TopicRuleDestination</code> .
     *
     * <p>Required. CloudFormation property {@code DestinationArn}.
     */
    public KafkaAction destinationArn(String value) {
      return set("DestinationArn", Value.of(value));
    }

    /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
    public KafkaAction destinationArn(Value<String> value) {
      return set("DestinationArn", value);
    }

    /**
     * The list of Kafka headers that you specify.
     *
     * <p>CloudFormation property {@code Headers}.
     */
    public KafkaAction headers(List<KafkaActionHeader> value) {
      return set("Headers", Value.listOf(value));
    }

    /** Sets {@code Headers} to this value; see {@link #headers(List)}. */
    public KafkaAction headers(Value<List<KafkaActionHeader>> value) {
      return set("Headers", value);
    }

    /** Sets {@code Headers} to a list of these; see {@link #headers(List)}. */
    public KafkaAction headers(KafkaActionHeader... values) {
      return set("Headers", Value.list(values));
    }

    /**
     * The Kafka message key.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public KafkaAction key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public KafkaAction key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The Kafka message partition.
     *
     * <p>CloudFormation property {@code Partition}.
     */
    public KafkaAction partition(String value) {
      return set("Partition", Value.of(value));
    }

    /** Sets {@code Partition} to this value; see {@link #partition(String)}. */
    public KafkaAction partition(Value<String> value) {
      return set("Partition", value);
    }

    /**
     * The Kafka topic for messages to be sent to the Kafka broker.
     *
     * <p>Required. CloudFormation property {@code Topic}.
     */
    public KafkaAction topic(String value) {
      return set("Topic", Value.of(value));
    }

    /** Sets {@code Topic} to this value; see {@link #topic(String)}. */
    public KafkaAction topic(Value<String> value) {
      return set("Topic", value);
    }
  }

  /**
   * Specifies a Kafka header using key-value pairs when you create a Rule’s Kafka Action. You can
   * use these headers to route data from IoT clients to downstream Kafka clusters without modifying
   * your message payload.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.KafkaActionHeader}.
   */
  public static final class KafkaActionHeader extends Struct<KafkaActionHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.KafkaActionHeader")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(0).maxLength(16384))
        .constrain("Value", Constraint.of().minLength(0).maxLength(16384))
        .build();

    public KafkaActionHeader() {
      super(SCHEMA);
    }

    /**
     * The key of the Kafka header.
     *
     * <p>Required. Length: 0 to 16384 characters. CloudFormation property {@code Key}.
     */
    public KafkaActionHeader key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public KafkaActionHeader key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the Kafka header.
     *
     * <p>Required. Length: 0 to 16384 characters. CloudFormation property {@code Value}.
     */
    public KafkaActionHeader value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public KafkaActionHeader value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Describes an action to write data to an Amazon Kinesis stream.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.KinesisAction}.
   */
  public static final class KinesisAction extends Struct<KinesisAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.KinesisAction")
        .required("RoleArn", "StreamName")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public KinesisAction() {
      super(SCHEMA);
    }

    /**
     * The partition key.
     *
     * <p>CloudFormation property {@code PartitionKey}.
     */
    public KinesisAction partitionKey(String value) {
      return set("PartitionKey", Value.of(value));
    }

    /** Sets {@code PartitionKey} to this value; see {@link #partitionKey(String)}. */
    public KinesisAction partitionKey(Value<String> value) {
      return set("PartitionKey", value);
    }

    /**
     * The ARN of the IAM role that grants access to the Amazon Kinesis stream.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public KinesisAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public KinesisAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The name of the Amazon Kinesis stream.
     *
     * <p>Required. CloudFormation property {@code StreamName}.
     */
    public KinesisAction streamName(String value) {
      return set("StreamName", Value.of(value));
    }

    /** Sets {@code StreamName} to this value; see {@link #streamName(String)}. */
    public KinesisAction streamName(Value<String> value) {
      return set("StreamName", value);
    }
  }

  /**
   * Describes an action to invoke a Lambda function.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.LambdaAction}.
   */
  public static final class LambdaAction extends Struct<LambdaAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.LambdaAction")
        .constrain("FunctionArn", Constraint.of().format("AWS::Lambda::Function.Arn"))
        .references("FunctionArn", "AWS::Lambda::Function.Arn")
        .build();

    public LambdaAction() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Lambda function.
     *
     * <p>Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code FunctionArn}.
     */
    public LambdaAction functionArn(String value) {
      return set("FunctionArn", Value.of(value));
    }

    /** Sets {@code FunctionArn} to this value; see {@link #functionArn(String)}. */
    public LambdaAction functionArn(Value<String> value) {
      return set("FunctionArn", value);
    }

    /**
     * Sets {@code FunctionArn} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #functionArn(String)}.
     */
    public LambdaAction functionArn(Function resource) {
      return set("FunctionArn", resource.arn());
    }
  }

  /**
   * Describes an action to send device location updates from an MQTT message to an Amazon Location
   * tracker resource.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.LocationAction}.
   */
  public static final class LocationAction extends Struct<LocationAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.LocationAction")
        .required("DeviceId", "Latitude", "Longitude", "RoleArn", "TrackerName")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public LocationAction() {
      super(SCHEMA);
    }

    /**
     * The unique ID of the device providing the location data.
     *
     * <p>Required. CloudFormation property {@code DeviceId}.
     */
    public LocationAction deviceId(String value) {
      return set("DeviceId", Value.of(value));
    }

    /** Sets {@code DeviceId} to this value; see {@link #deviceId(String)}. */
    public LocationAction deviceId(Value<String> value) {
      return set("DeviceId", value);
    }

    /**
     * A string that evaluates to a double value that represents the latitude of the device's
     * location.
     *
     * <p>Required. CloudFormation property {@code Latitude}.
     */
    public LocationAction latitude(String value) {
      return set("Latitude", Value.of(value));
    }

    /** Sets {@code Latitude} to this value; see {@link #latitude(String)}. */
    public LocationAction latitude(Value<String> value) {
      return set("Latitude", value);
    }

    /**
     * A string that evaluates to a double value that represents the longitude of the device's
     * location.
     *
     * <p>Required. CloudFormation property {@code Longitude}.
     */
    public LocationAction longitude(String value) {
      return set("Longitude", Value.of(value));
    }

    /** Sets {@code Longitude} to this value; see {@link #longitude(String)}. */
    public LocationAction longitude(Value<String> value) {
      return set("Longitude", value);
    }

    /**
     * The IAM role that grants permission to write to the Amazon Location resource.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public LocationAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public LocationAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The time that the location data was sampled. The default value is the time the MQTT message
     * was processed.
     *
     * <p>CloudFormation property {@code Timestamp}.
     */
    public LocationAction timestamp(Value<Timestamp> value) {
      return set("Timestamp", value);
    }

    /**
     * The name of the tracker resource in Amazon Location in which the location is updated.
     *
     * <p>Required. CloudFormation property {@code TrackerName}.
     */
    public LocationAction trackerName(String value) {
      return set("TrackerName", Value.of(value));
    }

    /** Sets {@code TrackerName} to this value; see {@link #trackerName(String)}. */
    public LocationAction trackerName(Value<String> value) {
      return set("TrackerName", value);
    }
  }

  /**
   * Describes an action that writes data to an Amazon OpenSearch Service domain.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.OpenSearchAction}.
   */
  public static final class OpenSearchAction extends Struct<OpenSearchAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.OpenSearchAction")
        .required("Endpoint", "Id", "Index", "RoleArn", "Type")
        .constrain("Endpoint", Constraint.of().pattern("^https?://"))
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public OpenSearchAction() {
      super(SCHEMA);
    }

    /**
     * The endpoint of your OpenSearch domain.
     *
     * <p>Required. Pattern: {@code ^https?://}. CloudFormation property {@code Endpoint}.
     */
    public OpenSearchAction endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public OpenSearchAction endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * The unique identifier for the document you are storing.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public OpenSearchAction id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public OpenSearchAction id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The OpenSearch index where you want to store your data.
     *
     * <p>Required. CloudFormation property {@code Index}.
     */
    public OpenSearchAction index(String value) {
      return set("Index", Value.of(value));
    }

    /** Sets {@code Index} to this value; see {@link #index(String)}. */
    public OpenSearchAction index(Value<String> value) {
      return set("Index", value);
    }

    /**
     * The IAM role ARN that has access to OpenSearch.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public OpenSearchAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public OpenSearchAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The type of document you are storing.
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public OpenSearchAction type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public OpenSearchAction type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * An asset property value entry containing the following information.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.PutAssetPropertyValueEntry}.
   */
  public static final class PutAssetPropertyValueEntry extends Struct<PutAssetPropertyValueEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.PutAssetPropertyValueEntry")
        .required("PropertyValues")
        .constrain("PropertyAlias", Constraint.of().minLength(1))
        .build();

    public PutAssetPropertyValueEntry() {
      super(SCHEMA);
    }

    /**
     * The ID of the AWS IoT SiteWise asset. You must specify either a <code>propertyAlias</code> or
     * both an <code>aliasId</code> and a <code>propertyId</code> . Accepts substitution templates.
     *
     * <p>CloudFormation property {@code AssetId}.
     */
    public PutAssetPropertyValueEntry assetId(String value) {
      return set("AssetId", Value.of(value));
    }

    /** Sets {@code AssetId} to this value; see {@link #assetId(String)}. */
    public PutAssetPropertyValueEntry assetId(Value<String> value) {
      return set("AssetId", value);
    }

    /**
     * Optional. A unique identifier for this entry that you can define to better track which
     * message caused an error in case of failure. Accepts substitution templates. Defaults to a new
     * UUID.
     *
     * <p>CloudFormation property {@code EntryId}.
     */
    public PutAssetPropertyValueEntry entryId(String value) {
      return set("EntryId", Value.of(value));
    }

    /** Sets {@code EntryId} to this value; see {@link #entryId(String)}. */
    public PutAssetPropertyValueEntry entryId(Value<String> value) {
      return set("EntryId", value);
    }

    /**
     * The name of the property alias associated with your asset property. You must specify either a
     * <code>propertyAlias</code> or both an <code>aliasId</code> and a <code>propertyId</code> .
     * Accepts substitution templates.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code PropertyAlias}.
     */
    public PutAssetPropertyValueEntry propertyAlias(String value) {
      return set("PropertyAlias", Value.of(value));
    }

    /** Sets {@code PropertyAlias} to this value; see {@link #propertyAlias(String)}. */
    public PutAssetPropertyValueEntry propertyAlias(Value<String> value) {
      return set("PropertyAlias", value);
    }

    /**
     * The ID of the asset's property. You must specify either a <code>propertyAlias</code> or both
     * an <code>aliasId</code> and a <code>propertyId</code> . Accepts substitution templates.
     *
     * <p>CloudFormation property {@code PropertyId}.
     */
    public PutAssetPropertyValueEntry propertyId(String value) {
      return set("PropertyId", Value.of(value));
    }

    /** Sets {@code PropertyId} to this value; see {@link #propertyId(String)}. */
    public PutAssetPropertyValueEntry propertyId(Value<String> value) {
      return set("PropertyId", value);
    }

    /**
     * A list of property values to insert that each contain timestamp, quality, and value (TQV)
     * information.
     *
     * <p>Required. CloudFormation property {@code PropertyValues}.
     */
    public PutAssetPropertyValueEntry propertyValues(List<AssetPropertyValue> value) {
      return set("PropertyValues", Value.listOf(value));
    }

    /** Sets {@code PropertyValues} to this value; see {@link #propertyValues(List)}. */
    public PutAssetPropertyValueEntry propertyValues(Value<List<AssetPropertyValue>> value) {
      return set("PropertyValues", value);
    }

    /** Sets {@code PropertyValues} to a list of these; see {@link #propertyValues(List)}. */
    public PutAssetPropertyValueEntry propertyValues(AssetPropertyValue... values) {
      return set("PropertyValues", Value.list(values));
    }
  }

  /**
   * The input for the DynamoActionVS action that specifies the DynamoDB table to which the message
   * data will be written.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.PutItemInput}.
   */
  public static final class PutItemInput extends Struct<PutItemInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.PutItemInput")
        .required("TableName")
        .references("TableName", "AWS::DynamoDB::Table.Ref")
        .build();

    public PutItemInput() {
      super(SCHEMA);
    }

    /**
     * The table where the message data will be written.
     *
     * <p>Required. CloudFormation property {@code TableName}.
     */
    public PutItemInput tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public PutItemInput tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * Sets {@code TableName} to the Ref of {@code AWS::DynamoDB::Table}; see {@link
     * #tableName(String)}.
     */
    public PutItemInput tableName(Table resource) {
      return set("TableName", resource.ref());
    }
  }

  /**
   * Describes an action to republish to another topic.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.RepublishAction}.
   */
  public static final class RepublishAction extends Struct<RepublishAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.RepublishAction")
        .required("RoleArn", "Topic")
        .constrain("Qos", Constraint.of().minimum(0).maximum(1))
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public RepublishAction() {
      super(SCHEMA);
    }

    /**
     * MQTT Version 5.0 headers information. For more information, see <a
     * href="https://docs.aws.amazon.com//iot/latest/developerguide/mqtt.html">MQTT</a> in the IoT
     * Core Developer Guide.
     *
     * <p>CloudFormation property {@code Headers}.
     */
    public RepublishAction headers(Value<RepublishActionHeaders> value) {
      return set("Headers", value);
    }

    /**
     * The Quality of Service (QoS) level to use when republishing messages. The default value is 0.
     *
     * <p>Range: 0 to 1. CloudFormation property {@code Qos}.
     */
    public RepublishAction qos(int value) {
      return set("Qos", Value.of(value));
    }

    /** Sets {@code Qos} to this value; see {@link #qos(int)}. */
    public RepublishAction qos(Value<Integer> value) {
      return set("Qos", value);
    }

    /**
     * The ARN of the IAM role that grants access.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public RepublishAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public RepublishAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public RepublishAction roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * The name of the MQTT topic.
     *
     * <p>Required. CloudFormation property {@code Topic}.
     */
    public RepublishAction topic(String value) {
      return set("Topic", Value.of(value));
    }

    /** Sets {@code Topic} to this value; see {@link #topic(String)}. */
    public RepublishAction topic(Value<String> value) {
      return set("Topic", value);
    }
  }

  /**
   * Specifies MQTT Version 5.0 headers information. For more information, see <a
   * href="https://docs.aws.amazon.com//iot/latest/developerguide/mqtt.html">MQTT</a> in the IoT
   * Core Developer Guide.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.RepublishActionHeaders}.
   */
  public static final class RepublishActionHeaders extends Struct<RepublishActionHeaders> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.RepublishActionHeaders")
        .constrain("ContentType", Constraint.of().minLength(0).maxLength(1024))
        .constrain("CorrelationData", Constraint.of().minLength(0).maxLength(1024))
        .constrain("MessageExpiry", Constraint.of().minLength(0).maxLength(1024))
        .constrain("PayloadFormatIndicator", Constraint.of().minLength(0).maxLength(1024))
        .constrain("ResponseTopic", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public RepublishActionHeaders() {
      super(SCHEMA);
    }

    /**
     * A UTF-8 encoded string that describes the content of the publishing message.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901118">Content
     * Type</a> in the MQTT Version 5.0 specification.
     *
     * <p>Supports <a
     * href="https://docs.aws.amazon.com//iot/latest/developerguide/iot-substitution-templates.html">substitution
     * templates</a> .
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code ContentType}.
     */
    public RepublishActionHeaders contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public RepublishActionHeaders contentType(Value<String> value) {
      return set("ContentType", value);
    }

    /**
     * The base64-encoded binary data used by the sender of the request message to identify which
     * request the response message is for.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901115">Correlation
     * Data</a> in the MQTT Version 5.0 specification.
     *
     * <p>Supports <a
     * href="https://docs.aws.amazon.com//iot/latest/developerguide/iot-substitution-templates.html">substitution
     * templates</a> .
     *
     * <p>This binary data must be base64-encoded.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code CorrelationData}.
     */
    public RepublishActionHeaders correlationData(String value) {
      return set("CorrelationData", Value.of(value));
    }

    /** Sets {@code CorrelationData} to this value; see {@link #correlationData(String)}. */
    public RepublishActionHeaders correlationData(Value<String> value) {
      return set("CorrelationData", value);
    }

    /**
     * A user-defined integer value that represents the message expiry interval at the broker. If
     * the messages haven't been sent to the subscribers within that interval, the message expires
     * and is removed. The value of <code>messageExpiry</code> represents the number of seconds
     * before it expires. For more information about the limits of <code>messageExpiry</code> , see
     * <a href="https://docs.aws.amazon.com//general/latest/gr/iot-core.html#limits_iot">Message
     * broker and protocol limits and quotas</a> in the IoT Core Reference Guide.
     *
     * <p>Supports <a
     * href="https://docs.aws.amazon.com//iot/latest/developerguide/iot-substitution-templates.html">substitution
     * templates</a> .
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code MessageExpiry}.
     */
    public RepublishActionHeaders messageExpiry(String value) {
      return set("MessageExpiry", Value.of(value));
    }

    /** Sets {@code MessageExpiry} to this value; see {@link #messageExpiry(String)}. */
    public RepublishActionHeaders messageExpiry(Value<String> value) {
      return set("MessageExpiry", value);
    }

    /**
     * An <code>Enum</code> string value that indicates whether the payload is formatted as UTF-8.
     *
     * <p>Valid values are <code>UNSPECIFIED_BYTES</code> and <code>UTF8_DATA</code> .
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901111">Payload
     * Format Indicator</a> from the MQTT Version 5.0 specification.
     *
     * <p>Supports <a
     * href="https://docs.aws.amazon.com//iot/latest/developerguide/iot-substitution-templates.html">substitution
     * templates</a> .
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code PayloadFormatIndicator}.
     */
    public RepublishActionHeaders payloadFormatIndicator(String value) {
      return set("PayloadFormatIndicator", Value.of(value));
    }

    /**
     * Sets {@code PayloadFormatIndicator} to this value; see {@link
     * #payloadFormatIndicator(String)}.
     */
    public RepublishActionHeaders payloadFormatIndicator(Value<String> value) {
      return set("PayloadFormatIndicator", value);
    }

    /**
     * A UTF-8 encoded string that's used as the topic name for a response message. The response
     * topic is used to describe the topic to which the receiver should publish as part of the
     * request-response flow. The topic must not contain wildcard characters.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901114">Response
     * Topic</a> in the MQTT Version 5.0 specification.
     *
     * <p>Supports <a
     * href="https://docs.aws.amazon.com//iot/latest/developerguide/iot-substitution-templates.html">substitution
     * templates</a> .
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code ResponseTopic}.
     */
    public RepublishActionHeaders responseTopic(String value) {
      return set("ResponseTopic", Value.of(value));
    }

    /** Sets {@code ResponseTopic} to this value; see {@link #responseTopic(String)}. */
    public RepublishActionHeaders responseTopic(Value<String> value) {
      return set("ResponseTopic", value);
    }

    /**
     * An array of key-value pairs that you define in the MQTT5 header.
     *
     * <p>CloudFormation property {@code UserProperties}.
     */
    public RepublishActionHeaders userProperties(List<UserProperty> value) {
      return set("UserProperties", Value.listOf(value));
    }

    /** Sets {@code UserProperties} to this value; see {@link #userProperties(List)}. */
    public RepublishActionHeaders userProperties(Value<List<UserProperty>> value) {
      return set("UserProperties", value);
    }

    /** Sets {@code UserProperties} to a list of these; see {@link #userProperties(List)}. */
    public RepublishActionHeaders userProperties(UserProperty... values) {
      return set("UserProperties", Value.list(values));
    }
  }

  /**
   * Describes an action to write data to an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.S3Action}.
   */
  public static final class S3Action extends Struct<S3Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.S3Action")
        .required("BucketName", "Key", "RoleArn")
        .constrain("BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
        .references("BucketName", "AWS::S3::Bucket.Ref")
        .allowed("CannedAcl", "private", "public-read", "public-read-write", "aws-exec-read",
            "authenticated-read", "bucket-owner-read", "bucket-owner-full-control",
            "log-delivery-write")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public S3Action() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket.
     *
     * <p>Required. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code
     * BucketName}.
     */
    public S3Action bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Action bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Sets {@code BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #bucketName(String)}.
     */
    public S3Action bucketName(Bucket resource) {
      return set("BucketName", resource.ref());
    }

    /**
     * The Amazon S3 canned ACL that controls access to the object identified by the object key. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#canned-acl">S3 canned
     * ACLs</a> .
     *
     * <p>Allowed values: {@code private}, {@code public-read}, {@code public-read-write}, {@code
     * aws-exec-read}, {@code authenticated-read}, {@code bucket-owner-read}, {@code
     * bucket-owner-full-control}, {@code log-delivery-write}. CloudFormation property {@code
     * CannedAcl}.
     */
    public S3Action cannedAcl(String value) {
      return set("CannedAcl", Value.of(value));
    }

    /** Sets {@code CannedAcl} to this value; see {@link #cannedAcl(String)}. */
    public S3Action cannedAcl(Value<String> value) {
      return set("CannedAcl", value);
    }

    /**
     * The object key. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/list_amazons3.html">Actions, resources,
     * and condition keys for Amazon S3</a> .
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public S3Action key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Action key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The ARN of the IAM role that grants access.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public S3Action roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public S3Action roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public S3Action roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }
  }

  /**
   * For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html">Signature Version
   * 4 signing process</a> .
   *
   * <p>Property type {@code AWS::IoT::TopicRule.SigV4Authorization}.
   */
  public static final class SigV4Authorization extends Struct<SigV4Authorization> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.SigV4Authorization")
        .required("RoleArn", "ServiceName", "SigningRegion")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public SigV4Authorization() {
      super(SCHEMA);
    }

    /**
     * The ARN of the signing role.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public SigV4Authorization roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public SigV4Authorization roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The service name to use while signing with Sig V4.
     *
     * <p>Required. CloudFormation property {@code ServiceName}.
     */
    public SigV4Authorization serviceName(String value) {
      return set("ServiceName", Value.of(value));
    }

    /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
    public SigV4Authorization serviceName(Value<String> value) {
      return set("ServiceName", value);
    }

    /**
     * The signing region.
     *
     * <p>Required. CloudFormation property {@code SigningRegion}.
     */
    public SigV4Authorization signingRegion(String value) {
      return set("SigningRegion", Value.of(value));
    }

    /** Sets {@code SigningRegion} to this value; see {@link #signingRegion(String)}. */
    public SigV4Authorization signingRegion(Value<String> value) {
      return set("SigningRegion", value);
    }
  }

  /**
   * Describes an action to publish to an Amazon SNS topic.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.SnsAction}.
   */
  public static final class SnsAction extends Struct<SnsAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.SnsAction")
        .required("RoleArn", "TargetArn")
        .allowed("MessageFormat", "JSON", "RAW")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .references("TargetArn", "AWS::SNS::Topic.Ref")
        .build();

    public SnsAction() {
      super(SCHEMA);
    }

    /**
     * (Optional) The message format of the message to publish. Accepted values are "JSON" and
     * "RAW". The default value of the attribute is "RAW". SNS uses this setting to determine if the
     * payload should be parsed and relevant platform-specific bits of the payload should be
     * extracted. For more information, see <a
     * href="https://docs.aws.amazon.com/sns/latest/dg/json-formats.html">Amazon SNS Message and
     * JSON Formats</a> in the <em>Amazon Simple Notification Service Developer Guide</em> .
     *
     * <p>Allowed values: {@code JSON}, {@code RAW}. CloudFormation property {@code MessageFormat}.
     */
    public SnsAction messageFormat(String value) {
      return set("MessageFormat", Value.of(value));
    }

    /** Sets {@code MessageFormat} to this value; see {@link #messageFormat(String)}. */
    public SnsAction messageFormat(Value<String> value) {
      return set("MessageFormat", value);
    }

    /**
     * The ARN of the IAM role that grants access.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public SnsAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public SnsAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public SnsAction roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * The ARN of the SNS topic.
     *
     * <p>Required. CloudFormation property {@code TargetArn}.
     */
    public SnsAction targetArn(String value) {
      return set("TargetArn", Value.of(value));
    }

    /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
    public SnsAction targetArn(Value<String> value) {
      return set("TargetArn", value);
    }

    /**
     * Sets {@code TargetArn} to the Ref of {@code AWS::SNS::Topic}; see {@link #targetArn(String)}.
     */
    public SnsAction targetArn(Topic resource) {
      return set("TargetArn", resource.ref());
    }
  }

  /**
   * Describes an action to publish data to an Amazon SQS queue.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.SqsAction}.
   */
  public static final class SqsAction extends Struct<SqsAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.SqsAction")
        .required("QueueUrl", "RoleArn")
        .references("QueueUrl", "AWS::SQS::Queue.Ref")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public SqsAction() {
      super(SCHEMA);
    }

    /**
     * The URL of the Amazon SQS queue.
     *
     * <p>Required. CloudFormation property {@code QueueUrl}.
     */
    public SqsAction queueUrl(String value) {
      return set("QueueUrl", Value.of(value));
    }

    /** Sets {@code QueueUrl} to this value; see {@link #queueUrl(String)}. */
    public SqsAction queueUrl(Value<String> value) {
      return set("QueueUrl", value);
    }

    /**
     * Sets {@code QueueUrl} to the Ref of {@code AWS::SQS::Queue}; see {@link #queueUrl(String)}.
     */
    public SqsAction queueUrl(Queue resource) {
      return set("QueueUrl", resource.ref());
    }

    /**
     * The ARN of the IAM role that grants access.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public SqsAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public SqsAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public SqsAction roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * Specifies whether to use Base64 encoding.
     *
     * <p>CloudFormation property {@code UseBase64}.
     */
    public SqsAction useBase64(boolean value) {
      return set("UseBase64", Value.of(value));
    }

    /** Sets {@code UseBase64} to this value; see {@link #useBase64(boolean)}. */
    public SqsAction useBase64(Value<Boolean> value) {
      return set("UseBase64", value);
    }
  }

  /**
   * Starts execution of a Step Functions state machine.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.StepFunctionsAction}.
   */
  public static final class StepFunctionsAction extends Struct<StepFunctionsAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.StepFunctionsAction")
        .required("RoleArn", "StateMachineName")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public StepFunctionsAction() {
      super(SCHEMA);
    }

    /**
     * (Optional) A name will be given to the state machine execution consisting of this prefix
     * followed by a UUID. Step Functions automatically creates a unique name for each state machine
     * execution if one is not provided.
     *
     * <p>CloudFormation property {@code ExecutionNamePrefix}.
     */
    public StepFunctionsAction executionNamePrefix(String value) {
      return set("ExecutionNamePrefix", Value.of(value));
    }

    /** Sets {@code ExecutionNamePrefix} to this value; see {@link #executionNamePrefix(String)}. */
    public StepFunctionsAction executionNamePrefix(Value<String> value) {
      return set("ExecutionNamePrefix", value);
    }

    /**
     * The ARN of the role that grants IoT permission to start execution of a state machine
     * ("Action":"states:StartExecution").
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public StepFunctionsAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public StepFunctionsAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The name of the Step Functions state machine whose execution will be started.
     *
     * <p>Required. CloudFormation property {@code StateMachineName}.
     */
    public StepFunctionsAction stateMachineName(String value) {
      return set("StateMachineName", Value.of(value));
    }

    /** Sets {@code StateMachineName} to this value; see {@link #stateMachineName(String)}. */
    public StepFunctionsAction stateMachineName(Value<String> value) {
      return set("StateMachineName", value);
    }
  }

  /**
   * Describes how to interpret an application-defined timestamp value from an MQTT message payload
   * and the precision of that value.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.Timestamp}.
   */
  public static final class Timestamp extends Struct<Timestamp> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.Timestamp")
        .required("Value")
        .build();

    public Timestamp() {
      super(SCHEMA);
    }

    /**
     * The precision of the timestamp value that results from the expression described in
     * <code>value</code> .
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public Timestamp unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Timestamp unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * An expression that returns a long epoch time value.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public Timestamp value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Timestamp value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Describes an action that writes records into an Amazon Timestream table.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.TimestreamAction}.
   */
  public static final class TimestreamAction extends Struct<TimestreamAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.TimestreamAction")
        .required("DatabaseName", "Dimensions", "RoleArn", "TableName")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public TimestreamAction() {
      super(SCHEMA);
    }

    /**
     * The name of an Amazon Timestream database that has the table to write records into.
     *
     * <p>Required. CloudFormation property {@code DatabaseName}.
     */
    public TimestreamAction databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public TimestreamAction databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Metadata attributes of the time series that are written in each measure record.
     *
     * <p>Required. CloudFormation property {@code Dimensions}.
     */
    public TimestreamAction dimensions(List<TimestreamDimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public TimestreamAction dimensions(Value<List<TimestreamDimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public TimestreamAction dimensions(TimestreamDimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The Amazon Resource Name (ARN) of the role that grants AWS IoT permission to write to the
     * Timestream database table.
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public TimestreamAction roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public TimestreamAction roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The table where the message data will be written.
     *
     * <p>Required. CloudFormation property {@code TableName}.
     */
    public TimestreamAction tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public TimestreamAction tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * The value to use for the entry's timestamp. If blank, the time that the entry was processed
     * is used.
     *
     * <p>CloudFormation property {@code Timestamp}.
     */
    public TimestreamAction timestamp(Value<TimestreamTimestamp> value) {
      return set("Timestamp", value);
    }
  }

  /**
   * Metadata attributes of the time series that are written in each measure record.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.TimestreamDimension}.
   */
  public static final class TimestreamDimension extends Struct<TimestreamDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.TimestreamDimension")
        .required("Name", "Value")
        .build();

    public TimestreamDimension() {
      super(SCHEMA);
    }

    /**
     * The metadata dimension name. This is the name of the column in the Amazon Timestream database
     * table record.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public TimestreamDimension name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TimestreamDimension name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value to write in this column of the database record.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public TimestreamDimension value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TimestreamDimension value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The value to use for the entry's timestamp. If blank, the time that the entry was processed is
   * used.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.TimestreamTimestamp}.
   */
  public static final class TimestreamTimestamp extends Struct<TimestreamTimestamp> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.TimestreamTimestamp")
        .required("Unit", "Value")
        .build();

    public TimestreamTimestamp() {
      super(SCHEMA);
    }

    /**
     * The precision of the timestamp value that results from the expression described in
     * <code>value</code> .
     *
     * <p>Required. CloudFormation property {@code Unit}.
     */
    public TimestreamTimestamp unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public TimestreamTimestamp unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * An expression that returns a long epoch time value.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public TimestreamTimestamp value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TimestreamTimestamp value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Describes a rule.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.TopicRulePayload}.
   */
  public static final class TopicRulePayload extends Struct<TopicRulePayload> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.TopicRulePayload")
        .required("Actions", "Sql")
        .build();

    public TopicRulePayload() {
      super(SCHEMA);
    }

    /**
     * The actions associated with the rule.
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public TopicRulePayload actions(List<Action> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public TopicRulePayload actions(Value<List<Action>> value) {
      return set("Actions", value);
    }

    /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
    public TopicRulePayload actions(Action... values) {
      return set("Actions", Value.list(values));
    }

    /**
     * The version of the SQL rules engine to use when evaluating the rule.
     *
     * <p>The default value is 2015-10-08.
     *
     * <p>CloudFormation property {@code AwsIotSqlVersion}.
     */
    public TopicRulePayload awsIotSqlVersion(String value) {
      return set("AwsIotSqlVersion", Value.of(value));
    }

    /** Sets {@code AwsIotSqlVersion} to this value; see {@link #awsIotSqlVersion(String)}. */
    public TopicRulePayload awsIotSqlVersion(Value<String> value) {
      return set("AwsIotSqlVersion", value);
    }

    /**
     * The description of the rule.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public TopicRulePayload description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public TopicRulePayload description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The action to take when an error occurs.
     *
     * <p>CloudFormation property {@code ErrorAction}.
     */
    public TopicRulePayload errorAction(Value<Action> value) {
      return set("ErrorAction", value);
    }

    /**
     * Specifies whether the rule is disabled.
     *
     * <p>CloudFormation property {@code RuleDisabled}.
     */
    public TopicRulePayload ruleDisabled(boolean value) {
      return set("RuleDisabled", Value.of(value));
    }

    /** Sets {@code RuleDisabled} to this value; see {@link #ruleDisabled(boolean)}. */
    public TopicRulePayload ruleDisabled(Value<Boolean> value) {
      return set("RuleDisabled", value);
    }

    /**
     * The SQL statement used to query the topic. For more information, see <a
     * href="https://docs.aws.amazon.com/iot/latest/developerguide/iot-sql-reference.html">AWS IoT
     * SQL Reference</a> in the <em>AWS IoT Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code Sql}.
     */
    public TopicRulePayload sql(String value) {
      return set("Sql", Value.of(value));
    }

    /** Sets {@code Sql} to this value; see {@link #sql(String)}. */
    public TopicRulePayload sql(Value<String> value) {
      return set("Sql", value);
    }
  }

  /**
   * A key-value pair that you define in the header.
   *
   * <p>Property type {@code AWS::IoT::TopicRule.UserProperty}.
   */
  public static final class UserProperty extends Struct<UserProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::TopicRule.UserProperty")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(0).maxLength(1024))
        .constrain("Value", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public UserProperty() {
      super(SCHEMA);
    }

    /**
     * A key to be specified in <code>UserProperty</code> .
     *
     * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code Key}.
     */
    public UserProperty key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public UserProperty key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * A value to be specified in <code>UserProperty</code> .
     *
     * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code Value}.
     */
    public UserProperty value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public UserProperty value(Value<String> value) {
      return set("Value", value);
    }
  }
}
