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
import java.util.Map;

/**
 * An Amazon SageMaker processing job that is used to analyze data and evaluate models. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/processing-job.html">Process Data and
 * Evaluate Models</a> .
 *
 * <p>Also, note the following details specific to processing jobs created using CloudFormation
 * stacks:
 *
 * <ul> <li>When you delete a CloudFormation stack with a processing job resource, the processing
 * job is stopped using the <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StopProcessingJob.html">StopProcessingJob</a>
 * API but not deleted. Any tags associated with the processing job are deleted using the <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DeleteTags.html">DeleteTags</a>
 * API. <li>If any part of your CloudFormation stack deployment fails and a rollback initiates,
 * processing jobs with a specified <code>ProcessingJobName</code> value might cause the stack to
 * become stuck in a failed state. This occurs because during a rollback, CloudFormation attempts to
 * recreate the stack resources. Processing job names must be unique, so when CloudFormation
 * attempts to recreate a processing job using the already defined name, this results in an
 * <code>AlreadyExists</code> error. To prevent this, we recommend that you don't specify the
 * optional <code>ProcessingJobName</code> property, thereby allowing SageMaker to auto-generate a
 * unique name for your processing job. This ensures successful stack rollbacks when necessary. If
 * you must use custom job names, you have to manually modify the <code>ProcessingJobName</code> and
 * redeploy the stack to recover from a failed rollback. </ul>
 *
 * <p>CloudFormation type {@code AWS::SageMaker::ProcessingJob}.
 */
