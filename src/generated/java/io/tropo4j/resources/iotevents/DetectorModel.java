// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotevents;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.sns.Topic;
import java.util.List;

/**
 * The AWS::IoTEvents::DetectorModel resource creates a detector model. You create a <em>detector
 * model</em> (a model of your equipment or process) using <em>states</em> . For each state, you
 * define conditional (Boolean) logic that evaluates the incoming inputs to detect significant
 * events. When an event is detected, it can change the state or trigger custom-built or predefined
 * actions using other AWS services. You can define additional events that trigger actions when
 * entering or exiting a state and, optionally, when a condition is met. For more information, see
 * <a
 * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/how-to-use-iotevents.html">How
 * to Use AWS IoT Events</a> in the <em>AWS IoT Events Developer Guide</em> .
 *
 * <p>When you successfully update a detector model (using the AWS IoT Events console, AWS IoT
 * Events API or CLI commands, or CloudFormation ) all detector instances created by the model are
 * reset to their initial states. (The detector's <code>state</code> , and the values of any
 * variables and timers are reset.) When you successfully update a detector model (using the AWS IoT
 * Events console, AWS IoT Events API or CLI commands, or CloudFormation ) the version number of the
 * detector model is incremented. (A detector model with version number 1 before the update has
 * version number 2 after the update succeeds.) If you attempt to update a detector model using
 * CloudFormation and the update does not succeed, the system may, in some cases, restore the
 * original detector model. When this occurs, the detector model's version is incremented twice (for
 * example, from version 1 to version 3) and the detector instances are reset. Also, be aware that
 * if you attempt to update several detector models at once using CloudFormation , some updates may
 * succeed and others fail. In this case, the effects on each detector model's detector instances
 * and version number depend on whether the update succeeded or failed, with the results as stated.
 *
 * <p>CloudFormation type {@code AWS::IoTEvents::DetectorModel}.
 */
