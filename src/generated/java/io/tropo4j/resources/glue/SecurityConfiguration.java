// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new security configuration. A security configuration is a set of security properties
 * that can be used by AWS Glue . You can use a security configuration to encrypt data at rest. For
 * information about using security configurations in AWS Glue , see <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html">Encrypting
 * Data Written by Crawlers, Jobs, and Development Endpoints</a> .
 *
 * <p>CloudFormation type {@code AWS::Glue::SecurityConfiguration}.
 */
public final class SecurityConfiguration extends Resource<SecurityConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::SecurityConfiguration")
      .required("EncryptionConfiguration", "Name")
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .refYields("Name")
      .build();

  public SecurityConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The encryption configuration associated with this security configuration.
   *
   * <p>Required. CloudFormation property {@code EncryptionConfiguration}.
   */
  public SecurityConfiguration encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * The name of the security configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Name}.
   */
  public SecurityConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SecurityConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies how Amazon CloudWatch data should be encrypted.
   *
   * <p>Property type {@code AWS::Glue::SecurityConfiguration.CloudWatchEncryption}.
   */
  public static final class CloudWatchEncryption extends Struct<CloudWatchEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::SecurityConfiguration.CloudWatchEncryption")
        .allowed("CloudWatchEncryptionMode", "DISABLED", "SSE-KMS")
        .constrain("KmsKeyArn", Constraint.of().pattern("^$|arn:aws[a-z0-9-]*:kms:").format("AWS::KMS::Key.Arn"))
        .build();

    public CloudWatchEncryption() {
      super(SCHEMA);
    }

    /**
     * The encryption mode to use for CloudWatch data.
     *
     * <p>Allowed values: {@code DISABLED}, {@code SSE-KMS}. CloudFormation property {@code
     * CloudWatchEncryptionMode}.
     */
    public CloudWatchEncryption cloudWatchEncryptionMode(String value) {
      return set("CloudWatchEncryptionMode", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchEncryptionMode} to this value; see {@link
     * #cloudWatchEncryptionMode(String)}.
     */
    public CloudWatchEncryption cloudWatchEncryptionMode(Value<String> value) {
      return set("CloudWatchEncryptionMode", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the KMS key to be used to encrypt the data.
     *
     * <p>Pattern: {@code ^$|arn:aws[a-z0-9-]*:kms:}. Format: {@code AWS::KMS::Key.Arn}.
     * CloudFormation property {@code KmsKeyArn}.
     */
    public CloudWatchEncryption kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public CloudWatchEncryption kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /**
   * Specifies an encryption configuration.
   *
   * <p>Property type {@code AWS::Glue::SecurityConfiguration.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::SecurityConfiguration.EncryptionConfiguration");

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The encryption configuration for Amazon CloudWatch.
     *
     * <p>CloudFormation property {@code CloudWatchEncryption}.
     */
    public EncryptionConfiguration cloudWatchEncryption(Value<CloudWatchEncryption> value) {
      return set("CloudWatchEncryption", value);
    }

    /**
     * The encryption configuration for job bookmarks.
     *
     * <p>CloudFormation property {@code JobBookmarksEncryption}.
     */
    public EncryptionConfiguration jobBookmarksEncryption(Value<JobBookmarksEncryption> value) {
      return set("JobBookmarksEncryption", value);
    }

    /**
     * The encyption configuration for Amazon Simple Storage Service (Amazon S3) data.
     *
     * <p>CloudFormation property {@code S3Encryptions}.
     */
    public EncryptionConfiguration s3Encryptions(List<S3Encryption> value) {
      return set("S3Encryptions", Value.listOf(value));
    }

    /** Sets {@code S3Encryptions} to this value; see {@link #s3Encryptions(List)}. */
    public EncryptionConfiguration s3Encryptions(Value<List<S3Encryption>> value) {
      return set("S3Encryptions", value);
    }

    /** Sets {@code S3Encryptions} to a list of these; see {@link #s3Encryptions(List)}. */
    public EncryptionConfiguration s3Encryptions(S3Encryption... values) {
      return set("S3Encryptions", Value.list(values));
    }
  }

  /**
   * Specifies how job bookmark data should be encrypted.
   *
   * <p>Property type {@code AWS::Glue::SecurityConfiguration.JobBookmarksEncryption}.
   */
  public static final class JobBookmarksEncryption extends Struct<JobBookmarksEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::SecurityConfiguration.JobBookmarksEncryption")
        .allowed("JobBookmarksEncryptionMode", "CSE-KMS", "DISABLED")
        .constrain("KmsKeyArn", Constraint.of().pattern("^$|arn:aws[a-z0-9-]*:kms:").format("AWS::KMS::Key.Arn"))
        .build();

    public JobBookmarksEncryption() {
      super(SCHEMA);
    }

    /**
     * The encryption mode to use for job bookmarks data.
     *
     * <p>Allowed values: {@code CSE-KMS}, {@code DISABLED}. CloudFormation property {@code
     * JobBookmarksEncryptionMode}.
     */
    public JobBookmarksEncryption jobBookmarksEncryptionMode(String value) {
      return set("JobBookmarksEncryptionMode", Value.of(value));
    }

    /**
     * Sets {@code JobBookmarksEncryptionMode} to this value; see {@link
     * #jobBookmarksEncryptionMode(String)}.
     */
    public JobBookmarksEncryption jobBookmarksEncryptionMode(Value<String> value) {
      return set("JobBookmarksEncryptionMode", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the KMS key to be used to encrypt the data.
     *
     * <p>Pattern: {@code ^$|arn:aws[a-z0-9-]*:kms:}. Format: {@code AWS::KMS::Key.Arn}.
     * CloudFormation property {@code KmsKeyArn}.
     */
    public JobBookmarksEncryption kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public JobBookmarksEncryption kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /**
   * Specifies how Amazon Simple Storage Service (Amazon S3) data should be encrypted.
   *
   * <p>Property type {@code AWS::Glue::SecurityConfiguration.S3Encryption}.
   */
  public static final class S3Encryption extends Struct<S3Encryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::SecurityConfiguration.S3Encryption")
        .constrain("KmsKeyArn", Constraint.of().format("AWS::KMS::Key.Arn"))
        .build();

    public S3Encryption() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the KMS key to be used to encrypt the data.
     *
     * <p>Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public S3Encryption kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public S3Encryption kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * The encryption mode to use for Amazon S3 data.
     *
     * <p>CloudFormation property {@code S3EncryptionMode}.
     */
    public S3Encryption s3EncryptionMode(String value) {
      return set("S3EncryptionMode", Value.of(value));
    }

    /** Sets {@code S3EncryptionMode} to this value; see {@link #s3EncryptionMode(String)}. */
    public S3Encryption s3EncryptionMode(Value<String> value) {
      return set("S3EncryptionMode", value);
    }
  }
}
