// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * A public key that you can use with <a
 * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html">signed
 * URLs and signed cookies</a> , or with <a
 * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/field-level-encryption.html">field-level
 * encryption</a> .
 *
 * <p>CloudFront supports signed URLs and signed cookies with RSA 2048 or ECDSA 256 key signatures.
 * Field-level encryption is only compatible with RSA 2048 key signatures.
 *
 * <p>CloudFormation type {@code AWS::CloudFront::PublicKey}.
 */
public final class PublicKey extends Resource<PublicKey> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::PublicKey")
      .required("PublicKeyConfig")
      .refYields("Id")
      .attributes("CreatedTime", "Id")
      .build();

  public PublicKey(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration information about a public key that you can use with <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html">signed
   * URLs and signed cookies</a> , or with <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/field-level-encryption.html">field-level
   * encryption</a> .
   *
   * <p>Required. CloudFormation property {@code PublicKeyConfig}.
   */
  public PublicKey publicKeyConfig(Value<PublicKeyConfig> value) {
    return set("PublicKeyConfig", value);
  }

  /**
   * The date and time when the public key was uploaded.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The identifier of the public key.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Configuration information about a public key that you can use with <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html">signed
   * URLs and signed cookies</a> , or with <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/field-level-encryption.html">field-level
   * encryption</a> .
   *
   * <p>CloudFront supports signed URLs and signed cookies with RSA 2048 or ECDSA 256 key
   * signatures. Field-level encryption is only compatible with RSA 2048 key signatures.
   *
   * <p>Property type {@code AWS::CloudFront::PublicKey.PublicKeyConfig}.
   */
  public static final class PublicKeyConfig extends Struct<PublicKeyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::PublicKey.PublicKeyConfig")
        .required("CallerReference", "EncodedKey", "Name")
        .build();

    public PublicKeyConfig() {
      super(SCHEMA);
    }

    /**
     * A string included in the request to help make sure that the request can't be replayed.
     *
     * <p>Required. CloudFormation property {@code CallerReference}.
     */
    public PublicKeyConfig callerReference(String value) {
      return set("CallerReference", Value.of(value));
    }

    /** Sets {@code CallerReference} to this value; see {@link #callerReference(String)}. */
    public PublicKeyConfig callerReference(Value<String> value) {
      return set("CallerReference", value);
    }

    /**
     * A comment to describe the public key. The comment cannot be longer than 128 characters.
     *
     * <p>CloudFormation property {@code Comment}.
     */
    public PublicKeyConfig comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public PublicKeyConfig comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * The public key that you can use with <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html">signed
     * URLs and signed cookies</a> , or with <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/field-level-encryption.html">field-level
     * encryption</a> .
     *
     * <p>Required. CloudFormation property {@code EncodedKey}.
     */
    public PublicKeyConfig encodedKey(String value) {
      return set("EncodedKey", Value.of(value));
    }

    /** Sets {@code EncodedKey} to this value; see {@link #encodedKey(String)}. */
    public PublicKeyConfig encodedKey(Value<String> value) {
      return set("EncodedKey", value);
    }

    /**
     * A name to help identify the public key.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public PublicKeyConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PublicKeyConfig name(Value<String> value) {
      return set("Name", value);
    }
  }
}
