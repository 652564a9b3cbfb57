// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.chime;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An Amazon Chime SDK Voice Connector configuration, including outbound host name and encryption
 * settings.
 *
 * <p>CloudFormation type {@code AWS::Chime::VoiceConnector}.
 */
public final class VoiceConnector extends Resource<VoiceConnector> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chime::VoiceConnector")
      .required("Name", "RequireEncryption")
      .allowed("AwsRegion", "us-east-1", "us-west-2", "ca-central-1", "eu-central-1", "eu-west-1",
          "eu-west-2", "ap-northeast-2", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9 _.-]+$").minLength(1).maxLength(256))
      .allowed("NetworkType", "IPV4_ONLY", "DUAL_STACK")
      .refYields("VoiceConnectorArn")
      .attributes("CreatedTimestamp", "OutboundHostName", "UpdatedTimestamp", "VoiceConnectorArn",
          "VoiceConnectorId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VoiceConnector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS Region in which the Voice Connector is created.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code us-east-1}, {@code us-west-2},
   * {@code ca-central-1}, {@code eu-central-1}, {@code eu-west-1}, {@code eu-west-2}, {@code
   * ap-northeast-2}, {@code ap-northeast-1}, {@code ap-southeast-1}, {@code ap-southeast-2}.
   * CloudFormation property {@code AwsRegion}.
   */
  public VoiceConnector awsRegion(String value) {
    return set("AwsRegion", Value.of(value));
  }

  /** Sets {@code AwsRegion} to this value; see {@link #awsRegion(String)}. */
  public VoiceConnector awsRegion(Value<String> value) {
    return set("AwsRegion", value);
  }

  /**
   * The name of the Voice Connector.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9 _.-]+$}. CloudFormation
   * property {@code Name}.
   */
  public VoiceConnector name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public VoiceConnector name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The type of network for the Voice Connector.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code IPV4_ONLY}, {@code DUAL_STACK}.
   * CloudFormation property {@code NetworkType}.
   */
  public VoiceConnector networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public VoiceConnector networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * Enables or disables encryption for the Voice Connector.
   *
   * <p>Required. CloudFormation property {@code RequireEncryption}.
   */
  public VoiceConnector requireEncryption(boolean value) {
    return set("RequireEncryption", Value.of(value));
  }

  /** Sets {@code RequireEncryption} to this value; see {@link #requireEncryption(boolean)}. */
  public VoiceConnector requireEncryption(Value<Boolean> value) {
    return set("RequireEncryption", value);
  }

  /**
   * The tags assigned to the Voice Connector.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VoiceConnector tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VoiceConnector tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VoiceConnector tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Voice Connector creation timestamp, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The outbound host name for the Voice Connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OutboundHostName}.
   */
  public Value<String> outboundHostName() {
    return getAtt("OutboundHostName");
  }

  /**
   * The Voice Connector updated timestamp, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedTimestamp}.
   */
  public Value<String> updatedTimestamp() {
    return getAtt("UpdatedTimestamp");
  }

  /**
   * The ARN of the Voice Connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VoiceConnectorArn}.
   */
  public Value<String> voiceConnectorArn() {
    return getAtt("VoiceConnectorArn");
  }

  /**
   * The Voice Connector ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VoiceConnectorId}.
   */
  public Value<String> voiceConnectorId() {
    return getAtt("VoiceConnectorId");
  }
}
