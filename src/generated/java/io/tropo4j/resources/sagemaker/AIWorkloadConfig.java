// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::SageMaker::AIWorkloadConfig. A reusable AI workload
 * configuration that defines datasets, data sources and benchmark tool settings for consistent
 * performance testing of generative AI inference deployments on Amazon SageMaker AI.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::AIWorkloadConfig}.
 */
public final class AIWorkloadConfig extends Resource<AIWorkloadConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::AIWorkloadConfig")
      .required("AIWorkloadConfigName")
      .constrain("AIWorkloadConfigName", Constraint.of().pattern("^[a-z0-9](-*[a-z0-9]){0,62}$").minLength(1).maxLength(63))
      .refYields("AIWorkloadConfigArn")
      .attributes("AIWorkloadConfigArn", "CreationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AIWorkloadConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the AI workload configuration. The name must be unique within your AWS account in
   * the current AWS Region. Only lowercase letters and digits are accepted: DeleteAIWorkloadConfig
   * lowercases the name before looking it up, so a name containing an uppercase letter produces a
   * configuration that can be created and read but never deleted.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-z0-9](-*[a-z0-9]){0,62}$}. CloudFormation property {@code AIWorkloadConfigName}.
   */
  public AIWorkloadConfig aiWorkloadConfigName(String value) {
    return set("AIWorkloadConfigName", Value.of(value));
  }

  /** Sets {@code AIWorkloadConfigName} to this value; see {@link #aiWorkloadConfigName(String)}. */
  public AIWorkloadConfig aiWorkloadConfigName(Value<String> value) {
    return set("AIWorkloadConfigName", value);
  }

  /**
   * The benchmark tool configuration for an AI workload.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AIWorkloadConfigs}.
   */
  public AIWorkloadConfig aiWorkloadConfigs(Value<AIWorkloadConfigs> value) {
    return set("AIWorkloadConfigs", value);
  }

  /**
   * The dataset configuration for an AI workload.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DatasetConfig}.
   */
  public AIWorkloadConfig datasetConfig(Value<AIDatasetConfig> value) {
    return set("DatasetConfig", value);
  }

  /**
   * The metadata that you apply to the AI workload configuration to help you categorize and
   * organize it.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AIWorkloadConfig tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AIWorkloadConfig tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AIWorkloadConfig tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the AI workload configuration. The name segment is restricted
   * to lowercase for the same reason as AIWorkloadConfigName: the engine derives that property from
   * this ARN, so a permissive ARN would yield a derived name the schema itself rejects.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AIWorkloadConfigArn}.
   */
  public Value<String> aiWorkloadConfigArn() {
    return getAtt("AIWorkloadConfigArn");
  }

  /**
   * A timestamp that indicates when the AI workload configuration was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The dataset configuration for an AI workload.
   *
   * <p>Property type {@code AWS::SageMaker::AIWorkloadConfig.AIDatasetConfig}.
   */
  public static final class AIDatasetConfig extends Struct<AIDatasetConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::AIWorkloadConfig.AIDatasetConfig")
        .required("InputDataConfig")
        .build();

    public AIDatasetConfig() {
      super(SCHEMA);
    }

    /**
     * An array of input data channel configurations for the workload.
     *
     * <p>Required. CloudFormation property {@code InputDataConfig}.
     */
    public AIDatasetConfig inputDataConfig(List<AIWorkloadInputDataConfig> value) {
      return set("InputDataConfig", Value.listOf(value));
    }

    /** Sets {@code InputDataConfig} to this value; see {@link #inputDataConfig(List)}. */
    public AIDatasetConfig inputDataConfig(Value<List<AIWorkloadInputDataConfig>> value) {
      return set("InputDataConfig", value);
    }

    /** Sets {@code InputDataConfig} to a list of these; see {@link #inputDataConfig(List)}. */
    public AIDatasetConfig inputDataConfig(AIWorkloadInputDataConfig... values) {
      return set("InputDataConfig", Value.list(values));
    }
  }

  /**
   * The benchmark tool configuration for an AI workload.
   *
   * <p>Property type {@code AWS::SageMaker::AIWorkloadConfig.AIWorkloadConfigs}.
   */
  public static final class AIWorkloadConfigs extends Struct<AIWorkloadConfigs> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::AIWorkloadConfig.AIWorkloadConfigs")
        .required("WorkloadSpec")
        .build();

    public AIWorkloadConfigs() {
      super(SCHEMA);
    }

    /**
     * The workload specification for benchmark tool configuration.
     *
     * <p>Required. CloudFormation property {@code WorkloadSpec}.
     */
    public AIWorkloadConfigs workloadSpec(Value<WorkloadSpec> value) {
      return set("WorkloadSpec", value);
    }
  }

  /**
   * The data source for an AI workload input data channel.
   *
   * <p>Property type {@code AWS::SageMaker::AIWorkloadConfig.AIWorkloadDataSource}.
   */
  public static final class AIWorkloadDataSource extends Struct<AIWorkloadDataSource> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::AIWorkloadConfig.AIWorkloadDataSource");

    public AIWorkloadDataSource() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 data source for an AI workload.
     *
     * <p>CloudFormation property {@code S3DataSource}.
     */
    public AIWorkloadDataSource s3DataSource(Value<AIWorkloadS3DataSource> value) {
      return set("S3DataSource", value);
    }
  }

  /**
   * A channel of input data for an AI workload configuration.
   *
   * <p>Property type {@code AWS::SageMaker::AIWorkloadConfig.AIWorkloadInputDataConfig}.
   */
  public static final class AIWorkloadInputDataConfig extends Struct<AIWorkloadInputDataConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::AIWorkloadConfig.AIWorkloadInputDataConfig")
        .required("ChannelName", "DataSource")
        .constrain("ChannelName", Constraint.of().pattern("^[A-Za-z0-9\\.\\-_]+$").minLength(1).maxLength(64))
        .build();

    public AIWorkloadInputDataConfig() {
      super(SCHEMA);
    }

    /**
     * The logical name for the data channel.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[A-Za-z0-9&#92;.&#92;-_]+$}.
     * CloudFormation property {@code ChannelName}.
     */
    public AIWorkloadInputDataConfig channelName(String value) {
      return set("ChannelName", Value.of(value));
    }

    /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
    public AIWorkloadInputDataConfig channelName(Value<String> value) {
      return set("ChannelName", value);
    }

    /**
     * The data source for an AI workload input data channel.
     *
     * <p>Required. CloudFormation property {@code DataSource}.
     */
    public AIWorkloadInputDataConfig dataSource(Value<AIWorkloadDataSource> value) {
      return set("DataSource", value);
    }
  }

  /**
   * The Amazon S3 data source for an AI workload.
   *
   * <p>Property type {@code AWS::SageMaker::AIWorkloadConfig.AIWorkloadS3DataSource}.
   */
  public static final class AIWorkloadS3DataSource extends Struct<AIWorkloadS3DataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::AIWorkloadConfig.AIWorkloadS3DataSource")
        .required("S3Uri")
        .constrain("S3Uri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").maxLength(1024))
        .build();

    public AIWorkloadS3DataSource() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 URI of the data.
     *
     * <p>Required. Length: at most 1024 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code S3Uri}.
     */
    public AIWorkloadS3DataSource s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public AIWorkloadS3DataSource s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * The workload specification for benchmark tool configuration.
   *
   * <p>Property type {@code AWS::SageMaker::AIWorkloadConfig.WorkloadSpec}.
   */
  public static final class WorkloadSpec extends Struct<WorkloadSpec> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::AIWorkloadConfig.WorkloadSpec")
        .required("Inline")
        .build();

    public WorkloadSpec() {
      super(SCHEMA);
    }

    /**
     * An inline YAML or JSON string that defines benchmark parameters. The service validates the
     * document against its own benchmark schema: it must declare a benchmark object whose type
     * member matches the pattern ^(aiperf)$.
     *
     * <p>Required. CloudFormation property {@code Inline}.
     */
    public WorkloadSpec inline(String value) {
      return set("Inline", Value.of(value));
    }

    /** Sets {@code Inline} to this value; see {@link #inline(String)}. */
    public WorkloadSpec inline(Value<String> value) {
      return set("Inline", value);
    }
  }
}
