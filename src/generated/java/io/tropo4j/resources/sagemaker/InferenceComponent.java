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
 * Creates an inference component, which is a SageMaker AI hosting object that you can use to deploy
 * a model to an endpoint. In the inference component settings, you specify the model, the endpoint,
 * and how the model utilizes the resources that the endpoint hosts. You can optimize resource
 * utilization by tailoring how the required CPU cores, accelerators, and memory are allocated. You
 * can deploy multiple inference components to an endpoint, where each inference component contains
 * one model and the resource utilization needs for that individual model. After you deploy an
 * inference component, you can directly invoke the associated model when you use the InvokeEndpoint
 * API action.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::InferenceComponent}.
 */
public final class InferenceComponent extends Resource<InferenceComponent> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent")
      .required("EndpointName")
      .constrain("EndpointArn", Constraint.of().minLength(1).maxLength(256))
      .constrain("EndpointName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(0).maxLength(63))
      .constrain("InferenceComponentName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(0).maxLength(63))
      .constrain("VariantName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(0).maxLength(63))
      .refYields("InferenceComponentArn")
      .attributes("CreationTime", "FailureReason", "InferenceComponentArn",
          "InferenceComponentStatus", "LastModifiedTime", "RuntimeConfig.CurrentCopyCount",
          "RuntimeConfig.DesiredCopyCount", "RuntimeConfig.PlacementStatus",
          "Specification.Container.DeployedImage", "Specification.CurrentDataCacheConfig")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InferenceComponent(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The deployment configuration for an endpoint, which contains the desired deployment strategy
   * and rollback configurations.
   *
   * <p>CloudFormation property {@code DeploymentConfig}.
   */
  public InferenceComponent deploymentConfig(Value<InferenceComponentDeploymentConfig> value) {
    return set("DeploymentConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the endpoint that hosts the inference component.
   *
   * <p>Length: 1 to 256 characters. CloudFormation property {@code EndpointArn}.
   */
  public InferenceComponent endpointArn(String value) {
    return set("EndpointArn", Value.of(value));
  }

  /** Sets {@code EndpointArn} to this value; see {@link #endpointArn(String)}. */
  public InferenceComponent endpointArn(Value<String> value) {
    return set("EndpointArn", value);
  }

  /**
   * The name of the endpoint that hosts the inference component.
   *
   * <p>Required. Length: 0 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}.
   * CloudFormation property {@code EndpointName}.
   */
  public InferenceComponent endpointName(String value) {
    return set("EndpointName", Value.of(value));
  }

  /** Sets {@code EndpointName} to this value; see {@link #endpointName(String)}. */
  public InferenceComponent endpointName(Value<String> value) {
    return set("EndpointName", value);
  }

  /**
   * The name of the inference component.
   *
   * <p>Length: 0 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation
   * property {@code InferenceComponentName}.
   */
  public InferenceComponent inferenceComponentName(String value) {
    return set("InferenceComponentName", Value.of(value));
  }

  /**
   * Sets {@code InferenceComponentName} to this value; see {@link #inferenceComponentName(String)}.
   */
  public InferenceComponent inferenceComponentName(Value<String> value) {
    return set("InferenceComponentName", value);
  }

  /**
   * The runtime config for the inference component
   *
   * <p>CloudFormation property {@code RuntimeConfig}.
   */
  public InferenceComponent runtimeConfig(Value<InferenceComponentRuntimeConfig> value) {
    return set("RuntimeConfig", value);
  }

  /**
   * The specification for the inference component, for an endpoint with a single instance type.
   * Specify exactly one of Specification or Specifications. InstanceType is not accepted here; use
   * Specifications for per instance type configuration.
   *
   * <p>CloudFormation property {@code Specification}.
   */
  public InferenceComponent specification(Value<InferenceComponentSpecification> value) {
    return set("Specification", value);
  }

  /**
   * A list of specification objects for the inference component, one per instance type. The service
   * requires at least two entries; use the singular Specification for a single instance type.
   *
   * <p>CloudFormation property {@code Specifications}.
   */
  public InferenceComponent specifications(List<InferenceComponentSpecificationForInstanceType> value) {
    return set("Specifications", Value.listOf(value));
  }

  /** Sets {@code Specifications} to this value; see {@link #specifications(List)}. */
  public InferenceComponent specifications(Value<List<InferenceComponentSpecificationForInstanceType>> value) {
    return set("Specifications", value);
  }

  /** Sets {@code Specifications} to a list of these; see {@link #specifications(List)}. */
  public InferenceComponent specifications(InferenceComponentSpecificationForInstanceType... values) {
    return set("Specifications", Value.list(values));
  }

  /**
   * An array of tags to apply to the resource
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public InferenceComponent tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public InferenceComponent tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public InferenceComponent tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the production variant that hosts the inference component.
   *
   * <p>Length: 0 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation
   * property {@code VariantName}.
   */
  public InferenceComponent variantName(String value) {
    return set("VariantName", Value.of(value));
  }

  /** Sets {@code VariantName} to this value; see {@link #variantName(String)}. */
  public InferenceComponent variantName(Value<String> value) {
    return set("VariantName", value);
  }

  /**
   * The time when the inference component was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The failure reason if the inference component is in a failed state
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureReason}.
   */
  public Value<String> failureReason() {
    return getAtt("FailureReason");
  }

  /**
   * The Amazon Resource Name (ARN) of the inference component.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InferenceComponentArn}.
   */
  public Value<String> inferenceComponentArn() {
    return getAtt("InferenceComponentArn");
  }

  /**
   * The status of the inference component.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InferenceComponentStatus}.
   */
  public Value<String> inferenceComponentStatus() {
    return getAtt("InferenceComponentStatus");
  }

  /**
   * The time when the inference component was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The number of runtime copies of the model container that are currently deployed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuntimeConfig.CurrentCopyCount}.
   */
  public Value<Integer> runtimeConfigCurrentCopyCount() {
    return getAtt("RuntimeConfig.CurrentCopyCount");
  }

  /**
   * The number of runtime copies of the model container that you requested to deploy with the
   * inference component.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuntimeConfig.DesiredCopyCount}.
   */
  public Value<Integer> runtimeConfigDesiredCopyCount() {
    return getAtt("RuntimeConfig.DesiredCopyCount");
  }

  /**
   * The placement status of the inference component across instance types
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuntimeConfig.PlacementStatus}.
   */
  public Value<List<InferenceComponentPlacementStatus>> runtimeConfigPlacementStatus() {
    return getAtt("RuntimeConfig.PlacementStatus");
  }

  /** {@code Fn::GetAtt} attribute {@code Specification.Container.DeployedImage}. */
  public Value<DeployedImage> specificationContainerDeployedImage() {
    return getAtt("Specification.Container.DeployedImage");
  }

  /**
   * Settings that affect how the inference component caches data
   *
   * <p>{@code Fn::GetAtt} attribute {@code Specification.CurrentDataCacheConfig}.
   */
  public Value<InferenceComponentDataCacheConfig> specificationCurrentDataCacheConfig() {
    return getAtt("Specification.CurrentDataCacheConfig");
  }

  /**
   * An Amazon CloudWatch alarm configured to monitor metrics on an endpoint.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceComponent.Alarm}.
   */
  public static final class Alarm extends Struct<Alarm> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.Alarm")
        .required("AlarmName")
        .constrain("AlarmName", Constraint.of().pattern("^(?!\\s*$).+").minLength(1).maxLength(255))
        .build();

    public Alarm() {
      super(SCHEMA);
    }

    /**
     * The name of a CloudWatch alarm in your account.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^(?!&#92;s*$).+}. CloudFormation
     * property {@code AlarmName}.
     */
    public Alarm alarmName(String value) {
      return set("AlarmName", Value.of(value));
    }

    /** Sets {@code AlarmName} to this value; see {@link #alarmName(String)}. */
    public Alarm alarmName(Value<String> value) {
      return set("AlarmName", value);
    }
  }

  /** Property type {@code AWS::SageMaker::InferenceComponent.AutoRollbackConfiguration}. */
  public static final class AutoRollbackConfiguration extends Struct<AutoRollbackConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.AutoRollbackConfiguration")
        .required("Alarms")
        .build();

    public AutoRollbackConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Alarms}. */
    public AutoRollbackConfiguration alarms(List<Alarm> value) {
      return set("Alarms", Value.listOf(value));
    }

    /** Sets {@code Alarms} to this value; see {@link #alarms(List)}. */
    public AutoRollbackConfiguration alarms(Value<List<Alarm>> value) {
      return set("Alarms", value);
    }

    /** Sets {@code Alarms} to a list of these; see {@link #alarms(List)}. */
    public AutoRollbackConfiguration alarms(Alarm... values) {
      return set("Alarms", Value.list(values));
    }
  }

  /**
   * The configuration for container metrics scraping
   *
   * <p>Property type {@code AWS::SageMaker::InferenceComponent.ContainerMetricsConfig}.
   */
  public static final class ContainerMetricsConfig extends Struct<ContainerMetricsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.ContainerMetricsConfig")
        .required("MetricsEndpoints")
        .build();

    public ContainerMetricsConfig() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code MetricsEndpoints}. */
    public ContainerMetricsConfig metricsEndpoints(List<MetricsEndpoint> value) {
      return set("MetricsEndpoints", Value.listOf(value));
    }

    /** Sets {@code MetricsEndpoints} to this value; see {@link #metricsEndpoints(List)}. */
    public ContainerMetricsConfig metricsEndpoints(Value<List<MetricsEndpoint>> value) {
      return set("MetricsEndpoints", value);
    }

    /** Sets {@code MetricsEndpoints} to a list of these; see {@link #metricsEndpoints(List)}. */
    public ContainerMetricsConfig metricsEndpoints(MetricsEndpoint... values) {
      return set("MetricsEndpoints", Value.list(values));
    }
  }

  /**
   * Gets the Amazon EC2 Container Registry path of the docker image of the model that is hosted in
   * this <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html">ProductionVariant</a>
   * .
   *
   * <p>If you used the <code>registry/repository[:tag]</code> form to specify the image path of the
   * primary container when you created the model hosted in this <code>ProductionVariant</code> ,
   * the path resolves to a path of the form <code>registry/repository[&#64;digest]</code> . A
   * digest is a hash value that identifies a specific version of an image. For information about
   * Amazon ECR paths, see <a
   * href="https://docs.aws.amazon.com//AmazonECR/latest/userguide/docker-pull-ecr-image.html">Pulling
   * an Image</a> in the <em>Amazon ECR User Guide</em> .
   *
   * <p>Property type {@code AWS::SageMaker::InferenceComponent.DeployedImage}.
   */
  public static final class DeployedImage extends Struct<DeployedImage> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.DeployedImage")
        .constrain("ResolvedImage", Constraint.of().pattern("[\\S]+").minLength(0).maxLength(255))
        .constrain("SpecifiedImage", Constraint.of().pattern("[\\S]+").minLength(0).maxLength(255))
        .build();

    public DeployedImage() {
      super(SCHEMA);
    }

    /**
     * The date and time when the image path for the model resolved to the
     * <code>ResolvedImage</code>
     *
     * <p>CloudFormation property {@code ResolutionTime}.
     */
    public DeployedImage resolutionTime(String value) {
      return set("ResolutionTime", Value.of(value));
    }

    /** Sets {@code ResolutionTime} to this value; see {@link #resolutionTime(String)}. */
    public DeployedImage resolutionTime(Value<String> value) {
      return set("ResolutionTime", value);
    }

    /**
     * The specific digest path of the image hosted in this <code>ProductionVariant</code> .
     *
     * <p>Length: 0 to 255 characters. Pattern: {@code [&#92;S]+}. CloudFormation property {@code
     * ResolvedImage}.
     */
    public DeployedImage resolvedImage(String value) {
      return set("ResolvedImage", Value.of(value));
    }

    /** Sets {@code ResolvedImage} to this value; see {@link #resolvedImage(String)}. */
    public DeployedImage resolvedImage(Value<String> value) {
      return set("ResolvedImage", value);
    }

    /**
     * The image path you specified when you created the model.
     *
     * <p>Length: 0 to 255 characters. Pattern: {@code [&#92;S]+}. CloudFormation property {@code
     * SpecifiedImage}.
     */
    public DeployedImage specifiedImage(String value) {
      return set("SpecifiedImage", Value.of(value));
    }

    /** Sets {@code SpecifiedImage} to this value; see {@link #specifiedImage(String)}. */
    public DeployedImage specifiedImage(Value<String> value) {
      return set("SpecifiedImage", value);
    }
  }

  /**
   * Configuration for balancing inference component copies across Availability Zones
   *
   * <p>Property type {@code
   * AWS::SageMaker::InferenceComponent.InferenceComponentAvailabilityZoneBalance}.
   */
  public static final class InferenceComponentAvailabilityZoneBalance extends Struct<InferenceComponentAvailabilityZoneBalance> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentAvailabilityZoneBalance")
        .required("EnforcementMode")
        .allowed("EnforcementMode", "PERMISSIVE")
        .constrain("MaxImbalance", Constraint.of().minimum(0).maximum(100))
        .build();

    public InferenceComponentAvailabilityZoneBalance() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code PERMISSIVE}. CloudFormation property {@code
     * EnforcementMode}.
     */
    public InferenceComponentAvailabilityZoneBalance enforcementMode(String value) {
      return set("EnforcementMode", Value.of(value));
    }

    /** Sets {@code EnforcementMode} to this value; see {@link #enforcementMode(String)}. */
    public InferenceComponentAvailabilityZoneBalance enforcementMode(Value<String> value) {
      return set("EnforcementMode", value);
    }

    /**
     * The maximum allowed difference in the number of inference component copies between any two
     * Availability Zones
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MaxImbalance}.
     */
    public InferenceComponentAvailabilityZoneBalance maxImbalance(int value) {
      return set("MaxImbalance", Value.of(value));
    }

    /** Sets {@code MaxImbalance} to this value; see {@link #maxImbalance(int)}. */
    public InferenceComponentAvailabilityZoneBalance maxImbalance(Value<Integer> value) {
      return set("MaxImbalance", value);
    }
  }

  /**
   * Specifies the type and size of the endpoint capacity to activate for a rolling deployment or a
   * rollback strategy. You can specify your batches as either of the following:
   *
   * <ul> <li>A count of inference component copies <li>The overall percentage or your fleet </ul>
   *
   * <p>For a rollback strategy, if you don't specify the fields in this object, or if you set the
   * <code>Value</code> parameter to 100%, then SageMaker AI uses a blue/green rollback strategy and
   * rolls all traffic back to the blue fleet.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceComponent.InferenceComponentCapacitySize}.
   */
  public static final class InferenceComponentCapacitySize extends Struct<InferenceComponentCapacitySize> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentCapacitySize")
        .required("Type", "Value")
        .allowed("Type", "COPY_COUNT", "CAPACITY_PERCENT")
        .build();

    public InferenceComponentCapacitySize() {
      super(SCHEMA);
    }

    /**
     * Specifies the endpoint capacity type.
     *
     * <ul> <li><b>COPY_COUNT</b> - The endpoint activates based on the number of inference
     * component copies. <li><b>CAPACITY_PERCENT</b> - The endpoint activates based on the specified
     * percentage of capacity. </ul>
     *
     * <p>Required. Allowed values: {@code COPY_COUNT}, {@code CAPACITY_PERCENT}. CloudFormation
     * property {@code Type}.
     */
    public InferenceComponentCapacitySize type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public InferenceComponentCapacitySize type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Defines the capacity size, either as a number of inference component copies or a capacity
     * percentage.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public InferenceComponentCapacitySize value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public InferenceComponentCapacitySize value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * Defines the compute resources to allocate to run a model, plus any adapter models, that you
   * assign to an inference component. These resources include CPU cores, accelerators, and memory.
   *
   * <p>Property type {@code
   * AWS::SageMaker::InferenceComponent.InferenceComponentComputeResourceRequirements}.
   */
  public static final class InferenceComponentComputeResourceRequirements extends Struct<InferenceComponentComputeResourceRequirements> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentComputeResourceRequirements")
        .constrain("MaxMemoryRequiredInMb", Constraint.of().minimum(128))
        .constrain("MinMemoryRequiredInMb", Constraint.of().minimum(128))
        .constrain("NumberOfAcceleratorDevicesRequired", Constraint.of().minimum(1))
        .constrain("NumberOfCpuCoresRequired", Constraint.of().minimum(0.25))
        .build();

    public InferenceComponentComputeResourceRequirements() {
      super(SCHEMA);
    }

    /**
     * The maximum MB of memory to allocate to run a model that you assign to an inference
     * component.
     *
     * <p>Range: at least 128. CloudFormation property {@code MaxMemoryRequiredInMb}.
     */
    public InferenceComponentComputeResourceRequirements maxMemoryRequiredInMb(int value) {
      return set("MaxMemoryRequiredInMb", Value.of(value));
    }

    /**
     * Sets {@code MaxMemoryRequiredInMb} to this value; see {@link #maxMemoryRequiredInMb(int)}.
     */
    public InferenceComponentComputeResourceRequirements maxMemoryRequiredInMb(Value<Integer> value) {
      return set("MaxMemoryRequiredInMb", value);
    }

    /**
     * The minimum MB of memory to allocate to run a model that you assign to an inference
     * component.
     *
     * <p>Range: at least 128. CloudFormation property {@code MinMemoryRequiredInMb}.
     */
    public InferenceComponentComputeResourceRequirements minMemoryRequiredInMb(int value) {
      return set("MinMemoryRequiredInMb", Value.of(value));
    }

    /**
     * Sets {@code MinMemoryRequiredInMb} to this value; see {@link #minMemoryRequiredInMb(int)}.
     */
    public InferenceComponentComputeResourceRequirements minMemoryRequiredInMb(Value<Integer> value) {
      return set("MinMemoryRequiredInMb", value);
    }

    /**
     * The number of accelerators to allocate to run a model that you assign to an inference
     * component. Accelerators include GPUs and AWS Inferentia.
     *
     * <p>Range: at least 1. CloudFormation property {@code NumberOfAcceleratorDevicesRequired}.
     */
    public InferenceComponentComputeResourceRequirements numberOfAcceleratorDevicesRequired(double value) {
      return set("NumberOfAcceleratorDevicesRequired", Value.of(value));
    }

    /**
     * Sets {@code NumberOfAcceleratorDevicesRequired} to this value; see {@link
     * #numberOfAcceleratorDevicesRequired(double)}.
     */
    public InferenceComponentComputeResourceRequirements numberOfAcceleratorDevicesRequired(Value<Double> value) {
      return set("NumberOfAcceleratorDevicesRequired", value);
    }

    /**
     * The number of CPU cores to allocate to run a model that you assign to an inference component.
     *
     * <p>Range: at least 0.25. CloudFormation property {@code NumberOfCpuCoresRequired}.
     */
    public InferenceComponentComputeResourceRequirements numberOfCpuCoresRequired(double value) {
      return set("NumberOfCpuCoresRequired", Value.of(value));
    }

    /**
     * Sets {@code NumberOfCpuCoresRequired} to this value; see {@link
     * #numberOfCpuCoresRequired(double)}.
     */
    public InferenceComponentComputeResourceRequirements numberOfCpuCoresRequired(Value<Double> value) {
      return set("NumberOfCpuCoresRequired", value);
    }
  }

  /**
   * Defines a container that provides the runtime environment for a model that you deploy with an
   * inference component.
   *
   * <p>Property type {@code
   * AWS::SageMaker::InferenceComponent.InferenceComponentContainerSpecification}.
   */
  public static final class InferenceComponentContainerSpecification extends Struct<InferenceComponentContainerSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentContainerSpecification")
        .constrain("ArtifactUrl", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .constrain("Image", Constraint.of().pattern("[\\S]+").minLength(0).maxLength(255))
        .build();

    public InferenceComponentContainerSpecification() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 path where the model artifacts, which result from model training, are stored.
     * This path must point to a single gzip compressed tar archive (.tar.gz suffix).
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}.
     * CloudFormation property {@code ArtifactUrl}.
     */
    public InferenceComponentContainerSpecification artifactUrl(String value) {
      return set("ArtifactUrl", Value.of(value));
    }

    /** Sets {@code ArtifactUrl} to this value; see {@link #artifactUrl(String)}. */
    public InferenceComponentContainerSpecification artifactUrl(Value<String> value) {
      return set("ArtifactUrl", value);
    }

    /**
     * The configuration for container metrics scraping
     *
     * <p>CloudFormation property {@code ContainerMetricsConfig}.
     */
    public InferenceComponentContainerSpecification containerMetricsConfig(Value<ContainerMetricsConfig> value) {
      return set("ContainerMetricsConfig", value);
    }

    /** CloudFormation property {@code DeployedImage}. */
    public InferenceComponentContainerSpecification deployedImage(Value<DeployedImage> value) {
      return set("DeployedImage", value);
    }

    /**
     * The environment variables to set in the Docker container. Each key and value in the
     * Environment string-to-string map can have length of up to 1024. We support up to 16 entries
     * in the map.
     *
     * <p>CloudFormation property {@code Environment}.
     */
    public InferenceComponentContainerSpecification environment(Map<String, String> value) {
      return set("Environment", Value.mapOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(Map)}. */
    public InferenceComponentContainerSpecification environment(Value<Map<String, String>> value) {
      return set("Environment", value);
    }

    /**
     * The Amazon Elastic Container Registry (Amazon ECR) path where the Docker image for the model
     * is stored.
     *
     * <p>Length: 0 to 255 characters. Pattern: {@code [&#92;S]+}. CloudFormation property {@code
     * Image}.
     */
    public InferenceComponentContainerSpecification image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public InferenceComponentContainerSpecification image(Value<String> value) {
      return set("Image", value);
    }
  }

  /**
   * Container specification for one Specifications entry. Distinct from
   * InferenceComponentContainerSpecification: DescribeInferenceComponent returns no per-entry
   * DeployedImage (VERIFIED in us-west-2), so DeployedImage is intentionally omitted here and this
   * definition can never be aggregated into a plural READ response. The singular
   * InferenceComponentContainerSpecification keeps DeployedImage - the service DOES return it
   * there.
   *
   * <p>Property type {@code
   * AWS::SageMaker::InferenceComponent.InferenceComponentContainerSpecificationForInstanceType}.
   */
  public static final class InferenceComponentContainerSpecificationForInstanceType extends Struct<InferenceComponentContainerSpecificationForInstanceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentContainerSpecificationForInstanceType")
        .constrain("ArtifactUrl", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .constrain("Image", Constraint.of().pattern("[\\S]+").minLength(0).maxLength(255))
        .build();

    public InferenceComponentContainerSpecificationForInstanceType() {
      super(SCHEMA);
    }

    /**
     * Length: 0 to 1024 characters. Pattern: {@code ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation
     * property {@code ArtifactUrl}.
     */
    public InferenceComponentContainerSpecificationForInstanceType artifactUrl(String value) {
      return set("ArtifactUrl", Value.of(value));
    }

    /** Sets {@code ArtifactUrl} to this value; see {@link #artifactUrl(String)}. */
    public InferenceComponentContainerSpecificationForInstanceType artifactUrl(Value<String> value) {
      return set("ArtifactUrl", value);
    }

    /**
     * The configuration for container metrics scraping
     *
     * <p>CloudFormation property {@code ContainerMetricsConfig}.
     */
    public InferenceComponentContainerSpecificationForInstanceType containerMetricsConfig(Value<ContainerMetricsConfig> value) {
      return set("ContainerMetricsConfig", value);
    }

    /**
     * Environment variables to specify on the container
     *
     * <p>CloudFormation property {@code Environment}.
     */
    public InferenceComponentContainerSpecificationForInstanceType environment(Map<String, String> value) {
      return set("Environment", Value.mapOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(Map)}. */
    public InferenceComponentContainerSpecificationForInstanceType environment(Value<Map<String, String>> value) {
      return set("Environment", value);
    }

    /**
     * The image to use for the container that will be materialized for the inference component
     *
     * <p>Length: 0 to 255 characters. Pattern: {@code [&#92;S]+}. CloudFormation property {@code
     * Image}.
     */
    public InferenceComponentContainerSpecificationForInstanceType image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public InferenceComponentContainerSpecificationForInstanceType image(Value<String> value) {
      return set("Image", value);
    }
  }

  /**
   * Settings that affect how the inference component caches data
   *
   * <p>Property type {@code AWS::SageMaker::InferenceComponent.InferenceComponentDataCacheConfig}.
   */
  public static final class InferenceComponentDataCacheConfig extends Struct<InferenceComponentDataCacheConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentDataCacheConfig")
        .required("EnableCaching")
        .build();

    public InferenceComponentDataCacheConfig() {
      super(SCHEMA);
    }

    /**
     * Whether the endpoint caches the model artifacts and container image on each instance it
     * provisions for the inference component
     *
     * <p>Required. CloudFormation property {@code EnableCaching}.
     */
    public InferenceComponentDataCacheConfig enableCaching(boolean value) {
      return set("EnableCaching", Value.of(value));
    }

    /** Sets {@code EnableCaching} to this value; see {@link #enableCaching(boolean)}. */
    public InferenceComponentDataCacheConfig enableCaching(Value<Boolean> value) {
      return set("EnableCaching", value);
    }
  }

  /**
   * The deployment configuration for an endpoint that hosts inference components. The configuration
   * includes the desired deployment strategy and rollback settings.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceComponent.InferenceComponentDeploymentConfig}.
   */
  public static final class InferenceComponentDeploymentConfig extends Struct<InferenceComponentDeploymentConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::InferenceComponent.InferenceComponentDeploymentConfig");

    public InferenceComponentDeploymentConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AutoRollbackConfiguration}. */
    public InferenceComponentDeploymentConfig autoRollbackConfiguration(Value<AutoRollbackConfiguration> value) {
      return set("AutoRollbackConfiguration", value);
    }

    /**
     * Specifies a rolling deployment strategy for updating a SageMaker AI endpoint.
     *
     * <p>CloudFormation property {@code RollingUpdatePolicy}.
     */
    public InferenceComponentDeploymentConfig rollingUpdatePolicy(Value<InferenceComponentRollingUpdatePolicy> value) {
      return set("RollingUpdatePolicy", value);
    }
  }

  /**
   * The number of inference component copies currently placed on instances of a given type
   *
   * <p>Property type {@code AWS::SageMaker::InferenceComponent.InferenceComponentPlacementStatus}.
   */
  public static final class InferenceComponentPlacementStatus extends Struct<InferenceComponentPlacementStatus> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentPlacementStatus")
        .required("CurrentCopyCount", "InstanceType")
        .constrain("CurrentCopyCount", Constraint.of().minimum(0))
        .constrain("InstanceType", Constraint.of().pattern("^ml\\..*").maxLength(64))
        .build();

    public InferenceComponentPlacementStatus() {
      super(SCHEMA);
    }

    /**
     * The number of copies for the inference component
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code CurrentCopyCount}.
     */
    public InferenceComponentPlacementStatus currentCopyCount(int value) {
      return set("CurrentCopyCount", Value.of(value));
    }

    /** Sets {@code CurrentCopyCount} to this value; see {@link #currentCopyCount(int)}. */
    public InferenceComponentPlacementStatus currentCopyCount(Value<Integer> value) {
      return set("CurrentCopyCount", value);
    }

    /**
     * An ML compute instance type
     *
     * <p>Required. Length: at most 64 characters. Pattern: {@code ^ml&#92;..*}. CloudFormation
     * property {@code InstanceType}.
     */
    public InferenceComponentPlacementStatus instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public InferenceComponentPlacementStatus instanceType(Value<String> value) {
      return set("InstanceType", value);
    }
  }

  /**
   * Specifies a rolling deployment strategy for updating a SageMaker AI inference component.
   *
   * <p>Property type {@code
   * AWS::SageMaker::InferenceComponent.InferenceComponentRollingUpdatePolicy}.
   */
  public static final class InferenceComponentRollingUpdatePolicy extends Struct<InferenceComponentRollingUpdatePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentRollingUpdatePolicy")
        .constrain("MaximumExecutionTimeoutInSeconds", Constraint.of().minimum(600).maximum(28800))
        .constrain("WaitIntervalInSeconds", Constraint.of().minimum(0).maximum(3600))
        .build();

    public InferenceComponentRollingUpdatePolicy() {
      super(SCHEMA);
    }

    /**
     * The batch size for each rolling step in the deployment process. For each step, SageMaker AI
     * provisions capacity on the new endpoint fleet, routes traffic to that fleet, and terminates
     * capacity on the old endpoint fleet. The value must be between 5% to 50% of the copy count of
     * the inference component.
     *
     * <p>CloudFormation property {@code MaximumBatchSize}.
     */
    public InferenceComponentRollingUpdatePolicy maximumBatchSize(Value<InferenceComponentCapacitySize> value) {
      return set("MaximumBatchSize", value);
    }

    /**
     * The time limit for the total deployment. Exceeding this limit causes a timeout.
     *
     * <p>Range: 600 to 28800. CloudFormation property {@code MaximumExecutionTimeoutInSeconds}.
     */
    public InferenceComponentRollingUpdatePolicy maximumExecutionTimeoutInSeconds(int value) {
      return set("MaximumExecutionTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumExecutionTimeoutInSeconds} to this value; see {@link
     * #maximumExecutionTimeoutInSeconds(int)}.
     */
    public InferenceComponentRollingUpdatePolicy maximumExecutionTimeoutInSeconds(Value<Integer> value) {
      return set("MaximumExecutionTimeoutInSeconds", value);
    }

    /**
     * The batch size for a rollback to the old endpoint fleet. If this field is absent, the value
     * is set to the default, which is 100% of the total capacity. When the default is used,
     * SageMaker AI provisions the entire capacity of the old fleet at once during rollback.
     *
     * <p>CloudFormation property {@code RollbackMaximumBatchSize}.
     */
    public InferenceComponentRollingUpdatePolicy rollbackMaximumBatchSize(Value<InferenceComponentCapacitySize> value) {
      return set("RollbackMaximumBatchSize", value);
    }

    /**
     * The length of the baking period, during which SageMaker AI monitors alarms for each batch on
     * the new fleet.
     *
     * <p>Range: 0 to 3600. CloudFormation property {@code WaitIntervalInSeconds}.
     */
    public InferenceComponentRollingUpdatePolicy waitIntervalInSeconds(int value) {
      return set("WaitIntervalInSeconds", Value.of(value));
    }

    /**
     * Sets {@code WaitIntervalInSeconds} to this value; see {@link #waitIntervalInSeconds(int)}.
     */
    public InferenceComponentRollingUpdatePolicy waitIntervalInSeconds(Value<Integer> value) {
      return set("WaitIntervalInSeconds", value);
    }
  }

  /**
   * Runtime settings for a model that is deployed with an inference component.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceComponent.InferenceComponentRuntimeConfig}.
   */
  public static final class InferenceComponentRuntimeConfig extends Struct<InferenceComponentRuntimeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentRuntimeConfig")
        .constrain("CopyCount", Constraint.of().minimum(0))
        .constrain("CurrentCopyCount", Constraint.of().minimum(0))
        .constrain("DesiredCopyCount", Constraint.of().minimum(0))
        .build();

    public InferenceComponentRuntimeConfig() {
      super(SCHEMA);
    }

    /**
     * The number of runtime copies of the model container to deploy with the inference component.
     * Each copy can serve inference requests.
     *
     * <p>Range: at least 0. CloudFormation property {@code CopyCount}.
     */
    public InferenceComponentRuntimeConfig copyCount(int value) {
      return set("CopyCount", Value.of(value));
    }

    /** Sets {@code CopyCount} to this value; see {@link #copyCount(int)}. */
    public InferenceComponentRuntimeConfig copyCount(Value<Integer> value) {
      return set("CopyCount", value);
    }

    /**
     * The number of runtime copies of the model container that are currently deployed.
     *
     * <p>Range: at least 0. CloudFormation property {@code CurrentCopyCount}.
     */
    public InferenceComponentRuntimeConfig currentCopyCount(int value) {
      return set("CurrentCopyCount", Value.of(value));
    }

    /** Sets {@code CurrentCopyCount} to this value; see {@link #currentCopyCount(int)}. */
    public InferenceComponentRuntimeConfig currentCopyCount(Value<Integer> value) {
      return set("CurrentCopyCount", value);
    }

    /**
     * The number of runtime copies of the model container that you requested to deploy with the
     * inference component.
     *
     * <p>Range: at least 0. CloudFormation property {@code DesiredCopyCount}.
     */
    public InferenceComponentRuntimeConfig desiredCopyCount(int value) {
      return set("DesiredCopyCount", Value.of(value));
    }

    /** Sets {@code DesiredCopyCount} to this value; see {@link #desiredCopyCount(int)}. */
    public InferenceComponentRuntimeConfig desiredCopyCount(Value<Integer> value) {
      return set("DesiredCopyCount", value);
    }

    /**
     * The placement status of the inference component across instance types
     *
     * <p>CloudFormation property {@code PlacementStatus}.
     */
    public InferenceComponentRuntimeConfig placementStatus(List<InferenceComponentPlacementStatus> value) {
      return set("PlacementStatus", Value.listOf(value));
    }

    /** Sets {@code PlacementStatus} to this value; see {@link #placementStatus(List)}. */
    public InferenceComponentRuntimeConfig placementStatus(Value<List<InferenceComponentPlacementStatus>> value) {
      return set("PlacementStatus", value);
    }

    /** Sets {@code PlacementStatus} to a list of these; see {@link #placementStatus(List)}. */
    public InferenceComponentRuntimeConfig placementStatus(InferenceComponentPlacementStatus... values) {
      return set("PlacementStatus", Value.list(values));
    }
  }

  /**
   * The scheduling configuration that determines how inference component copies are placed across
   * available instances
   *
   * <p>Property type {@code AWS::SageMaker::InferenceComponent.InferenceComponentSchedulingConfig}.
   */
  public static final class InferenceComponentSchedulingConfig extends Struct<InferenceComponentSchedulingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentSchedulingConfig")
        .required("AvailabilityZoneBalance", "PlacementStrategy")
        .allowed("PlacementStrategy", "SPREAD", "BINPACK")
        .build();

    public InferenceComponentSchedulingConfig() {
      super(SCHEMA);
    }

    /**
     * Configuration for balancing inference component copies across Availability Zones
     *
     * <p>Required. CloudFormation property {@code AvailabilityZoneBalance}.
     */
    public InferenceComponentSchedulingConfig availabilityZoneBalance(Value<InferenceComponentAvailabilityZoneBalance> value) {
      return set("AvailabilityZoneBalance", value);
    }

    /**
     * Required. Allowed values: {@code SPREAD}, {@code BINPACK}. CloudFormation property {@code
     * PlacementStrategy}.
     */
    public InferenceComponentSchedulingConfig placementStrategy(String value) {
      return set("PlacementStrategy", Value.of(value));
    }

    /** Sets {@code PlacementStrategy} to this value; see {@link #placementStrategy(String)}. */
    public InferenceComponentSchedulingConfig placementStrategy(Value<String> value) {
      return set("PlacementStrategy", value);
    }
  }

  /**
   * Details about the resources to deploy with this inference component, including the model,
   * container, and compute resources.
   *
   * <p>Property type {@code AWS::SageMaker::InferenceComponent.InferenceComponentSpecification}.
   */
  public static final class InferenceComponentSpecification extends Struct<InferenceComponentSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentSpecification")
        .constrain("BaseInferenceComponentName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(0).maxLength(63))
        .constrain("ModelName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(0).maxLength(63))
        .build();

    public InferenceComponentSpecification() {
      super(SCHEMA);
    }

    /**
     * The name of an existing inference component that is to contain the inference component that
     * you're creating with your request.
     *
     * <p>Specify this parameter only if your request is meant to create an adapter inference
     * component. An adapter inference component contains the path to an adapter model. The purpose
     * of the adapter model is to tailor the inference output of a base foundation model, which is
     * hosted by the base inference component. The adapter inference component uses the compute
     * resources that you assigned to the base inference component.
     *
     * <p>When you create an adapter inference component, use the <code>Container</code> parameter
     * to specify the location of the adapter artifacts. In the parameter value, use the
     * <code>ArtifactUrl</code> parameter of the
     * <code>InferenceComponentContainerSpecification</code> data type.
     *
     * <p>Before you can create an adapter inference component, you must have an existing inference
     * component that contains the foundation model that you want to adapt.
     *
     * <p>Length: 0 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation
     * property {@code BaseInferenceComponentName}.
     */
    public InferenceComponentSpecification baseInferenceComponentName(String value) {
      return set("BaseInferenceComponentName", Value.of(value));
    }

    /**
     * Sets {@code BaseInferenceComponentName} to this value; see {@link
     * #baseInferenceComponentName(String)}.
     */
    public InferenceComponentSpecification baseInferenceComponentName(Value<String> value) {
      return set("BaseInferenceComponentName", value);
    }

    /**
     * The compute resources allocated to run the model, plus any adapter models, that you assign to
     * the inference component.
     *
     * <p>Omit this parameter if your request is meant to create an adapter inference component. An
     * adapter inference component is loaded by a base inference component, and it uses the compute
     * resources of the base inference component.
     *
     * <p>CloudFormation property {@code ComputeResourceRequirements}.
     */
    public InferenceComponentSpecification computeResourceRequirements(Value<InferenceComponentComputeResourceRequirements> value) {
      return set("ComputeResourceRequirements", value);
    }

    /**
     * Defines a container that provides the runtime environment for a model that you deploy with an
     * inference component.
     *
     * <p>CloudFormation property {@code Container}.
     */
    public InferenceComponentSpecification container(Value<InferenceComponentContainerSpecification> value) {
      return set("Container", value);
    }

    /**
     * Settings that affect how the inference component caches data
     *
     * <p>CloudFormation property {@code CurrentDataCacheConfig}.
     */
    public InferenceComponentSpecification currentDataCacheConfig(Value<InferenceComponentDataCacheConfig> value) {
      return set("CurrentDataCacheConfig", value);
    }

    /**
     * Settings that affect how the inference component caches data
     *
     * <p>CloudFormation property {@code DataCacheConfig}.
     */
    public InferenceComponentSpecification dataCacheConfig(Value<InferenceComponentDataCacheConfig> value) {
      return set("DataCacheConfig", value);
    }

    /**
     * The name of an existing SageMaker AI model object in your account that you want to deploy
     * with the inference component.
     *
     * <p>Length: 0 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation
     * property {@code ModelName}.
     */
    public InferenceComponentSpecification modelName(String value) {
      return set("ModelName", Value.of(value));
    }

    /** Sets {@code ModelName} to this value; see {@link #modelName(String)}. */
    public InferenceComponentSpecification modelName(Value<String> value) {
      return set("ModelName", value);
    }

    /**
     * The scheduling configuration that determines how inference component copies are placed across
     * available instances
     *
     * <p>CloudFormation property {@code SchedulingConfig}.
     */
    public InferenceComponentSpecification schedulingConfig(Value<InferenceComponentSchedulingConfig> value) {
      return set("SchedulingConfig", value);
    }

    /**
     * Settings that take effect while the model container starts up.
     *
     * <p>CloudFormation property {@code StartupParameters}.
     */
    public InferenceComponentSpecification startupParameters(Value<InferenceComponentStartupParameters> value) {
      return set("StartupParameters", value);
    }
  }

  /**
   * A specification for one instance type, for use in Specifications. InstanceType is required
   * here, and is not accepted on the singular Specification. BaseInferenceComponentName is not
   * accepted here either: adapter inference components are supported only on the singular
   * Specification.
   *
   * <p>Property type {@code
   * AWS::SageMaker::InferenceComponent.InferenceComponentSpecificationForInstanceType}.
   */
  public static final class InferenceComponentSpecificationForInstanceType extends Struct<InferenceComponentSpecificationForInstanceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentSpecificationForInstanceType")
        .required("InstanceType")
        .constrain("InstanceType", Constraint.of().pattern("^ml\\..*").maxLength(64))
        .constrain("ModelName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(0).maxLength(63))
        .build();

    public InferenceComponentSpecificationForInstanceType() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ComputeResourceRequirements}. */
    public InferenceComponentSpecificationForInstanceType computeResourceRequirements(Value<InferenceComponentComputeResourceRequirements> value) {
      return set("ComputeResourceRequirements", value);
    }

    /**
     * Container specification for one Specifications entry. Distinct from
     * InferenceComponentContainerSpecification: DescribeInferenceComponent returns no per-entry
     * DeployedImage (VERIFIED in us-west-2), so DeployedImage is intentionally omitted here and
     * this definition can never be aggregated into a plural READ response. The singular
     * InferenceComponentContainerSpecification keeps DeployedImage - the service DOES return it
     * there.
     *
     * <p>CloudFormation property {@code Container}.
     */
    public InferenceComponentSpecificationForInstanceType container(Value<InferenceComponentContainerSpecificationForInstanceType> value) {
      return set("Container", value);
    }

    /**
     * Settings that affect how the inference component caches data
     *
     * <p>CloudFormation property {@code CurrentDataCacheConfig}.
     */
    public InferenceComponentSpecificationForInstanceType currentDataCacheConfig(Value<InferenceComponentDataCacheConfig> value) {
      return set("CurrentDataCacheConfig", value);
    }

    /**
     * Settings that affect how the inference component caches data
     *
     * <p>CloudFormation property {@code DataCacheConfig}.
     */
    public InferenceComponentSpecificationForInstanceType dataCacheConfig(Value<InferenceComponentDataCacheConfig> value) {
      return set("DataCacheConfig", value);
    }

    /**
     * An ML compute instance type
     *
     * <p>Required. Length: at most 64 characters. Pattern: {@code ^ml&#92;..*}. CloudFormation
     * property {@code InstanceType}.
     */
    public InferenceComponentSpecificationForInstanceType instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public InferenceComponentSpecificationForInstanceType instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The name of the model to use with the inference component
     *
     * <p>Length: 0 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation
     * property {@code ModelName}.
     */
    public InferenceComponentSpecificationForInstanceType modelName(String value) {
      return set("ModelName", Value.of(value));
    }

    /** Sets {@code ModelName} to this value; see {@link #modelName(String)}. */
    public InferenceComponentSpecificationForInstanceType modelName(Value<String> value) {
      return set("ModelName", value);
    }

    /**
     * The scheduling configuration that determines how inference component copies are placed across
     * available instances
     *
     * <p>CloudFormation property {@code SchedulingConfig}.
     */
    public InferenceComponentSpecificationForInstanceType schedulingConfig(Value<InferenceComponentSchedulingConfig> value) {
      return set("SchedulingConfig", value);
    }

    /** CloudFormation property {@code StartupParameters}. */
    public InferenceComponentSpecificationForInstanceType startupParameters(Value<InferenceComponentStartupParameters> value) {
      return set("StartupParameters", value);
    }
  }

  /**
   * Settings that take effect while the model container starts up.
   *
   * <p>Property type {@code
   * AWS::SageMaker::InferenceComponent.InferenceComponentStartupParameters}.
   */
  public static final class InferenceComponentStartupParameters extends Struct<InferenceComponentStartupParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.InferenceComponentStartupParameters")
        .constrain("ContainerStartupHealthCheckTimeoutInSeconds", Constraint.of().minimum(60).maximum(3600))
        .constrain("ModelDataDownloadTimeoutInSeconds", Constraint.of().minimum(60).maximum(3600))
        .build();

    public InferenceComponentStartupParameters() {
      super(SCHEMA);
    }

    /**
     * The timeout value, in seconds, for your inference container to pass health check by Amazon S3
     * Hosting. For more information about health check, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-inference-code.html#your-algorithms-inference-algo-ping-requests">How
     * Your Container Should Respond to Health Check (Ping) Requests</a> .
     *
     * <p>Range: 60 to 3600. CloudFormation property {@code
     * ContainerStartupHealthCheckTimeoutInSeconds}.
     */
    public InferenceComponentStartupParameters containerStartupHealthCheckTimeoutInSeconds(int value) {
      return set("ContainerStartupHealthCheckTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code ContainerStartupHealthCheckTimeoutInSeconds} to this value; see {@link
     * #containerStartupHealthCheckTimeoutInSeconds(int)}.
     */
    public InferenceComponentStartupParameters containerStartupHealthCheckTimeoutInSeconds(Value<Integer> value) {
      return set("ContainerStartupHealthCheckTimeoutInSeconds", value);
    }

    /**
     * The timeout value, in seconds, to download and extract the model that you want to host from
     * Amazon S3 to the individual inference instance associated with this inference component.
     *
     * <p>Range: 60 to 3600. CloudFormation property {@code ModelDataDownloadTimeoutInSeconds}.
     */
    public InferenceComponentStartupParameters modelDataDownloadTimeoutInSeconds(int value) {
      return set("ModelDataDownloadTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code ModelDataDownloadTimeoutInSeconds} to this value; see {@link
     * #modelDataDownloadTimeoutInSeconds(int)}.
     */
    public InferenceComponentStartupParameters modelDataDownloadTimeoutInSeconds(Value<Integer> value) {
      return set("ModelDataDownloadTimeoutInSeconds", value);
    }
  }

  /**
   * A metrics endpoint exposed by the container
   *
   * <p>Property type {@code AWS::SageMaker::InferenceComponent.MetricsEndpoint}.
   */
  public static final class MetricsEndpoint extends Struct<MetricsEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::InferenceComponent.MetricsEndpoint")
        .required("MetricsEndpointPath")
        .constrain("MetricPublishFrequencyInSeconds", Constraint.of().minimum(10).maximum(300))
        .constrain("MetricsEndpointPath", Constraint.of().pattern("^/(?!.*\\.\\.)[a-zA-Z0-9/_.\\-]+$").maxLength(256))
        .build();

    public MetricsEndpoint() {
      super(SCHEMA);
    }

    /**
     * The interval, in seconds, at which container metrics scraped from the endpoint are published
     * to Amazon CloudWatch. Valid values per the SageMaker API Reference are 10, 30, 60, 120, 180,
     * 240 and 300; the service validates the value.
     *
     * <p>Range: 10 to 300. CloudFormation property {@code MetricPublishFrequencyInSeconds}.
     */
    public MetricsEndpoint metricPublishFrequencyInSeconds(int value) {
      return set("MetricPublishFrequencyInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MetricPublishFrequencyInSeconds} to this value; see {@link
     * #metricPublishFrequencyInSeconds(int)}.
     */
    public MetricsEndpoint metricPublishFrequencyInSeconds(Value<Integer> value) {
      return set("MetricPublishFrequencyInSeconds", value);
    }

    /**
     * The path to the Prometheus formatted metrics endpoint exposed by the container
     *
     * <p>Required. Length: at most 256 characters. Pattern: {@code
     * ^/(?!.*&#92;.&#92;.)[a-zA-Z0-9/_.&#92;-]+$}. CloudFormation property {@code
     * MetricsEndpointPath}.
     */
    public MetricsEndpoint metricsEndpointPath(String value) {
      return set("MetricsEndpointPath", Value.of(value));
    }

    /** Sets {@code MetricsEndpointPath} to this value; see {@link #metricsEndpointPath(String)}. */
    public MetricsEndpoint metricsEndpointPath(Value<String> value) {
      return set("MetricsEndpointPath", value);
    }
  }
}
