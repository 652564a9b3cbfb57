// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * The <code>AWS::SageMaker::Pipeline</code> resource creates shell scripts that run when you create
 * and/or start a SageMaker Pipeline. For information about SageMaker Pipelines, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/pipelines.html">SageMaker Pipelines</a> in
 * the <em>Amazon SageMaker Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Pipeline}.
 */
public final class Pipeline extends Resource<Pipeline> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Pipeline")
      .required("PipelineDefinition", "PipelineName", "RoleArn")
      .constrain("PipelineDescription", Constraint.of().minLength(0).maxLength(3072))
      .constrain("PipelineDisplayName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*").minLength(1).maxLength(256))
      .constrain("PipelineName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*").minLength(1).maxLength(256))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("PipelineName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Pipeline(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The parallelism configuration applied to the pipeline.
   *
   * <p>CloudFormation property {@code ParallelismConfiguration}.
   */
  public Pipeline parallelismConfiguration(Value<ParallelismConfiguration> value) {
    return set("ParallelismConfiguration", value);
  }

  /**
   * The definition of the pipeline. This can be either a JSON string or an Amazon S3 location.
   *
   * <p>Required. CloudFormation property {@code PipelineDefinition}.
   */
  public Pipeline pipelineDefinition(Value<PipelineDefinition> value) {
    return set("PipelineDefinition", value);
  }

  /**
   * The description of the pipeline.
   *
   * <p>Length: 0 to 3072 characters. CloudFormation property {@code PipelineDescription}.
   */
  public Pipeline pipelineDescription(String value) {
    return set("PipelineDescription", Value.of(value));
  }

  /** Sets {@code PipelineDescription} to this value; see {@link #pipelineDescription(String)}. */
  public Pipeline pipelineDescription(Value<String> value) {
    return set("PipelineDescription", value);
  }

  /**
   * The display name of the pipeline.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*}. CloudFormation
   * property {@code PipelineDisplayName}.
   */
  public Pipeline pipelineDisplayName(String value) {
    return set("PipelineDisplayName", Value.of(value));
  }

  /** Sets {@code PipelineDisplayName} to this value; see {@link #pipelineDisplayName(String)}. */
  public Pipeline pipelineDisplayName(Value<String> value) {
    return set("PipelineDisplayName", value);
  }

  /**
   * The name of the pipeline.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*}. CloudFormation property {@code PipelineName}.
   */
  public Pipeline pipelineName(String value) {
    return set("PipelineName", Value.of(value));
  }

  /** Sets {@code PipelineName} to this value; see {@link #pipelineName(String)}. */
  public Pipeline pipelineName(Value<String> value) {
    return set("PipelineName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role used to execute the pipeline.
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Pipeline roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Pipeline roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public Pipeline roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * The tags of the pipeline.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Pipeline tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Pipeline tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Pipeline tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Configuration that controls the parallelism of the pipeline. By default, the parallelism
   * configuration specified applies to all executions of the pipeline unless overridden.
   *
   * <p>Property type {@code AWS::SageMaker::Pipeline.ParallelismConfiguration}.
   */
  public static final class ParallelismConfiguration extends Struct<ParallelismConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Pipeline.ParallelismConfiguration")
        .required("MaxParallelExecutionSteps")
        .constrain("MaxParallelExecutionSteps", Constraint.of().minimum(1))
        .build();

    public ParallelismConfiguration() {
      super(SCHEMA);
    }

    /**
     * The max number of steps that can be executed in parallel.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code MaxParallelExecutionSteps}.
     */
    public ParallelismConfiguration maxParallelExecutionSteps(int value) {
      return set("MaxParallelExecutionSteps", Value.of(value));
    }

    /**
     * Sets {@code MaxParallelExecutionSteps} to this value; see {@link
     * #maxParallelExecutionSteps(int)}.
     */
    public ParallelismConfiguration maxParallelExecutionSteps(Value<Integer> value) {
      return set("MaxParallelExecutionSteps", value);
    }
  }

  /**
   * The definition of the pipeline. This can be either a JSON string or an Amazon S3 location.
   *
   * <p>Property type {@code AWS::SageMaker::Pipeline.PipelineDefinition}.
   */
  public static final class PipelineDefinition extends Struct<PipelineDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Pipeline.PipelineDefinition")
        .required("PipelineDefinitionBody")
        .build();

    public PipelineDefinition() {
      super(SCHEMA);
    }

    /**
     * The <a
     * href="https://docs.aws.amazon.com/https://aws-sagemaker-mlops.github.io/sagemaker-model-building-pipeline-definition-JSON-schema/">JSON
     * pipeline definition</a> of the pipeline.
     *
     * <p>Required. CloudFormation property {@code PipelineDefinitionBody}.
     */
    public PipelineDefinition pipelineDefinitionBody(String value) {
      return set("PipelineDefinitionBody", Value.of(value));
    }

    /**
     * Sets {@code PipelineDefinitionBody} to this value; see {@link
     * #pipelineDefinitionBody(String)}.
     */
    public PipelineDefinition pipelineDefinitionBody(Value<String> value) {
      return set("PipelineDefinitionBody", value);
    }

    /**
     * The location of the pipeline definition stored in Amazon S3. If specified, SageMaker
     * retrieves the pipeline definition from this location.
     *
     * <p>CloudFormation property {@code PipelineDefinitionS3Location}.
     */
    public PipelineDefinition pipelineDefinitionS3Location(Value<S3Location> value) {
      return set("PipelineDefinitionS3Location", value);
    }

    /**
     * Sets {@code PipelineDefinitionS3Location} to the asset's bucket and key, where the deployer
     * uploads it; see {@link #pipelineDefinitionS3Location(Value)}.
     */
    public PipelineDefinition pipelineDefinitionS3Location(Asset asset) {
      return set("PipelineDefinitionS3Location", new S3Location().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * The location of the pipeline definition stored in Amazon S3. If specified, SageMaker will
   * retrieve the pipeline definition from this location.
   *
   * <p>Property type {@code AWS::SageMaker::Pipeline.S3Location}.
   */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Pipeline.S3Location")
        .required("Bucket", "Key")
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket.
     *
     * <p>Required. CloudFormation property {@code Bucket}.
     */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * A file checksum of the pipeline definition file.
     *
     * <p>CloudFormation property {@code ETag}.
     */
    public S3Location eTag(String value) {
      return set("ETag", Value.of(value));
    }

    /** Sets {@code ETag} to this value; see {@link #eTag(String)}. */
    public S3Location eTag(Value<String> value) {
      return set("ETag", value);
    }

    /**
     * The object key (or key name) which uniquely identifies the object in an S3 bucket.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The version ID of the pipeline definition file. If not specified, Amazon SageMaker will
     * retrieve the latest version.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public S3Location version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public S3Location version(Value<String> value) {
      return set("Version", value);
    }
  }
}
