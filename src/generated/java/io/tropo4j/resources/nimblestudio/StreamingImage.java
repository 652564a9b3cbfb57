// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.nimblestudio;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-nimblestudio-streamingimage.html
 *
 * <p>CloudFormation type {@code AWS::NimbleStudio::StreamingImage}.
 */
public final class StreamingImage extends Resource<StreamingImage> {
  private static final Schema SCHEMA = Schema.builder("AWS::NimbleStudio::StreamingImage")
      .required("Ec2ImageId", "Name", "StudioId")
      .attributes("EncryptionConfiguration", "EncryptionConfiguration.KeyArn",
          "EncryptionConfiguration.KeyType", "EulaIds", "Owner", "Platform", "StreamingImageId")
      .build();

  public StreamingImage(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code Description}. */
  public StreamingImage description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public StreamingImage description(Value<String> value) {
    return set("Description", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code Ec2ImageId}. */
  public StreamingImage ec2ImageId(String value) {
    return set("Ec2ImageId", Value.of(value));
  }

  /** Sets {@code Ec2ImageId} to this value; see {@link #ec2ImageId(String)}. */
  public StreamingImage ec2ImageId(Value<String> value) {
    return set("Ec2ImageId", value);
  }

  /** Required. CloudFormation property {@code Name}. */
  public StreamingImage name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public StreamingImage name(Value<String> value) {
    return set("Name", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code StudioId}. */
  public StreamingImage studioId(String value) {
    return set("StudioId", Value.of(value));
  }

  /** Sets {@code StudioId} to this value; see {@link #studioId(String)}. */
  public StreamingImage studioId(Value<String> value) {
    return set("StudioId", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tags}. */
  public StreamingImage tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public StreamingImage tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** {@code Fn::GetAtt} attribute {@code EncryptionConfiguration}. */
  public Value<StreamingImageEncryptionConfiguration> encryptionConfiguration() {
    return getAtt("EncryptionConfiguration");
  }

  /** {@code Fn::GetAtt} attribute {@code EncryptionConfiguration.KeyArn}. */
  public Value<String> encryptionConfigurationKeyArn() {
    return getAtt("EncryptionConfiguration.KeyArn");
  }

  /** {@code Fn::GetAtt} attribute {@code EncryptionConfiguration.KeyType}. */
  public Value<String> encryptionConfigurationKeyType() {
    return getAtt("EncryptionConfiguration.KeyType");
  }

  /** {@code Fn::GetAtt} attribute {@code EulaIds}. */
  public Value<List<String>> eulaIds() {
    return getAtt("EulaIds");
  }

  /** {@code Fn::GetAtt} attribute {@code Owner}. */
  public Value<String> owner() {
    return getAtt("Owner");
  }

  /** {@code Fn::GetAtt} attribute {@code Platform}. */
  public Value<String> platform() {
    return getAtt("Platform");
  }

  /** {@code Fn::GetAtt} attribute {@code StreamingImageId}. */
  public Value<String> streamingImageId() {
    return getAtt("StreamingImageId");
  }

  /**
   * Property type {@code AWS::NimbleStudio::StreamingImage.StreamingImageEncryptionConfiguration}.
   */
  public static final class StreamingImageEncryptionConfiguration extends Struct<StreamingImageEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::NimbleStudio::StreamingImage.StreamingImageEncryptionConfiguration")
        .required("KeyType")
        .build();

    public StreamingImageEncryptionConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code KeyArn}. */
    public StreamingImageEncryptionConfiguration keyArn(String value) {
      return set("KeyArn", Value.of(value));
    }

    /** Sets {@code KeyArn} to this value; see {@link #keyArn(String)}. */
    public StreamingImageEncryptionConfiguration keyArn(Value<String> value) {
      return set("KeyArn", value);
    }

    /** Required. CloudFormation property {@code KeyType}. */
    public StreamingImageEncryptionConfiguration keyType(String value) {
      return set("KeyType", Value.of(value));
    }

    /** Sets {@code KeyType} to this value; see {@link #keyType(String)}. */
    public StreamingImageEncryptionConfiguration keyType(Value<String> value) {
      return set("KeyType", value);
    }
  }
}
