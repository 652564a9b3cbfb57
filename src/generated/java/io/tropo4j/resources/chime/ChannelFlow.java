// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.chime;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a channel flow in the Amazon Chime SDK Messaging service. A channel flow is a container
 * for processors (Lambda functions) that perform actions on chat messages.
 *
 * <p>CloudFormation type {@code AWS::Chime::ChannelFlow}.
 */
public final class ChannelFlow extends Resource<ChannelFlow> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chime::ChannelFlow")
      .required("AppInstanceArn", "Name", "Processors")
      .constrain("AppInstanceArn", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(5).maxLength(1600))
      .constrain("Name", Constraint.of().minLength(1).maxLength(256))
      .refYields("Arn")
      .attributes("AppInstanceId", "Arn", "ChannelFlowId", "CreatedTimestamp",
          "LastUpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ChannelFlow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the app instance.
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 1600 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * CloudFormation property {@code AppInstanceArn}.
   */
  public ChannelFlow appInstanceArn(String value) {
    return set("AppInstanceArn", Value.of(value));
  }

  /** Sets {@code AppInstanceArn} to this value; see {@link #appInstanceArn(String)}. */
  public ChannelFlow appInstanceArn(Value<String> value) {
    return set("AppInstanceArn", value);
  }

  /**
   * The name of the channel flow.
   *
   * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Name}.
   */
  public ChannelFlow name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ChannelFlow name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Information about the processor Lambda functions.
   *
   * <p>Required. CloudFormation property {@code Processors}.
   */
  public ChannelFlow processors(List<Processor> value) {
    return set("Processors", Value.listOf(value));
  }

  /** Sets {@code Processors} to this value; see {@link #processors(List)}. */
  public ChannelFlow processors(Value<List<Processor>> value) {
    return set("Processors", value);
  }

  /** Sets {@code Processors} to a list of these; see {@link #processors(List)}. */
  public ChannelFlow processors(Processor... values) {
    return set("Processors", Value.list(values));
  }

  /**
   * The tags for the channel flow.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ChannelFlow tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ChannelFlow tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ChannelFlow tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the app instance, extracted from the channel flow ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AppInstanceId}.
   */
  public Value<String> appInstanceId() {
    return getAtt("AppInstanceId");
  }

  /**
   * The ARN of the channel flow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the channel flow, extracted from the channel flow ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChannelFlowId}.
   */
  public Value<String> channelFlowId() {
    return getAtt("ChannelFlowId");
  }

  /**
   * The time at which the channel flow was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The time at which the channel flow was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTimestamp}.
   */
  public Value<String> lastUpdatedTimestamp() {
    return getAtt("LastUpdatedTimestamp");
  }

  /**
   * Stores metadata about a Lambda processor.
   *
   * <p>Property type {@code AWS::Chime::ChannelFlow.LambdaConfiguration}.
   */
  public static final class LambdaConfiguration extends Struct<LambdaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::ChannelFlow.LambdaConfiguration")
        .required("InvocationType", "ResourceArn")
        .allowed("InvocationType", "ASYNC")
        .constrain("ResourceArn", Constraint.of().pattern("^arn:aws:lambda:[a-z]{2}-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9\\-_\\.]+(:(\\$LATEST|[a-zA-Z0-9\\-_]+))?$").minLength(15).maxLength(2048))
        .build();

    public LambdaConfiguration() {
      super(SCHEMA);
    }

    /**
     * Controls how the Lambda function is invoked.
     *
     * <p>Required. Allowed values: {@code ASYNC}. CloudFormation property {@code InvocationType}.
     */
    public LambdaConfiguration invocationType(String value) {
      return set("InvocationType", Value.of(value));
    }

    /** Sets {@code InvocationType} to this value; see {@link #invocationType(String)}. */
    public LambdaConfiguration invocationType(Value<String> value) {
      return set("InvocationType", value);
    }

    /**
     * The ARN of the Lambda message processing function.
     *
     * <p>Required. Length: 15 to 2048 characters. Pattern: {@code
     * ^arn:aws:lambda:[a-z]{2}-[a-z]+-&#92;d{1}:&#92;d{12}:function:[a-zA-Z0-9&#92;-_&#92;.]+(:(&#92;$LATEST|[a-zA-Z0-9&#92;-_]+))?$}.
     * CloudFormation property {@code ResourceArn}.
     */
    public LambdaConfiguration resourceArn(String value) {
      return set("ResourceArn", Value.of(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
    public LambdaConfiguration resourceArn(Value<String> value) {
      return set("ResourceArn", value);
    }
  }

  /**
   * Information about a processor in a channel flow.
   *
   * <p>Property type {@code AWS::Chime::ChannelFlow.Processor}.
   */
  public static final class Processor extends Struct<Processor> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::ChannelFlow.Processor")
        .required("Configuration", "ExecutionOrder", "FallbackAction", "Name")
        .constrain("ExecutionOrder", Constraint.of().minimum(1).maximum(3))
        .allowed("FallbackAction", "CONTINUE", "ABORT")
        .constrain("Name", Constraint.of().minLength(1).maxLength(256))
        .build();

    public Processor() {
      super(SCHEMA);
    }

    /**
     * A processor's metadata.
     *
     * <p>Required. CloudFormation property {@code Configuration}.
     */
    public Processor configuration(Value<ProcessorConfiguration> value) {
      return set("Configuration", value);
    }

    /**
     * The sequence in which processors run.
     *
     * <p>Required. Range: 1 to 3. CloudFormation property {@code ExecutionOrder}.
     */
    public Processor executionOrder(int value) {
      return set("ExecutionOrder", Value.of(value));
    }

    /** Sets {@code ExecutionOrder} to this value; see {@link #executionOrder(int)}. */
    public Processor executionOrder(Value<Integer> value) {
      return set("ExecutionOrder", value);
    }

    /**
     * Determines whether to continue or stop processing when communication with a processor fails.
     *
     * <p>Required. Allowed values: {@code CONTINUE}, {@code ABORT}. CloudFormation property {@code
     * FallbackAction}.
     */
    public Processor fallbackAction(String value) {
      return set("FallbackAction", Value.of(value));
    }

    /** Sets {@code FallbackAction} to this value; see {@link #fallbackAction(String)}. */
    public Processor fallbackAction(Value<String> value) {
      return set("FallbackAction", value);
    }

    /**
     * The name of the processor.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Name}.
     */
    public Processor name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Processor name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A processor's metadata.
   *
   * <p>Property type {@code AWS::Chime::ChannelFlow.ProcessorConfiguration}.
   */
  public static final class ProcessorConfiguration extends Struct<ProcessorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::ChannelFlow.ProcessorConfiguration")
        .required("Lambda")
        .build();

    public ProcessorConfiguration() {
      super(SCHEMA);
    }

    /**
     * Stores metadata about a Lambda processor.
     *
     * <p>Required. CloudFormation property {@code Lambda}.
     */
    public ProcessorConfiguration lambda(Value<LambdaConfiguration> value) {
      return set("Lambda", value);
    }
  }
}
