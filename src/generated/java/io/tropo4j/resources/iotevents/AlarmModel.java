// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotevents;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents an alarm model to monitor an AWS IoT Events input attribute. You can use the alarm to
 * get notified when the value is outside a specified range. For more information, see <a
 * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/create-alarms.html">Create an
 * alarm model</a> in the <em>AWS IoT Events Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTEvents::AlarmModel}.
 */
public final class AlarmModel extends Resource<AlarmModel> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel")
      .required("AlarmRule", "RoleArn")
      .refYields("AlarmModelName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AlarmModel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains the configuration information of alarm state changes.
   *
   * <p>CloudFormation property {@code AlarmCapabilities}.
   */
  public AlarmModel alarmCapabilities(Value<AlarmCapabilities> value) {
    return set("AlarmCapabilities", value);
  }

  /**
   * Contains information about one or more alarm actions.
   *
   * <p>CloudFormation property {@code AlarmEventActions}.
   */
  public AlarmModel alarmEventActions(Value<AlarmEventActions> value) {
    return set("AlarmEventActions", value);
  }

  /**
   * The description of the alarm model.
   *
   * <p>CloudFormation property {@code AlarmModelDescription}.
   */
  public AlarmModel alarmModelDescription(String value) {
    return set("AlarmModelDescription", Value.of(value));
  }

  /**
   * Sets {@code AlarmModelDescription} to this value; see {@link #alarmModelDescription(String)}.
   */
  public AlarmModel alarmModelDescription(Value<String> value) {
    return set("AlarmModelDescription", value);
  }

  /**
   * The name of the alarm model.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AlarmModelName}.
   */
  public AlarmModel alarmModelName(String value) {
    return set("AlarmModelName", Value.of(value));
  }

  /** Sets {@code AlarmModelName} to this value; see {@link #alarmModelName(String)}. */
  public AlarmModel alarmModelName(Value<String> value) {
    return set("AlarmModelName", value);
  }

  /**
   * Defines when your alarm is invoked.
   *
   * <p>Required. CloudFormation property {@code AlarmRule}.
   */
  public AlarmModel alarmRule(Value<AlarmRule> value) {
    return set("AlarmRule", value);
  }

  /**
   * An input attribute used as a key to create an alarm. AWS IoT Events routes <a
   * href="https://docs.aws.amazon.com/iotevents/latest/apireference/API_Input.html">inputs</a>
   * associated with this key to the alarm.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Key}.
   */
  public AlarmModel key(String value) {
    return set("Key", Value.of(value));
  }

  /** Sets {@code Key} to this value; see {@link #key(String)}. */
  public AlarmModel key(Value<String> value) {
    return set("Key", value);
  }

  /**
   * The ARN of the IAM role that allows the alarm to perform actions and access AWS resources. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * Resource Names (ARNs)</a> in the <em>AWS General Reference</em> .
   *
   * <p>Required. CloudFormation property {@code RoleArn}.
   */
  public AlarmModel roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public AlarmModel roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * A non-negative integer that reflects the severity level of the alarm.
   *
   * <p>CloudFormation property {@code Severity}.
   */
  public AlarmModel severity(int value) {
    return set("Severity", Value.of(value));
  }

  /** Sets {@code Severity} to this value; see {@link #severity(int)}. */
  public AlarmModel severity(Value<Integer> value) {
    return set("Severity", value);
  }

  /**
   * A list of key-value pairs that contain metadata for the alarm model. The tags help you manage
   * the alarm model. For more information, see <a
   * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/tagging-iotevents.html">Tagging
   * your AWS IoT Events resources</a> in the <em>AWS IoT Events Developer Guide</em> .
   *
   * <p>You can create up to 50 tags for one alarm model.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AlarmModel tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AlarmModel tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AlarmModel tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies whether to get notified for alarm state changes.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.AcknowledgeFlow}.
   */
  public static final class AcknowledgeFlow extends Struct<AcknowledgeFlow> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTEvents::AlarmModel.AcknowledgeFlow");

    public AcknowledgeFlow() {
      super(SCHEMA);
    }

    /**
     * The value must be <code>TRUE</code> or <code>FALSE</code> . If <code>TRUE</code> , you
     * receive a notification when the alarm state changes. You must choose to acknowledge the
     * notification before the alarm state can return to <code>NORMAL</code> . If <code>FALSE</code>
     * , you won't receive notifications. The alarm automatically changes to the <code>NORMAL</code>
     * state when the input property value returns to the specified range.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public AcknowledgeFlow enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AcknowledgeFlow enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Specifies one of the following actions to receive notifications when the alarm state changes.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.AlarmAction}.
   */
  public static final class AlarmAction extends Struct<AlarmAction> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTEvents::AlarmModel.AlarmAction");

    public AlarmAction() {
      super(SCHEMA);
    }

    /**
     * Defines an action to write to the Amazon DynamoDB table that you created. The standard action
     * payload contains all the information about the detector model instance and the event that
     * triggered the action. You can customize the <a
     * href="https://docs.aws.amazon.com/iotevents/latest/apireference/API_Payload.html">payload</a>
     * . One column of the DynamoDB table receives all attribute-value pairs in the payload that you
     * specify.
     *
     * <p>You must use expressions for all parameters in <code>DynamoDBAction</code> . The
     * expressions accept literals, operators, functions, references, and substitution templates.
     *
     * <p><b>Examples</b> - For literal values, the expressions must contain single quotes. For
     * example, the value for the <code>hashKeyType</code> parameter can be <code>'STRING'</code> .
     *
     * <ul> <li>For references, you must specify either variables or input values. For example, the
     * value for the <code>hashKeyField</code> parameter can be
     * <code>$input.GreenhouseInput.name</code> . <li>For a substitution template, you must use
     * <code>${}</code> , and the template must be in single quotes. A substitution template can
     * also contain a combination of literals, operators, functions, references, and substitution
     * templates. </ul>
     *
     * <p>In the following example, the value for the <code>hashKeyValue</code> parameter uses a
     * substitution template.
     *
     * <p><code>'${$input.GreenhouseInput.temperature * 6 / 5 + 32} in Fahrenheit'</code>
     *
     * <ul> <li>For a string concatenation, you must use <code>+</code> . A string concatenation can
     * also contain a combination of literals, operators, functions, references, and substitution
     * templates. </ul>
     *
     * <p>In the following example, the value for the <code>tableName</code> parameter uses a string
     * concatenation.
     *
     * <p><code>'GreenhouseTemperatureTable ' + $input.GreenhouseInput.date</code>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/iotevents-expressions.html">Expressions</a>
     * in the <em>AWS IoT Events Developer Guide</em> .
     *
     * <p>If the defined payload type is a string, <code>DynamoDBAction</code> writes non-JSON data
     * to the DynamoDB table as binary data. The DynamoDB console displays the data as
     * Base64-encoded text. The value for the <code>payloadField</code> parameter is
     * <code>&lt;payload-field&gt;_raw</code> .
     *
     * <p>CloudFormation property {@code DynamoDB}.
     */
    public AlarmAction dynamoDB(Value<DynamoDB> value) {
      return set("DynamoDB", value);
    }

    /**
     * Defines an action to write to the Amazon DynamoDB table that you created. The default action
     * payload contains all the information about the detector model instance and the event that
     * triggered the action. You can customize the <a
     * href="https://docs.aws.amazon.com/iotevents/latest/apireference/API_Payload.html">payload</a>
     * . A separate column of the DynamoDB table receives one attribute-value pair in the payload
     * that you specify.
     *
     * <p>You must use expressions for all parameters in <code>DynamoDBv2Action</code> . The
     * expressions accept literals, operators, functions, references, and substitution templates.
     *
     * <p><b>Examples</b> - For literal values, the expressions must contain single quotes. For
     * example, the value for the <code>tableName</code> parameter can be
     * <code>'GreenhouseTemperatureTable'</code> .
     *
     * <ul> <li>For references, you must specify either variables or input values. For example, the
     * value for the <code>tableName</code> parameter can be <code>$variable.ddbtableName</code> .
     * <li>For a substitution template, you must use <code>${}</code> , and the template must be in
     * single quotes. A substitution template can also contain a combination of literals, operators,
     * functions, references, and substitution templates. </ul>
     *
     * <p>In the following example, the value for the <code>contentExpression</code> parameter in
     * <code>Payload</code> uses a substitution template.
     *
     * <p><code>'{&#92;"sensorID&#92;": &#92;"${$input.GreenhouseInput.sensor_id}&#92;",
     * &#92;"temperature&#92;": &#92;"${$input.GreenhouseInput.temperature * 9 / 5 +
     * 32}&#92;"}'</code>
     *
     * <ul> <li>For a string concatenation, you must use <code>+</code> . A string concatenation can
     * also contain a combination of literals, operators, functions, references, and substitution
     * templates. </ul>
     *
     * <p>In the following example, the value for the <code>tableName</code> parameter uses a string
     * concatenation.
     *
     * <p><code>'GreenhouseTemperatureTable ' + $input.GreenhouseInput.date</code>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/iotevents-expressions.html">Expressions</a>
     * in the <em>AWS IoT Events Developer Guide</em> .
     *
     * <p>The value for the <code>type</code> parameter in <code>Payload</code> must be
     * <code>JSON</code> .
     *
     * <p>CloudFormation property {@code DynamoDBv2}.
     */
    public AlarmAction dynamoDBv2(Value<DynamoDBv2> value) {
      return set("DynamoDBv2", value);
    }

    /**
     * Sends information about the detector model instance and the event that triggered the action
     * to an Amazon Kinesis Data Firehose delivery stream.
     *
     * <p>CloudFormation property {@code Firehose}.
     */
    public AlarmAction firehose(Value<Firehose> value) {
      return set("Firehose", value);
    }

    /**
     * Sends an AWS IoT Events input, passing in information about the detector model instance and
     * the event that triggered the action.
     *
     * <p>CloudFormation property {@code IotEvents}.
     */
    public AlarmAction iotEvents(Value<IotEvents> value) {
      return set("IotEvents", value);
    }

    /**
     * Sends information about the detector model instance and the event that triggered the action
     * to a specified asset property in AWS IoT SiteWise .
     *
     * <p>You must use expressions for all parameters in <code>IotSiteWiseAction</code> . The
     * expressions accept literals, operators, functions, references, and substitutions templates.
     *
     * <p><b>Examples</b> - For literal values, the expressions must contain single quotes. For
     * example, the value for the <code>propertyAlias</code> parameter can be
     * <code>'/company/windfarm/3/turbine/7/temperature'</code> .
     *
     * <ul> <li>For references, you must specify either variables or input values. For example, the
     * value for the <code>assetId</code> parameter can be <code>$input.TurbineInput.assetId1</code>
     * . <li>For a substitution template, you must use <code>${}</code> , and the template must be
     * in single quotes. A substitution template can also contain a combination of literals,
     * operators, functions, references, and substitution templates. </ul>
     *
     * <p>In the following example, the value for the <code>propertyAlias</code> parameter uses a
     * substitution template.
     *
     * <p><code>'company/windfarm/${$input.TemperatureInput.sensorData.windfarmID}/turbine/
     * ${$input.TemperatureInput.sensorData.turbineID}/temperature'</code>
     *
     * <p>You must specify either <code>propertyAlias</code> or both <code>assetId</code> and
     * <code>propertyId</code> to identify the target asset property in AWS IoT SiteWise .
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/iotevents-expressions.html">Expressions</a>
     * in the <em>AWS IoT Events Developer Guide</em> .
     *
     * <p>CloudFormation property {@code IotSiteWise}.
     */
    public AlarmAction iotSiteWise(Value<IotSiteWise> value) {
      return set("IotSiteWise", value);
    }

    /**
     * Information required to publish the MQTT message through the AWS IoT message broker.
     *
     * <p>CloudFormation property {@code IotTopicPublish}.
     */
    public AlarmAction iotTopicPublish(Value<IotTopicPublish> value) {
      return set("IotTopicPublish", value);
    }

    /**
     * Calls a Lambda function, passing in information about the detector model instance and the
     * event that triggered the action.
     *
     * <p>CloudFormation property {@code Lambda}.
     */
    public AlarmAction lambda(Value<Lambda> value) {
      return set("Lambda", value);
    }

    /**
     * Information required to publish the Amazon SNS message.
     *
     * <p>CloudFormation property {@code Sns}.
     */
    public AlarmAction sns(Value<Sns> value) {
      return set("Sns", value);
    }

    /**
     * Sends information about the detector model instance and the event that triggered the action
     * to an Amazon SQS queue.
     *
     * <p>CloudFormation property {@code Sqs}.
     */
    public AlarmAction sqs(Value<Sqs> value) {
      return set("Sqs", value);
    }
  }

  /**
   * Contains the configuration information of alarm state changes.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.AlarmCapabilities}.
   */
  public static final class AlarmCapabilities extends Struct<AlarmCapabilities> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTEvents::AlarmModel.AlarmCapabilities");

    public AlarmCapabilities() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to get notified for alarm state changes.
     *
     * <p>CloudFormation property {@code AcknowledgeFlow}.
     */
    public AlarmCapabilities acknowledgeFlow(Value<AcknowledgeFlow> value) {
      return set("AcknowledgeFlow", value);
    }

    /**
     * Specifies the default alarm state. The configuration applies to all alarms that were created
     * based on this alarm model.
     *
     * <p>CloudFormation property {@code InitializationConfiguration}.
     */
    public AlarmCapabilities initializationConfiguration(Value<InitializationConfiguration> value) {
      return set("InitializationConfiguration", value);
    }
  }

  /**
   * Contains information about one or more alarm actions.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.AlarmEventActions}.
   */
  public static final class AlarmEventActions extends Struct<AlarmEventActions> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTEvents::AlarmModel.AlarmEventActions");

    public AlarmEventActions() {
      super(SCHEMA);
    }

    /**
     * Specifies one or more supported actions to receive notifications when the alarm state
     * changes.
     *
     * <p>CloudFormation property {@code AlarmActions}.
     */
    public AlarmEventActions alarmActions(List<AlarmAction> value) {
      return set("AlarmActions", Value.listOf(value));
    }

    /** Sets {@code AlarmActions} to this value; see {@link #alarmActions(List)}. */
    public AlarmEventActions alarmActions(Value<List<AlarmAction>> value) {
      return set("AlarmActions", value);
    }

    /** Sets {@code AlarmActions} to a list of these; see {@link #alarmActions(List)}. */
    public AlarmEventActions alarmActions(AlarmAction... values) {
      return set("AlarmActions", Value.list(values));
    }
  }

  /**
   * Defines when your alarm is invoked.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.AlarmRule}.
   */
  public static final class AlarmRule extends Struct<AlarmRule> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTEvents::AlarmModel.AlarmRule");

    public AlarmRule() {
      super(SCHEMA);
    }

    /**
     * A rule that compares an input property value to a threshold value with a comparison operator.
     *
     * <p>CloudFormation property {@code SimpleRule}.
     */
    public AlarmRule simpleRule(Value<SimpleRule> value) {
      return set("SimpleRule", value);
    }
  }

  /**
   * A structure that contains timestamp information. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_TimeInNanos.html">TimeInNanos</a>
   * in the <em>AWS IoT SiteWise API Reference</em> .
   *
   * <p>You must use expressions for all parameters in <code>AssetPropertyTimestamp</code> . The
   * expressions accept literals, operators, functions, references, and substitution templates.
   *
   * <p><b>Examples</b> - For literal values, the expressions must contain single quotes. For
   * example, the value for the <code>timeInSeconds</code> parameter can be
   * <code>'1586400675'</code> .
   *
   * <ul> <li>For references, you must specify either variables or input values. For example, the
   * value for the <code>offsetInNanos</code> parameter can be <code>$variable.time</code> . <li>For
   * a substitution template, you must use <code>${}</code> , and the template must be in single
   * quotes. A substitution template can also contain a combination of literals, operators,
   * functions, references, and substitution templates. </ul>
   *
   * <p>In the following example, the value for the <code>timeInSeconds</code> parameter uses a
   * substitution template.
   *
   * <p><code>'${$input.TemperatureInput.sensorData.timestamp / 1000}'</code>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/iotevents-expressions.html">Expressions</a>
   * in the <em>AWS IoT Events Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.AssetPropertyTimestamp}.
   */
  public static final class AssetPropertyTimestamp extends Struct<AssetPropertyTimestamp> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.AssetPropertyTimestamp")
        .required("TimeInSeconds")
        .build();

    public AssetPropertyTimestamp() {
      super(SCHEMA);
    }

    /**
     * The nanosecond offset converted from <code>timeInSeconds</code> . The valid range is between
     * 0-999999999.
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
     * The timestamp, in seconds, in the Unix epoch format. The valid range is between
     * 1-31556889864403199.
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
   * A structure that contains value information. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_AssetPropertyValue.html">AssetPropertyValue</a>
   * in the <em>AWS IoT SiteWise API Reference</em> .
   *
   * <p>You must use expressions for all parameters in <code>AssetPropertyValue</code> . The
   * expressions accept literals, operators, functions, references, and substitution templates.
   *
   * <p><b>Examples</b> - For literal values, the expressions must contain single quotes. For
   * example, the value for the <code>quality</code> parameter can be <code>'GOOD'</code> .
   *
   * <ul> <li>For references, you must specify either variables or input values. For example, the
   * value for the <code>quality</code> parameter can be
   * <code>$input.TemperatureInput.sensorData.quality</code> . </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/iotevents-expressions.html">Expressions</a>
   * in the <em>AWS IoT Events Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.AssetPropertyValue}.
   */
  public static final class AssetPropertyValue extends Struct<AssetPropertyValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.AssetPropertyValue")
        .required("Value")
        .build();

    public AssetPropertyValue() {
      super(SCHEMA);
    }

    /**
     * The quality of the asset property value. The value must be <code>'GOOD'</code> ,
     * <code>'BAD'</code> , or <code>'UNCERTAIN'</code> .
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
     * The timestamp associated with the asset property value. The default is the current event
     * time.
     *
     * <p>CloudFormation property {@code Timestamp}.
     */
    public AssetPropertyValue timestamp(Value<AssetPropertyTimestamp> value) {
      return set("Timestamp", value);
    }

    /**
     * The value to send to an asset property.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public AssetPropertyValue value(Value<AssetPropertyVariant> value) {
      return set("Value", value);
    }
  }

  /**
   * A structure that contains an asset property value. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_Variant.html">Variant</a>
   * in the <em>AWS IoT SiteWise API Reference</em> .
   *
   * <p>You must use expressions for all parameters in <code>AssetPropertyVariant</code> . The
   * expressions accept literals, operators, functions, references, and substitution templates.
   *
   * <p><b>Examples</b> - For literal values, the expressions must contain single quotes. For
   * example, the value for the <code>integerValue</code> parameter can be <code>'100'</code> .
   *
   * <ul> <li>For references, you must specify either variables or parameters. For example, the
   * value for the <code>booleanValue</code> parameter can be <code>$variable.offline</code> .
   * <li>For a substitution template, you must use <code>${}</code> , and the template must be in
   * single quotes. A substitution template can also contain a combination of literals, operators,
   * functions, references, and substitution templates. </ul>
   *
   * <p>In the following example, the value for the <code>doubleValue</code> parameter uses a
   * substitution template.
   *
   * <p><code>'${$input.TemperatureInput.sensorData.temperature * 6 / 5 + 32}'</code>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/iotevents-expressions.html">Expressions</a>
   * in the <em>AWS IoT Events Developer Guide</em> .
   *
   * <p>You must specify one of the following value types, depending on the <code>dataType</code> of
   * the specified asset property. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_AssetProperty.html">AssetProperty</a>
   * in the <em>AWS IoT SiteWise API Reference</em> .
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.AssetPropertyVariant}.
   */
  public static final class AssetPropertyVariant extends Struct<AssetPropertyVariant> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTEvents::AlarmModel.AssetPropertyVariant");

    public AssetPropertyVariant() {
      super(SCHEMA);
    }

    /**
     * The asset property value is a Boolean value that must be <code>'TRUE'</code> or
     * <code>'FALSE'</code> . You must use an expression, and the evaluated result should be a
     * Boolean value.
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
     * The asset property value is a double. You must use an expression, and the evaluated result
     * should be a double.
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
     * The asset property value is an integer. You must use an expression, and the evaluated result
     * should be an integer.
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
     * The asset property value is a string. You must use an expression, and the evaluated result
     * should be a string.
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

  /**
   * Defines an action to write to the Amazon DynamoDB table that you created. The standard action
   * payload contains all the information about the detector model instance and the event that
   * triggered the action. You can customize the <a
   * href="https://docs.aws.amazon.com/iotevents/latest/apireference/API_Payload.html">payload</a> .
   * One column of the DynamoDB table receives all attribute-value pairs in the payload that you
   * specify.
   *
   * <p>You must use expressions for all parameters in <code>DynamoDBAction</code> . The expressions
   * accept literals, operators, functions, references, and substitution templates.
   *
   * <p><b>Examples</b> - For literal values, the expressions must contain single quotes. For
   * example, the value for the <code>hashKeyType</code> parameter can be <code>'STRING'</code> .
   *
   * <ul> <li>For references, you must specify either variables or input values. For example, the
   * value for the <code>hashKeyField</code> parameter can be
   * <code>$input.GreenhouseInput.name</code> . <li>For a substitution template, you must use
   * <code>${}</code> , and the template must be in single quotes. A substitution template can also
   * contain a combination of literals, operators, functions, references, and substitution
   * templates. </ul>
   *
   * <p>In the following example, the value for the <code>hashKeyValue</code> parameter uses a
   * substitution template.
   *
   * <p><code>'${$input.GreenhouseInput.temperature * 6 / 5 + 32} in Fahrenheit'</code>
   *
   * <ul> <li>For a string concatenation, you must use <code>+</code> . A string concatenation can
   * also contain a combination of literals, operators, functions, references, and substitution
   * templates. </ul>
   *
   * <p>In the following example, the value for the <code>tableName</code> parameter uses a string
   * concatenation.
   *
   * <p><code>'GreenhouseTemperatureTable ' + $input.GreenhouseInput.date</code>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/iotevents-expressions.html">Expressions</a>
   * in the <em>AWS IoT Events Developer Guide</em> .
   *
   * <p>If the defined payload type is a string, <code>DynamoDBAction</code> writes non-JSON data to
   * the DynamoDB table as binary data. The DynamoDB console displays the data as Base64-encoded
   * text. The value for the <code>payloadField</code> parameter is
   * <code>&lt;payload-field&gt;_raw</code> .
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.DynamoDB}.
   */
  public static final class DynamoDB extends Struct<DynamoDB> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.DynamoDB")
        .required("HashKeyField", "HashKeyValue", "TableName")
        .build();

    public DynamoDB() {
      super(SCHEMA);
    }

    /**
     * The name of the hash key (also called the partition key). The <code>hashKeyField</code> value
     * must match the partition key of the target DynamoDB table.
     *
     * <p>Required. CloudFormation property {@code HashKeyField}.
     */
    public DynamoDB hashKeyField(String value) {
      return set("HashKeyField", Value.of(value));
    }

    /** Sets {@code HashKeyField} to this value; see {@link #hashKeyField(String)}. */
    public DynamoDB hashKeyField(Value<String> value) {
      return set("HashKeyField", value);
    }

    /**
     * The data type for the hash key (also called the partition key). You can specify the following
     * values:
     *
     * <ul> <li><code>'STRING'</code> - The hash key is a string. <li><code>'NUMBER'</code> - The
     * hash key is a number. </ul>
     *
     * <p>If you don't specify <code>hashKeyType</code> , the default value is <code>'STRING'</code>
     * .
     *
     * <p>CloudFormation property {@code HashKeyType}.
     */
    public DynamoDB hashKeyType(String value) {
      return set("HashKeyType", Value.of(value));
    }

    /** Sets {@code HashKeyType} to this value; see {@link #hashKeyType(String)}. */
    public DynamoDB hashKeyType(Value<String> value) {
      return set("HashKeyType", value);
    }

    /**
     * The value of the hash key (also called the partition key).
     *
     * <p>Required. CloudFormation property {@code HashKeyValue}.
     */
    public DynamoDB hashKeyValue(String value) {
      return set("HashKeyValue", Value.of(value));
    }

    /** Sets {@code HashKeyValue} to this value; see {@link #hashKeyValue(String)}. */
    public DynamoDB hashKeyValue(Value<String> value) {
      return set("HashKeyValue", value);
    }

    /**
     * The type of operation to perform. You can specify the following values:
     *
     * <ul> <li><code>'INSERT'</code> - Insert data as a new item into the DynamoDB table. This item
     * uses the specified hash key as a partition key. If you specified a range key, the item uses
     * the range key as a sort key. <li><code>'UPDATE'</code> - Update an existing item of the
     * DynamoDB table with new data. This item's partition key must match the specified hash key. If
     * you specified a range key, the range key must match the item's sort key.
     * <li><code>'DELETE'</code> - Delete an existing item of the DynamoDB table. This item's
     * partition key must match the specified hash key. If you specified a range key, the range key
     * must match the item's sort key. </ul>
     *
     * <p>If you don't specify this parameter, AWS IoT Events triggers the <code>'INSERT'</code>
     * operation.
     *
     * <p>CloudFormation property {@code Operation}.
     */
    public DynamoDB operation(String value) {
      return set("Operation", Value.of(value));
    }

    /** Sets {@code Operation} to this value; see {@link #operation(String)}. */
    public DynamoDB operation(Value<String> value) {
      return set("Operation", value);
    }

    /**
     * Information needed to configure the payload.
     *
     * <p>By default, AWS IoT Events generates a standard payload in JSON for any action. This
     * action payload contains all attribute-value pairs that have the information about the
     * detector model instance and the event triggered the action. To configure the action payload,
     * you can use <code>contentExpression</code> .
     *
     * <p>CloudFormation property {@code Payload}.
     */
    public DynamoDB payload(Value<Payload> value) {
      return set("Payload", value);
    }

    /**
     * The name of the DynamoDB column that receives the action payload.
     *
     * <p>If you don't specify this parameter, the name of the DynamoDB column is
     * <code>payload</code> .
     *
     * <p>CloudFormation property {@code PayloadField}.
     */
    public DynamoDB payloadField(String value) {
      return set("PayloadField", Value.of(value));
    }

    /** Sets {@code PayloadField} to this value; see {@link #payloadField(String)}. */
    public DynamoDB payloadField(Value<String> value) {
      return set("PayloadField", value);
    }

    /**
     * The name of the range key (also called the sort key). The <code>rangeKeyField</code> value
     * must match the sort key of the target DynamoDB table.
     *
     * <p>CloudFormation property {@code RangeKeyField}.
     */
    public DynamoDB rangeKeyField(String value) {
      return set("RangeKeyField", Value.of(value));
    }

    /** Sets {@code RangeKeyField} to this value; see {@link #rangeKeyField(String)}. */
    public DynamoDB rangeKeyField(Value<String> value) {
      return set("RangeKeyField", value);
    }

    /**
     * The data type for the range key (also called the sort key), You can specify the following
     * values:
     *
     * <ul> <li><code>'STRING'</code> - The range key is a string. <li><code>'NUMBER'</code> - The
     * range key is number. </ul>
     *
     * <p>If you don't specify <code>rangeKeyField</code> , the default value is
     * <code>'STRING'</code> .
     *
     * <p>CloudFormation property {@code RangeKeyType}.
     */
    public DynamoDB rangeKeyType(String value) {
      return set("RangeKeyType", Value.of(value));
    }

    /** Sets {@code RangeKeyType} to this value; see {@link #rangeKeyType(String)}. */
    public DynamoDB rangeKeyType(Value<String> value) {
      return set("RangeKeyType", value);
    }

    /**
     * The value of the range key (also called the sort key).
     *
     * <p>CloudFormation property {@code RangeKeyValue}.
     */
    public DynamoDB rangeKeyValue(String value) {
      return set("RangeKeyValue", Value.of(value));
    }

    /** Sets {@code RangeKeyValue} to this value; see {@link #rangeKeyValue(String)}. */
    public DynamoDB rangeKeyValue(Value<String> value) {
      return set("RangeKeyValue", value);
    }

    /**
     * The name of the DynamoDB table. The <code>tableName</code> value must match the table name of
     * the target DynamoDB table.
     *
     * <p>Required. CloudFormation property {@code TableName}.
     */
    public DynamoDB tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public DynamoDB tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * Defines an action to write to the Amazon DynamoDB table that you created. The default action
   * payload contains all the information about the detector model instance and the event that
   * triggered the action. You can customize the <a
   * href="https://docs.aws.amazon.com/iotevents/latest/apireference/API_Payload.html">payload</a> .
   * A separate column of the DynamoDB table receives one attribute-value pair in the payload that
   * you specify.
   *
   * <p>You must use expressions for all parameters in <code>DynamoDBv2Action</code> . The
   * expressions accept literals, operators, functions, references, and substitution templates.
   *
   * <p><b>Examples</b> - For literal values, the expressions must contain single quotes. For
   * example, the value for the <code>tableName</code> parameter can be
   * <code>'GreenhouseTemperatureTable'</code> .
   *
   * <ul> <li>For references, you must specify either variables or input values. For example, the
   * value for the <code>tableName</code> parameter can be <code>$variable.ddbtableName</code> .
   * <li>For a substitution template, you must use <code>${}</code> , and the template must be in
   * single quotes. A substitution template can also contain a combination of literals, operators,
   * functions, references, and substitution templates. </ul>
   *
   * <p>In the following example, the value for the <code>contentExpression</code> parameter in
   * <code>Payload</code> uses a substitution template.
   *
   * <p><code>'{&#92;"sensorID&#92;": &#92;"${$input.GreenhouseInput.sensor_id}&#92;",
   * &#92;"temperature&#92;": &#92;"${$input.GreenhouseInput.temperature * 9 / 5 +
   * 32}&#92;"}'</code>
   *
   * <ul> <li>For a string concatenation, you must use <code>+</code> . A string concatenation can
   * also contain a combination of literals, operators, functions, references, and substitution
   * templates. </ul>
   *
   * <p>In the following example, the value for the <code>tableName</code> parameter uses a string
   * concatenation.
   *
   * <p><code>'GreenhouseTemperatureTable ' + $input.GreenhouseInput.date</code>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/iotevents-expressions.html">Expressions</a>
   * in the <em>AWS IoT Events Developer Guide</em> .
   *
   * <p>The value for the <code>type</code> parameter in <code>Payload</code> must be
   * <code>JSON</code> .
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.DynamoDBv2}.
   */
  public static final class DynamoDBv2 extends Struct<DynamoDBv2> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.DynamoDBv2")
        .required("TableName")
        .build();

    public DynamoDBv2() {
      super(SCHEMA);
    }

    /**
     * Information needed to configure the payload.
     *
     * <p>By default, AWS IoT Events generates a standard payload in JSON for any action. This
     * action payload contains all attribute-value pairs that have the information about the
     * detector model instance and the event triggered the action. To configure the action payload,
     * you can use <code>contentExpression</code> .
     *
     * <p>CloudFormation property {@code Payload}.
     */
    public DynamoDBv2 payload(Value<Payload> value) {
      return set("Payload", value);
    }

    /**
     * The name of the DynamoDB table.
     *
     * <p>Required. CloudFormation property {@code TableName}.
     */
    public DynamoDBv2 tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public DynamoDBv2 tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * Sends information about the detector model instance and the event that triggered the action to
   * an Amazon Kinesis Data Firehose delivery stream.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.Firehose}.
   */
  public static final class Firehose extends Struct<Firehose> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.Firehose")
        .required("DeliveryStreamName")
        .build();

    public Firehose() {
      super(SCHEMA);
    }

    /**
     * The name of the Kinesis Data Firehose delivery stream where the data is written.
     *
     * <p>Required. CloudFormation property {@code DeliveryStreamName}.
     */
    public Firehose deliveryStreamName(String value) {
      return set("DeliveryStreamName", Value.of(value));
    }

    /** Sets {@code DeliveryStreamName} to this value; see {@link #deliveryStreamName(String)}. */
    public Firehose deliveryStreamName(Value<String> value) {
      return set("DeliveryStreamName", value);
    }

    /**
     * You can configure the action payload when you send a message to an Amazon Data Firehose
     * delivery stream.
     *
     * <p>CloudFormation property {@code Payload}.
     */
    public Firehose payload(Value<Payload> value) {
      return set("Payload", value);
    }

    /**
     * A character separator that is used to separate records written to the Kinesis Data Firehose
     * delivery stream. Valid values are: '&#92;n' (newline), '&#92;t' (tab), '&#92;r&#92;n'
     * (Windows newline), ',' (comma).
     *
     * <p>CloudFormation property {@code Separator}.
     */
    public Firehose separator(String value) {
      return set("Separator", Value.of(value));
    }

    /** Sets {@code Separator} to this value; see {@link #separator(String)}. */
    public Firehose separator(Value<String> value) {
      return set("Separator", value);
    }
  }

  /**
   * Specifies the default alarm state. The configuration applies to all alarms that were created
   * based on this alarm model.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.InitializationConfiguration}.
   */
  public static final class InitializationConfiguration extends Struct<InitializationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.InitializationConfiguration")
        .required("DisabledOnInitialization")
        .build();

    public InitializationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The value must be <code>TRUE</code> or <code>FALSE</code> . If <code>FALSE</code> , all alarm
     * instances created based on the alarm model are activated. The default value is
     * <code>TRUE</code> .
     *
     * <p>Required. CloudFormation property {@code DisabledOnInitialization}.
     */
    public InitializationConfiguration disabledOnInitialization(boolean value) {
      return set("DisabledOnInitialization", Value.of(value));
    }

    /**
     * Sets {@code DisabledOnInitialization} to this value; see {@link
     * #disabledOnInitialization(boolean)}.
     */
    public InitializationConfiguration disabledOnInitialization(Value<Boolean> value) {
      return set("DisabledOnInitialization", value);
    }
  }

  /**
   * Sends an AWS IoT Events input, passing in information about the detector model instance and the
   * event that triggered the action.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.IotEvents}.
   */
  public static final class IotEvents extends Struct<IotEvents> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.IotEvents")
        .required("InputName")
        .build();

    public IotEvents() {
      super(SCHEMA);
    }

    /**
     * The name of the AWS IoT Events input where the data is sent.
     *
     * <p>Required. CloudFormation property {@code InputName}.
     */
    public IotEvents inputName(String value) {
      return set("InputName", Value.of(value));
    }

    /** Sets {@code InputName} to this value; see {@link #inputName(String)}. */
    public IotEvents inputName(Value<String> value) {
      return set("InputName", value);
    }

    /**
     * You can configure the action payload when you send a message to an AWS IoT Events input.
     *
     * <p>CloudFormation property {@code Payload}.
     */
    public IotEvents payload(Value<Payload> value) {
      return set("Payload", value);
    }
  }

  /**
   * Sends information about the detector model instance and the event that triggered the action to
   * a specified asset property in AWS IoT SiteWise .
   *
   * <p>You must use expressions for all parameters in <code>IotSiteWiseAction</code> . The
   * expressions accept literals, operators, functions, references, and substitutions templates.
   *
   * <p><b>Examples</b> - For literal values, the expressions must contain single quotes. For
   * example, the value for the <code>propertyAlias</code> parameter can be
   * <code>'/company/windfarm/3/turbine/7/temperature'</code> .
   *
   * <ul> <li>For references, you must specify either variables or input values. For example, the
   * value for the <code>assetId</code> parameter can be <code>$input.TurbineInput.assetId1</code> .
   * <li>For a substitution template, you must use <code>${}</code> , and the template must be in
   * single quotes. A substitution template can also contain a combination of literals, operators,
   * functions, references, and substitution templates. </ul>
   *
   * <p>In the following example, the value for the <code>propertyAlias</code> parameter uses a
   * substitution template.
   *
   * <p><code>'company/windfarm/${$input.TemperatureInput.sensorData.windfarmID}/turbine/
   * ${$input.TemperatureInput.sensorData.turbineID}/temperature'</code>
   *
   * <p>You must specify either <code>propertyAlias</code> or both <code>assetId</code> and
   * <code>propertyId</code> to identify the target asset property in AWS IoT SiteWise .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/iotevents-expressions.html">Expressions</a>
   * in the <em>AWS IoT Events Developer Guide</em> .
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.IotSiteWise}.
   */
  public static final class IotSiteWise extends Struct<IotSiteWise> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTEvents::AlarmModel.IotSiteWise");

    public IotSiteWise() {
      super(SCHEMA);
    }

    /**
     * The ID of the asset that has the specified property.
     *
     * <p>CloudFormation property {@code AssetId}.
     */
    public IotSiteWise assetId(String value) {
      return set("AssetId", Value.of(value));
    }

    /** Sets {@code AssetId} to this value; see {@link #assetId(String)}. */
    public IotSiteWise assetId(Value<String> value) {
      return set("AssetId", value);
    }

    /**
     * A unique identifier for this entry. You can use the entry ID to track which data entry causes
     * an error in case of failure. The default is a new unique identifier.
     *
     * <p>CloudFormation property {@code EntryId}.
     */
    public IotSiteWise entryId(String value) {
      return set("EntryId", Value.of(value));
    }

    /** Sets {@code EntryId} to this value; see {@link #entryId(String)}. */
    public IotSiteWise entryId(Value<String> value) {
      return set("EntryId", value);
    }

    /**
     * The alias of the asset property.
     *
     * <p>CloudFormation property {@code PropertyAlias}.
     */
    public IotSiteWise propertyAlias(String value) {
      return set("PropertyAlias", Value.of(value));
    }

    /** Sets {@code PropertyAlias} to this value; see {@link #propertyAlias(String)}. */
    public IotSiteWise propertyAlias(Value<String> value) {
      return set("PropertyAlias", value);
    }

    /**
     * The ID of the asset property.
     *
     * <p>CloudFormation property {@code PropertyId}.
     */
    public IotSiteWise propertyId(String value) {
      return set("PropertyId", Value.of(value));
    }

    /** Sets {@code PropertyId} to this value; see {@link #propertyId(String)}. */
    public IotSiteWise propertyId(Value<String> value) {
      return set("PropertyId", value);
    }

    /**
     * The value to send to the asset property. This value contains timestamp, quality, and value
     * (TQV) information.
     *
     * <p>CloudFormation property {@code PropertyValue}.
     */
    public IotSiteWise propertyValue(Value<AssetPropertyValue> value) {
      return set("PropertyValue", value);
    }
  }

  /**
   * Information required to publish the MQTT message through the AWS IoT message broker.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.IotTopicPublish}.
   */
  public static final class IotTopicPublish extends Struct<IotTopicPublish> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.IotTopicPublish")
        .required("MqttTopic")
        .build();

    public IotTopicPublish() {
      super(SCHEMA);
    }

    /**
     * The MQTT topic of the message. You can use a string expression that includes variables (
     * <code>$variable.&lt;variable-name&gt;</code> ) and input values (
     * <code>$input.&lt;input-name&gt;.&lt;path-to-datum&gt;</code> ) as the topic string.
     *
     * <p>Required. CloudFormation property {@code MqttTopic}.
     */
    public IotTopicPublish mqttTopic(String value) {
      return set("MqttTopic", Value.of(value));
    }

    /** Sets {@code MqttTopic} to this value; see {@link #mqttTopic(String)}. */
    public IotTopicPublish mqttTopic(Value<String> value) {
      return set("MqttTopic", value);
    }

    /**
     * You can configure the action payload when you publish a message to an AWS IoT Core topic.
     *
     * <p>CloudFormation property {@code Payload}.
     */
    public IotTopicPublish payload(Value<Payload> value) {
      return set("Payload", value);
    }
  }

  /**
   * Calls a Lambda function, passing in information about the detector model instance and the event
   * that triggered the action.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.Lambda}.
   */
  public static final class Lambda extends Struct<Lambda> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.Lambda")
        .required("FunctionArn")
        .build();

    public Lambda() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Lambda function that is executed.
     *
     * <p>Required. CloudFormation property {@code FunctionArn}.
     */
    public Lambda functionArn(String value) {
      return set("FunctionArn", Value.of(value));
    }

    /** Sets {@code FunctionArn} to this value; see {@link #functionArn(String)}. */
    public Lambda functionArn(Value<String> value) {
      return set("FunctionArn", value);
    }

    /**
     * You can configure the action payload when you send a message to a Lambda function.
     *
     * <p>CloudFormation property {@code Payload}.
     */
    public Lambda payload(Value<Payload> value) {
      return set("Payload", value);
    }
  }

  /**
   * Information needed to configure the payload.
   *
   * <p>By default, AWS IoT Events generates a standard payload in JSON for any action. This action
   * payload contains all attribute-value pairs that have the information about the detector model
   * instance and the event triggered the action. To configure the action payload, you can use
   * <code>contentExpression</code> .
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.Payload}.
   */
  public static final class Payload extends Struct<Payload> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.Payload")
        .required("ContentExpression", "Type")
        .build();

    public Payload() {
      super(SCHEMA);
    }

    /**
     * The content of the payload. You can use a string expression that includes quoted strings (
     * <code>'&lt;string&gt;'</code> ), variables ( <code>$variable.&lt;variable-name&gt;</code> ),
     * input values ( <code>$input.&lt;input-name&gt;.&lt;path-to-datum&gt;</code> ), string
     * concatenations, and quoted strings that contain <code>${}</code> as the content. The
     * recommended maximum size of a content expression is 1 KB.
     *
     * <p>Required. CloudFormation property {@code ContentExpression}.
     */
    public Payload contentExpression(String value) {
      return set("ContentExpression", Value.of(value));
    }

    /** Sets {@code ContentExpression} to this value; see {@link #contentExpression(String)}. */
    public Payload contentExpression(Value<String> value) {
      return set("ContentExpression", value);
    }

    /**
     * The value of the payload type can be either <code>STRING</code> or <code>JSON</code> .
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public Payload type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Payload type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A rule that compares an input property value to a threshold value with a comparison operator.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.SimpleRule}.
   */
  public static final class SimpleRule extends Struct<SimpleRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.SimpleRule")
        .required("ComparisonOperator", "InputProperty", "Threshold")
        .allowed("ComparisonOperator", "GREATER", "GREATER_OR_EQUAL", "LESS", "LESS_OR_EQUAL",
            "EQUAL", "NOT_EQUAL")
        .build();

    public SimpleRule() {
      super(SCHEMA);
    }

    /**
     * The comparison operator.
     *
     * <p>Required. Allowed values: {@code GREATER}, {@code GREATER_OR_EQUAL}, {@code LESS}, {@code
     * LESS_OR_EQUAL}, {@code EQUAL}, {@code NOT_EQUAL}. CloudFormation property {@code
     * ComparisonOperator}.
     */
    public SimpleRule comparisonOperator(String value) {
      return set("ComparisonOperator", Value.of(value));
    }

    /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
    public SimpleRule comparisonOperator(Value<String> value) {
      return set("ComparisonOperator", value);
    }

    /**
     * The value on the left side of the comparison operator. You can specify an AWS IoT Events
     * input attribute as an input property.
     *
     * <p>Required. CloudFormation property {@code InputProperty}.
     */
    public SimpleRule inputProperty(String value) {
      return set("InputProperty", Value.of(value));
    }

    /** Sets {@code InputProperty} to this value; see {@link #inputProperty(String)}. */
    public SimpleRule inputProperty(Value<String> value) {
      return set("InputProperty", value);
    }

    /**
     * The value on the right side of the comparison operator. You can enter a number or specify an
     * AWS IoT Events input attribute.
     *
     * <p>Required. CloudFormation property {@code Threshold}.
     */
    public SimpleRule threshold(String value) {
      return set("Threshold", Value.of(value));
    }

    /** Sets {@code Threshold} to this value; see {@link #threshold(String)}. */
    public SimpleRule threshold(Value<String> value) {
      return set("Threshold", value);
    }
  }

  /**
   * Information required to publish the Amazon SNS message.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.Sns}.
   */
  public static final class Sns extends Struct<Sns> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.Sns")
        .required("TargetArn")
        .build();

    public Sns() {
      super(SCHEMA);
    }

    /**
     * You can configure the action payload when you send a message as an Amazon SNS push
     * notification.
     *
     * <p>CloudFormation property {@code Payload}.
     */
    public Sns payload(Value<Payload> value) {
      return set("Payload", value);
    }

    /**
     * The ARN of the Amazon SNS target where the message is sent.
     *
     * <p>Required. CloudFormation property {@code TargetArn}.
     */
    public Sns targetArn(String value) {
      return set("TargetArn", Value.of(value));
    }

    /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
    public Sns targetArn(Value<String> value) {
      return set("TargetArn", value);
    }
  }

  /**
   * Sends information about the detector model instance and the event that triggered the action to
   * an Amazon SQS queue.
   *
   * <p>Property type {@code AWS::IoTEvents::AlarmModel.Sqs}.
   */
  public static final class Sqs extends Struct<Sqs> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::AlarmModel.Sqs")
        .required("QueueUrl")
        .build();

    public Sqs() {
      super(SCHEMA);
    }

    /**
     * You can configure the action payload when you send a message to an Amazon SQS queue.
     *
     * <p>CloudFormation property {@code Payload}.
     */
    public Sqs payload(Value<Payload> value) {
      return set("Payload", value);
    }

    /**
     * The URL of the SQS queue where the data is written.
     *
     * <p>Required. CloudFormation property {@code QueueUrl}.
     */
    public Sqs queueUrl(String value) {
      return set("QueueUrl", Value.of(value));
    }

    /** Sets {@code QueueUrl} to this value; see {@link #queueUrl(String)}. */
    public Sqs queueUrl(Value<String> value) {
      return set("QueueUrl", value);
    }

    /**
     * Set this to TRUE if you want the data to be base-64 encoded before it is written to the
     * queue. Otherwise, set this to FALSE.
     *
     * <p>CloudFormation property {@code UseBase64}.
     */
    public Sqs useBase64(boolean value) {
      return set("UseBase64", Value.of(value));
    }

    /** Sets {@code UseBase64} to this value; see {@link #useBase64(boolean)}. */
    public Sqs useBase64(Value<Boolean> value) {
      return set("UseBase64", value);
    }
  }
}