public final class ProcessingJob extends Resource<ProcessingJob> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob")
      .required("AppSpecification", "ProcessingResources", "RoleArn")
      .constrain("ProcessingJobName", Constraint.of().pattern("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}").minLength(1).maxLength(63))
      .constrain("RoleArn", Constraint.of().pattern("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("ProcessingJobArn")
      .attributes("AutoMLJobArn", "CreationTime", "ExitMessage", "FailureReason",
          "LastModifiedTime", "MonitoringScheduleArn", "ProcessingEndTime", "ProcessingJobArn",
          "ProcessingJobStatus", "ProcessingStartTime", "TrainingJobArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ProcessingJob(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration to run a processing job in a specified container image.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * AppSpecification}.
   */
  public ProcessingJob appSpecification(Value<AppSpecification> value) {
    return set("AppSpecification", value);
  }

  /**
   * Sets the environment variables in the Docker container.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Environment}.
   */
  public ProcessingJob environment(Map<String, String> value) {
    return set("Environment", Value.mapOf(value));
  }

  /** Sets {@code Environment} to this value; see {@link #environment(Map)}. */
  public ProcessingJob environment(Value<Map<String, String>> value) {
    return set("Environment", value);
  }

  /**
   * Associates a SageMaker job as a trial component with an experiment and trial. Specified when
   * you call the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html">CreateProcessingJob</a>
   * API.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ExperimentConfig}.
   */
  public ProcessingJob experimentConfig(Value<ExperimentConfig> value) {
    return set("ExperimentConfig", value);
  }

  /**
   * Networking options for a job, such as network traffic encryption between containers, whether to
   * allow inbound and outbound network calls to and from containers, and the VPC subnets and
   * security groups to use for VPC-enabled jobs.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkConfig}.
   */
  public ProcessingJob networkConfig(Value<NetworkConfig> value) {
    return set("NetworkConfig", value);
  }

  /**
   * List of input configurations for the processing job.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ProcessingInputs}.
   */
  public ProcessingJob processingInputs(List<ProcessingInputsObject> value) {
    return set("ProcessingInputs", Value.listOf(value));
  }

  /** Sets {@code ProcessingInputs} to this value; see {@link #processingInputs(List)}. */
  public ProcessingJob processingInputs(Value<List<ProcessingInputsObject>> value) {
    return set("ProcessingInputs", value);
  }

  /** Sets {@code ProcessingInputs} to a list of these; see {@link #processingInputs(List)}. */
  public ProcessingJob processingInputs(ProcessingInputsObject... values) {
    return set("ProcessingInputs", Value.list(values));
  }

  /**
   * The name of the processing job. If you don't provide a job name, then a unique name is
   * automatically created for the job.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}}. CloudFormation property {@code ProcessingJobName}.
   */
  public ProcessingJob processingJobName(String value) {
    return set("ProcessingJobName", Value.of(value));
  }

  /** Sets {@code ProcessingJobName} to this value; see {@link #processingJobName(String)}. */
  public ProcessingJob processingJobName(Value<String> value) {
    return set("ProcessingJobName", value);
  }

  /**
   * Contains information about the output location for the compiled model and the target device
   * that the model runs on. <code>TargetDevice</code> and <code>TargetPlatform</code> are mutually
   * exclusive, so you need to choose one between the two to specify your target device or platform.
   * If you cannot find your device you want to use from the <code>TargetDevice</code> list, use
   * <code>TargetPlatform</code> to describe the platform of your edge device and
   * <code>CompilerOptions</code> if there are specific settings that are required or recommended to
   * use for particular TargetPlatform.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ProcessingOutputConfig}.
   */
  public ProcessingJob processingOutputConfig(Value<ProcessingOutputConfig> value) {
    return set("ProcessingOutputConfig", value);
  }

  /**
   * Identifies the resources, ML compute instances, and ML storage volumes to deploy for a
   * processing job. In distributed training, you specify more than one instance.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ProcessingResources}.
   */
  public ProcessingJob processingResources(Value<ProcessingResources> value) {
    return set("ProcessingResources", value);
  }

  /**
   * The ARN of the role used to create the processing job.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public ProcessingJob roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public ProcessingJob roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Configures conditions under which the processing job should be stopped, such as how long the
   * processing job has been running. After the condition is met, the processing job is stopped.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StoppingCondition}.
   */
  public ProcessingJob stoppingCondition(Value<StoppingCondition> value) {
    return set("StoppingCondition", value);
  }

  /**
   * An array of key-value pairs. For more information, see <a
   * href="https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html#allocation-whatURL">Using
   * Cost Allocation Tags</a> in the <em>AWS Billing and Cost Management User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ProcessingJob tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ProcessingJob tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ProcessingJob tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the AutoML job associated with this processing job.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutoMLJobArn}.
   */
  public Value<String> autoMLJobArn() {
    return getAtt("AutoMLJobArn");
  }

  /**
   * The time the processing job was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * A string, up to one KB in size, that contains metadata from the processing container when the
   * processing job exits.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ExitMessage}.
   */
  public Value<String> exitMessage() {
    return getAtt("ExitMessage");
  }

  /**
   * A string, up to one KB in size, that contains the reason a processing job failed, if it failed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureReason}.
   */
  public Value<String> failureReason() {
    return getAtt("FailureReason");
  }

  /**
   * The time the processing job was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The ARN of a monitoring schedule for an endpoint associated with this processing job.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MonitoringScheduleArn}.
   */
  public Value<String> monitoringScheduleArn() {
    return getAtt("MonitoringScheduleArn");
  }

  /**
   * The time that the processing job ended.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProcessingEndTime}.
   */
  public Value<String> processingEndTime() {
    return getAtt("ProcessingEndTime");
  }

  /**
   * The ARN of the processing job.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProcessingJobArn}.
   */
  public Value<String> processingJobArn() {
    return getAtt("ProcessingJobArn");
  }

  /**
   * The status of the processing job.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProcessingJobStatus}.
   */
  public Value<String> processingJobStatus() {
    return getAtt("ProcessingJobStatus");
  }

  /**
   * The time that the processing job started.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProcessingStartTime}.
   */
  public Value<String> processingStartTime() {
    return getAtt("ProcessingStartTime");
  }

  /**
   * The ARN of the training job associated with this processing job.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrainingJobArn}.
   */
  public Value<String> trainingJobArn() {
    return getAtt("TrainingJobArn");
  }

  /**
   * Configuration to run a processing job in a specified container image.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.AppSpecification}.
   */
  public static final class AppSpecification extends Struct<AppSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.AppSpecification")
        .required("ImageUri")
        .constrain("ContainerArguments", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .constrain("ContainerEntrypoint", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .constrain("ImageUri", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .build();

    public AppSpecification() {
      super(SCHEMA);
    }

    /**
     * The arguments for a container used to run a processing job.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * ContainerArguments}.
     */
    public AppSpecification containerArguments(List<String> value) {
      return set("ContainerArguments", Value.listOf(value));
    }

    /** Sets {@code ContainerArguments} to this value; see {@link #containerArguments(List)}. */
    public AppSpecification containerArguments(Value<List<String>> value) {
      return set("ContainerArguments", value);
    }

    /**
     * The entrypoint for a container used to run a processing job.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * ContainerEntrypoint}.
     */
    public AppSpecification containerEntrypoint(List<String> value) {
      return set("ContainerEntrypoint", Value.listOf(value));
    }

    /** Sets {@code ContainerEntrypoint} to this value; see {@link #containerEntrypoint(List)}. */
    public AppSpecification containerEntrypoint(Value<List<String>> value) {
      return set("ContainerEntrypoint", value);
    }

    /**
     * The container image to be run by the processing job.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * ImageUri}.
     */
    public AppSpecification imageUri(String value) {
      return set("ImageUri", Value.of(value));
    }

    /** Sets {@code ImageUri} to this value; see {@link #imageUri(String)}. */
    public AppSpecification imageUri(Value<String> value) {
      return set("ImageUri", value);
    }
  }

  /**
   * Configuration for Athena Dataset Definition input.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.AthenaDatasetDefinition}.
   */
  public static final class AthenaDatasetDefinition extends Struct<AthenaDatasetDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.AthenaDatasetDefinition")
        .required("Catalog", "Database", "OutputFormat", "OutputS3Uri", "QueryString")
        .constrain("Catalog", Constraint.of().minLength(1).maxLength(256))
        .constrain("Database", Constraint.of().pattern(".*").minLength(1).maxLength(255))
        .allowed("OutputCompression", "GZIP", "SNAPPY", "ZLIB")
        .allowed("OutputFormat", "PARQUET", "AVRO", "ORC", "JSON", "TEXTFILE")
        .constrain("OutputS3Uri", Constraint.of().pattern("(https|s3)://([^/]+)/?(.*)").minLength(0).maxLength(1024))
        .constrain("QueryString", Constraint.of().pattern("[\\s\\S]+").minLength(1).maxLength(4096))
        .constrain("WorkGroup", Constraint.of().pattern("[a-zA-Z0-9._-]+").minLength(1).maxLength(128))
        .build();

    public AthenaDatasetDefinition() {
      super(SCHEMA);
    }

    /**
     * The name of the data catalog used in Athena query execution.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Catalog}.
     */
    public AthenaDatasetDefinition catalog(String value) {
      return set("Catalog", Value.of(value));
    }

    /** Sets {@code Catalog} to this value; see {@link #catalog(String)}. */
    public AthenaDatasetDefinition catalog(Value<String> value) {
      return set("Catalog", value);
    }

    /**
     * The name of the database used in the Athena query execution.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code .*}. CloudFormation property {@code
     * Database}.
     */
    public AthenaDatasetDefinition database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public AthenaDatasetDefinition database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * The AWS Key Management Service ( AWS KMS) key that Amazon SageMaker uses to encrypt data
     * generated from an Athena query execution.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public AthenaDatasetDefinition kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public AthenaDatasetDefinition kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The compression used for Athena query results.
     *
     * <p>Allowed values: {@code GZIP}, {@code SNAPPY}, {@code ZLIB}. CloudFormation property {@code
     * OutputCompression}.
     */
    public AthenaDatasetDefinition outputCompression(String value) {
      return set("OutputCompression", Value.of(value));
    }

    /** Sets {@code OutputCompression} to this value; see {@link #outputCompression(String)}. */
    public AthenaDatasetDefinition outputCompression(Value<String> value) {
      return set("OutputCompression", value);
    }

    /**
     * The data storage format for Athena query results.
     *
     * <p>Required. Allowed values: {@code PARQUET}, {@code AVRO}, {@code ORC}, {@code JSON}, {@code
     * TEXTFILE}. CloudFormation property {@code OutputFormat}.
     */
    public AthenaDatasetDefinition outputFormat(String value) {
      return set("OutputFormat", Value.of(value));
    }

    /** Sets {@code OutputFormat} to this value; see {@link #outputFormat(String)}. */
    public AthenaDatasetDefinition outputFormat(Value<String> value) {
      return set("OutputFormat", value);
    }

    /**
     * The location in Amazon S3 where Athena query results are stored.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code (https|s3)://([^/]+)/?(.*)}.
     * CloudFormation property {@code OutputS3Uri}.
     */
    public AthenaDatasetDefinition outputS3Uri(String value) {
      return set("OutputS3Uri", Value.of(value));
    }

    /** Sets {@code OutputS3Uri} to this value; see {@link #outputS3Uri(String)}. */
    public AthenaDatasetDefinition outputS3Uri(Value<String> value) {
      return set("OutputS3Uri", value);
    }

    /**
     * The SQL query statements, to be executed.
     *
     * <p>Required. Length: 1 to 4096 characters. Pattern: {@code [&#92;s&#92;S]+}. CloudFormation
     * property {@code QueryString}.
     */
    public AthenaDatasetDefinition queryString(String value) {
      return set("QueryString", Value.of(value));
    }

    /** Sets {@code QueryString} to this value; see {@link #queryString(String)}. */
    public AthenaDatasetDefinition queryString(Value<String> value) {
      return set("QueryString", value);
    }

    /**
     * The name of the workgroup in which the Athena query is being started.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code [a-zA-Z0-9._-]+}. CloudFormation property
     * {@code WorkGroup}.
     */
    public AthenaDatasetDefinition workGroup(String value) {
      return set("WorkGroup", Value.of(value));
    }

    /** Sets {@code WorkGroup} to this value; see {@link #workGroup(String)}. */
    public AthenaDatasetDefinition workGroup(Value<String> value) {
      return set("WorkGroup", value);
    }
  }

  /**
   * Configuration for the cluster used to run a processing job.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.ClusterConfig}.
   */
  public static final class ClusterConfig extends Struct<ClusterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.ClusterConfig")
        .required("InstanceCount", "InstanceType", "VolumeSizeInGB")
        .constrain("InstanceCount", Constraint.of().minimum(1).maximum(100))
        .allowed("InstanceType", "ml.t3.medium", "ml.t3.large", "ml.t3.xlarge", "ml.t3.2xlarge",
            "ml.m4.xlarge", "ml.m4.2xlarge", "ml.m4.4xlarge", "ml.m4.10xlarge", "ml.m4.16xlarge",
            "ml.c4.xlarge", "ml.c4.2xlarge", "ml.c4.4xlarge", "ml.c4.8xlarge", "ml.c5.xlarge",
            "ml.c5.2xlarge", "ml.c5.4xlarge", "ml.c5.9xlarge", "ml.c5.18xlarge", "ml.m5.large",
            "ml.m5.xlarge", "ml.m5.2xlarge", "ml.m5.4xlarge", "ml.m5.12xlarge", "ml.m5.24xlarge",
            "ml.r5.large", "ml.r5.xlarge", "ml.r5.2xlarge", "ml.r5.4xlarge", "ml.r5.8xlarge",
            "ml.r5.12xlarge", "ml.r5.16xlarge", "ml.r5.24xlarge", "ml.g4dn.xlarge",
            "ml.g4dn.2xlarge", "ml.g4dn.4xlarge", "ml.g4dn.8xlarge", "ml.g4dn.12xlarge",
            "ml.g4dn.16xlarge", "ml.g5.xlarge", "ml.g5.2xlarge", "ml.g5.4xlarge", "ml.g5.8xlarge",
            "ml.g5.16xlarge", "ml.g5.12xlarge", "ml.g5.24xlarge", "ml.g5.48xlarge", "ml.r5d.large",
            "ml.r5d.xlarge", "ml.r5d.2xlarge", "ml.r5d.4xlarge", "ml.r5d.8xlarge",
            "ml.r5d.12xlarge", "ml.r5d.16xlarge", "ml.r5d.24xlarge", "ml.g6.xlarge",
            "ml.g6.2xlarge", "ml.g6.4xlarge", "ml.g6.8xlarge", "ml.g6.12xlarge", "ml.g6.16xlarge",
            "ml.g6.24xlarge", "ml.g6.48xlarge", "ml.g6e.xlarge", "ml.g6e.2xlarge", "ml.g6e.4xlarge",
            "ml.g6e.8xlarge", "ml.g6e.12xlarge", "ml.g6e.16xlarge", "ml.g6e.24xlarge",
            "ml.g6e.48xlarge", "ml.m6i.large", "ml.m6i.xlarge", "ml.m6i.2xlarge", "ml.m6i.4xlarge",
            "ml.m6i.8xlarge", "ml.m6i.12xlarge", "ml.m6i.16xlarge", "ml.m6i.24xlarge",
            "ml.m6i.32xlarge", "ml.c6i.xlarge", "ml.c6i.2xlarge", "ml.c6i.4xlarge",
            "ml.c6i.8xlarge", "ml.c6i.12xlarge", "ml.c6i.16xlarge", "ml.c6i.24xlarge",
            "ml.c6i.32xlarge", "ml.m7i.large", "ml.m7i.xlarge", "ml.m7i.2xlarge", "ml.m7i.4xlarge",
            "ml.m7i.8xlarge", "ml.m7i.12xlarge", "ml.m7i.16xlarge", "ml.m7i.24xlarge",
            "ml.m7i.48xlarge", "ml.c7i.large", "ml.c7i.xlarge", "ml.c7i.2xlarge", "ml.c7i.4xlarge",
            "ml.c7i.8xlarge", "ml.c7i.12xlarge", "ml.c7i.16xlarge", "ml.c7i.24xlarge",
            "ml.c7i.48xlarge", "ml.r7i.large", "ml.r7i.xlarge", "ml.r7i.2xlarge", "ml.r7i.4xlarge",
            "ml.r7i.8xlarge", "ml.r7i.12xlarge", "ml.r7i.16xlarge", "ml.r7i.24xlarge",
            "ml.r7i.48xlarge")
        .constrain("VolumeKmsKeyId", Constraint.of().pattern("[a-zA-Z0-9:/_-]*").minLength(0).maxLength(2048))
        .constrain("VolumeSizeInGB", Constraint.of().minimum(1).maximum(16384))
        .build();

    public ClusterConfig() {
      super(SCHEMA);
    }

    /**
     * The number of ML compute instances to use in the processing job. For distributed processing
     * jobs, specify a value greater than 1. The default value is 1.
     *
     * <p>Required. Range: 1 to 100. CloudFormation property {@code InstanceCount}.
     */
    public ClusterConfig instanceCount(int value) {
      return set("InstanceCount", Value.of(value));
    }

    /** Sets {@code InstanceCount} to this value; see {@link #instanceCount(int)}. */
    public ClusterConfig instanceCount(Value<Integer> value) {
      return set("InstanceCount", value);
    }

    /**
     * The ML compute instance type for the processing job.
     *
     * <p>Required. Allowed values: {@code ml.t3.medium}, {@code ml.t3.large}, {@code ml.t3.xlarge},
     * {@code ml.t3.2xlarge}, {@code ml.m4.xlarge}, {@code ml.m4.2xlarge}, {@code ml.m4.4xlarge},
     * {@code ml.m4.10xlarge}, {@code ml.m4.16xlarge}, {@code ml.c4.xlarge}, {@code ml.c4.2xlarge},
     * {@code ml.c4.4xlarge}, {@code ml.c4.8xlarge}, {@code ml.c5.xlarge}, {@code ml.c5.2xlarge},
     * {@code ml.c5.4xlarge}, {@code ml.c5.9xlarge}, {@code ml.c5.18xlarge}, {@code ml.m5.large},
     * {@code ml.m5.xlarge}, {@code ml.m5.2xlarge}, {@code ml.m5.4xlarge}, {@code ml.m5.12xlarge},
     * {@code ml.m5.24xlarge}, {@code ml.r5.large}, {@code ml.r5.xlarge}, {@code ml.r5.2xlarge},
     * {@code ml.r5.4xlarge}, {@code ml.r5.8xlarge}, {@code ml.r5.12xlarge}, {@code ml.r5.16xlarge},
     * {@code ml.r5.24xlarge}, {@code ml.g4dn.xlarge}, {@code ml.g4dn.2xlarge}, {@code
     * ml.g4dn.4xlarge}, {@code ml.g4dn.8xlarge}, {@code ml.g4dn.12xlarge}, {@code
     * ml.g4dn.16xlarge}, {@code ml.g5.xlarge}, {@code ml.g5.2xlarge}, {@code ml.g5.4xlarge}, {@code
     * ml.g5.8xlarge}, {@code ml.g5.16xlarge}, {@code ml.g5.12xlarge}, {@code ml.g5.24xlarge},
     * {@code ml.g5.48xlarge}, {@code ml.r5d.large}, {@code ml.r5d.xlarge}, {@code ml.r5d.2xlarge},
     * {@code ml.r5d.4xlarge}, {@code ml.r5d.8xlarge}, {@code ml.r5d.12xlarge}, {@code
     * ml.r5d.16xlarge}, {@code ml.r5d.24xlarge}, {@code ml.g6.xlarge}, {@code ml.g6.2xlarge},
     * {@code ml.g6.4xlarge}, {@code ml.g6.8xlarge}, {@code ml.g6.12xlarge}, {@code ml.g6.16xlarge},
     * {@code ml.g6.24xlarge}, {@code ml.g6.48xlarge}, {@code ml.g6e.xlarge}, {@code
     * ml.g6e.2xlarge}, {@code ml.g6e.4xlarge}, {@code ml.g6e.8xlarge}, {@code ml.g6e.12xlarge},
     * {@code ml.g6e.16xlarge}, {@code ml.g6e.24xlarge}, {@code ml.g6e.48xlarge}, {@code
     * ml.m6i.large}, {@code ml.m6i.xlarge}, {@code ml.m6i.2xlarge}, {@code ml.m6i.4xlarge}, {@code
     * ml.m6i.8xlarge}, {@code ml.m6i.12xlarge}, {@code ml.m6i.16xlarge}, {@code ml.m6i.24xlarge},
     * {@code ml.m6i.32xlarge}, {@code ml.c6i.xlarge}, {@code ml.c6i.2xlarge}, {@code
     * ml.c6i.4xlarge}, {@code ml.c6i.8xlarge}, {@code ml.c6i.12xlarge}, {@code ml.c6i.16xlarge},
     * {@code ml.c6i.24xlarge}, {@code ml.c6i.32xlarge}, {@code ml.m7i.large}, {@code
     * ml.m7i.xlarge}, {@code ml.m7i.2xlarge}, {@code ml.m7i.4xlarge}, {@code ml.m7i.8xlarge},
     * {@code ml.m7i.12xlarge}, {@code ml.m7i.16xlarge}, {@code ml.m7i.24xlarge}, {@code
     * ml.m7i.48xlarge}, {@code ml.c7i.large}, {@code ml.c7i.xlarge}, {@code ml.c7i.2xlarge}, {@code
     * ml.c7i.4xlarge}, {@code ml.c7i.8xlarge}, {@code ml.c7i.12xlarge}, {@code ml.c7i.16xlarge},
     * {@code ml.c7i.24xlarge}, {@code ml.c7i.48xlarge}, {@code ml.r7i.large}, {@code
     * ml.r7i.xlarge}, {@code ml.r7i.2xlarge}, {@code ml.r7i.4xlarge}, {@code ml.r7i.8xlarge},
     * {@code ml.r7i.12xlarge}, {@code ml.r7i.16xlarge}, {@code ml.r7i.24xlarge}, {@code
     * ml.r7i.48xlarge}. CloudFormation property {@code InstanceType}.
     */
    public ClusterConfig instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public ClusterConfig instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The AWS Key Management Service ( AWS KMS) key that Amazon SageMaker uses to encrypt data on
     * the storage volume attached to the ML compute instance(s) that run the processing job.
     *
     * <p>Certain Nitro-based instances include local storage, dependent on the instance type. Local
     * storage volumes are encrypted using a hardware module on the instance. You can't request a
     * <code>VolumeKmsKeyId</code> when using an instance type with local storage. For a list of
     * instance types that support local instance storage, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html#instance-store-volumes">Instance
     * Store Volumes</a> . For more information about local instance storage encryption, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ssd-instance-store.html">SSD
     * Instance Store Volumes</a> .
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code [a-zA-Z0-9:/_-]*}. CloudFormation property
     * {@code VolumeKmsKeyId}.
     */
    public ClusterConfig volumeKmsKeyId(String value) {
      return set("VolumeKmsKeyId", Value.of(value));
    }

    /** Sets {@code VolumeKmsKeyId} to this value; see {@link #volumeKmsKeyId(String)}. */
    public ClusterConfig volumeKmsKeyId(Value<String> value) {
      return set("VolumeKmsKeyId", value);
    }

    /**
     * The size of the ML storage volume in gigabytes that you want to provision. You must specify
     * sufficient ML storage for your scenario.
     *
     * <p>Certain Nitro-based instances include local storage with a fixed total size, dependent on
     * the instance type. When using these instances for processing, Amazon SageMaker mounts the
     * local instance storage instead of Amazon EBS gp2 storage. You can't request a
     * <code>VolumeSizeInGB</code> greater than the total size of the local instance storage. For a
     * list of instance types that support local instance storage, including the total size per
     * instance type, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html#instance-store-volumes">Instance
     * Store Volumes</a> .
     *
     * <p>Required. Range: 1 to 16384. CloudFormation property {@code VolumeSizeInGB}.
     */
    public ClusterConfig volumeSizeInGB(int value) {
      return set("VolumeSizeInGB", Value.of(value));
    }

    /** Sets {@code VolumeSizeInGB} to this value; see {@link #volumeSizeInGB(int)}. */
    public ClusterConfig volumeSizeInGB(Value<Integer> value) {
      return set("VolumeSizeInGB", value);
    }
  }

  /**
   * Configuration for Dataset Definition inputs. The Dataset Definition input must specify exactly
   * one of either <code>AthenaDatasetDefinition</code> or <code>RedshiftDatasetDefinition</code>
   * types.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.DatasetDefinition}.
   */
  public static final class DatasetDefinition extends Struct<DatasetDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.DatasetDefinition")
        .allowed("DataDistributionType", "FullyReplicated", "ShardedByS3Key")
        .allowed("InputMode", "File", "Pipe")
        .constrain("LocalPath", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .build();

    public DatasetDefinition() {
      super(SCHEMA);
    }

    /**
     * Configuration for Athena Dataset Definition input.
     *
     * <p>CloudFormation property {@code AthenaDatasetDefinition}.
     */
    public DatasetDefinition athenaDatasetDefinition(Value<AthenaDatasetDefinition> value) {
      return set("AthenaDatasetDefinition", value);
    }

    /**
     * Whether the generated dataset is <code>FullyReplicated</code> or <code>ShardedByS3Key</code>
     * (default).
     *
     * <p>Allowed values: {@code FullyReplicated}, {@code ShardedByS3Key}. CloudFormation property
     * {@code DataDistributionType}.
     */
    public DatasetDefinition dataDistributionType(String value) {
      return set("DataDistributionType", Value.of(value));
    }

    /**
     * Sets {@code DataDistributionType} to this value; see {@link #dataDistributionType(String)}.
     */
    public DatasetDefinition dataDistributionType(Value<String> value) {
      return set("DataDistributionType", value);
    }

    /**
     * Whether to use <code>File</code> or <code>Pipe</code> input mode. In <code>File</code>
     * (default) mode, Amazon SageMaker copies the data from the input source onto the local Amazon
     * Elastic Block Store (Amazon EBS) volumes before starting your training algorithm. This is the
     * most commonly used input mode. In <code>Pipe</code> mode, Amazon SageMaker streams input data
     * from the source directly to your algorithm without using the EBS volume.
     *
     * <p>Allowed values: {@code File}, {@code Pipe}. CloudFormation property {@code InputMode}.
     */
    public DatasetDefinition inputMode(String value) {
      return set("InputMode", Value.of(value));
    }

    /** Sets {@code InputMode} to this value; see {@link #inputMode(String)}. */
    public DatasetDefinition inputMode(Value<String> value) {
      return set("InputMode", value);
    }

    /**
     * The local path where you want Amazon SageMaker to download the Dataset Definition inputs to
     * run a processing job. <code>LocalPath</code> is an absolute path to the input data. This is a
     * required parameter when <code>AppManaged</code> is <code>False</code> (default).
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * LocalPath}.
     */
    public DatasetDefinition localPath(String value) {
      return set("LocalPath", Value.of(value));
    }

    /** Sets {@code LocalPath} to this value; see {@link #localPath(String)}. */
    public DatasetDefinition localPath(Value<String> value) {
      return set("LocalPath", value);
    }

    /**
     * Configuration for Redshift Dataset Definition input.
     *
     * <p>CloudFormation property {@code RedshiftDatasetDefinition}.
     */
    public DatasetDefinition redshiftDatasetDefinition(Value<RedshiftDatasetDefinition> value) {
      return set("RedshiftDatasetDefinition", value);
    }
  }

  /**
   * Associates a SageMaker job as a trial component with an experiment and trial. Specified when
   * you call the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html">CreateProcessingJob</a>
   * API.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.ExperimentConfig}.
   */
  public static final class ExperimentConfig extends Struct<ExperimentConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.ExperimentConfig")
        .constrain("ExperimentName", Constraint.of().pattern("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}").maxLength(120))
        .constrain("RunName", Constraint.of().pattern("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}").maxLength(120))
        .constrain("TrialComponentDisplayName", Constraint.of().pattern("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}").maxLength(120))
        .constrain("TrialName", Constraint.of().pattern("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}").maxLength(120))
        .build();

    public ExperimentConfig() {
      super(SCHEMA);
    }

    /**
     * The name of an existing experiment to associate with the trial component.
     *
     * <p>Length: at most 120 characters. Pattern: {@code [a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}}.
     * CloudFormation property {@code ExperimentName}.
     */
    public ExperimentConfig experimentName(String value) {
      return set("ExperimentName", Value.of(value));
    }

    /** Sets {@code ExperimentName} to this value; see {@link #experimentName(String)}. */
    public ExperimentConfig experimentName(Value<String> value) {
      return set("ExperimentName", value);
    }

    /**
     * The name of the experiment run to associate with the trial component.
     *
     * <p>Length: at most 120 characters. Pattern: {@code [a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}}.
     * CloudFormation property {@code RunName}.
     */
    public ExperimentConfig runName(String value) {
      return set("RunName", Value.of(value));
    }

    /** Sets {@code RunName} to this value; see {@link #runName(String)}. */
    public ExperimentConfig runName(Value<String> value) {
      return set("RunName", value);
    }

    /**
     * The display name for the trial component. If this key isn't specified, the display name is
     * the trial component name.
     *
     * <p>Length: at most 120 characters. Pattern: {@code [a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}}.
     * CloudFormation property {@code TrialComponentDisplayName}.
     */
    public ExperimentConfig trialComponentDisplayName(String value) {
      return set("TrialComponentDisplayName", Value.of(value));
    }

    /**
     * Sets {@code TrialComponentDisplayName} to this value; see {@link
     * #trialComponentDisplayName(String)}.
     */
    public ExperimentConfig trialComponentDisplayName(Value<String> value) {
      return set("TrialComponentDisplayName", value);
    }

    /**
     * The name of an existing trial to associate the trial component with. If not specified, a new
     * trial is created.
     *
     * <p>Length: at most 120 characters. Pattern: {@code [a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}}.
     * CloudFormation property {@code TrialName}.
     */
    public ExperimentConfig trialName(String value) {
      return set("TrialName", Value.of(value));
    }

    /** Sets {@code TrialName} to this value; see {@link #trialName(String)}. */
    public ExperimentConfig trialName(Value<String> value) {
      return set("TrialName", value);
    }
  }

  /**
   * Configuration for processing job outputs in Amazon SageMaker Feature Store.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.FeatureStoreOutput}.
   */
  public static final class FeatureStoreOutput extends Struct<FeatureStoreOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.FeatureStoreOutput")
        .required("FeatureGroupName")
        .constrain("FeatureGroupName", Constraint.of().pattern("[a-zA-Z0-9]([_-]*[a-zA-Z0-9]){0,63}").maxLength(64))
        .build();

    public FeatureStoreOutput() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon SageMaker FeatureGroup to use as the destination for processing job
     * output. Note that your processing script is responsible for putting records into your Feature
     * Store.
     *
     * <p>Required. Length: at most 64 characters. Pattern: {@code
     * [a-zA-Z0-9]([_-]*[a-zA-Z0-9]){0,63}}. CloudFormation property {@code FeatureGroupName}.
     */
    public FeatureStoreOutput featureGroupName(String value) {
      return set("FeatureGroupName", Value.of(value));
    }

    /** Sets {@code FeatureGroupName} to this value; see {@link #featureGroupName(String)}. */
    public FeatureStoreOutput featureGroupName(Value<String> value) {
      return set("FeatureGroupName", value);
    }
  }

  /**
   * Networking options for a job, such as network traffic encryption between containers, whether to
   * allow inbound and outbound network calls to and from containers, and the VPC subnets and
   * security groups to use for VPC-enabled jobs.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.NetworkConfig}.
   */
  public static final class NetworkConfig extends Struct<NetworkConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ProcessingJob.NetworkConfig");

    public NetworkConfig() {
      super(SCHEMA);
    }

    /**
     * Whether to encrypt all communications between distributed processing jobs. Choose
     * <code>True</code> to encrypt communications. Encryption provides greater security for
     * distributed processing jobs, but the processing might take longer.
     *
     * <p>CloudFormation property {@code EnableInterContainerTrafficEncryption}.
     */
    public NetworkConfig enableInterContainerTrafficEncryption(boolean value) {
      return set("EnableInterContainerTrafficEncryption", Value.of(value));
    }

    /**
     * Sets {@code EnableInterContainerTrafficEncryption} to this value; see {@link
     * #enableInterContainerTrafficEncryption(boolean)}.
     */
    public NetworkConfig enableInterContainerTrafficEncryption(Value<Boolean> value) {
      return set("EnableInterContainerTrafficEncryption", value);
    }

    /**
     * Whether to allow inbound and outbound network calls to and from the containers used for the
     * processing job.
     *
     * <p>CloudFormation property {@code EnableNetworkIsolation}.
     */
    public NetworkConfig enableNetworkIsolation(boolean value) {
      return set("EnableNetworkIsolation", Value.of(value));
    }

    /**
     * Sets {@code EnableNetworkIsolation} to this value; see {@link
     * #enableNetworkIsolation(boolean)}.
     */
    public NetworkConfig enableNetworkIsolation(Value<Boolean> value) {
      return set("EnableNetworkIsolation", value);
    }

    /**
     * Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
     * compute resources have access to. You can control access to and from your resources by
     * configuring a VPC. For more information, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html">Give
     * SageMaker Access to Resources in your Amazon VPC</a> .
     *
     * <p>CloudFormation property {@code VpcConfig}.
     */
    public NetworkConfig vpcConfig(Value<VpcConfig> value) {
      return set("VpcConfig", value);
    }
  }

  /**
   * The inputs for a processing job. The processing input must specify exactly one of either
   * <code>S3Input</code> or <code>DatasetDefinition</code> types.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.ProcessingInputsObject}.
   */
  public static final class ProcessingInputsObject extends Struct<ProcessingInputsObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.ProcessingInputsObject")
        .required("InputName")
        .build();

    public ProcessingInputsObject() {
      super(SCHEMA);
    }

    /**
     * When <code>True</code> , input operations such as data download are managed natively by the
     * processing job application. When <code>False</code> (default), input operations are managed
     * by Amazon SageMaker.
     *
     * <p>CloudFormation property {@code AppManaged}.
     */
    public ProcessingInputsObject appManaged(boolean value) {
      return set("AppManaged", Value.of(value));
    }

    /** Sets {@code AppManaged} to this value; see {@link #appManaged(boolean)}. */
    public ProcessingInputsObject appManaged(Value<Boolean> value) {
      return set("AppManaged", value);
    }

    /**
     * Configuration for Dataset Definition inputs. The Dataset Definition input must specify
     * exactly one of either <code>AthenaDatasetDefinition</code> or
     * <code>RedshiftDatasetDefinition</code> types.
     *
     * <p>CloudFormation property {@code DatasetDefinition}.
     */
    public ProcessingInputsObject datasetDefinition(Value<DatasetDefinition> value) {
      return set("DatasetDefinition", value);
    }

    /**
     * The name for the processing job input.
     *
     * <p>Required. CloudFormation property {@code InputName}.
     */
    public ProcessingInputsObject inputName(String value) {
      return set("InputName", Value.of(value));
    }

    /** Sets {@code InputName} to this value; see {@link #inputName(String)}. */
    public ProcessingInputsObject inputName(Value<String> value) {
      return set("InputName", value);
    }

    /**
     * Configuration for downloading input data from Amazon S3 into the processing container.
     *
     * <p>CloudFormation property {@code S3Input}.
     */
    public ProcessingInputsObject s3Input(Value<S3Input> value) {
      return set("S3Input", value);
    }
  }

  /**
   * Configuration for uploading output from the processing container.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.ProcessingOutputConfig}.
   */
  public static final class ProcessingOutputConfig extends Struct<ProcessingOutputConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.ProcessingOutputConfig")
        .required("Outputs")
        .build();

    public ProcessingOutputConfig() {
      super(SCHEMA);
    }

    /**
     * The AWS Key Management Service ( AWS KMS) key that Amazon SageMaker uses to encrypt the
     * processing job output. <code>KmsKeyId</code> can be an ID of a KMS key, ARN of a KMS key, or
     * alias of a KMS key. The <code>KmsKeyId</code> is applied to all outputs.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public ProcessingOutputConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public ProcessingOutputConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * An array of outputs configuring the data to upload from the processing container.
     *
     * <p>Required. CloudFormation property {@code Outputs}.
     */
    public ProcessingOutputConfig outputs(List<ProcessingOutputsObject> value) {
      return set("Outputs", Value.listOf(value));
    }

    /** Sets {@code Outputs} to this value; see {@link #outputs(List)}. */
    public ProcessingOutputConfig outputs(Value<List<ProcessingOutputsObject>> value) {
      return set("Outputs", value);
    }

    /** Sets {@code Outputs} to a list of these; see {@link #outputs(List)}. */
    public ProcessingOutputConfig outputs(ProcessingOutputsObject... values) {
      return set("Outputs", Value.list(values));
    }
  }

  /**
   * Describes the results of a processing job. The processing output must specify exactly one of
   * either <code>S3Output</code> or <code>FeatureStoreOutput</code> types.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.ProcessingOutputsObject}.
   */
  public static final class ProcessingOutputsObject extends Struct<ProcessingOutputsObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.ProcessingOutputsObject")
        .required("OutputName")
        .build();

    public ProcessingOutputsObject() {
      super(SCHEMA);
    }

    /**
     * When <code>True</code> , output operations such as data upload are managed natively by the
     * processing job application. When <code>False</code> (default), output operations are managed
     * by Amazon SageMaker.
     *
     * <p>CloudFormation property {@code AppManaged}.
     */
    public ProcessingOutputsObject appManaged(boolean value) {
      return set("AppManaged", Value.of(value));
    }

    /** Sets {@code AppManaged} to this value; see {@link #appManaged(boolean)}. */
    public ProcessingOutputsObject appManaged(Value<Boolean> value) {
      return set("AppManaged", value);
    }

    /**
     * Configuration for processing job outputs in Amazon SageMaker Feature Store.
     *
     * <p>CloudFormation property {@code FeatureStoreOutput}.
     */
    public ProcessingOutputsObject featureStoreOutput(Value<FeatureStoreOutput> value) {
      return set("FeatureStoreOutput", value);
    }

    /**
     * The name for the processing job output.
     *
     * <p>Required. CloudFormation property {@code OutputName}.
     */
    public ProcessingOutputsObject outputName(String value) {
      return set("OutputName", Value.of(value));
    }

    /** Sets {@code OutputName} to this value; see {@link #outputName(String)}. */
    public ProcessingOutputsObject outputName(Value<String> value) {
      return set("OutputName", value);
    }

    /**
     * Configuration for uploading output data to Amazon S3 from the processing container.
     *
     * <p>CloudFormation property {@code S3Output}.
     */
    public ProcessingOutputsObject s3Output(Value<S3Output> value) {
      return set("S3Output", value);
    }
  }

  /**
   * Identifies the resources, ML compute instances, and ML storage volumes to deploy for a
   * processing job. In distributed training, you specify more than one instance.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.ProcessingResources}.
   */
  public static final class ProcessingResources extends Struct<ProcessingResources> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.ProcessingResources")
        .required("ClusterConfig")
        .build();

    public ProcessingResources() {
      super(SCHEMA);
    }

    /**
     * The configuration for the resources in a cluster used to run the processing job.
     *
     * <p>Required. CloudFormation property {@code ClusterConfig}.
     */
    public ProcessingResources clusterConfig(Value<ClusterConfig> value) {
      return set("ClusterConfig", value);
    }
  }

  /**
   * Configuration for Redshift Dataset Definition input.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.RedshiftDatasetDefinition}.
   */
  public static final class RedshiftDatasetDefinition extends Struct<RedshiftDatasetDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.RedshiftDatasetDefinition")
        .required("ClusterId", "ClusterRoleArn", "Database", "DbUser", "OutputFormat",
            "OutputS3Uri", "QueryString")
        .constrain("ClusterId", Constraint.of().pattern(".*").minLength(1).maxLength(63))
        .constrain("ClusterRoleArn", Constraint.of().pattern("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("Database", Constraint.of().pattern(".*").minLength(1).maxLength(64))
        .constrain("DbUser", Constraint.of().pattern(".*").minLength(1).maxLength(128))
        .allowed("OutputCompression", "None", "GZIP", "SNAPPY", "ZSTD", "BZIP2")
        .allowed("OutputFormat", "PARQUET", "CSV")
        .constrain("OutputS3Uri", Constraint.of().pattern("(https|s3)://([^/]+)/?(.*)").minLength(0).maxLength(1024))
        .constrain("QueryString", Constraint.of().pattern("[\\s\\S]+").minLength(1).maxLength(4096))
        .build();

    public RedshiftDatasetDefinition() {
      super(SCHEMA);
    }

    /**
     * The Redshift cluster Identifier.
     *
     * <p>Required. Length: 1 to 63 characters. Pattern: {@code .*}. CloudFormation property {@code
     * ClusterId}.
     */
    public RedshiftDatasetDefinition clusterId(String value) {
      return set("ClusterId", Value.of(value));
    }

    /** Sets {@code ClusterId} to this value; see {@link #clusterId(String)}. */
    public RedshiftDatasetDefinition clusterId(Value<String> value) {
      return set("ClusterId", value);
    }

    /**
     * The IAM role attached to your Redshift cluster that Amazon SageMaker uses to generate
     * datasets.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code ClusterRoleArn}.
     */
    public RedshiftDatasetDefinition clusterRoleArn(String value) {
      return set("ClusterRoleArn", Value.of(value));
    }

    /** Sets {@code ClusterRoleArn} to this value; see {@link #clusterRoleArn(String)}. */
    public RedshiftDatasetDefinition clusterRoleArn(Value<String> value) {
      return set("ClusterRoleArn", value);
    }

    /**
     * The name of the Redshift database used in Redshift query execution.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code .*}. CloudFormation property {@code
     * Database}.
     */
    public RedshiftDatasetDefinition database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public RedshiftDatasetDefinition database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * The database user name used in Redshift query execution.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code .*}. CloudFormation property {@code
     * DbUser}.
     */
    public RedshiftDatasetDefinition dbUser(String value) {
      return set("DbUser", Value.of(value));
    }

    /** Sets {@code DbUser} to this value; see {@link #dbUser(String)}. */
    public RedshiftDatasetDefinition dbUser(Value<String> value) {
      return set("DbUser", value);
    }

    /**
     * The AWS Key Management Service ( AWS KMS) key that Amazon SageMaker uses to encrypt data from
     * a Redshift execution.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public RedshiftDatasetDefinition kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public RedshiftDatasetDefinition kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The compression used for Redshift query results.
     *
     * <p>Allowed values: {@code None}, {@code GZIP}, {@code SNAPPY}, {@code ZSTD}, {@code BZIP2}.
     * CloudFormation property {@code OutputCompression}.
     */
    public RedshiftDatasetDefinition outputCompression(String value) {
      return set("OutputCompression", Value.of(value));
    }

    /** Sets {@code OutputCompression} to this value; see {@link #outputCompression(String)}. */
    public RedshiftDatasetDefinition outputCompression(Value<String> value) {
      return set("OutputCompression", value);
    }

    /**
     * The data storage format for Redshift query results.
     *
     * <p>Required. Allowed values: {@code PARQUET}, {@code CSV}. CloudFormation property {@code
     * OutputFormat}.
     */
    public RedshiftDatasetDefinition outputFormat(String value) {
      return set("OutputFormat", Value.of(value));
    }

    /** Sets {@code OutputFormat} to this value; see {@link #outputFormat(String)}. */
    public RedshiftDatasetDefinition outputFormat(Value<String> value) {
      return set("OutputFormat", value);
    }

    /**
     * The location in Amazon S3 where the Redshift query results are stored.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code (https|s3)://([^/]+)/?(.*)}.
     * CloudFormation property {@code OutputS3Uri}.
     */
    public RedshiftDatasetDefinition outputS3Uri(String value) {
      return set("OutputS3Uri", Value.of(value));
    }

    /** Sets {@code OutputS3Uri} to this value; see {@link #outputS3Uri(String)}. */
    public RedshiftDatasetDefinition outputS3Uri(Value<String> value) {
      return set("OutputS3Uri", value);
    }

    /**
     * The SQL query statements to be executed.
     *
     * <p>Required. Length: 1 to 4096 characters. Pattern: {@code [&#92;s&#92;S]+}. CloudFormation
     * property {@code QueryString}.
     */
    public RedshiftDatasetDefinition queryString(String value) {
      return set("QueryString", Value.of(value));
    }

    /** Sets {@code QueryString} to this value; see {@link #queryString(String)}. */
    public RedshiftDatasetDefinition queryString(Value<String> value) {
      return set("QueryString", value);
    }
  }

  /**
   * Configuration for downloading input data from Amazon S3 into the processing container.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.S3Input}.
   */
  public static final class S3Input extends Struct<S3Input> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.S3Input")
        .required("S3DataType", "S3Uri")
        .constrain("LocalPath", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .allowed("S3CompressionType", "None", "Gzip")
        .allowed("S3DataDistributionType", "FullyReplicated", "ShardedByS3Key")
        .allowed("S3DataType", "ManifestFile", "S3Prefix")
        .allowed("S3InputMode", "File", "Pipe")
        .constrain("S3Uri", Constraint.of().pattern("(https|s3)://([^/]+)/?(.*)").minLength(0).maxLength(1024))
        .build();

    public S3Input() {
      super(SCHEMA);
    }

    /**
     * The local path in your container where you want Amazon SageMaker to write input data to.
     * <code>LocalPath</code> is an absolute path to the input data and must begin with
     * <code>/opt/ml/processing/</code> . <code>LocalPath</code> is a required parameter when
     * <code>AppManaged</code> is <code>False</code> (default).
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * LocalPath}.
     */
    public S3Input localPath(String value) {
      return set("LocalPath", Value.of(value));
    }

    /** Sets {@code LocalPath} to this value; see {@link #localPath(String)}. */
    public S3Input localPath(Value<String> value) {
      return set("LocalPath", value);
    }

    /**
     * Whether to GZIP-decompress the data in Amazon S3 as it is streamed into the processing
     * container. <code>Gzip</code> can only be used when <code>Pipe</code> mode is specified as the
     * <code>S3InputMode</code> . In <code>Pipe</code> mode, Amazon SageMaker streams input data
     * from the source directly to your container without using the EBS volume.
     *
     * <p>Allowed values: {@code None}, {@code Gzip}. CloudFormation property {@code
     * S3CompressionType}.
     */
    public S3Input s3CompressionType(String value) {
      return set("S3CompressionType", Value.of(value));
    }

    /** Sets {@code S3CompressionType} to this value; see {@link #s3CompressionType(String)}. */
    public S3Input s3CompressionType(Value<String> value) {
      return set("S3CompressionType", value);
    }

    /**
     * Whether to distribute the data from Amazon S3 to all processing instances with
     * <code>FullyReplicated</code> , or whether the data from Amazon S3 is sharded by Amazon S3
     * key, downloading one shard of data to each processing instance.
     *
     * <p>Allowed values: {@code FullyReplicated}, {@code ShardedByS3Key}. CloudFormation property
     * {@code S3DataDistributionType}.
     */
    public S3Input s3DataDistributionType(String value) {
      return set("S3DataDistributionType", Value.of(value));
    }

    /**
     * Sets {@code S3DataDistributionType} to this value; see {@link
     * #s3DataDistributionType(String)}.
     */
    public S3Input s3DataDistributionType(Value<String> value) {
      return set("S3DataDistributionType", value);
    }

    /**
     * Whether you use an <code>S3Prefix</code> or a <code>ManifestFile</code> for the data type. If
     * you choose <code>S3Prefix</code> , <code>S3Uri</code> identifies a key name prefix. Amazon
     * SageMaker uses all objects with the specified key name prefix for the processing job. If you
     * choose <code>ManifestFile</code> , <code>S3Uri</code> identifies an object that is a manifest
     * file containing a list of object keys that you want Amazon SageMaker to use for the
     * processing job.
     *
     * <p>Required. Allowed values: {@code ManifestFile}, {@code S3Prefix}. CloudFormation property
     * {@code S3DataType}.
     */
    public S3Input s3DataType(String value) {
      return set("S3DataType", Value.of(value));
    }

    /** Sets {@code S3DataType} to this value; see {@link #s3DataType(String)}. */
    public S3Input s3DataType(Value<String> value) {
      return set("S3DataType", value);
    }

    /**
     * Whether to use <code>File</code> or <code>Pipe</code> input mode. In File mode, Amazon
     * SageMaker copies the data from the input source onto the local ML storage volume before
     * starting your processing container. This is the most commonly used input mode. In
     * <code>Pipe</code> mode, Amazon SageMaker streams input data from the source directly to your
     * processing container into named pipes without using the ML storage volume.
     *
     * <p>Allowed values: {@code File}, {@code Pipe}. CloudFormation property {@code S3InputMode}.
     */
    public S3Input s3InputMode(String value) {
      return set("S3InputMode", Value.of(value));
    }

    /** Sets {@code S3InputMode} to this value; see {@link #s3InputMode(String)}. */
    public S3Input s3InputMode(Value<String> value) {
      return set("S3InputMode", value);
    }

    /**
     * The URI of the Amazon S3 prefix Amazon SageMaker downloads data required to run a processing
     * job.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code (https|s3)://([^/]+)/?(.*)}.
     * CloudFormation property {@code S3Uri}.
     */
    public S3Input s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public S3Input s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * Configuration for uploading output data to Amazon S3 from the processing container.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.S3Output}.
   */
  public static final class S3Output extends Struct<S3Output> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.S3Output")
        .required("S3UploadMode", "S3Uri")
        .constrain("LocalPath", Constraint.of().pattern(".*").minLength(0).maxLength(256))
        .allowed("S3UploadMode", "Continuous", "EndOfJob")
        .constrain("S3Uri", Constraint.of().pattern("(https|s3)://([^/]+)/?(.*)").minLength(0).maxLength(1024))
        .build();

    public S3Output() {
      super(SCHEMA);
    }

    /**
     * The local path of a directory where you want Amazon SageMaker to upload its contents to
     * Amazon S3. <code>LocalPath</code> is an absolute path to a directory containing output files.
     * This directory will be created by the platform and exist when your container's entrypoint is
     * invoked.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * LocalPath}.
     */
    public S3Output localPath(String value) {
      return set("LocalPath", Value.of(value));
    }

    /** Sets {@code LocalPath} to this value; see {@link #localPath(String)}. */
    public S3Output localPath(Value<String> value) {
      return set("LocalPath", value);
    }

    /**
     * Whether to upload the results of the processing job continuously or after the job completes.
     *
     * <p>Required. Allowed values: {@code Continuous}, {@code EndOfJob}. CloudFormation property
     * {@code S3UploadMode}.
     */
    public S3Output s3UploadMode(String value) {
      return set("S3UploadMode", Value.of(value));
    }

    /** Sets {@code S3UploadMode} to this value; see {@link #s3UploadMode(String)}. */
    public S3Output s3UploadMode(Value<String> value) {
      return set("S3UploadMode", value);
    }

    /**
     * The URI of the Amazon S3 prefix Amazon SageMaker downloads data required to run a processing
     * job.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code (https|s3)://([^/]+)/?(.*)}.
     * CloudFormation property {@code S3Uri}.
     */
    public S3Output s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public S3Output s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * Configures conditions under which the processing job should be stopped, such as how long the
   * processing job has been running. After the condition is met, the processing job is stopped.
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.StoppingCondition}.
   */
  public static final class StoppingCondition extends Struct<StoppingCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.StoppingCondition")
        .required("MaxRuntimeInSeconds")
        .constrain("MaxRuntimeInSeconds", Constraint.of().minimum(1).maximum(777600))
        .build();

    public StoppingCondition() {
      super(SCHEMA);
    }

    /**
     * The maximum length of time, in seconds, that a training or compilation job can run before it
     * is stopped.
     *
     * <p>For compilation jobs, if the job does not complete during this time, a
     * <code>TimeOut</code> error is generated. We recommend starting with 900 seconds and
     * increasing as necessary based on your model.
     *
     * <p>For all other jobs, if the job does not complete during this time, SageMaker ends the job.
     * When <code>RetryStrategy</code> is specified in the job request,
     * <code>MaxRuntimeInSeconds</code> specifies the maximum time for all of the attempts in total,
     * not each individual attempt. The default value is 1 day. The maximum value is 28 days.
     *
     * <p>The maximum time that a <code>TrainingJob</code> can run in total, including any time
     * spent publishing metrics or archiving and uploading models after it has been stopped, is 30
     * days.
     *
     * <p>Required. Range: 1 to 777600. CloudFormation property {@code MaxRuntimeInSeconds}.
     */
    public StoppingCondition maxRuntimeInSeconds(int value) {
      return set("MaxRuntimeInSeconds", Value.of(value));
    }

    /** Sets {@code MaxRuntimeInSeconds} to this value; see {@link #maxRuntimeInSeconds(int)}. */
    public StoppingCondition maxRuntimeInSeconds(Value<Integer> value) {
      return set("MaxRuntimeInSeconds", value);
    }
  }

  /**
   * Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
   * compute resources have access to. You can control access to and from your resources by
   * configuring a VPC. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html">Give
   * SageMaker Access to Resources in your Amazon VPC</a> .
   *
   * <p>Property type {@code AWS::SageMaker::ProcessingJob.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ProcessingJob.VpcConfig")
        .required("SecurityGroupIds", "Subnets")
        .constrain("SecurityGroupIds", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(0).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(0).maxLength(32).format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * The VPC security group IDs, in the form <code>sg-xxxxxxxx</code> . Specify the security
     * groups for the VPC that is specified in the <code>Subnets</code> field.
     *
     * <p>Required. Length: 0 to 32 characters. Pattern: {@code [-0-9a-zA-Z]+}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The ID of the subnets in the VPC to which you want to connect your training job or model. For
     * information about the availability of specific instance types, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/instance-types-az.html">Supported
     * Instance Types and Availability Zones</a> .
     *
     * <p>Required. Length: 0 to 32 characters. Pattern: {@code [-0-9a-zA-Z]+}. Format: {@code
     * AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public VpcConfig subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public VpcConfig subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }
}