public final class DetectorModel extends Resource<DetectorModel> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel")
      .required("DetectorModelDefinition", "RoleArn")
      .allowed("EvaluationMethod", "BATCH", "SERIAL")
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("DetectorModelName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DetectorModel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Information that defines how a detector operates.
   *
   * <p>Required. CloudFormation property {@code DetectorModelDefinition}.
   */
  public DetectorModel detectorModelDefinition(Value<DetectorModelDefinition> value) {
    return set("DetectorModelDefinition", value);
  }

  /**
   * A brief description of the detector model.
   *
   * <p>CloudFormation property {@code DetectorModelDescription}.
   */
  public DetectorModel detectorModelDescription(String value) {
    return set("DetectorModelDescription", Value.of(value));
  }

  /**
   * Sets {@code DetectorModelDescription} to this value; see {@link
   * #detectorModelDescription(String)}.
   */
  public DetectorModel detectorModelDescription(Value<String> value) {
    return set("DetectorModelDescription", value);
  }

  /**
   * The name of the detector model.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DetectorModelName}.
   */
  public DetectorModel detectorModelName(String value) {
    return set("DetectorModelName", Value.of(value));
  }

  /** Sets {@code DetectorModelName} to this value; see {@link #detectorModelName(String)}. */
  public DetectorModel detectorModelName(Value<String> value) {
    return set("DetectorModelName", value);
  }

  /**
   * Information about the order in which events are evaluated and how actions are executed.
   *
   * <p>Allowed values: {@code BATCH}, {@code SERIAL}. CloudFormation property {@code
   * EvaluationMethod}.
   */
  public DetectorModel evaluationMethod(String value) {
    return set("EvaluationMethod", Value.of(value));
  }

  /** Sets {@code EvaluationMethod} to this value; see {@link #evaluationMethod(String)}. */
  public DetectorModel evaluationMethod(Value<String> value) {
    return set("EvaluationMethod", value);
  }

  /**
   * The value used to identify a detector instance. When a device or system sends input, a new
   * detector instance with a unique key value is created. AWS IoT Events can continue to route
   * input to its corresponding detector instance based on this identifying information.
   *
   * <p>This parameter uses a JSON-path expression to select the attribute-value pair in the message
   * payload that is used for identification. To route the message to the correct detector instance,
   * the device must send a message payload that contains the same attribute-value.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Key}.
   */
  public DetectorModel key(String value) {
    return set("Key", Value.of(value));
  }

  /** Sets {@code Key} to this value; see {@link #key(String)}. */
  public DetectorModel key(Value<String> value) {
    return set("Key", value);
  }

  /**
   * The ARN of the role that grants permission to AWS IoT Events to perform its operations.
   *
   * <p>Required. CloudFormation property {@code RoleArn}.
   */
  public DetectorModel roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public DetectorModel roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public DetectorModel roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DetectorModel tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DetectorModel tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DetectorModel tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An action to be performed when the <code>condition</code> is TRUE.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTEvents::DetectorModel.Action");

    public Action() {
      super(SCHEMA);
    }

    /**
     * Information needed to clear the timer.
     *
     * <p>CloudFormation property {@code ClearTimer}.
     */
    public Action clearTimer(Value<ClearTimer> value) {
      return set("ClearTimer", value);
    }

    /**
     * Writes to the DynamoDB table that you created. The default action payload contains all
     * attribute-value pairs that have the information about the detector model instance and the
     * event that triggered the action. You can customize the <a
     * href="https://docs.aws.amazon.com/iotevents/latest/apireference/API_Payload.html">payload</a>
     * . One column of the DynamoDB table receives all attribute-value pairs in the payload that you
     * specify. For more information, see <a
     * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/iotevents-event-actions.html">Actions</a>
     * in <em>AWS IoT Events Developer Guide</em> .
     *
     * <p>CloudFormation property {@code DynamoDB}.
     */
    public Action dynamoDB(Value<DynamoDB> value) {
      return set("DynamoDB", value);
    }

    /**
     * Writes to the DynamoDB table that you created. The default action payload contains all
     * attribute-value pairs that have the information about the detector model instance and the
     * event that triggered the action. You can customize the <a
     * href="https://docs.aws.amazon.com/iotevents/latest/apireference/API_Payload.html">payload</a>
     * . A separate column of the DynamoDB table receives one attribute-value pair in the payload
     * that you specify. For more information, see <a
     * href="https://docs.aws.amazon.com/iotevents/latest/developerguide/iotevents-event-actions.html">Actions</a>
     * in <em>AWS IoT Events Developer Guide</em> .
     *
     * <p>CloudFormation property {@code DynamoDBv2}.
     */
    public Action dynamoDBv2(Value<DynamoDBv2> value) {
      return set("DynamoDBv2", value);
    }

    /**
     * Sends information about the detector model instance and the event that triggered the action
     * to an Amazon Kinesis Data Firehose delivery stream.
     *
     * <p>CloudFormation property {@code Firehose}.
     */
    public Action firehose(Value<Firehose> value) {
      return set("Firehose", value);
    }

    /**
     * Sends AWS IoT Events input, which passes information about the detector model instance and
     * the event that triggered the action.
     *
     * <p>CloudFormation property {@code IotEvents}.
     */
    public Action iotEvents(Value<IotEvents> value) {
      return set("IotEvents", value);
    }

    /**
     * Sends information about the detector model instance and the event that triggered the action
     * to an asset property in AWS IoT SiteWise .
     *
     * <p>CloudFormation property {@code IotSiteWise}.
     */
    public Action iotSiteWise(Value<IotSiteWise> value) {
      return set("IotSiteWise", value);
    }

    /**
     * Publishes an MQTT message with the given topic to the AWS IoT message broker.
     *
     * <p>CloudFormation property {@code IotTopicPublish}.
     */
    public Action iotTopicPublish(Value<IotTopicPublish> value) {
      return set("IotTopicPublish", value);
    }

    /**
     * Calls a Lambda function, passing in information about the detector model instance and the
     * event that triggered the action.
     *
     * <p>CloudFormation property {@code Lambda}.
     */
    public Action lambda(Value<Lambda> value) {
      return set("Lambda", value);
    }

    /**
     * Information needed to reset the timer.
     *
     * <p>CloudFormation property {@code ResetTimer}.
     */
    public Action resetTimer(Value<ResetTimer> value) {
      return set("ResetTimer", value);
    }

    /**
     * Information needed to set the timer.
     *
     * <p>CloudFormation property {@code SetTimer}.
     */
    public Action setTimer(Value<SetTimer> value) {
      return set("SetTimer", value);
    }

    /**
     * Sets a variable to a specified value.
     *
     * <p>CloudFormation property {@code SetVariable}.
     */
    public Action setVariable(Value<SetVariable> value) {
      return set("SetVariable", value);
    }

    /**
     * Sends an Amazon SNS message.
     *
     * <p>CloudFormation property {@code Sns}.
     */
    public Action sns(Value<Sns> value) {
      return set("Sns", value);
    }

    /**
     * Sends an Amazon SNS message.
     *
     * <p>CloudFormation property {@code Sqs}.
     */
    public Action sqs(Value<Sqs> value) {
      return set("Sqs", value);
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
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.AssetPropertyTimestamp}.
   */
  public static final class AssetPropertyTimestamp extends Struct<AssetPropertyTimestamp> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.AssetPropertyTimestamp")
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
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.AssetPropertyValue}.
   */
  public static final class AssetPropertyValue extends Struct<AssetPropertyValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.AssetPropertyValue")
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
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.AssetPropertyVariant}.
   */
  public static final class AssetPropertyVariant extends Struct<AssetPropertyVariant> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTEvents::DetectorModel.AssetPropertyVariant");

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
   * Information needed to clear the timer.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.ClearTimer}.
   */
  public static final class ClearTimer extends Struct<ClearTimer> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.ClearTimer")
        .required("TimerName")
        .build();

    public ClearTimer() {
      super(SCHEMA);
    }

    /**
     * The name of the timer to clear.
     *
     * <p>Required. CloudFormation property {@code TimerName}.
     */
    public ClearTimer timerName(String value) {
      return set("TimerName", Value.of(value));
    }

    /** Sets {@code TimerName} to this value; see {@link #timerName(String)}. */
    public ClearTimer timerName(Value<String> value) {
      return set("TimerName", value);
    }
  }

  /**
   * Information that defines how a detector operates.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.DetectorModelDefinition}.
   */
  public static final class DetectorModelDefinition extends Struct<DetectorModelDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.DetectorModelDefinition")
        .required("InitialStateName", "States")
        .build();

    public DetectorModelDefinition() {
      super(SCHEMA);
    }

    /**
     * The state that is entered at the creation of each detector (instance).
     *
     * <p>Required. CloudFormation property {@code InitialStateName}.
     */
    public DetectorModelDefinition initialStateName(String value) {
      return set("InitialStateName", Value.of(value));
    }

    /** Sets {@code InitialStateName} to this value; see {@link #initialStateName(String)}. */
    public DetectorModelDefinition initialStateName(Value<String> value) {
      return set("InitialStateName", value);
    }

    /**
     * Information about the states of the detector.
     *
     * <p>Required. CloudFormation property {@code States}.
     */
    public DetectorModelDefinition states(List<State> value) {
      return set("States", Value.listOf(value));
    }

    /** Sets {@code States} to this value; see {@link #states(List)}. */
    public DetectorModelDefinition states(Value<List<State>> value) {
      return set("States", value);
    }

    /** Sets {@code States} to a list of these; see {@link #states(List)}. */
    public DetectorModelDefinition states(State... values) {
      return set("States", Value.list(values));
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
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.DynamoDB}.
   */
  public static final class DynamoDB extends Struct<DynamoDB> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.DynamoDB")
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
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.DynamoDBv2}.
   */
  public static final class DynamoDBv2 extends Struct<DynamoDBv2> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.DynamoDBv2")
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
   * Specifies the <code>actions</code> to be performed when the <code>condition</code> evaluates to
   * TRUE.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.Event}.
   */
  public static final class Event extends Struct<Event> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.Event")
        .required("EventName")
        .build();

    public Event() {
      super(SCHEMA);
    }

    /**
     * The actions to be performed.
     *
     * <p>CloudFormation property {@code Actions}.
     */
    public Event actions(List<Action> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public Event actions(Value<List<Action>> value) {
      return set("Actions", value);
    }

    /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
    public Event actions(Action... values) {
      return set("Actions", Value.list(values));
    }

    /**
     * Optional. The Boolean expression that, when TRUE, causes the <code>actions</code> to be
     * performed. If not present, the actions are performed (=TRUE). If the expression result is not
     * a Boolean value, the actions are not performed (=FALSE).
     *
     * <p>CloudFormation property {@code Condition}.
     */
    public Event condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public Event condition(Value<String> value) {
      return set("Condition", value);
    }

    /**
     * The name of the event.
     *
     * <p>Required. CloudFormation property {@code EventName}.
     */
    public Event eventName(String value) {
      return set("EventName", Value.of(value));
    }

    /** Sets {@code EventName} to this value; see {@link #eventName(String)}. */
    public Event eventName(Value<String> value) {
      return set("EventName", value);
    }
  }

  /**
   * Sends information about the detector model instance and the event that triggered the action to
   * an Amazon Kinesis Data Firehose delivery stream.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.Firehose}.
   */
  public static final class Firehose extends Struct<Firehose> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.Firehose")
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
   * Sends an AWS IoT Events input, passing in information about the detector model instance and the
   * event that triggered the action.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.IotEvents}.
   */
  public static final class IotEvents extends Struct<IotEvents> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.IotEvents")
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
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.IotSiteWise}.
   */
  public static final class IotSiteWise extends Struct<IotSiteWise> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.IotSiteWise")
        .required("PropertyValue")
        .build();

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
     * <p>Required. CloudFormation property {@code PropertyValue}.
     */
    public IotSiteWise propertyValue(Value<AssetPropertyValue> value) {
      return set("PropertyValue", value);
    }
  }

  /**
   * Information required to publish the MQTT message through the AWS IoT message broker.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.IotTopicPublish}.
   */
  public static final class IotTopicPublish extends Struct<IotTopicPublish> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.IotTopicPublish")
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
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.Lambda}.
   */
  public static final class Lambda extends Struct<Lambda> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.Lambda")
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
   * When entering this state, perform these <code>actions</code> if the <code>condition</code> is
   * TRUE.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.OnEnter}.
   */
  public static final class OnEnter extends Struct<OnEnter> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTEvents::DetectorModel.OnEnter");

    public OnEnter() {
      super(SCHEMA);
    }

    /**
     * Specifies the actions that are performed when the state is entered and the
     * <code>condition</code> is <code>TRUE</code> .
     *
     * <p>CloudFormation property {@code Events}.
     */
    public OnEnter events(List<Event> value) {
      return set("Events", Value.listOf(value));
    }

    /** Sets {@code Events} to this value; see {@link #events(List)}. */
    public OnEnter events(Value<List<Event>> value) {
      return set("Events", value);
    }

    /** Sets {@code Events} to a list of these; see {@link #events(List)}. */
    public OnEnter events(Event... values) {
      return set("Events", Value.list(values));
    }
  }

  /**
   * When exiting this state, perform these <code>actions</code> if the specified
   * <code>condition</code> is <code>TRUE</code> .
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.OnExit}.
   */
  public static final class OnExit extends Struct<OnExit> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTEvents::DetectorModel.OnExit");

    public OnExit() {
      super(SCHEMA);
    }

    /**
     * Specifies the <code>actions</code> that are performed when the state is exited and the
     * <code>condition</code> is <code>TRUE</code> .
     *
     * <p>CloudFormation property {@code Events}.
     */
    public OnExit events(List<Event> value) {
      return set("Events", Value.listOf(value));
    }

    /** Sets {@code Events} to this value; see {@link #events(List)}. */
    public OnExit events(Value<List<Event>> value) {
      return set("Events", value);
    }

    /** Sets {@code Events} to a list of these; see {@link #events(List)}. */
    public OnExit events(Event... values) {
      return set("Events", Value.list(values));
    }
  }

  /**
   * Specifies the actions performed when the <code>condition</code> evaluates to TRUE.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.OnInput}.
   */
  public static final class OnInput extends Struct<OnInput> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTEvents::DetectorModel.OnInput");

    public OnInput() {
      super(SCHEMA);
    }

    /**
     * Specifies the actions performed when the <code>condition</code> evaluates to TRUE.
     *
     * <p>CloudFormation property {@code Events}.
     */
    public OnInput events(List<Event> value) {
      return set("Events", Value.listOf(value));
    }

    /** Sets {@code Events} to this value; see {@link #events(List)}. */
    public OnInput events(Value<List<Event>> value) {
      return set("Events", value);
    }

    /** Sets {@code Events} to a list of these; see {@link #events(List)}. */
    public OnInput events(Event... values) {
      return set("Events", Value.list(values));
    }

    /**
     * Specifies the actions performed, and the next state entered, when a <code>condition</code>
     * evaluates to TRUE.
     *
     * <p>CloudFormation property {@code TransitionEvents}.
     */
    public OnInput transitionEvents(List<TransitionEvent> value) {
      return set("TransitionEvents", Value.listOf(value));
    }

    /** Sets {@code TransitionEvents} to this value; see {@link #transitionEvents(List)}. */
    public OnInput transitionEvents(Value<List<TransitionEvent>> value) {
      return set("TransitionEvents", value);
    }

    /** Sets {@code TransitionEvents} to a list of these; see {@link #transitionEvents(List)}. */
    public OnInput transitionEvents(TransitionEvent... values) {
      return set("TransitionEvents", Value.list(values));
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
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.Payload}.
   */
  public static final class Payload extends Struct<Payload> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.Payload")
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
   * Information required to reset the timer. The timer is reset to the previously evaluated result
   * of the duration. The duration expression isn't reevaluated when you reset the timer.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.ResetTimer}.
   */
  public static final class ResetTimer extends Struct<ResetTimer> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.ResetTimer")
        .required("TimerName")
        .build();

    public ResetTimer() {
      super(SCHEMA);
    }

    /**
     * The name of the timer to reset.
     *
     * <p>Required. CloudFormation property {@code TimerName}.
     */
    public ResetTimer timerName(String value) {
      return set("TimerName", Value.of(value));
    }

    /** Sets {@code TimerName} to this value; see {@link #timerName(String)}. */
    public ResetTimer timerName(Value<String> value) {
      return set("TimerName", value);
    }
  }

  /**
   * Information needed to set the timer.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.SetTimer}.
   */
  public static final class SetTimer extends Struct<SetTimer> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.SetTimer")
        .required("TimerName")
        .build();

    public SetTimer() {
      super(SCHEMA);
    }

    /**
     * The duration of the timer, in seconds. You can use a string expression that includes numbers,
     * variables ( <code>$variable.&lt;variable-name&gt;</code> ), and input values (
     * <code>$input.&lt;input-name&gt;.&lt;path-to-datum&gt;</code> ) as the duration. The range of
     * the duration is 1-31622400 seconds. To ensure accuracy, the minimum duration is 60 seconds.
     * The evaluated result of the duration is rounded down to the nearest whole number.
     *
     * <p>CloudFormation property {@code DurationExpression}.
     */
    public SetTimer durationExpression(String value) {
      return set("DurationExpression", Value.of(value));
    }

    /** Sets {@code DurationExpression} to this value; see {@link #durationExpression(String)}. */
    public SetTimer durationExpression(Value<String> value) {
      return set("DurationExpression", value);
    }

    /**
     * The number of seconds until the timer expires. The minimum value is 60 seconds to ensure
     * accuracy. The maximum value is 31622400 seconds.
     *
     * <p>CloudFormation property {@code Seconds}.
     */
    public SetTimer seconds(int value) {
      return set("Seconds", Value.of(value));
    }

    /** Sets {@code Seconds} to this value; see {@link #seconds(int)}. */
    public SetTimer seconds(Value<Integer> value) {
      return set("Seconds", value);
    }

    /**
     * The name of the timer.
     *
     * <p>Required. CloudFormation property {@code TimerName}.
     */
    public SetTimer timerName(String value) {
      return set("TimerName", Value.of(value));
    }

    /** Sets {@code TimerName} to this value; see {@link #timerName(String)}. */
    public SetTimer timerName(Value<String> value) {
      return set("TimerName", value);
    }
  }

  /**
   * Information about the variable and its new value.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.SetVariable}.
   */
  public static final class SetVariable extends Struct<SetVariable> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.SetVariable")
        .required("Value", "VariableName")
        .build();

    public SetVariable() {
      super(SCHEMA);
    }

    /**
     * The new value of the variable.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public SetVariable value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public SetVariable value(Value<String> value) {
      return set("Value", value);
    }

    /**
     * The name of the variable.
     *
     * <p>Required. CloudFormation property {@code VariableName}.
     */
    public SetVariable variableName(String value) {
      return set("VariableName", Value.of(value));
    }

    /** Sets {@code VariableName} to this value; see {@link #variableName(String)}. */
    public SetVariable variableName(Value<String> value) {
      return set("VariableName", value);
    }
  }

  /**
   * Information required to publish the Amazon SNS message.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.Sns}.
   */
  public static final class Sns extends Struct<Sns> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.Sns")
        .required("TargetArn")
        .references("TargetArn", "AWS::SNS::Topic.Ref")
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

    /**
     * Sets {@code TargetArn} to the Ref of {@code AWS::SNS::Topic}; see {@link #targetArn(String)}.
     */
    public Sns targetArn(Topic resource) {
      return set("TargetArn", resource.ref());
    }
  }

  /**
   * Sends information about the detector model instance and the event that triggered the action to
   * an Amazon SQS queue.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.Sqs}.
   */
  public static final class Sqs extends Struct<Sqs> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.Sqs")
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

  /**
   * Information that defines a state of a detector.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.State}.
   */
  public static final class State extends Struct<State> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.State")
        .required("StateName")
        .build();

    public State() {
      super(SCHEMA);
    }

    /**
     * When entering this state, perform these <code>actions</code> if the <code>condition</code> is
     * TRUE.
     *
     * <p>CloudFormation property {@code OnEnter}.
     */
    public State onEnter(Value<OnEnter> value) {
      return set("OnEnter", value);
    }

    /**
     * When exiting this state, perform these <code>actions</code> if the specified
     * <code>condition</code> is <code>TRUE</code> .
     *
     * <p>CloudFormation property {@code OnExit}.
     */
    public State onExit(Value<OnExit> value) {
      return set("OnExit", value);
    }

    /**
     * When an input is received and the <code>condition</code> is TRUE, perform the specified
     * <code>actions</code> .
     *
     * <p>CloudFormation property {@code OnInput}.
     */
    public State onInput(Value<OnInput> value) {
      return set("OnInput", value);
    }

    /**
     * The name of the state.
     *
     * <p>Required. CloudFormation property {@code StateName}.
     */
    public State stateName(String value) {
      return set("StateName", Value.of(value));
    }

    /** Sets {@code StateName} to this value; see {@link #stateName(String)}. */
    public State stateName(Value<String> value) {
      return set("StateName", value);
    }
  }

  /**
   * Specifies the actions performed and the next state entered when a <code>condition</code>
   * evaluates to TRUE.
   *
   * <p>Property type {@code AWS::IoTEvents::DetectorModel.TransitionEvent}.
   */
  public static final class TransitionEvent extends Struct<TransitionEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTEvents::DetectorModel.TransitionEvent")
        .required("Condition", "EventName", "NextState")
        .build();

    public TransitionEvent() {
      super(SCHEMA);
    }

    /**
     * The actions to be performed.
     *
     * <p>CloudFormation property {@code Actions}.
     */
    public TransitionEvent actions(List<Action> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public TransitionEvent actions(Value<List<Action>> value) {
      return set("Actions", value);
    }

    /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
    public TransitionEvent actions(Action... values) {
      return set("Actions", Value.list(values));
    }

    /**
     * Required. A Boolean expression that when TRUE causes the actions to be performed and the
     * <code>nextState</code> to be entered.
     *
     * <p>Required. CloudFormation property {@code Condition}.
     */
    public TransitionEvent condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public TransitionEvent condition(Value<String> value) {
      return set("Condition", value);
    }

    /**
     * The name of the transition event.
     *
     * <p>Required. CloudFormation property {@code EventName}.
     */
    public TransitionEvent eventName(String value) {
      return set("EventName", Value.of(value));
    }

    /** Sets {@code EventName} to this value; see {@link #eventName(String)}. */
    public TransitionEvent eventName(Value<String> value) {
      return set("EventName", value);
    }

    /**
     * The next state to enter.
     *
     * <p>Required. CloudFormation property {@code NextState}.
     */
    public TransitionEvent nextState(String value) {
      return set("NextState", Value.of(value));
    }

    /** Sets {@code NextState} to this value; see {@link #nextState(String)}. */
    public TransitionEvent nextState(Value<String> value) {
      return set("NextState", value);
    }
  }
}
