// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ivschat;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.lambda.Function;
import java.util.List;

/**
 * The <code>AWS::IVSChat::Room</code> resource specifies an room that allows clients to connect and
 * pass messages. For more information, see <a
 * href="https://docs.aws.amazon.com/ivs/latest/ChatAPIReference/API_CreateRoom.html">CreateRoom</a>
 * in the <em>Amazon Interactive Video Service Chat API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::IVSChat::Room}.
 */
public final class Room extends Resource<Room> {
  private static final Schema SCHEMA = Schema.builder("AWS::IVSChat::Room")
      .constrain("LoggingConfigurationIdentifiers", Constraint.of().pattern("^arn:aws:ivschat:[a-z0-9-]+:[0-9]+:logging-configuration/[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
      .references("LoggingConfigurationIdentifiers", "AWS::IVSChat::LoggingConfiguration.Ref")
      .constrain("MaximumMessageLength", Constraint.of().minimum(1).maximum(500))
      .constrain("MaximumMessageRatePerSecond", Constraint.of().minimum(1).maximum(10))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]*$").minLength(0).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Room(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * List of logging-configuration identifiers attached to the room.
   *
   * <p>Length: 1 to 128 characters. Pattern: {@code
   * ^arn:aws:ivschat:[a-z0-9-]+:[0-9]+:logging-configuration/[a-zA-Z0-9-]+$}. CloudFormation
   * property {@code LoggingConfigurationIdentifiers}.
   */
  public Room loggingConfigurationIdentifiers(List<String> value) {
    return set("LoggingConfigurationIdentifiers", Value.listOf(value));
  }

  /**
   * Sets {@code LoggingConfigurationIdentifiers} to this value; see {@link
   * #loggingConfigurationIdentifiers(List)}.
   */
  public Room loggingConfigurationIdentifiers(Value<List<String>> value) {
    return set("LoggingConfigurationIdentifiers", value);
  }

  /**
   * Sets {@code LoggingConfigurationIdentifiers} to the Ref of each {@code
   * AWS::IVSChat::LoggingConfiguration}; see {@link #loggingConfigurationIdentifiers(List)}.
   */
  public Room loggingConfigurationIdentifiers(LoggingConfiguration... resources) {
    return set("LoggingConfigurationIdentifiers", Value.refs(resources));
  }

  /**
   * Maximum number of characters in a single message. Messages are expected to be UTF-8 encoded and
   * this limit applies specifically to rune/code-point count, not number of bytes.
   *
   * <p>Range: 1 to 500. Default: {@code 500}. CloudFormation property {@code MaximumMessageLength}.
   */
  public Room maximumMessageLength(int value) {
    return set("MaximumMessageLength", Value.of(value));
  }

  /** Sets {@code MaximumMessageLength} to this value; see {@link #maximumMessageLength(int)}. */
  public Room maximumMessageLength(Value<Integer> value) {
    return set("MaximumMessageLength", value);
  }

  /**
   * Maximum number of messages per second that can be sent to the room (by all clients).
   *
   * <p>Range: 1 to 10. Default: {@code 10}. CloudFormation property {@code
   * MaximumMessageRatePerSecond}.
   */
  public Room maximumMessageRatePerSecond(int value) {
    return set("MaximumMessageRatePerSecond", Value.of(value));
  }

  /**
   * Sets {@code MaximumMessageRatePerSecond} to this value; see {@link
   * #maximumMessageRatePerSecond(int)}.
   */
  public Room maximumMessageRatePerSecond(Value<Integer> value) {
    return set("MaximumMessageRatePerSecond", value);
  }

  /**
   * Configuration information for optional review of messages.
   *
   * <p>CloudFormation property {@code MessageReviewHandler}.
   */
  public Room messageReviewHandler(Value<MessageReviewHandler> value) {
    return set("MessageReviewHandler", value);
  }

  /**
   * Room name. The value does not need to be unique.
   *
   * <p>Length: 0 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-_]*$}. CloudFormation property
   * {@code Name}.
   */
  public Room name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Room name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivschat-room-tag.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Room tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Room tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Room tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The room ARN. For example:
   * <code>arn:aws:ivschat:us-west-2:123456789012:room/abcdABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The room ID. For example: <code>abcdABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The MessageReviewHandler property type specifies configuration information for optional message
   * review.
   *
   * <p>Property type {@code AWS::IVSChat::Room.MessageReviewHandler}.
   */
  public static final class MessageReviewHandler extends Struct<MessageReviewHandler> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVSChat::Room.MessageReviewHandler")
        .allowed("FallbackResult", "ALLOW", "DENY")
        .constrain("Uri", Constraint.of().pattern("^$|^arn:aws:lambda:[a-z0-9-]+:[0-9]{12}:function:.+").minLength(0).maxLength(170))
        .references("Uri", "AWS::Lambda::Function.Arn")
        .build();

    public MessageReviewHandler() {
      super(SCHEMA);
    }

    /**
     * Specifies the fallback behavior (whether the message is allowed or denied) if the handler
     * does not return a valid response, encounters an error, or times out. (For the timeout period,
     * see <a href="https://docs.aws.amazon.com/ivs/latest/userguide/service-quotas.html">Service
     * Quotas</a> .) If allowed, the message is delivered with returned content to all users
     * connected to the room. If denied, the message is not delivered to any user.
     *
     * <p><em>Default</em> : <code>ALLOW</code>
     *
     * <p>Allowed values: {@code ALLOW}, {@code DENY}. Default: {@code "ALLOW"}. CloudFormation
     * property {@code FallbackResult}.
     */
    public MessageReviewHandler fallbackResult(String value) {
      return set("FallbackResult", Value.of(value));
    }

    /** Sets {@code FallbackResult} to this value; see {@link #fallbackResult(String)}. */
    public MessageReviewHandler fallbackResult(Value<String> value) {
      return set("FallbackResult", value);
    }

    /**
     * Identifier of the message review handler. Currently this must be an ARN of a lambda function.
     *
     * <p>Length: 0 to 170 characters. Pattern: {@code
     * ^$|^arn:aws:lambda:[a-z0-9-]+:[0-9]{12}:function:.+}. CloudFormation property {@code Uri}.
     */
    public MessageReviewHandler uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public MessageReviewHandler uri(Value<String> value) {
      return set("Uri", value);
    }

    /** Sets {@code Uri} to the Arn of {@code AWS::Lambda::Function}; see {@link #uri(String)}. */
    public MessageReviewHandler uri(Function resource) {
      return set("Uri", resource.arn());
    }
  }
}
