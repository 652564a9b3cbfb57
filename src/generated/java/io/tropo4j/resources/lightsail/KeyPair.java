// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Lightsail::KeyPair
 *
 * <p>CloudFormation type {@code AWS::Lightsail::KeyPair}.
 */
public final class KeyPair extends Resource<KeyPair> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::KeyPair")
      .required("KeyPairName")
      .constrain("KeyPairName", Constraint.of().pattern("^\\w[\\w\\-]*\\w$"))
      .refYields("KeyPairName")
      .attributes("CreatedAt", "Fingerprint", "KeyPairArn", "Location", "ResourceType",
          "SupportCode")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public KeyPair(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the key pair.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^&#92;w[&#92;w&#92;-]*&#92;w$}.
   * CloudFormation property {@code KeyPairName}.
   */
  public KeyPair keyPairName(String value) {
    return set("KeyPairName", Value.of(value));
  }

  /** Sets {@code KeyPairName} to this value; see {@link #keyPairName(String)}. */
  public KeyPair keyPairName(Value<String> value) {
    return set("KeyPairName", value);
  }

  /**
   * The tag keys and optional values to add to the resource during create.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public KeyPair tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public KeyPair tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public KeyPair tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The timestamp when the key pair was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The RSA fingerprint of the key pair.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Fingerprint}.
   */
  public Value<String> fingerprint() {
    return getAtt("Fingerprint");
  }

  /**
   * The Amazon Resource Name (ARN) of the key pair.
   *
   * <p>{@code Fn::GetAtt} attribute {@code KeyPairArn}.
   */
  public Value<String> keyPairArn() {
    return getAtt("KeyPairArn");
  }

  /** {@code Fn::GetAtt} attribute {@code Location}. */
  public Value<ResourceLocation> location() {
    return getAtt("Location");
  }

  /**
   * The Lightsail resource type (KeyPair).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceType}.
   */
  public Value<String> resourceType() {
    return getAtt("ResourceType");
  }

  /**
   * The support code. Include this code in your email to support when you have questions about a
   * key pair in Lightsail.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SupportCode}.
   */
  public Value<String> supportCode() {
    return getAtt("SupportCode");
  }

  /** Property type {@code AWS::Lightsail::KeyPair.ResourceLocation}. */
  public static final class ResourceLocation extends Struct<ResourceLocation> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::KeyPair.ResourceLocation");

    public ResourceLocation() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone. Follows the format us-east-2a (case-sensitive).
     *
     * <p>CloudFormation property {@code AvailabilityZone}.
     */
    public ResourceLocation availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public ResourceLocation availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The AWS Region name.
     *
     * <p>CloudFormation property {@code RegionName}.
     */
    public ResourceLocation regionName(String value) {
      return set("RegionName", Value.of(value));
    }

    /** Sets {@code RegionName} to this value; see {@link #regionName(String)}. */
    public ResourceLocation regionName(Value<String> value) {
      return set("RegionName", value);
    }
  }
}
