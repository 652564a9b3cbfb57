// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eventsv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for AWS::EventsV2::EventBus, an Amazon EventBridge custom event bus that
 * receives events and delivers them to matching subscribers.
 *
 * <p>CloudFormation type {@code AWS::EventsV2::EventBus}.
 */
public final class EventBus extends Resource<EventBus> {
  private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::EventBus")
      .required("Name")
      .constrain("Description", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029]*(?![\\s\\S])").maxLength(512))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][\\.\\-_A-Za-z0-9]*$").minLength(1).maxLength(256))
      .refYields("EventBusArn")
      .attributes("CreationTime", "EventBusArn", "LastModifiedTime", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EventBus(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the event bus. Control characters and Unicode line separators are not allowed.
   *
   * <p>Length: at most 512 characters. Pattern: {@code
   * ^[^&#92;u0000-&#92;u001F&#92;u007F-&#92;u009F&#92;u2028&#92;u2029]*(?![&#92;s&#92;S])}.
   * CloudFormation property {@code Description}.
   */
  public EventBus description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public EventBus description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Encryption configuration for an event bus.
   *
   * <p>CloudFormation property {@code EncryptionConfiguration}.
   */
  public EventBus encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * The name of the event bus. The first character must be alphanumeric; the remaining characters
   * may also include '.', '-', and '_'.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[A-Za-z0-9][&#92;.&#92;-_A-Za-z0-9]*$}. CloudFormation property {@code Name}.
   */
  public EventBus name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EventBus name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Storage (retention) configuration for the event bus.
   *
   * <p>CloudFormation property {@code StorageConfiguration}.
   */
  public EventBus storageConfiguration(Value<StorageConfiguration> value) {
    return set("StorageConfiguration", value);
  }

  /**
   * The tags assigned to the event bus.
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
   * The time the event bus was created, as an ISO 8601 timestamp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the event bus.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EventBusArn}.
   */
  public Value<String> eventBusArn() {
    return getAtt("EventBusArn");
  }

  /**
   * The time the event bus was last modified, as an ISO 8601 timestamp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The lifecycle state of the event bus. The settled operational state is ACTIVE.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Encryption configuration for an event bus.
   *
   * <p>Property type {@code AWS::EventsV2::EventBus.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::EventBus.EncryptionConfiguration")
        .constrain("KmsKeyIdentifier", Constraint.of().pattern("^[a-zA-Z0-9_\\-/:]*$").maxLength(2048))
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The identifier of the AWS KMS customer managed key that the event bus uses to encrypt events.
     * You can specify the key ARN, key ID, alias name, or alias ARN. If you do not specify a key,
     * EventBridge uses an AWS owned key.
     *
     * <p>Length: at most 2048 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-/:]*$}. CloudFormation
     * property {@code KmsKeyIdentifier}.
     */
    public EncryptionConfiguration kmsKeyIdentifier(String value) {
      return set("KmsKeyIdentifier", Value.of(value));
    }

    /** Sets {@code KmsKeyIdentifier} to this value; see {@link #kmsKeyIdentifier(String)}. */
    public EncryptionConfiguration kmsKeyIdentifier(Value<String> value) {
      return set("KmsKeyIdentifier", value);
    }
  }

  /**
   * Storage (retention) configuration for the event bus.
   *
   * <p>Property type {@code AWS::EventsV2::EventBus.StorageConfiguration}.
   */
  public static final class StorageConfiguration extends Struct<StorageConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::EventBus.StorageConfiguration")
        .constrain("RetentionPeriodInDays", Constraint.of().minimum(1).maximum(365))
        .build();

    public StorageConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of days events are retained on the event bus for replay, 1-365.
     *
     * <p>Range: 1 to 365. CloudFormation property {@code RetentionPeriodInDays}.
     */
    public StorageConfiguration retentionPeriodInDays(int value) {
      return set("RetentionPeriodInDays", Value.of(value));
    }

    /**
     * Sets {@code RetentionPeriodInDays} to this value; see {@link #retentionPeriodInDays(int)}.
     */
    public StorageConfiguration retentionPeriodInDays(Value<Integer> value) {
      return set("RetentionPeriodInDays", value);
    }
  }
}
