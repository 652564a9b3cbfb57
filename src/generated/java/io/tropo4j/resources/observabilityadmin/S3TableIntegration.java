// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.observabilityadmin;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an integration between CloudWatch and S3 Tables for analytics. This integration enables
 * querying CloudWatch telemetry data using analytics engines like Amazon Athena, Amazon Redshift,
 * and Apache Spark.
 *
 * <p>CloudFormation type {@code AWS::ObservabilityAdmin::S3TableIntegration}.
 */
public final class S3TableIntegration extends Resource<S3TableIntegration> {
  private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::S3TableIntegration")
      .required("Encryption", "RoleArn")
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws([a-z0-9\\-]+)?:([a-zA-Z0-9\\-]+):([a-z0-9\\-]+)?:([0-9]{12})?:(.+)$").minLength(1).maxLength(1011).format("AWS::IAM::Role.Arn"))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public S3TableIntegration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Defines the encryption configuration for S3 Table integrations, including the encryption
   * algorithm and KMS key settings.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Encryption}.
   */
  public S3TableIntegration encryption(Value<EncryptionConfig> value) {
    return set("Encryption", value);
  }

  /**
   * A data source with an S3 Table integration for query access in the <code>logs</code> namespace.
   *
   * <p>CloudFormation property {@code LogSources}.
   */
  public S3TableIntegration logSources(List<LogSource> value) {
    return set("LogSources", Value.listOf(value));
  }

  /** Sets {@code LogSources} to this value; see {@link #logSources(List)}. */
  public S3TableIntegration logSources(Value<List<LogSource>> value) {
    return set("LogSources", value);
  }

  /** Sets {@code LogSources} to a list of these; see {@link #logSources(List)}. */
  public S3TableIntegration logSources(LogSource... values) {
    return set("LogSources", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that grants permissions for the S3 Table
   * integration to access necessary resources.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1011 characters. Pattern: {@code
   * ^arn:aws([a-z0-9&#92;-]+)?:([a-zA-Z0-9&#92;-]+):([a-z0-9&#92;-]+)?:([0-9]{12})?:(.+)$}. Format:
   * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public S3TableIntegration roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public S3TableIntegration roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The key-value pairs to associate with the S3 Table integration resource for categorization and
   * management purposes.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public S3TableIntegration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public S3TableIntegration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public S3TableIntegration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the S3 Table integration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Defines the encryption configuration for S3 Table integrations, including the encryption
   * algorithm and KMS key settings.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::S3TableIntegration.EncryptionConfig}.
   */
  public static final class EncryptionConfig extends Struct<EncryptionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::S3TableIntegration.EncryptionConfig")
        .required("SseAlgorithm")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws([a-z0-9\\-]+)?:([a-zA-Z0-9\\-]+):([a-z0-9\\-]+)?:([0-9]{12})?:(.+)$").minLength(1).maxLength(1011).format("AWS::KMS::Key.Arn"))
        .allowed("SseAlgorithm", "AES256", "aws:kms")
        .build();

    public EncryptionConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the KMS key used for encryption when using customer-managed
     * keys.
     *
     * <p>Length: 1 to 1011 characters. Pattern: {@code
     * ^arn:aws([a-z0-9&#92;-]+)?:([a-zA-Z0-9&#92;-]+):([a-z0-9&#92;-]+)?:([0-9]{12})?:(.+)$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public EncryptionConfig kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public EncryptionConfig kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * The server-side encryption algorithm used for encrypting data in the S3 Table integration.
     *
     * <p>Required. Allowed values: {@code AES256}, {@code aws:kms}. CloudFormation property {@code
     * SseAlgorithm}.
     */
    public EncryptionConfig sseAlgorithm(String value) {
      return set("SseAlgorithm", Value.of(value));
    }

    /** Sets {@code SseAlgorithm} to this value; see {@link #sseAlgorithm(String)}. */
    public EncryptionConfig sseAlgorithm(Value<String> value) {
      return set("SseAlgorithm", value);
    }
  }

  /**
   * A data source with an S3 Table integration for query access in the <code>logs</code> namespace.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::S3TableIntegration.LogSource}.
   */
  public static final class LogSource extends Struct<LogSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::S3TableIntegration.LogSource")
        .required("Name", "Type")
        .constrain("Identifier", Constraint.of().minLength(1).maxLength(256))
        .constrain("Name", Constraint.of().minLength(1).maxLength(256))
        .constrain("Type", Constraint.of().minLength(1).maxLength(256))
        .build();

    public LogSource() {
      super(SCHEMA);
    }

    /**
     * The unique identifier for the association between the data source and S3 Table integration.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Identifier}.
     */
    public LogSource identifier(String value) {
      return set("Identifier", Value.of(value));
    }

    /** Sets {@code Identifier} to this value; see {@link #identifier(String)}. */
    public LogSource identifier(Value<String> value) {
      return set("Identifier", value);
    }

    /**
     * The name of the data source.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Name}.
     */
    public LogSource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public LogSource name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type of the data source.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Type}.
     */
    public LogSource type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public LogSource type(Value<String> value) {
      return set("Type", value);
    }
  }
}
