// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotanalytics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.lambda.Function;
import java.util.List;
import java.util.Map;

/**
 * The AWS::IoTAnalytics::Pipeline resource consumes messages from one or more channels and allows
 * you to process the messages before storing them in a data store. You must specify both a
 * <code>channel</code> and a <code>datastore</code> activity and, optionally, as many as 23
 * additional activities in the <code>pipelineActivities</code> array. For more information, see <a
 * href="https://docs.aws.amazon.com/iotanalytics/latest/userguide/welcome.html#aws-iot-analytics-how">How
 * to Use</a> in the <em>User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTAnalytics::Pipeline}.
 */
public final class Pipeline extends Resource<Pipeline> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Pipeline")
      .required("PipelineActivities")
      .constrain("PipelineName", Constraint.of().pattern("[a-zA-Z0-9_]+").minLength(1).maxLength(128))
      .refYields("PipelineName")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Pipeline(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of "PipelineActivity" objects. Activities perform transformations on your messages, such
   * as removing, renaming or adding message attributes; filtering messages based on attribute
   * values; invoking your Lambda functions on messages for advanced processing; or performing
   * mathematical transformations to normalize device data.
   *
   * <p>The list can be 2-25 <em>PipelineActivity</em> objects and must contain both a
   * <code>channel</code> and a <code>datastore</code> activity. Each entry in the list must contain
   * only one activity, for example:
   *
   * <p><code>pipelineActivities = [ { "channel": { ... } }, { "lambda": { ... } }, ... ]</code>
   *
   * <p>Required. CloudFormation property {@code PipelineActivities}.
   */
  public Pipeline pipelineActivities(List<Activity> value) {
    return set("PipelineActivities", Value.listOf(value));
  }

  /** Sets {@code PipelineActivities} to this value; see {@link #pipelineActivities(List)}. */
  public Pipeline pipelineActivities(Value<List<Activity>> value) {
    return set("PipelineActivities", value);
  }

  /** Sets {@code PipelineActivities} to a list of these; see {@link #pipelineActivities(List)}. */
  public Pipeline pipelineActivities(Activity... values) {
    return set("PipelineActivities", Value.list(values));
  }

  /**
   * The name of the pipeline.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9_]+}. CloudFormation property {@code PipelineName}.
   */
  public Pipeline pipelineName(String value) {
    return set("PipelineName", Value.of(value));
  }

  /** Sets {@code PipelineName} to this value; see {@link #pipelineName(String)}. */
  public Pipeline pipelineName(Value<String> value) {
    return set("PipelineName", value);
  }

  /**
   * Metadata which can be used to manage the pipeline.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Pipeline tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Pipeline tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Pipeline tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * An activity that performs a transformation on a message.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Pipeline.Activity}.
   */
  public static final class Activity extends Struct<Activity> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTAnalytics::Pipeline.Activity");

    public Activity() {
      super(SCHEMA);
    }

    /**
     * Adds other attributes based on existing attributes in the message.
     *
     * <p>CloudFormation property {@code AddAttributes}.
     */
    public Activity addAttributes(Value<AddAttributes> value) {
      return set("AddAttributes", value);
    }

    /**
     * Determines the source of the messages to be processed.
     *
     * <p>CloudFormation property {@code Channel}.
     */
    public Activity channel(Value<Channel> value) {
      return set("Channel", value);
    }

    /**
     * Specifies where to store the processed message data.
     *
     * <p>CloudFormation property {@code Datastore}.
     */
    public Activity datastore(Value<Datastore> value) {
      return set("Datastore", value);
    }

    /**
     * Adds data from the AWS IoT device registry to your message.
     *
     * <p>CloudFormation property {@code DeviceRegistryEnrich}.
     */
    public Activity deviceRegistryEnrich(Value<DeviceRegistryEnrich> value) {
      return set("DeviceRegistryEnrich", value);
    }

    /**
     * Adds information from the AWS IoT Device Shadows service to a message.
     *
     * <p>CloudFormation property {@code DeviceShadowEnrich}.
     */
    public Activity deviceShadowEnrich(Value<DeviceShadowEnrich> value) {
      return set("DeviceShadowEnrich", value);
    }

    /**
     * Filters a message based on its attributes.
     *
     * <p>CloudFormation property {@code Filter}.
     */
    public Activity filter(Value<Filter> value) {
      return set("Filter", value);
    }

    /**
     * Runs a Lambda function to modify the message.
     *
     * <p>CloudFormation property {@code Lambda}.
     */
    public Activity lambda(Value<Lambda> value) {
      return set("Lambda", value);
    }

    /**
     * Computes an arithmetic expression using the message's attributes and adds it to the message.
     *
     * <p>CloudFormation property {@code Math}.
     */
    public Activity math(Value<Math> value) {
      return set("Math", value);
    }

    /**
     * Removes attributes from a message.
     *
     * <p>CloudFormation property {@code RemoveAttributes}.
     */
    public Activity removeAttributes(Value<RemoveAttributes> value) {
      return set("RemoveAttributes", value);
    }

    /**
     * Creates a new message using only the specified attributes from the original message.
     *
     * <p>CloudFormation property {@code SelectAttributes}.
     */
    public Activity selectAttributes(Value<SelectAttributes> value) {
      return set("SelectAttributes", value);
    }
  }

  /**
   * An activity that adds other attributes based on existing attributes in the message.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Pipeline.AddAttributes}.
   */
  public static final class AddAttributes extends Struct<AddAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Pipeline.AddAttributes")
        .required("Attributes", "Name")
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .constrain("Next", Constraint.of().minLength(1).maxLength(128))
        .build();

    public AddAttributes() {
      super(SCHEMA);
    }

    /**
     * A list of 1-50 "AttributeNameMapping" objects that map an existing attribute to a new
     * attribute.
     *
     * <p>The existing attributes remain in the message, so if you want to remove the originals, use
     * "RemoveAttributeActivity".
     *
     * <p>Required. CloudFormation property {@code Attributes}.
     */
    public AddAttributes attributes(Map<String, String> value) {
      return set("Attributes", Value.mapOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(Map)}. */
    public AddAttributes attributes(Value<Map<String, String>> value) {
      return set("Attributes", value);
    }

    /**
     * The name of the 'addAttributes' activity.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public AddAttributes name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AddAttributes name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The next activity in the pipeline.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Next}.
     */
    public AddAttributes next(String value) {
      return set("Next", Value.of(value));
    }

    /** Sets {@code Next} to this value; see {@link #next(String)}. */
    public AddAttributes next(Value<String> value) {
      return set("Next", value);
    }
  }

  /**
   * Determines the source of the messages to be processed.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Pipeline.Channel}.
   */
  public static final class Channel extends Struct<Channel> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Pipeline.Channel")
        .required("ChannelName", "Name")
        .constrain("ChannelName", Constraint.of().pattern("[a-zA-Z0-9_]+").minLength(1).maxLength(128))
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .constrain("Next", Constraint.of().minLength(1).maxLength(128))
        .build();

    public Channel() {
      super(SCHEMA);
    }

    /**
     * The name of the channel from which the messages are processed.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code [a-zA-Z0-9_]+}. CloudFormation
     * property {@code ChannelName}.
     */
    public Channel channelName(String value) {
      return set("ChannelName", Value.of(value));
    }

    /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
    public Channel channelName(Value<String> value) {
      return set("ChannelName", value);
    }

    /**
     * The name of the 'channel' activity.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public Channel name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Channel name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The next activity in the pipeline.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Next}.
     */
    public Channel next(String value) {
      return set("Next", Value.of(value));
    }

    /** Sets {@code Next} to this value; see {@link #next(String)}. */
    public Channel next(Value<String> value) {
      return set("Next", value);
    }
  }

  /**
   * The datastore activity that specifies where to store the processed data.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Pipeline.Datastore}.
   */
  public static final class Datastore extends Struct<Datastore> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Pipeline.Datastore")
        .required("DatastoreName", "Name")
        .constrain("DatastoreName", Constraint.of().pattern("[a-zA-Z0-9_]+").minLength(1).maxLength(128))
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .build();

    public Datastore() {
      super(SCHEMA);
    }

    /**
     * The name of the data store where processed messages are stored.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code [a-zA-Z0-9_]+}. CloudFormation
     * property {@code DatastoreName}.
     */
    public Datastore datastoreName(String value) {
      return set("DatastoreName", Value.of(value));
    }

    /** Sets {@code DatastoreName} to this value; see {@link #datastoreName(String)}. */
    public Datastore datastoreName(Value<String> value) {
      return set("DatastoreName", value);
    }

    /**
     * The name of the datastore activity.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public Datastore name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Datastore name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * An activity that adds data from the AWS IoT device registry to your message.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Pipeline.DeviceRegistryEnrich}.
   */
  public static final class DeviceRegistryEnrich extends Struct<DeviceRegistryEnrich> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Pipeline.DeviceRegistryEnrich")
        .required("Attribute", "Name", "RoleArn", "ThingName")
        .constrain("Attribute", Constraint.of().minLength(1).maxLength(256))
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .constrain("Next", Constraint.of().minLength(1).maxLength(128))
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("ThingName", Constraint.of().minLength(1).maxLength(256))
        .build();

    public DeviceRegistryEnrich() {
      super(SCHEMA);
    }

    /**
     * The name of the attribute that is added to the message.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Attribute}.
     */
    public DeviceRegistryEnrich attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public DeviceRegistryEnrich attribute(Value<String> value) {
      return set("Attribute", value);
    }

    /**
     * The name of the 'deviceRegistryEnrich' activity.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public DeviceRegistryEnrich name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DeviceRegistryEnrich name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The next activity in the pipeline.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Next}.
     */
    public DeviceRegistryEnrich next(String value) {
      return set("Next", Value.of(value));
    }

    /** Sets {@code Next} to this value; see {@link #next(String)}. */
    public DeviceRegistryEnrich next(Value<String> value) {
      return set("Next", value);
    }

    /**
     * The ARN of the role that allows access to the device's registry information.
     *
     * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public DeviceRegistryEnrich roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public DeviceRegistryEnrich roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The name of the IoT device whose registry information is added to the message.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code ThingName}.
     */
    public DeviceRegistryEnrich thingName(String value) {
      return set("ThingName", Value.of(value));
    }

    /** Sets {@code ThingName} to this value; see {@link #thingName(String)}. */
    public DeviceRegistryEnrich thingName(Value<String> value) {
      return set("ThingName", value);
    }
  }

  /**
   * An activity that adds information from the AWS IoT Device Shadows service to a message.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Pipeline.DeviceShadowEnrich}.
   */
  public static final class DeviceShadowEnrich extends Struct<DeviceShadowEnrich> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Pipeline.DeviceShadowEnrich")
        .required("Attribute", "Name", "RoleArn", "ThingName")
        .constrain("Attribute", Constraint.of().minLength(1).maxLength(256))
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .constrain("Next", Constraint.of().minLength(1).maxLength(128))
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("ThingName", Constraint.of().minLength(1).maxLength(256))
        .build();

    public DeviceShadowEnrich() {
      super(SCHEMA);
    }

    /**
     * The name of the attribute that is added to the message.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Attribute}.
     */
    public DeviceShadowEnrich attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public DeviceShadowEnrich attribute(Value<String> value) {
      return set("Attribute", value);
    }

    /**
     * The name of the 'deviceShadowEnrich' activity.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public DeviceShadowEnrich name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DeviceShadowEnrich name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The next activity in the pipeline.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Next}.
     */
    public DeviceShadowEnrich next(String value) {
      return set("Next", Value.of(value));
    }

    /** Sets {@code Next} to this value; see {@link #next(String)}. */
    public DeviceShadowEnrich next(Value<String> value) {
      return set("Next", value);
    }

    /**
     * The ARN of the role that allows access to the device's shadow.
     *
     * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public DeviceShadowEnrich roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public DeviceShadowEnrich roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The name of the IoT device whose shadow information is added to the message.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code ThingName}.
     */
    public DeviceShadowEnrich thingName(String value) {
      return set("ThingName", Value.of(value));
    }

    /** Sets {@code ThingName} to this value; see {@link #thingName(String)}. */
    public DeviceShadowEnrich thingName(Value<String> value) {
      return set("ThingName", value);
    }
  }

  /**
   * An activity that filters a message based on its attributes.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Pipeline.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Pipeline.Filter")
        .required("Filter", "Name")
        .constrain("Filter", Constraint.of().minLength(1).maxLength(256))
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .constrain("Next", Constraint.of().minLength(1).maxLength(128))
        .build();

    public Filter() {
      super(SCHEMA);
    }

    /**
     * An expression that looks like an SQL WHERE clause that must return a Boolean value.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Filter}.
     */
    public Filter filter(String value) {
      return set("Filter", Value.of(value));
    }

    /** Sets {@code Filter} to this value; see {@link #filter(String)}. */
    public Filter filter(Value<String> value) {
      return set("Filter", value);
    }

    /**
     * The name of the 'filter' activity.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public Filter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Filter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The next activity in the pipeline.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Next}.
     */
    public Filter next(String value) {
      return set("Next", Value.of(value));
    }

    /** Sets {@code Next} to this value; see {@link #next(String)}. */
    public Filter next(Value<String> value) {
      return set("Next", value);
    }
  }

  /**
   * An activity that runs a Lambda function to modify the message.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Pipeline.Lambda}.
   */
  public static final class Lambda extends Struct<Lambda> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Pipeline.Lambda")
        .required("BatchSize", "LambdaName", "Name")
        .constrain("BatchSize", Constraint.of().minimum(1).maximum(1000))
        .constrain("LambdaName", Constraint.of().pattern("[a-zA-Z0-9_-]+").minLength(1).maxLength(64))
        .references("LambdaName", "AWS::Lambda::Function.Ref")
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .constrain("Next", Constraint.of().minLength(1).maxLength(128))
        .build();

    public Lambda() {
      super(SCHEMA);
    }

    /**
     * The number of messages passed to the Lambda function for processing.
     *
     * <p>The AWS Lambda function must be able to process all of these messages within five minutes,
     * which is the maximum timeout duration for Lambda functions.
     *
     * <p>Required. Range: 1 to 1000. CloudFormation property {@code BatchSize}.
     */
    public Lambda batchSize(int value) {
      return set("BatchSize", Value.of(value));
    }

    /** Sets {@code BatchSize} to this value; see {@link #batchSize(int)}. */
    public Lambda batchSize(Value<Integer> value) {
      return set("BatchSize", value);
    }

    /**
     * The name of the Lambda function that is run on the message.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code [a-zA-Z0-9_-]+}. CloudFormation
     * property {@code LambdaName}.
     */
    public Lambda lambdaName(String value) {
      return set("LambdaName", Value.of(value));
    }

    /** Sets {@code LambdaName} to this value; see {@link #lambdaName(String)}. */
    public Lambda lambdaName(Value<String> value) {
      return set("LambdaName", value);
    }

    /**
     * Sets {@code LambdaName} to the Ref of {@code AWS::Lambda::Function}; see {@link
     * #lambdaName(String)}.
     */
    public Lambda lambdaName(Function resource) {
      return set("LambdaName", resource.ref());
    }

    /**
     * The name of the 'lambda' activity.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public Lambda name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Lambda name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The next activity in the pipeline.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Next}.
     */
    public Lambda next(String value) {
      return set("Next", Value.of(value));
    }

    /** Sets {@code Next} to this value; see {@link #next(String)}. */
    public Lambda next(Value<String> value) {
      return set("Next", value);
    }
  }

  /**
   * An activity that computes an arithmetic expression using the message's attributes.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Pipeline.Math}.
   */
  public static final class Math extends Struct<Math> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Pipeline.Math")
        .required("Attribute", "Math", "Name")
        .constrain("Attribute", Constraint.of().minLength(1).maxLength(256))
        .constrain("Math", Constraint.of().minLength(1).maxLength(256))
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .constrain("Next", Constraint.of().minLength(1).maxLength(128))
        .build();

    public Math() {
      super(SCHEMA);
    }

    /**
     * The name of the attribute that contains the result of the math operation.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Attribute}.
     */
    public Math attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public Math attribute(Value<String> value) {
      return set("Attribute", value);
    }

    /**
     * An expression that uses one or more existing attributes and must return an integer value.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Math}.
     */
    public Math math(String value) {
      return set("Math", Value.of(value));
    }

    /** Sets {@code Math} to this value; see {@link #math(String)}. */
    public Math math(Value<String> value) {
      return set("Math", value);
    }

    /**
     * The name of the 'math' activity.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public Math name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Math name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The next activity in the pipeline.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Next}.
     */
    public Math next(String value) {
      return set("Next", Value.of(value));
    }

    /** Sets {@code Next} to this value; see {@link #next(String)}. */
    public Math next(Value<String> value) {
      return set("Next", value);
    }
  }

  /**
   * An activity that removes attributes from a message.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Pipeline.RemoveAttributes}.
   */
  public static final class RemoveAttributes extends Struct<RemoveAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Pipeline.RemoveAttributes")
        .required("Attributes", "Name")
        .constrain("Attributes", Constraint.of().minLength(1).maxLength(256))
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .constrain("Next", Constraint.of().minLength(1).maxLength(128))
        .build();

    public RemoveAttributes() {
      super(SCHEMA);
    }

    /**
     * A list of 1-50 attributes to remove from the message.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Attributes}.
     */
    public RemoveAttributes attributes(List<String> value) {
      return set("Attributes", Value.listOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(List)}. */
    public RemoveAttributes attributes(Value<List<String>> value) {
      return set("Attributes", value);
    }

    /**
     * The name of the 'removeAttributes' activity.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public RemoveAttributes name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RemoveAttributes name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The next activity in the pipeline.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Next}.
     */
    public RemoveAttributes next(String value) {
      return set("Next", Value.of(value));
    }

    /** Sets {@code Next} to this value; see {@link #next(String)}. */
    public RemoveAttributes next(Value<String> value) {
      return set("Next", value);
    }
  }

  /**
   * Creates a new message using only the specified attributes from the original message.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Pipeline.SelectAttributes}.
   */
  public static final class SelectAttributes extends Struct<SelectAttributes> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Pipeline.SelectAttributes")
        .required("Attributes", "Name")
        .constrain("Attributes", Constraint.of().minLength(1).maxLength(256))
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .constrain("Next", Constraint.of().minLength(1).maxLength(128))
        .build();

    public SelectAttributes() {
      super(SCHEMA);
    }

    /**
     * A list of the attributes to select from the message.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Attributes}.
     */
    public SelectAttributes attributes(List<String> value) {
      return set("Attributes", Value.listOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(List)}. */
    public SelectAttributes attributes(Value<List<String>> value) {
      return set("Attributes", value);
    }

    /**
     * The name of the 'selectAttributes' activity.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public SelectAttributes name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SelectAttributes name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The next activity in the pipeline.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Next}.
     */
    public SelectAttributes next(String value) {
      return set("Next", Value.of(value));
    }

    /** Sets {@code Next} to this value; see {@link #next(String)}. */
    public SelectAttributes next(Value<String> value) {
      return set("Next", value);
    }
  }
}
