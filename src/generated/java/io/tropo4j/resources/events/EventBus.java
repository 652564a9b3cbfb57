// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.events;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an event bus within your account. This can be a custom event bus which you can use to
 * receive events from your custom applications and services, or it can be a partner event bus which
 * can be matched to a partner event source.
 *
 * <p>As an aid to help you jumpstart developing CloudFormation templates, the EventBridge console
 * enables you to create templates from the existing event buses in your account. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-generate-event-bus-template.html">Generating
 * CloudFormation templates from an EventBridge event bus</a> in the <em>Amazon EventBridge User
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Events::EventBus}.
 */
public final class EventBus extends Resource<EventBus> {
  private static final Schema SCHEMA = Schema.builder("AWS::Events::EventBus")
      .required("Name")
      .constrain("EventSourceName", Constraint.of().pattern("^aws\\.partner(/[\\.\\-_A-Za-z0-9]+){2,}$").minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[/\\.\\-_A-Za-z0-9]+$").minLength(1).maxLength(256))
      .refYields("Name")
      .attributes("Arn", "Name", "Policy")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EventBus(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration details of the Amazon SQS queue for EventBridge to use as a dead-letter queue
   * (DLQ).
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-event-delivery.html#eb-rule-dlq">Using
   * dead-letter queues to process undelivered events</a> in the <em>EventBridge User Guide</em> .
   *
   * <p>CloudFormation property {@code DeadLetterConfig}.
   */
  public EventBus deadLetterConfig(Value<DeadLetterConfig> value) {
    return set("DeadLetterConfig", value);
  }

  /**
   * The event bus description.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public EventBus description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EventBus description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * If you are creating a partner event bus, this specifies the partner event source that the new
   * event bus will be matched with.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^aws&#92;.partner(/[&#92;.&#92;-_A-Za-z0-9]+){2,}$}. CloudFormation property {@code
   * EventSourceName}.
   */
  public EventBus eventSourceName(String value) {
    return set("EventSourceName", Value.of(value));
  }

  /** Sets {@code EventSourceName} to this value; see {@link #eventSourceName(String)}. */
  public EventBus eventSourceName(Value<String> value) {
    return set("EventSourceName", value);
  }

  /**
   * The identifier of the AWS customer managed key for EventBridge to use, if you choose to use a
   * customer managed key to encrypt events on this event bus. The identifier can be the key Amazon
   * Resource Name (ARN), KeyId, key alias, or key alias ARN.
   *
   * <p>If you do not specify a customer managed key identifier, EventBridge uses an AWS owned key
   * to encrypt events on the event bus.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/viewing-keys.html">Identify and
   * view keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Schema discovery is not supported for event buses encrypted using a customer managed key.
   * EventBridge returns an error if: - You call <code><a
   * href="https://docs.aws.amazon.com/eventbridge/latest/schema-reference/v1-discoverers.html#CreateDiscoverer">CreateDiscoverer</a></code>
   * on an event bus set to use a customer managed key for encryption. - You call <code><a
   * href="https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_UpdatedEventBus.html">UpdatedEventBus</a></code>
   * to set a customer managed key on an event bus with schema discovery enabled. To enable schema
   * discovery on an event bus, choose to use an AWS owned key . For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-encryption-event-bus-cmkey.html">Encrypting
   * events</a> in the <em>Amazon EventBridge User Guide</em> . &gt; If you have specified that
   * EventBridge use a customer managed key for encrypting the source event bus, we strongly
   * recommend you also specify a customer managed key for any archives for the event bus as well.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/encryption-archives.html">Encrypting
   * archives</a> in the <em>Amazon EventBridge User Guide</em> .
   *
   * <p>CloudFormation property {@code KmsKeyIdentifier}.
   */
  public EventBus kmsKeyIdentifier(String value) {
    return set("KmsKeyIdentifier", Value.of(value));
  }

  /** Sets {@code KmsKeyIdentifier} to this value; see {@link #kmsKeyIdentifier(String)}. */
  public EventBus kmsKeyIdentifier(Value<String> value) {
    return set("KmsKeyIdentifier", value);
  }

  /**
   * The logging configuration settings for the event bus.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/eb-event-bus-logs.html">Configuring logs for event buses</a>
   * in the <em>EventBridge User Guide</em> .
   *
   * <p>CloudFormation property {@code LogConfig}.
   */
  public EventBus logConfig(Value<LogConfig> value) {
    return set("LogConfig", value);
  }

  /**
   * The name of the new event bus.
   *
   * <p>Custom event bus names can't contain the <code>/</code> character, but you can use the
   * <code>/</code> character in partner event bus names. In addition, for partner event buses, the
   * name must exactly match the name of the partner event source that this event bus is matched to.
   *
   * <p>You can't use the name <code>default</code> for a custom event bus, as this name is already
   * used for your account's default event bus.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[/&#92;.&#92;-_A-Za-z0-9]+$}. CloudFormation property {@code Name}.
   */
  public EventBus name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EventBus name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The permissions policy of the event bus, describing which other AWS accounts can write events
   * to this event bus.
   *
   * <p>CloudFormation property {@code Policy}.
   */
  public EventBus policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public EventBus policy(Value<String> value) {
    return set("Policy", value);
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public EventBus policy(Json value) {
    return set("Policy", value);
  }

  /**
   * Tags to associate with the event bus.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EventBus tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EventBus tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EventBus tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the event bus, such as
   * <code>arn:aws:events:us-east-2:123456789012:event-bus/aws.partner/PartnerName/acct1/repo1</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of the event bus, such as <code>PartnerName/acct1/repo1</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /** {@code Fn::GetAtt} attribute {@code Policy}. */
  public Value<String> policy() {
    return getAtt("Policy");
  }

  /**
   * Configuration details of the Amazon SQS queue for EventBridge to use as a dead-letter queue
   * (DLQ).
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-event-delivery.html#eb-rule-dlq">Using
   * dead-letter queues to process undelivered events</a> in the <em>EventBridge User Guide</em> .
   *
   * <p>Property type {@code AWS::Events::EventBus.DeadLetterConfig}.
   */
  public static final class DeadLetterConfig extends Struct<DeadLetterConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::Events::EventBus.DeadLetterConfig");

    public DeadLetterConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN of the SQS queue specified as the target for the dead-letter queue.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public DeadLetterConfig arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public DeadLetterConfig arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * The logging configuration settings for the event bus.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/eb-event-bus-logs.html">Configuring logs for event buses</a>
   * in the <em>EventBridge User Guide</em> .
   *
   * <p>Property type {@code AWS::Events::EventBus.LogConfig}.
   */
  public static final class LogConfig extends Struct<LogConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::EventBus.LogConfig")
        .allowed("IncludeDetail", "FULL", "NONE")
        .allowed("Level", "INFO", "ERROR", "TRACE", "OFF")
        .build();

    public LogConfig() {
      super(SCHEMA);
    }

    /**
     * Whether EventBridge include detailed event information in the records it generates. Detailed
     * data can be useful for troubleshooting and debugging. This information includes details of
     * the event itself, as well as target details.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-logs.html#eb-event-logs-data">Including
     * detail data in event bus logs</a> in the <em>EventBridge User Guide</em> .
     *
     * <p>Allowed values: {@code FULL}, {@code NONE}. CloudFormation property {@code IncludeDetail}.
     */
    public LogConfig includeDetail(String value) {
      return set("IncludeDetail", Value.of(value));
    }

    /** Sets {@code IncludeDetail} to this value; see {@link #includeDetail(String)}. */
    public LogConfig includeDetail(Value<String> value) {
      return set("IncludeDetail", value);
    }

    /**
     * The level of logging detail to include. This applies to all log destinations for the event
     * bus.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-logs.html#eb-event-bus-logs-level">Specifying
     * event bus log level</a> in the <em>EventBridge User Guide</em> .
     *
     * <p>Allowed values: {@code INFO}, {@code ERROR}, {@code TRACE}, {@code OFF}. CloudFormation
     * property {@code Level}.
     */
    public LogConfig level(String value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(String)}. */
    public LogConfig level(Value<String> value) {
      return set("Level", value);
    }
  }

  /** Property type {@code AWS::Events::EventBus.TagEntry}. */
  public static final class TagEntry extends Struct<TagEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::EventBus.TagEntry")
        .required("Key", "Value")
        .build();

    public TagEntry() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Key}. */
    public TagEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagEntry key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. CloudFormation property {@code Value}. */
    public TagEntry value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagEntry value(Value<String> value) {
      return set("Value", value);
    }
  }
}
