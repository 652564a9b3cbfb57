// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::CloudFront::FieldLevelEncryptionProfile. A field-level
 * encryption profile maps CloudFront public keys and provider identities to the request-body field
 * patterns that CloudFront encrypts with them.
 *
 * <p>CloudFormation type {@code AWS::CloudFront::FieldLevelEncryptionProfile}.
 */
public final class FieldLevelEncryptionProfile extends Resource<FieldLevelEncryptionProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::FieldLevelEncryptionProfile")
      .required("FieldLevelEncryptionProfileConfig")
      .refYields("Arn")
      .attributes("Arn", "Id", "LastModifiedTime")
      .build();

  public FieldLevelEncryptionProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration of a field-level encryption profile.
   *
   * <p>Required. CloudFormation property {@code FieldLevelEncryptionProfileConfig}.
   */
  public FieldLevelEncryptionProfile fieldLevelEncryptionProfileConfig(Value<FieldLevelEncryptionProfileConfig> value) {
    return set("FieldLevelEncryptionProfileConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the field-level encryption profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The identifier that CloudFront assigns to the field-level encryption profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The time the field-level encryption profile was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * A public key, its provider identity, and the field patterns CloudFront encrypts with that key.
   *
   * <p>Property type {@code AWS::CloudFront::FieldLevelEncryptionProfile.EncryptionEntity}.
   */
  public static final class EncryptionEntity extends Struct<EncryptionEntity> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::FieldLevelEncryptionProfile.EncryptionEntity")
        .required("FieldPatterns", "ProviderId", "PublicKeyId")
        .build();

    public EncryptionEntity() {
      super(SCHEMA);
    }

    /**
     * The request-body field names to encrypt. A pattern is either a full field name or leading
     * characters followed by a wildcard (*). Patterns are case-sensitive and must not overlap.
     *
     * <p>Required. CloudFormation property {@code FieldPatterns}.
     */
    public EncryptionEntity fieldPatterns(List<String> value) {
      return set("FieldPatterns", Value.listOf(value));
    }

    /** Sets {@code FieldPatterns} to this value; see {@link #fieldPatterns(List)}. */
    public EncryptionEntity fieldPatterns(Value<List<String>> value) {
      return set("FieldPatterns", value);
    }

    /**
     * The provider associated with the public key. The same value must be supplied with the private
     * key for an application to decrypt the data.
     *
     * <p>Required. CloudFormation property {@code ProviderId}.
     */
    public EncryptionEntity providerId(String value) {
      return set("ProviderId", Value.of(value));
    }

    /** Sets {@code ProviderId} to this value; see {@link #providerId(String)}. */
    public EncryptionEntity providerId(Value<String> value) {
      return set("ProviderId", value);
    }

    /**
     * The identifier of the CloudFront public key used to encrypt the fields that match the
     * patterns.
     *
     * <p>Required. CloudFormation property {@code PublicKeyId}.
     */
    public EncryptionEntity publicKeyId(String value) {
      return set("PublicKeyId", Value.of(value));
    }

    /** Sets {@code PublicKeyId} to this value; see {@link #publicKeyId(String)}. */
    public EncryptionEntity publicKeyId(Value<String> value) {
      return set("PublicKeyId", value);
    }
  }

  /**
   * The configuration of a field-level encryption profile.
   *
   * <p>Property type {@code
   * AWS::CloudFront::FieldLevelEncryptionProfile.FieldLevelEncryptionProfileConfig}.
   */
  public static final class FieldLevelEncryptionProfileConfig extends Struct<FieldLevelEncryptionProfileConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::FieldLevelEncryptionProfile.FieldLevelEncryptionProfileConfig")
        .required("CallerReference", "EncryptionEntities", "Name")
        .build();

    public FieldLevelEncryptionProfileConfig() {
      super(SCHEMA);
    }

    /**
     * A unique value that identifies the creation request. Caller references are unique within an
     * AWS account and cannot be changed after creation.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * CallerReference}.
     */
    public FieldLevelEncryptionProfileConfig callerReference(String value) {
      return set("CallerReference", Value.of(value));
    }

    /** Sets {@code CallerReference} to this value; see {@link #callerReference(String)}. */
    public FieldLevelEncryptionProfileConfig callerReference(Value<String> value) {
      return set("CallerReference", value);
    }

    /**
     * An optional comment describing the field-level encryption profile.
     *
     * <p>CloudFormation property {@code Comment}.
     */
    public FieldLevelEncryptionProfileConfig comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public FieldLevelEncryptionProfileConfig comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * The encryption entities of the field-level encryption profile. At least one entity is
     * required.
     *
     * <p>Required. CloudFormation property {@code EncryptionEntities}.
     */
    public FieldLevelEncryptionProfileConfig encryptionEntities(List<EncryptionEntity> value) {
      return set("EncryptionEntities", Value.listOf(value));
    }

    /** Sets {@code EncryptionEntities} to this value; see {@link #encryptionEntities(List)}. */
    public FieldLevelEncryptionProfileConfig encryptionEntities(Value<List<EncryptionEntity>> value) {
      return set("EncryptionEntities", value);
    }

    /**
     * Sets {@code EncryptionEntities} to a list of these; see {@link #encryptionEntities(List)}.
     */
    public FieldLevelEncryptionProfileConfig encryptionEntities(EncryptionEntity... values) {
      return set("EncryptionEntities", Value.list(values));
    }

    /**
     * The name of the field-level encryption profile. Names are unique within an AWS account.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public FieldLevelEncryptionProfileConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FieldLevelEncryptionProfileConfig name(Value<String> value) {
      return set("Name", value);
    }
  }
}
