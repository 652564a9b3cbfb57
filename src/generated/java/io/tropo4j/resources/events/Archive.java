// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.events;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Creates an archive of events with the specified settings. When you create an archive, incoming
 * events might not immediately start being sent to the archive. Allow a short period of time for
 * changes to take effect. If you do not specify a pattern to filter events sent to the archive, all
 * events are sent to the archive except replayed events. Replayed events are not sent to an
 * archive.
 *
 * <p>If you have specified that EventBridge use a customer managed key for encrypting the source
 * event bus, we strongly recommend you also specify a customer managed key for any archives for the
 * event bus as well. For more information, see <a
 * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/encryption-archives.html">Encrypting
 * archives</a> in the <em>Amazon EventBridge User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Events::Archive}.
 */
public final class Archive extends Resource<Archive> {
  private static final Schema SCHEMA = Schema.builder("AWS::Events::Archive")
      .required("SourceArn")
      .constrain("ArchiveName", Constraint.of().pattern("[\\.\\-_A-Za-z0-9]+").minLength(1).maxLength(48))
      .constrain("Description", Constraint.of().minLength(0).maxLength(512))
      .constrain("EventPattern", Constraint.of().format("json"))
      .constrain("KmsKeyIdentifier", Constraint.of().minLength(0).maxLength(2048))
      .constrain("RetentionDays", Constraint.of().minimum(0))
      .references("SourceArn", "AWS::Events::EventBus.Arn")
      .refYields("ArchiveName")
      .attributes("Arn")
      .build();

  public Archive(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name for the archive to create.
   *
   * <p>Changing it replaces the resource. Length: 1 to 48 characters. Pattern: {@code
   * [&#92;.&#92;-_A-Za-z0-9]+}. CloudFormation property {@code ArchiveName}.
   */
  public Archive archiveName(String value) {
    return set("ArchiveName", Value.of(value));
  }

  /** Sets {@code ArchiveName} to this value; see {@link #archiveName(String)}. */
  public Archive archiveName(Value<String> value) {
    return set("ArchiveName", value);
  }

  /**
   * A description for the archive.
   *
   * <p>Length: 0 to 512 characters. CloudFormation property {@code Description}.
   */
  public Archive description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Archive description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * An event pattern to use to filter events sent to the archive.
   *
   * <p>Format: {@code json}. CloudFormation property {@code EventPattern}.
   */
  public Archive eventPattern(Value<Json> value) {
    return set("EventPattern", value);
  }

  /**
   * The identifier of the AWS customer managed key for EventBridge to use, if you choose to use a
   * customer managed key to encrypt this archive. The identifier can be the key Amazon Resource
   * Name (ARN), KeyId, key alias, or key alias ARN.
   *
   * <p>If you do not specify a customer managed key identifier, EventBridge uses an AWS owned key
   * to encrypt the archive.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/viewing-keys.html">Identify and
   * view keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>If you have specified that EventBridge use a customer managed key for encrypting the source
   * event bus, we strongly recommend you also specify a customer managed key for any archives for
   * the event bus as well. For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/encryption-archives.html">Encrypting
   * archives</a> in the <em>Amazon EventBridge User Guide</em> .
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code KmsKeyIdentifier}.
   */
  public Archive kmsKeyIdentifier(String value) {
    return set("KmsKeyIdentifier", Value.of(value));
  }

  /** Sets {@code KmsKeyIdentifier} to this value; see {@link #kmsKeyIdentifier(String)}. */
  public Archive kmsKeyIdentifier(Value<String> value) {
    return set("KmsKeyIdentifier", value);
  }

  /**
   * The number of days to retain events for. Default value is 0. If set to 0, events are retained
   * indefinitely
   *
   * <p>Range: at least 0. CloudFormation property {@code RetentionDays}.
   */
  public Archive retentionDays(int value) {
    return set("RetentionDays", Value.of(value));
  }

  /** Sets {@code RetentionDays} to this value; see {@link #retentionDays(int)}. */
  public Archive retentionDays(Value<Integer> value) {
    return set("RetentionDays", value);
  }

  /**
   * The ARN of the event bus that sends events to the archive.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code SourceArn}.
   */
  public Archive sourceArn(String value) {
    return set("SourceArn", Value.of(value));
  }

  /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
  public Archive sourceArn(Value<String> value) {
    return set("SourceArn", value);
  }

  /**
   * Sets {@code SourceArn} to the Arn of {@code AWS::Events::EventBus}; see {@link
   * #sourceArn(String)}.
   */
  public Archive sourceArn(EventBus resource) {
    return set("SourceArn", resource.arn());
  }

  /**
   * The ARN of the archive created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
