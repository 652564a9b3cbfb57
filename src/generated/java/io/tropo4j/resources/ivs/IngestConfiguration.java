// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ivs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::IVS::IngestConfiguration</code> resource specifies an ingest protocol to be used
 * for a stage. For more information, see <a
 * href="https://docs.aws.amazon.com/ivs/latest/RealTimeUserGuide/rt-stream-ingest.html">Stream
 * Ingest</a> in the <em>Amazon IVS Real-Time Streaming User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IVS::IngestConfiguration}.
 */
public final class IngestConfiguration extends Resource<IngestConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::IVS::IngestConfiguration")
      .allowed("IngestProtocol", "RTMP", "RTMPS")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]*$").minLength(0).maxLength(128))
      .constrain("StageArn", Constraint.of().pattern("^arn:aws:ivs:[a-z0-9-]+:[0-9]+:stage/[a-zA-Z0-9-]+$").minLength(0).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "ParticipantId", "State", "StreamKey")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IngestConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Type of ingest protocol that the user employs for broadcasting.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code RTMP}, {@code RTMPS}. Default:
   * {@code "RTMPS"}. CloudFormation property {@code IngestProtocol}.
   */
  public IngestConfiguration ingestProtocol(String value) {
    return set("IngestProtocol", Value.of(value));
  }

  /** Sets {@code IngestProtocol} to this value; see {@link #ingestProtocol(String)}. */
  public IngestConfiguration ingestProtocol(Value<String> value) {
    return set("IngestProtocol", value);
  }

  /**
   * Whether the channel allows insecure RTMP ingest. Default: <code>false</code> .
   *
   * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
   * InsecureIngest}.
   */
  public IngestConfiguration insecureIngest(boolean value) {
    return set("InsecureIngest", Value.of(value));
  }

  /** Sets {@code InsecureIngest} to this value; see {@link #insecureIngest(boolean)}. */
  public IngestConfiguration insecureIngest(Value<Boolean> value) {
    return set("InsecureIngest", value);
  }

  /**
   * Ingest name.
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]*$}. Default: {@code "-"}. CloudFormation property {@code Name}.
   */
  public IngestConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public IngestConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * ARN of the stage with which the IngestConfiguration is associated.
   *
   * <p>Length: 0 to 128 characters. Pattern: {@code
   * ^arn:aws:ivs:[a-z0-9-]+:[0-9]+:stage/[a-zA-Z0-9-]+$}. Default: {@code ""}. CloudFormation
   * property {@code StageArn}.
   */
  public IngestConfiguration stageArn(String value) {
    return set("StageArn", Value.of(value));
  }

  /** Sets {@code StageArn} to this value; see {@link #stageArn(String)}. */
  public IngestConfiguration stageArn(Value<String> value) {
    return set("StageArn", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IngestConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IngestConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IngestConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Customer-assigned name to help identify the participant using the IngestConfiguration; this can
   * be used to link a participant to a user in the customer’s own systems. This can be any UTF-8
   * encoded text. <em>This field is exposed to all stage participants and should not be used for
   * personally identifying, confidential, or sensitive information.</em>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code UserId}.
   */
  public IngestConfiguration userId(String value) {
    return set("UserId", Value.of(value));
  }

  /** Sets {@code UserId} to this value; see {@link #userId(String)}. */
  public IngestConfiguration userId(Value<String> value) {
    return set("UserId", value);
  }

  /**
   * The ingest-configuration ARN. For example:
   * <code>arn:aws:ivs:us-west-2:123456789012:ingest-configuration/abcdABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * ID of the participant within the stage. For example: <code>abCDEf12GHIj</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ParticipantId}.
   */
  public Value<String> participantId() {
    return getAtt("ParticipantId");
  }

  /**
   * State of the ingest configuration. It is <code>ACTIVE</code> if a publisher currently is
   * publishing to the stage associated with the ingest configuration. Valid values:
   * <code>ACTIVE</code> | <code>INACTIVE</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Ingest-key value for the RTMP(S) protocol. For example: <code>skSKABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code StreamKey}.
   */
  public Value<String> streamKey() {
    return getAtt("StreamKey");
  }
}
