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
 * The <code>AWS::SageMaker::EndpointConfig</code> resource creates a configuration for an Amazon
 * SageMaker endpoint. For more information, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/API_CreateEndpointConfig.html">CreateEndpointConfig</a>
 * in the <em>SageMaker Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::EndpointConfig}.
 */
public final class EndpointConfig extends Resource<EndpointConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig")
      .required("ProductionVariants")
      .constrain("EndpointConfigName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("EndpointConfigArn")
      .attributes("EndpointConfigArn", "EndpointConfigName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EndpointConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies configuration for how an endpoint performs asynchronous inference.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AsyncInferenceConfig}.
   */
  public EndpointConfig asyncInferenceConfig(Value<AsyncInferenceConfig> value) {
    return set("AsyncInferenceConfig", value);
  }

  /**
   * Specifies how to capture endpoint data for model monitor. The data capture configuration
   * applies to all production variants hosted at the endpoint.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataCaptureConfig}.
   */
  public EndpointConfig dataCaptureConfig(Value<DataCaptureConfig> value) {
    return set("DataCaptureConfig", value);
  }

  /**
   * Sets whether all model containers deployed to the endpoint are isolated. If they are, no
   * inbound or outbound network calls can be made to or from the model containers.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EnableNetworkIsolation}.
   */
  public EndpointConfig enableNetworkIsolation(boolean value) {
    return set("EnableNetworkIsolation", Value.of(value));
  }

  /**
   * Sets {@code EnableNetworkIsolation} to this value; see {@link
   * #enableNetworkIsolation(boolean)}.
   */
  public EndpointConfig enableNetworkIsolation(Value<Boolean> value) {
    return set("EnableNetworkIsolation", value);
  }

  /**
   * The name of the endpoint configuration.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code EndpointConfigName}.
   */
  public EndpointConfig endpointConfigName(String value) {
    return set("EndpointConfigName", Value.of(value));
  }

  /** Sets {@code EndpointConfigName} to this value; see {@link #endpointConfigName(String)}. */
  public EndpointConfig endpointConfigName(Value<String> value) {
    return set("EndpointConfigName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform
   * actions on your behalf.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public EndpointConfig executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public EndpointConfig executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * A parameter to activate explainers.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ExplainerConfig}.
   */
  public EndpointConfig explainerConfig(Value<ExplainerConfig> value) {
    return set("ExplainerConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an AWS Key Management Service key that Amazon SageMaker uses
   * to encrypt data on the storage volume attached to the ML compute instance that hosts the
   * endpoint.
   *
   * <ul> <li>Key ID: <code>1234abcd-12ab-34cd-56ef-1234567890ab</code> <li>Key ARN:
   * <code>arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</code>
   * <li>Alias name: <code>alias/ExampleAlias</code> <li>Alias name ARN:
   * <code>arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias</code> </ul>
   *
   * <p>The KMS key policy must grant permission to the IAM role that you specify in your
   * <code>CreateEndpoint</code> , <code>UpdateEndpoint</code> requests. For more information, refer
   * to the AWS Key Management Service section <a
   * href="https://docs.aws.amazon.com//kms/latest/developerguide/key-policies.html">Using Key
   * Policies in AWS KMS</a>
   *
   * <p>Certain Nitro-based instances include local storage, dependent on the instance type. Local
   * storage volumes are encrypted using a hardware module on the instance. You can't request a
   * <code>KmsKeyId</code> when using an instance type with local storage. If any of the models that
   * you specify in the <code>ProductionVariants</code> parameter use nitro-based instances with
   * local storage, do not specify a value for the <code>KmsKeyId</code> parameter. If you specify a
   * value for <code>KmsKeyId</code> when using any nitro-based instances with local storage, the
   * call to <code>CreateEndpointConfig</code> fails. For a list of instance types that support
   * local instance storage, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html#instance-store-volumes">Instance
   * Store Volumes</a> . For more information about local instance storage encryption, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ssd-instance-store.html">SSD Instance
   * Store Volumes</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public EndpointConfig kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public EndpointConfig kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * Specifies the metrics that the endpoint publishes to Amazon CloudWatch, the frequency of
   * publication, and whether to enable enhanced or detailed observability metrics.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MetricsConfig}.
   */
  public EndpointConfig metricsConfig(Value<MetricsConfig> value) {
    return set("MetricsConfig", value);
  }

  /**
   * A list of <code>ProductionVariant</code> objects, one for each model that you want to host at
   * this endpoint.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ProductionVariants}.
   */
  public EndpointConfig productionVariants(List<ProductionVariant> value) {
    return set("ProductionVariants", Value.listOf(value));
  }

  /** Sets {@code ProductionVariants} to this value; see {@link #productionVariants(List)}. */
  public EndpointConfig productionVariants(Value<List<ProductionVariant>> value) {
    return set("ProductionVariants", value);
  }

  /** Sets {@code ProductionVariants} to a list of these; see {@link #productionVariants(List)}. */
  public EndpointConfig productionVariants(ProductionVariant... values) {
    return set("ProductionVariants", Value.list(values));
  }

  /**
   * Array of <code>ProductionVariant</code> objects. There is one for each model that you want to
   * host at this endpoint in shadow mode with production traffic replicated from the model
   * specified on <code>ProductionVariants</code> . If you use this field, you can only specify one
   * variant for <code>ProductionVariants</code> and one variant for
   * <code>ShadowProductionVariants</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ShadowProductionVariants}.
   */
  public EndpointConfig shadowProductionVariants(List<ProductionVariant> value) {
    return set("ShadowProductionVariants", Value.listOf(value));
  }

  /**
   * Sets {@code ShadowProductionVariants} to this value; see {@link
   * #shadowProductionVariants(List)}.
   */
  public EndpointConfig shadowProductionVariants(Value<List<ProductionVariant>> value) {
    return set("ShadowProductionVariants", value);
  }

  /**
   * Sets {@code ShadowProductionVariants} to a list of these; see {@link
   * #shadowProductionVariants(List)}.
   */
  public EndpointConfig shadowProductionVariants(ProductionVariant... values) {
    return set("ShadowProductionVariants", Value.list(values));
  }

  /**
   * A list of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Resource
   * Tag</a> and <a
   * href="https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html#allocation-what">Using
   * Cost Allocation Tags</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EndpointConfig tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EndpointConfig tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EndpointConfig tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
   * compute resources have access to. You can control access to and from your resources by
   * configuring a VPC.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpcConfig}.
   */
  public EndpointConfig vpcConfig(Value<VpcConfig> value) {
    return set("VpcConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the endpoint configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointConfigArn}.
   */
  public Value<String> endpointConfigArn() {
    return getAtt("EndpointConfigArn");
  }

  /**
   * The name of the endpoint configuration, such as <code>MyEndpointConfiguration</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointConfigName}.
   */
  public Value<String> endpointConfigName() {
    return getAtt("EndpointConfigName");
  }

  /**
   * Configures the behavior of the client used by SageMaker to interact with the model container
   * during asynchronous inference.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.AsyncInferenceClientConfig}.
   */
  public static final class AsyncInferenceClientConfig extends Struct<AsyncInferenceClientConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.AsyncInferenceClientConfig")
        .constrain("MaxConcurrentInvocationsPerInstance", Constraint.of().minimum(1).maximum(1000))
        .build();

    public AsyncInferenceClientConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of concurrent requests sent by the SageMaker client to the model
     * container. If no value is provided, SageMaker will choose an optimal value for you.
     *
     * <p>Changing it replaces the resource. Range: 1 to 1000. CloudFormation property {@code
     * MaxConcurrentInvocationsPerInstance}.
     */
    public AsyncInferenceClientConfig maxConcurrentInvocationsPerInstance(int value) {
      return set("MaxConcurrentInvocationsPerInstance", Value.of(value));
    }

    /**
     * Sets {@code MaxConcurrentInvocationsPerInstance} to this value; see {@link
     * #maxConcurrentInvocationsPerInstance(int)}.
     */
    public AsyncInferenceClientConfig maxConcurrentInvocationsPerInstance(Value<Integer> value) {
      return set("MaxConcurrentInvocationsPerInstance", value);
    }
  }

  /**
   * Specifies configuration for how an endpoint performs asynchronous inference.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.AsyncInferenceConfig}.
   */
  public static final class AsyncInferenceConfig extends Struct<AsyncInferenceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.AsyncInferenceConfig")
        .required("OutputConfig")
        .build();

    public AsyncInferenceConfig() {
      super(SCHEMA);
    }

    /**
     * Configures the behavior of the client used by SageMaker to interact with the model container
     * during asynchronous inference.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ClientConfig}.
     */
    public AsyncInferenceConfig clientConfig(Value<AsyncInferenceClientConfig> value) {
      return set("ClientConfig", value);
    }

    /**
     * Specifies the configuration for asynchronous inference invocation outputs.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code OutputConfig}.
     */
    public AsyncInferenceConfig outputConfig(Value<AsyncInferenceOutputConfig> value) {
      return set("OutputConfig", value);
    }
  }

  /**
   * Specifies the configuration for notifications of inference results for asynchronous inference.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.AsyncInferenceNotificationConfig}.
   */
  public static final class AsyncInferenceNotificationConfig extends Struct<AsyncInferenceNotificationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.AsyncInferenceNotificationConfig")
        .constrain("ErrorTopic", Constraint.of().pattern("^arn:aws[a-z\\-]*:sns:[a-z0-9\\-]*:[0-9]{12}:[a-zA-Z0-9_.-]+$").minLength(0).maxLength(2048))
        .allowed("IncludeInferenceResponseIn", "ERROR_NOTIFICATION_TOPIC",
            "SUCCESS_NOTIFICATION_TOPIC")
        .constrain("SuccessTopic", Constraint.of().pattern("^arn:aws[a-z\\-]*:sns:[a-z0-9\\-]*:[0-9]{12}:[a-zA-Z0-9_.-]+$").minLength(0).maxLength(2048))
        .build();

    public AsyncInferenceNotificationConfig() {
      super(SCHEMA);
    }

    /**
     * Amazon SNS topic to post a notification to when an inference fails. If no topic is provided,
     * no notification is sent on failure.
     *
     * <p>Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:sns:[a-z0-9&#92;-]*:[0-9]{12}:[a-zA-Z0-9_.-]+$}. CloudFormation property
     * {@code ErrorTopic}.
     */
    public AsyncInferenceNotificationConfig errorTopic(String value) {
      return set("ErrorTopic", Value.of(value));
    }

    /** Sets {@code ErrorTopic} to this value; see {@link #errorTopic(String)}. */
    public AsyncInferenceNotificationConfig errorTopic(Value<String> value) {
      return set("ErrorTopic", value);
    }

    /**
     * The Amazon SNS topics where you want the inference response to be included.
     *
     * <p>The inference response is included only if the response size is less than or equal to 128
     * KB.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ERROR_NOTIFICATION_TOPIC},
     * {@code SUCCESS_NOTIFICATION_TOPIC}. CloudFormation property {@code
     * IncludeInferenceResponseIn}.
     */
    public AsyncInferenceNotificationConfig includeInferenceResponseIn(List<String> value) {
      return set("IncludeInferenceResponseIn", Value.listOf(value));
    }

    /**
     * Sets {@code IncludeInferenceResponseIn} to this value; see {@link
     * #includeInferenceResponseIn(List)}.
     */
    public AsyncInferenceNotificationConfig includeInferenceResponseIn(Value<List<String>> value) {
      return set("IncludeInferenceResponseIn", value);
    }

    /**
     * Amazon SNS topic to post a notification to when an inference completes successfully. If no
     * topic is provided, no notification is sent on success.
     *
     * <p>Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:sns:[a-z0-9&#92;-]*:[0-9]{12}:[a-zA-Z0-9_.-]+$}. CloudFormation property
     * {@code SuccessTopic}.
     */
    public AsyncInferenceNotificationConfig successTopic(String value) {
      return set("SuccessTopic", Value.of(value));
    }

    /** Sets {@code SuccessTopic} to this value; see {@link #successTopic(String)}. */
    public AsyncInferenceNotificationConfig successTopic(Value<String> value) {
      return set("SuccessTopic", value);
    }
  }

  /**
   * Specifies the configuration for asynchronous inference invocation outputs.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.AsyncInferenceOutputConfig}.
   */
  public static final class AsyncInferenceOutputConfig extends Struct<AsyncInferenceOutputConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.AsyncInferenceOutputConfig")
        .constrain("S3FailurePath", Constraint.of().pattern("^(https|s3)://([^/])/?(.*)$").minLength(0).maxLength(512))
        .constrain("S3OutputPath", Constraint.of().pattern("^(https|s3)://([^/])/?(.*)$").minLength(0).maxLength(512))
        .build();

    public AsyncInferenceOutputConfig() {
      super(SCHEMA);
    }

    /**
     * The AWS Key Management Service ( AWS KMS) key that Amazon SageMaker uses to encrypt the
     * asynchronous inference output in Amazon S3.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public AsyncInferenceOutputConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public AsyncInferenceOutputConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * Specifies the configuration for notifications of inference results for asynchronous
     * inference.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NotificationConfig}.
     */
    public AsyncInferenceOutputConfig notificationConfig(Value<AsyncInferenceNotificationConfig> value) {
      return set("NotificationConfig", value);
    }

    /**
     * The Amazon S3 location to upload failure inference responses to.
     *
     * <p>Changing it replaces the resource. Length: 0 to 512 characters. Pattern: {@code
     * ^(https|s3)://([^/])/?(.*)$}. CloudFormation property {@code S3FailurePath}.
     */
    public AsyncInferenceOutputConfig s3FailurePath(String value) {
      return set("S3FailurePath", Value.of(value));
    }

    /** Sets {@code S3FailurePath} to this value; see {@link #s3FailurePath(String)}. */
    public AsyncInferenceOutputConfig s3FailurePath(Value<String> value) {
      return set("S3FailurePath", value);
    }

    /**
     * The Amazon S3 location to upload inference responses to.
     *
     * <p>Changing it replaces the resource. Length: 0 to 512 characters. Pattern: {@code
     * ^(https|s3)://([^/])/?(.*)$}. CloudFormation property {@code S3OutputPath}.
     */
    public AsyncInferenceOutputConfig s3OutputPath(String value) {
      return set("S3OutputPath", Value.of(value));
    }

    /** Sets {@code S3OutputPath} to this value; see {@link #s3OutputPath(String)}. */
    public AsyncInferenceOutputConfig s3OutputPath(Value<String> value) {
      return set("S3OutputPath", value);
    }
  }

  /**
   * Settings for the capacity reservation for the compute instances that SageMaker AI reserves for
   * an endpoint.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.CapacityReservationConfig}.
   */
  public static final class CapacityReservationConfig extends Struct<CapacityReservationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.CapacityReservationConfig")
        .constrain("CapacityReservationPreference", Constraint.of().pattern("capacity-reservations-only"))
        .constrain("MlReservationArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z0-9\\-]{1,14}/").minLength(20).maxLength(258))
        .build();

    public CapacityReservationConfig() {
      super(SCHEMA);
    }

    /**
     * Options that you can choose for the capacity reservation.
     *
     * <p>Pattern: {@code capacity-reservations-only}. CloudFormation property {@code
     * CapacityReservationPreference}.
     */
    public CapacityReservationConfig capacityReservationPreference(String value) {
      return set("CapacityReservationPreference", Value.of(value));
    }

    /**
     * Sets {@code CapacityReservationPreference} to this value; see {@link
     * #capacityReservationPreference(String)}.
     */
    public CapacityReservationConfig capacityReservationPreference(Value<String> value) {
      return set("CapacityReservationPreference", value);
    }

    /**
     * The Amazon Resource Name (ARN) that uniquely identifies the ML capacity reservation that
     * SageMaker AI applies when it deploys the endpoint.
     *
     * <p>Length: 20 to 258 characters. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:sagemaker:[a-z0-9&#92;-]*:[0-9]{12}:[a-z0-9&#92;-]{1,14}/}.
     * CloudFormation property {@code MlReservationArn}.
     */
    public CapacityReservationConfig mlReservationArn(String value) {
      return set("MlReservationArn", Value.of(value));
    }

    /** Sets {@code MlReservationArn} to this value; see {@link #mlReservationArn(String)}. */
    public CapacityReservationConfig mlReservationArn(Value<String> value) {
      return set("MlReservationArn", value);
    }
  }

  /**
   * Specifies the JSON and CSV content types of the data that the endpoint captures.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.CaptureContentTypeHeader}.
   */
  public static final class CaptureContentTypeHeader extends Struct<CaptureContentTypeHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.CaptureContentTypeHeader")
        .constrain("CsvContentTypes", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*\\/[a-zA-Z0-9](-*[a-zA-Z0-9.])*$").minLength(1).maxLength(256))
        .constrain("JsonContentTypes", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*\\/[a-zA-Z0-9](-*[a-zA-Z0-9.])*$").minLength(1).maxLength(256))
        .build();

    public CaptureContentTypeHeader() {
      super(SCHEMA);
    }

    /**
     * A list of the CSV content types of the data that the endpoint captures. For the endpoint to
     * capture the data, you must also specify the content type when you invoke the endpoint.
     *
     * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*&#92;/[a-zA-Z0-9](-*[a-zA-Z0-9.])*$}. CloudFormation property
     * {@code CsvContentTypes}.
     */
    public CaptureContentTypeHeader csvContentTypes(List<String> value) {
      return set("CsvContentTypes", Value.listOf(value));
    }

    /** Sets {@code CsvContentTypes} to this value; see {@link #csvContentTypes(List)}. */
    public CaptureContentTypeHeader csvContentTypes(Value<List<String>> value) {
      return set("CsvContentTypes", value);
    }

    /**
     * A list of the JSON content types of the data that the endpoint captures. For the endpoint to
     * capture the data, you must also specify the content type when you invoke the endpoint.
     *
     * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*&#92;/[a-zA-Z0-9](-*[a-zA-Z0-9.])*$}. CloudFormation property
     * {@code JsonContentTypes}.
     */
    public CaptureContentTypeHeader jsonContentTypes(List<String> value) {
      return set("JsonContentTypes", Value.listOf(value));
    }

    /** Sets {@code JsonContentTypes} to this value; see {@link #jsonContentTypes(List)}. */
    public CaptureContentTypeHeader jsonContentTypes(Value<List<String>> value) {
      return set("JsonContentTypes", value);
    }
  }

  /**
   * Specifies whether the endpoint captures input data or output data.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.CaptureOption}.
   */
  public static final class CaptureOption extends Struct<CaptureOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.CaptureOption")
        .required("CaptureMode")
        .allowed("CaptureMode", "Input", "InputAndOutput", "Output")
        .build();

    public CaptureOption() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the endpoint captures input data or output data.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code Input}, {@code
     * InputAndOutput}, {@code Output}. CloudFormation property {@code CaptureMode}.
     */
    public CaptureOption captureMode(String value) {
      return set("CaptureMode", Value.of(value));
    }

    /** Sets {@code CaptureMode} to this value; see {@link #captureMode(String)}. */
    public CaptureOption captureMode(Value<String> value) {
      return set("CaptureMode", value);
    }
  }

  /**
   * The configuration parameters for the SageMaker Clarify explainer.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.ClarifyExplainerConfig}.
   */
  public static final class ClarifyExplainerConfig extends Struct<ClarifyExplainerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.ClarifyExplainerConfig")
        .required("ShapConfig")
        .constrain("EnableExplanations", Constraint.of().minLength(1).maxLength(64))
        .build();

    public ClarifyExplainerConfig() {
      super(SCHEMA);
    }

    /**
     * A JMESPath boolean expression used to filter which records to explain. Explanations are
     * activated by default. See <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-online-explainability-create-endpoint.html#clarify-online-explainability-create-endpoint-enable"><code>EnableExplanations</code></a>
     * for additional information.
     *
     * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
     * {@code EnableExplanations}.
     */
    public ClarifyExplainerConfig enableExplanations(String value) {
      return set("EnableExplanations", Value.of(value));
    }

    /** Sets {@code EnableExplanations} to this value; see {@link #enableExplanations(String)}. */
    public ClarifyExplainerConfig enableExplanations(Value<String> value) {
      return set("EnableExplanations", value);
    }

    /**
     * The inference configuration parameter for the model container.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InferenceConfig}.
     */
    public ClarifyExplainerConfig inferenceConfig(Value<ClarifyInferenceConfig> value) {
      return set("InferenceConfig", value);
    }

    /**
     * The configuration for SHAP analysis.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code ShapConfig}.
     */
    public ClarifyExplainerConfig shapConfig(Value<ClarifyShapConfig> value) {
      return set("ShapConfig", value);
    }
  }

  /**
   * The inference configuration parameter for the model container.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.ClarifyInferenceConfig}.
   */
  public static final class ClarifyInferenceConfig extends Struct<ClarifyInferenceConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.ClarifyInferenceConfig")
        .constrain("ContentTemplate", Constraint.of().minLength(1).maxLength(64))
        .constrain("FeatureHeaders", Constraint.of().minLength(1).maxLength(64))
        .constrain("FeatureTypes", Constraint.of().pattern("numerical|categorical|text"))
        .constrain("FeaturesAttribute", Constraint.of().minLength(1).maxLength(64))
        .constrain("LabelAttribute", Constraint.of().minLength(1).maxLength(64))
        .constrain("LabelHeaders", Constraint.of().minLength(1).maxLength(64))
        .constrain("LabelIndex", Constraint.of().minimum(0))
        .constrain("MaxPayloadInMB", Constraint.of().minimum(1).maximum(25))
        .constrain("MaxRecordCount", Constraint.of().minimum(1))
        .constrain("ProbabilityAttribute", Constraint.of().minLength(1).maxLength(64))
        .constrain("ProbabilityIndex", Constraint.of().minimum(0))
        .build();

    public ClarifyInferenceConfig() {
      super(SCHEMA);
    }

    /**
     * A template string used to format a JSON record into an acceptable model container input. For
     * example, a <code>ContentTemplate</code> string <code>'{"myfeatures":$features}'</code> will
     * format a list of features <code>[1,2,3]</code> into the record string
     * <code>'{"myfeatures":[1,2,3]}'</code> . Required only when the model container input is in
     * JSON Lines format.
     *
     * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
     * {@code ContentTemplate}.
     */
    public ClarifyInferenceConfig contentTemplate(String value) {
      return set("ContentTemplate", Value.of(value));
    }

    /** Sets {@code ContentTemplate} to this value; see {@link #contentTemplate(String)}. */
    public ClarifyInferenceConfig contentTemplate(Value<String> value) {
      return set("ContentTemplate", value);
    }

    /**
     * The names of the features. If provided, these are included in the endpoint response payload
     * to help readability of the <code>InvokeEndpoint</code> output. See the <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-online-explainability-invoke-endpoint.html#clarify-online-explainability-response">Response</a>
     * section under <em>Invoke the endpoint</em> in the Developer Guide for more information.
     *
     * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
     * {@code FeatureHeaders}.
     */
    public ClarifyInferenceConfig featureHeaders(List<String> value) {
      return set("FeatureHeaders", Value.listOf(value));
    }

    /** Sets {@code FeatureHeaders} to this value; see {@link #featureHeaders(List)}. */
    public ClarifyInferenceConfig featureHeaders(Value<List<String>> value) {
      return set("FeatureHeaders", value);
    }

    /**
     * A list of data types of the features (optional). Applicable only to NLP explainability. If
     * provided, <code>FeatureTypes</code> must have at least one <code>'text'</code> string (for
     * example, <code>['text']</code> ). If <code>FeatureTypes</code> is not provided, the explainer
     * infers the feature types based on the baseline data. The feature types are included in the
     * endpoint response payload. For additional information see the <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-online-explainability-invoke-endpoint.html#clarify-online-explainability-response">response</a>
     * section under <em>Invoke the endpoint</em> in the Developer Guide for more information.
     *
     * <p>Changing it replaces the resource. Pattern: {@code numerical|categorical|text}.
     * CloudFormation property {@code FeatureTypes}.
     */
    public ClarifyInferenceConfig featureTypes(List<String> value) {
      return set("FeatureTypes", Value.listOf(value));
    }

    /** Sets {@code FeatureTypes} to this value; see {@link #featureTypes(List)}. */
    public ClarifyInferenceConfig featureTypes(Value<List<String>> value) {
      return set("FeatureTypes", value);
    }

    /**
     * Provides the JMESPath expression to extract the features from a model container input in JSON
     * Lines format. For example, if <code>FeaturesAttribute</code> is the JMESPath expression
     * <code>'myfeatures'</code> , it extracts a list of features <code>[1,2,3]</code> from request
     * data <code>'{"myfeatures":[1,2,3]}'</code> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
     * {@code FeaturesAttribute}.
     */
    public ClarifyInferenceConfig featuresAttribute(String value) {
      return set("FeaturesAttribute", Value.of(value));
    }

    /** Sets {@code FeaturesAttribute} to this value; see {@link #featuresAttribute(String)}. */
    public ClarifyInferenceConfig featuresAttribute(Value<String> value) {
      return set("FeaturesAttribute", value);
    }

    /**
     * A JMESPath expression used to locate the list of label headers in the model container output.
     *
     * <p><em>Example</em> : If the model container output of a batch request is
     * <code>'{"labels":["cat","dog","fish"],"probability":[0.6,0.3,0.1]}'</code> , then set
     * <code>LabelAttribute</code> to <code>'labels'</code> to extract the list of label headers
     * <code>["cat","dog","fish"]</code>
     *
     * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
     * {@code LabelAttribute}.
     */
    public ClarifyInferenceConfig labelAttribute(String value) {
      return set("LabelAttribute", Value.of(value));
    }

    /** Sets {@code LabelAttribute} to this value; see {@link #labelAttribute(String)}. */
    public ClarifyInferenceConfig labelAttribute(Value<String> value) {
      return set("LabelAttribute", value);
    }

    /**
     * For multiclass classification problems, the label headers are the names of the classes.
     * Otherwise, the label header is the name of the predicted label. These are used to help
     * readability for the output of the <code>InvokeEndpoint</code> API. See the <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-online-explainability-invoke-endpoint.html#clarify-online-explainability-response">response</a>
     * section under <em>Invoke the endpoint</em> in the Developer Guide for more information. If
     * there are no label headers in the model container output, provide them manually using this
     * parameter.
     *
     * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
     * {@code LabelHeaders}.
     */
    public ClarifyInferenceConfig labelHeaders(List<String> value) {
      return set("LabelHeaders", Value.listOf(value));
    }

    /** Sets {@code LabelHeaders} to this value; see {@link #labelHeaders(List)}. */
    public ClarifyInferenceConfig labelHeaders(Value<List<String>> value) {
      return set("LabelHeaders", value);
    }

    /**
     * A zero-based index used to extract a label header or list of label headers from model
     * container output in CSV format.
     *
     * <p><em>Example for a multiclass model:</em> If the model container output consists of label
     * headers followed by probabilities:
     * <code>'"[&#92;'cat&#92;',&#92;'dog&#92;',&#92;'fish&#92;']","[0.1,0.6,0.3]"'</code> , set
     * <code>LabelIndex</code> to <code>0</code> to select the label headers
     * <code>['cat','dog','fish']</code> .
     *
     * <p>Changing it replaces the resource. Range: at least 0. CloudFormation property {@code
     * LabelIndex}.
     */
    public ClarifyInferenceConfig labelIndex(int value) {
      return set("LabelIndex", Value.of(value));
    }

    /** Sets {@code LabelIndex} to this value; see {@link #labelIndex(int)}. */
    public ClarifyInferenceConfig labelIndex(Value<Integer> value) {
      return set("LabelIndex", value);
    }

    /**
     * The maximum payload size (MB) allowed of a request from the explainer to the model container.
     * Defaults to <code>6</code> MB.
     *
     * <p>Changing it replaces the resource. Range: 1 to 25. CloudFormation property {@code
     * MaxPayloadInMB}.
     */
    public ClarifyInferenceConfig maxPayloadInMB(int value) {
      return set("MaxPayloadInMB", Value.of(value));
    }

    /** Sets {@code MaxPayloadInMB} to this value; see {@link #maxPayloadInMB(int)}. */
    public ClarifyInferenceConfig maxPayloadInMB(Value<Integer> value) {
      return set("MaxPayloadInMB", value);
    }

    /**
     * The maximum number of records in a request that the model container can process when querying
     * the model container for the predictions of a <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-online-explainability-create-endpoint.html#clarify-online-explainability-create-endpoint-synthetic">synthetic
     * dataset</a> . A record is a unit of input data that inference can be made on, for example, a
     * single line in CSV data. If <code>MaxRecordCount</code> is <code>1</code> , the model
     * container expects one record per request. A value of 2 or greater means that the model
     * expects batch requests, which can reduce overhead and speed up the inferencing process. If
     * this parameter is not provided, the explainer will tune the record count per request
     * according to the model container's capacity at runtime.
     *
     * <p>Changing it replaces the resource. Range: at least 1. CloudFormation property {@code
     * MaxRecordCount}.
     */
    public ClarifyInferenceConfig maxRecordCount(int value) {
      return set("MaxRecordCount", Value.of(value));
    }

    /** Sets {@code MaxRecordCount} to this value; see {@link #maxRecordCount(int)}. */
    public ClarifyInferenceConfig maxRecordCount(Value<Integer> value) {
      return set("MaxRecordCount", value);
    }

    /**
     * A JMESPath expression used to extract the probability (or score) from the model container
     * output if the model container is in JSON Lines format.
     *
     * <p><em>Example</em> : If the model container output of a single request is
     * <code>'{"predicted_label":1,"probability":0.6}'</code> , then set
     * <code>ProbabilityAttribute</code> to <code>'probability'</code> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
     * {@code ProbabilityAttribute}.
     */
    public ClarifyInferenceConfig probabilityAttribute(String value) {
      return set("ProbabilityAttribute", Value.of(value));
    }

    /**
     * Sets {@code ProbabilityAttribute} to this value; see {@link #probabilityAttribute(String)}.
     */
    public ClarifyInferenceConfig probabilityAttribute(Value<String> value) {
      return set("ProbabilityAttribute", value);
    }

    /**
     * A zero-based index used to extract a probability value (score) or list from model container
     * output in CSV format. If this value is not provided, the entire model container output will
     * be treated as a probability value (score) or list.
     *
     * <p><em>Example for a single class model:</em> If the model container output consists of a
     * string-formatted prediction label followed by its probability: <code>'1,0.6'</code> , set
     * <code>ProbabilityIndex</code> to <code>1</code> to select the probability value
     * <code>0.6</code> .
     *
     * <p><em>Example for a multiclass model:</em> If the model container output consists of a
     * string-formatted prediction label followed by its probability:
     * <code>'"[&#92;'cat&#92;',&#92;'dog&#92;',&#92;'fish&#92;']","[0.1,0.6,0.3]"'</code> , set
     * <code>ProbabilityIndex</code> to <code>1</code> to select the probability values
     * <code>[0.1,0.6,0.3]</code> .
     *
     * <p>Changing it replaces the resource. Range: at least 0. CloudFormation property {@code
     * ProbabilityIndex}.
     */
    public ClarifyInferenceConfig probabilityIndex(int value) {
      return set("ProbabilityIndex", Value.of(value));
    }

    /** Sets {@code ProbabilityIndex} to this value; see {@link #probabilityIndex(int)}. */
    public ClarifyInferenceConfig probabilityIndex(Value<Integer> value) {
      return set("ProbabilityIndex", value);
    }
  }

  /**
   * The configuration for the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-feature-attribute-shap-baselines.html">SHAP
   * baseline</a> (also called the background or reference dataset) of the Kernal SHAP algorithm.
   *
   * <p>- The number of records in the baseline data determines the size of the synthetic dataset,
   * which has an impact on latency of explainability requests. For more information, see the
   * <em>Synthetic data</em> of <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-online-explainability-create-endpoint.html">Configure
   * and create an endpoint</a> . - <code>ShapBaseline</code> and <code>ShapBaselineUri</code> are
   * mutually exclusive parameters. One or the either is required to configure a SHAP baseline.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.ClarifyShapBaselineConfig}.
   */
  public static final class ClarifyShapBaselineConfig extends Struct<ClarifyShapBaselineConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.ClarifyShapBaselineConfig")
        .constrain("MimeType", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*\\/[a-zA-Z0-9](-*[a-zA-Z0-9+.])*").minLength(0).maxLength(255))
        .constrain("ShapBaseline", Constraint.of().pattern("[\\s\\S]+").minLength(1).maxLength(4096))
        .constrain("ShapBaselineUri", Constraint.of().pattern("^(https|s3)://([^/]+)/?(.*)$").minLength(0).maxLength(1024))
        .build();

    public ClarifyShapBaselineConfig() {
      super(SCHEMA);
    }

    /**
     * The MIME type of the baseline data. Choose from <code>'text/csv'</code> or
     * <code>'application/jsonlines'</code> . Defaults to <code>'text/csv'</code> .
     *
     * <p>Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*&#92;/[a-zA-Z0-9](-*[a-zA-Z0-9+.])*}. CloudFormation property
     * {@code MimeType}.
     */
    public ClarifyShapBaselineConfig mimeType(String value) {
      return set("MimeType", Value.of(value));
    }

    /** Sets {@code MimeType} to this value; see {@link #mimeType(String)}. */
    public ClarifyShapBaselineConfig mimeType(Value<String> value) {
      return set("MimeType", value);
    }

    /**
     * The inline SHAP baseline data in string format. <code>ShapBaseline</code> can have one or
     * multiple records to be used as the baseline dataset. The format of the SHAP baseline file
     * should be the same format as the training dataset. For example, if the training dataset is in
     * CSV format and each record contains four features, and all features are numerical, then the
     * format of the baseline data should also share these characteristics. For natural language
     * processing (NLP) of text columns, the baseline value should be the value used to replace the
     * unit of text specified by the <code>Granularity</code> of the <code>TextConfig</code>
     * parameter. The size limit for <code>ShapBasline</code> is 4 KB. Use the
     * <code>ShapBaselineUri</code> parameter if you want to provide more than 4 KB of baseline
     * data.
     *
     * <p>Changing it replaces the resource. Length: 1 to 4096 characters. Pattern: {@code
     * [&#92;s&#92;S]+}. CloudFormation property {@code ShapBaseline}.
     */
    public ClarifyShapBaselineConfig shapBaseline(String value) {
      return set("ShapBaseline", Value.of(value));
    }

    /** Sets {@code ShapBaseline} to this value; see {@link #shapBaseline(String)}. */
    public ClarifyShapBaselineConfig shapBaseline(Value<String> value) {
      return set("ShapBaseline", value);
    }

    /**
     * The uniform resource identifier (URI) of the S3 bucket where the SHAP baseline file is
     * stored. The format of the SHAP baseline file should be the same format as the format of the
     * training dataset. For example, if the training dataset is in CSV format, and each record in
     * the training dataset has four features, and all features are numerical, then the baseline
     * file should also have this same format. Each record should contain only the features. If you
     * are using a virtual private cloud (VPC), the <code>ShapBaselineUri</code> should be
     * accessible to the VPC. For more information about setting up endpoints with Amazon Virtual
     * Private Cloud, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html">Give
     * SageMaker access to Resources in your Amazon Virtual Private Cloud</a> .
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * ^(https|s3)://([^/]+)/?(.*)$}. CloudFormation property {@code ShapBaselineUri}.
     */
    public ClarifyShapBaselineConfig shapBaselineUri(String value) {
      return set("ShapBaselineUri", Value.of(value));
    }

    /** Sets {@code ShapBaselineUri} to this value; see {@link #shapBaselineUri(String)}. */
    public ClarifyShapBaselineConfig shapBaselineUri(Value<String> value) {
      return set("ShapBaselineUri", value);
    }
  }

  /**
   * The configuration for SHAP analysis using SageMaker Clarify Explainer.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.ClarifyShapConfig}.
   */
  public static final class ClarifyShapConfig extends Struct<ClarifyShapConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.ClarifyShapConfig")
        .required("ShapBaselineConfig")
        .constrain("NumberOfSamples", Constraint.of().minimum(1))
        .build();

    public ClarifyShapConfig() {
      super(SCHEMA);
    }

    /**
     * The number of samples to be used for analysis by the Kernal SHAP algorithm.
     *
     * <p>The number of samples determines the size of the synthetic dataset, which has an impact on
     * latency of explainability requests. For more information, see the <em>Synthetic data</em> of
     * <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/clarify-online-explainability-create-endpoint.html">Configure
     * and create an endpoint</a> .
     *
     * <p>Changing it replaces the resource. Range: at least 1. CloudFormation property {@code
     * NumberOfSamples}.
     */
    public ClarifyShapConfig numberOfSamples(int value) {
      return set("NumberOfSamples", Value.of(value));
    }

    /** Sets {@code NumberOfSamples} to this value; see {@link #numberOfSamples(int)}. */
    public ClarifyShapConfig numberOfSamples(Value<Integer> value) {
      return set("NumberOfSamples", value);
    }

    /**
     * The starting value used to initialize the random number generator in the explainer. Provide a
     * value for this parameter to obtain a deterministic SHAP result.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Seed}.
     */
    public ClarifyShapConfig seed(int value) {
      return set("Seed", Value.of(value));
    }

    /** Sets {@code Seed} to this value; see {@link #seed(int)}. */
    public ClarifyShapConfig seed(Value<Integer> value) {
      return set("Seed", value);
    }

    /**
     * The configuration for the SHAP baseline of the Kernal SHAP algorithm.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * ShapBaselineConfig}.
     */
    public ClarifyShapConfig shapBaselineConfig(Value<ClarifyShapBaselineConfig> value) {
      return set("ShapBaselineConfig", value);
    }

    /**
     * A parameter that indicates if text features are treated as text and explanations are provided
     * for individual units of text. Required for natural language processing (NLP) explainability
     * only.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TextConfig}.
     */
    public ClarifyShapConfig textConfig(Value<ClarifyTextConfig> value) {
      return set("TextConfig", value);
    }

    /**
     * A Boolean toggle to indicate if you want to use the logit function (true) or log-odds units
     * (false) for model predictions. Defaults to false.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code UseLogit}.
     */
    public ClarifyShapConfig useLogit(boolean value) {
      return set("UseLogit", Value.of(value));
    }

    /** Sets {@code UseLogit} to this value; see {@link #useLogit(boolean)}. */
    public ClarifyShapConfig useLogit(Value<Boolean> value) {
      return set("UseLogit", value);
    }
  }

  /**
   * A parameter used to configure the SageMaker Clarify explainer to treat text features as text so
   * that explanations are provided for individual units of text. Required only for natural language
   * processing (NLP) explainability.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.ClarifyTextConfig}.
   */
  public static final class ClarifyTextConfig extends Struct<ClarifyTextConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.ClarifyTextConfig")
        .required("Granularity", "Language")
        .constrain("Granularity", Constraint.of().pattern("token|sentence|paragraph"))
        .constrain("Language", Constraint.of().pattern("af|sq|ar|hy|eu|bn|bg|ca|zh|hr|cs|da|nl|en|et|fi|fr|de|el|gu|he|hi|hu|is|id|ga|it|kn|ky|lv|lt|lb|mk|ml|mr|ne|nb|fa|pl|pt|ro|ru|sa|sr|tn|si|sk|sl|es|sv|tl|ta|tt|te|tr|uk|ur|yo|lij|xx"))
        .build();

    public ClarifyTextConfig() {
      super(SCHEMA);
    }

    /**
     * The unit of granularity for the analysis of text features. For example, if the unit is
     * <code>'token'</code> , then each token (like a word in English) of the text is treated as a
     * feature. SHAP values are computed for each unit/feature.
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code token|sentence|paragraph}.
     * CloudFormation property {@code Granularity}.
     */
    public ClarifyTextConfig granularity(String value) {
      return set("Granularity", Value.of(value));
    }

    /** Sets {@code Granularity} to this value; see {@link #granularity(String)}. */
    public ClarifyTextConfig granularity(Value<String> value) {
      return set("Granularity", value);
    }

    /**
     * Specifies the language of the text features in [ISO 639-1](https://docs.aws.amazon.com/
     * https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) or <a
     * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/ISO_639-3">ISO 639-3</a> code
     * of a supported language.
     *
     * <p>For a mix of multiple languages, use code <code>'xx'</code> .
     *
     * <p>Required. Changing it replaces the resource. Pattern: {@code
     * af|sq|ar|hy|eu|bn|bg|ca|zh|hr|cs|da|nl|en|et|fi|fr|de|el|gu|he|hi|hu|is|id|ga|it|kn|ky|lv|lt|lb|mk|ml|mr|ne|nb|fa|pl|pt|ro|ru|sa|sr|tn|si|sk|sl|es|sv|tl|ta|tt|te|tr|uk|ur|yo|lij|xx}.
     * CloudFormation property {@code Language}.
     */
    public ClarifyTextConfig language(String value) {
      return set("Language", Value.of(value));
    }

    /** Sets {@code Language} to this value; see {@link #language(String)}. */
    public ClarifyTextConfig language(Value<String> value) {
      return set("Language", value);
    }
  }

  /**
   * Specifies where SageMaker writes core dumps from the model container when the process crashes,
   * and how it encrypts them.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.CoreDumpConfig}.
   */
  public static final class CoreDumpConfig extends Struct<CoreDumpConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.CoreDumpConfig")
        .required("DestinationS3Uri")
        .constrain("DestinationS3Uri", Constraint.of().pattern("^(https|s3)://([^/])/?(.*)$").minLength(0).maxLength(512))
        .build();

    public CoreDumpConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket to send the core dump to.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code ^(https|s3)://([^/])/?(.*)$}.
     * CloudFormation property {@code DestinationS3Uri}.
     */
    public CoreDumpConfig destinationS3Uri(String value) {
      return set("DestinationS3Uri", Value.of(value));
    }

    /** Sets {@code DestinationS3Uri} to this value; see {@link #destinationS3Uri(String)}. */
    public CoreDumpConfig destinationS3Uri(Value<String> value) {
      return set("DestinationS3Uri", value);
    }

    /**
     * The AWS Key Management Service (AWS KMS) key that SageMaker uses to encrypt the core dump
     * data at rest using Amazon S3 server-side encryption. If you use a KMS key ID or an alias of
     * your KMS key, the SageMaker execution role must include permissions to call kms:Encrypt.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public CoreDumpConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public CoreDumpConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }

  /**
   * Specifies the configuration of your endpoint for model monitor data capture.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.DataCaptureConfig}.
   */
  public static final class DataCaptureConfig extends Struct<DataCaptureConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.DataCaptureConfig")
        .required("CaptureOptions", "DestinationS3Uri", "InitialSamplingPercentage")
        .constrain("DestinationS3Uri", Constraint.of().pattern("^(https|s3)://([^/])/?(.*)$").minLength(0).maxLength(512))
        .constrain("InitialSamplingPercentage", Constraint.of().minimum(0).maximum(100))
        .build();

    public DataCaptureConfig() {
      super(SCHEMA);
    }

    /**
     * A list of the JSON and CSV content type that the endpoint captures.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * CaptureContentTypeHeader}.
     */
    public DataCaptureConfig captureContentTypeHeader(Value<CaptureContentTypeHeader> value) {
      return set("CaptureContentTypeHeader", value);
    }

    /**
     * Specifies whether the endpoint captures input data to your model, output data from your
     * model, or both.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * CaptureOptions}.
     */
    public DataCaptureConfig captureOptions(List<CaptureOption> value) {
      return set("CaptureOptions", Value.listOf(value));
    }

    /** Sets {@code CaptureOptions} to this value; see {@link #captureOptions(List)}. */
    public DataCaptureConfig captureOptions(Value<List<CaptureOption>> value) {
      return set("CaptureOptions", value);
    }

    /** Sets {@code CaptureOptions} to a list of these; see {@link #captureOptions(List)}. */
    public DataCaptureConfig captureOptions(CaptureOption... values) {
      return set("CaptureOptions", Value.list(values));
    }

    /**
     * The S3 bucket where model monitor stores captured data.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 512 characters. Pattern: {@code
     * ^(https|s3)://([^/])/?(.*)$}. CloudFormation property {@code DestinationS3Uri}.
     */
    public DataCaptureConfig destinationS3Uri(String value) {
      return set("DestinationS3Uri", Value.of(value));
    }

    /** Sets {@code DestinationS3Uri} to this value; see {@link #destinationS3Uri(String)}. */
    public DataCaptureConfig destinationS3Uri(Value<String> value) {
      return set("DestinationS3Uri", value);
    }

    /**
     * Set to <code>True</code> to enable data capture.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EnableCapture}.
     */
    public DataCaptureConfig enableCapture(boolean value) {
      return set("EnableCapture", Value.of(value));
    }

    /** Sets {@code EnableCapture} to this value; see {@link #enableCapture(boolean)}. */
    public DataCaptureConfig enableCapture(Value<Boolean> value) {
      return set("EnableCapture", value);
    }

    /**
     * The percentage of data to capture.
     *
     * <p>Required. Changing it replaces the resource. Range: 0 to 100. CloudFormation property
     * {@code InitialSamplingPercentage}.
     */
    public DataCaptureConfig initialSamplingPercentage(int value) {
      return set("InitialSamplingPercentage", Value.of(value));
    }

    /**
     * Sets {@code InitialSamplingPercentage} to this value; see {@link
     * #initialSamplingPercentage(int)}.
     */
    public DataCaptureConfig initialSamplingPercentage(Value<Integer> value) {
      return set("InitialSamplingPercentage", value);
    }

    /**
     * The AWS Key Management Service ( AWS KMS) key that Amazon SageMaker uses to encrypt the
     * captured data at rest using Amazon S3 server-side encryption. The KmsKeyId can be any of the
     * following formats: Key ID: 1234abcd-12ab-34cd-56ef-1234567890ab Key ARN:
     * arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab Alias name:
     * alias/ExampleAlias Alias name ARN: arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias If
     * you don't provide a KMS key ID, Amazon SageMaker uses the default KMS key for Amazon S3 for
     * your role's account. For more information, see KMS-Managed Encryption Keys
     * (https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingKMSEncryption.html) in the Amazon
     * Simple Storage Service Developer Guide. The KMS key policy must grant permission to the IAM
     * role that you specify in your CreateModel
     * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html) request. For
     * more information, see Using Key Policies in AWS KMS
     * (http://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html) in the AWS Key
     * Management Service Developer Guide.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public DataCaptureConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public DataCaptureConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }

  /**
   * A parameter to activate explainers.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.ExplainerConfig}.
   */
  public static final class ExplainerConfig extends Struct<ExplainerConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::EndpointConfig.ExplainerConfig");

    public ExplainerConfig() {
      super(SCHEMA);
    }

    /**
     * A member of <code>ExplainerConfig</code> that contains configuration parameters for the
     * SageMaker Clarify explainer.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ClarifyExplainerConfig}.
     */
    public ExplainerConfig clarifyExplainerConfig(Value<ClarifyExplainerConfig> value) {
      return set("ClarifyExplainerConfig", value);
    }
  }

  /**
   * Specifies an instance type and its priority for a heterogeneous endpoint. Use instance pools to
   * configure a production variant with multiple instance types, enabling the endpoint to provision
   * instances across different types based on priority.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.InstancePool}.
   */
  public static final class InstancePool extends Struct<InstancePool> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.InstancePool")
        .required("InstanceType", "Priority")
        .allowed("InstanceType", "ml.c4.2xlarge", "ml.c4.4xlarge", "ml.c4.8xlarge", "ml.c4.large",
            "ml.c4.xlarge", "ml.c5.18xlarge", "ml.c5.2xlarge", "ml.c5.4xlarge", "ml.c5.9xlarge",
            "ml.c5.large", "ml.c5.xlarge", "ml.c5d.18xlarge", "ml.c5d.2xlarge", "ml.c5d.4xlarge",
            "ml.c5d.9xlarge", "ml.c5d.large", "ml.c5d.xlarge", "ml.c6g.12xlarge", "ml.c6g.16xlarge",
            "ml.c6g.2xlarge", "ml.c6g.4xlarge", "ml.c6g.8xlarge", "ml.c6g.large", "ml.c6g.xlarge",
            "ml.c6gd.12xlarge", "ml.c6gd.16xlarge", "ml.c6gd.2xlarge", "ml.c6gd.4xlarge",
            "ml.c6gd.8xlarge", "ml.c6gd.large", "ml.c6gd.xlarge", "ml.c6gn.12xlarge",
            "ml.c6gn.16xlarge", "ml.c6gn.2xlarge", "ml.c6gn.4xlarge", "ml.c6gn.8xlarge",
            "ml.c6gn.large", "ml.c6gn.xlarge", "ml.c6i.12xlarge", "ml.c6i.16xlarge",
            "ml.c6i.24xlarge", "ml.c6i.2xlarge", "ml.c6i.32xlarge", "ml.c6i.4xlarge",
            "ml.c6i.8xlarge", "ml.c6i.large", "ml.c6i.xlarge", "ml.c6in.12xlarge",
            "ml.c6in.16xlarge", "ml.c6in.24xlarge", "ml.c6in.2xlarge", "ml.c6in.32xlarge",
            "ml.c6in.4xlarge", "ml.c6in.8xlarge", "ml.c6in.large", "ml.c6in.xlarge",
            "ml.c7g.12xlarge", "ml.c7g.16xlarge", "ml.c7g.2xlarge", "ml.c7g.4xlarge",
            "ml.c7g.8xlarge", "ml.c7g.large", "ml.c7g.xlarge", "ml.c7i.12xlarge", "ml.c7i.16xlarge",
            "ml.c7i.24xlarge", "ml.c7i.2xlarge", "ml.c7i.48xlarge", "ml.c7i.4xlarge",
            "ml.c7i.8xlarge", "ml.c7i.large", "ml.c7i.xlarge", "ml.c8g.12xlarge", "ml.c8g.16xlarge",
            "ml.c8g.24xlarge", "ml.c8g.2xlarge", "ml.c8g.48xlarge", "ml.c8g.4xlarge",
            "ml.c8g.8xlarge", "ml.c8g.large", "ml.c8g.medium", "ml.c8g.xlarge", "ml.dl1.24xlarge",
            "ml.g4dn.12xlarge", "ml.g4dn.16xlarge", "ml.g4dn.2xlarge", "ml.g4dn.4xlarge",
            "ml.g4dn.8xlarge", "ml.g4dn.xlarge", "ml.g5.12xlarge", "ml.g5.16xlarge",
            "ml.g5.24xlarge", "ml.g5.2xlarge", "ml.g5.48xlarge", "ml.g5.4xlarge", "ml.g5.8xlarge",
            "ml.g5.xlarge", "ml.g6.12xlarge", "ml.g6.16xlarge", "ml.g6.24xlarge", "ml.g6.2xlarge",
            "ml.g6.48xlarge", "ml.g6.4xlarge", "ml.g6.8xlarge", "ml.g6.xlarge", "ml.g6e.12xlarge",
            "ml.g6e.16xlarge", "ml.g6e.24xlarge", "ml.g6e.2xlarge", "ml.g6e.48xlarge",
            "ml.g6e.4xlarge", "ml.g6e.8xlarge", "ml.g6e.xlarge", "ml.g7.12xlarge", "ml.g7.24xlarge",
            "ml.g7.2xlarge", "ml.g7.48xlarge", "ml.g7.4xlarge", "ml.g7.8xlarge", "ml.g7e.12xlarge",
            "ml.g7e.24xlarge", "ml.g7e.2xlarge", "ml.g7e.48xlarge", "ml.g7e.4xlarge",
            "ml.g7e.8xlarge", "ml.inf1.24xlarge", "ml.inf1.2xlarge", "ml.inf1.6xlarge",
            "ml.inf1.xlarge", "ml.inf2.24xlarge", "ml.inf2.48xlarge", "ml.inf2.8xlarge",
            "ml.inf2.xlarge", "ml.m4.10xlarge", "ml.m4.16xlarge", "ml.m4.2xlarge", "ml.m4.4xlarge",
            "ml.m4.xlarge", "ml.m5.12xlarge", "ml.m5.24xlarge", "ml.m5.2xlarge", "ml.m5.4xlarge",
            "ml.m5.large", "ml.m5.xlarge", "ml.m5d.12xlarge", "ml.m5d.24xlarge", "ml.m5d.2xlarge",
            "ml.m5d.4xlarge", "ml.m5d.large", "ml.m5d.xlarge", "ml.m6g.12xlarge", "ml.m6g.16xlarge",
            "ml.m6g.2xlarge", "ml.m6g.4xlarge", "ml.m6g.8xlarge", "ml.m6g.large", "ml.m6g.xlarge",
            "ml.m6gd.12xlarge", "ml.m6gd.16xlarge", "ml.m6gd.2xlarge", "ml.m6gd.4xlarge",
            "ml.m6gd.8xlarge", "ml.m6gd.large", "ml.m6gd.xlarge", "ml.m6i.12xlarge",
            "ml.m6i.16xlarge", "ml.m6i.24xlarge", "ml.m6i.2xlarge", "ml.m6i.32xlarge",
            "ml.m6i.4xlarge", "ml.m6i.8xlarge", "ml.m6i.large", "ml.m6i.xlarge", "ml.m7i.12xlarge",
            "ml.m7i.16xlarge", "ml.m7i.24xlarge", "ml.m7i.2xlarge", "ml.m7i.48xlarge",
            "ml.m7i.4xlarge", "ml.m7i.8xlarge", "ml.m7i.large", "ml.m7i.xlarge", "ml.m8g.12xlarge",
            "ml.m8g.16xlarge", "ml.m8g.24xlarge", "ml.m8g.2xlarge", "ml.m8g.48xlarge",
            "ml.m8g.4xlarge", "ml.m8g.8xlarge", "ml.m8g.large", "ml.m8g.medium", "ml.m8g.xlarge",
            "ml.p2.16xlarge", "ml.p2.8xlarge", "ml.p2.xlarge", "ml.p3.16xlarge", "ml.p3.2xlarge",
            "ml.p3.8xlarge", "ml.p4d.24xlarge", "ml.p4de.24xlarge", "ml.p5.48xlarge",
            "ml.p5.4xlarge", "ml.p5e.48xlarge", "ml.p5en.48xlarge", "ml.p6-b200.48xlarge",
            "ml.p6-b300.48xlarge", "ml.p6e-gb200.36xlarge", "ml.r5.12xlarge", "ml.r5.24xlarge",
            "ml.r5.2xlarge", "ml.r5.4xlarge", "ml.r5.large", "ml.r5.xlarge", "ml.r5d.12xlarge",
            "ml.r5d.24xlarge", "ml.r5d.2xlarge", "ml.r5d.4xlarge", "ml.r5d.large", "ml.r5d.xlarge",
            "ml.r6g.12xlarge", "ml.r6g.16xlarge", "ml.r6g.2xlarge", "ml.r6g.4xlarge",
            "ml.r6g.8xlarge", "ml.r6g.large", "ml.r6g.xlarge", "ml.r6gd.12xlarge",
            "ml.r6gd.16xlarge", "ml.r6gd.2xlarge", "ml.r6gd.4xlarge", "ml.r6gd.8xlarge",
            "ml.r6gd.large", "ml.r6gd.xlarge", "ml.r6i.12xlarge", "ml.r6i.16xlarge",
            "ml.r6i.24xlarge", "ml.r6i.2xlarge", "ml.r6i.32xlarge", "ml.r6i.4xlarge",
            "ml.r6i.8xlarge", "ml.r6i.large", "ml.r6i.xlarge", "ml.r7gd.12xlarge",
            "ml.r7gd.16xlarge", "ml.r7gd.2xlarge", "ml.r7gd.4xlarge", "ml.r7gd.8xlarge",
            "ml.r7gd.large", "ml.r7gd.medium", "ml.r7gd.xlarge", "ml.r7i.12xlarge",
            "ml.r7i.16xlarge", "ml.r7i.24xlarge", "ml.r7i.2xlarge", "ml.r7i.48xlarge",
            "ml.r7i.4xlarge", "ml.r7i.8xlarge", "ml.r7i.large", "ml.r7i.xlarge", "ml.r8g.12xlarge",
            "ml.r8g.16xlarge", "ml.r8g.24xlarge", "ml.r8g.2xlarge", "ml.r8g.48xlarge",
            "ml.r8g.4xlarge", "ml.r8g.8xlarge", "ml.r8g.large", "ml.r8g.medium", "ml.r8g.xlarge",
            "ml.t2.2xlarge", "ml.t2.large", "ml.t2.medium", "ml.t2.xlarge", "ml.trn1.2xlarge",
            "ml.trn1.32xlarge", "ml.trn1n.32xlarge", "ml.trn2.48xlarge")
        .constrain("ModelNameOverride", Constraint.of().pattern("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?$").minLength(0).maxLength(63))
        .constrain("Priority", Constraint.of().minimum(1).maximum(5))
        .build();

    public InstancePool() {
      super(SCHEMA);
    }

    /**
     * The ML compute instance type for the instance pool.
     *
     * <p>Required. Allowed values: {@code ml.c4.2xlarge}, {@code ml.c4.4xlarge}, {@code
     * ml.c4.8xlarge}, {@code ml.c4.large}, {@code ml.c4.xlarge}, {@code ml.c5.18xlarge}, {@code
     * ml.c5.2xlarge}, {@code ml.c5.4xlarge}, {@code ml.c5.9xlarge}, {@code ml.c5.large}, {@code
     * ml.c5.xlarge}, {@code ml.c5d.18xlarge}, {@code ml.c5d.2xlarge}, {@code ml.c5d.4xlarge},
     * {@code ml.c5d.9xlarge}, {@code ml.c5d.large}, {@code ml.c5d.xlarge}, {@code ml.c6g.12xlarge},
     * {@code ml.c6g.16xlarge}, {@code ml.c6g.2xlarge}, {@code ml.c6g.4xlarge}, {@code
     * ml.c6g.8xlarge}, {@code ml.c6g.large}, {@code ml.c6g.xlarge}, {@code ml.c6gd.12xlarge},
     * {@code ml.c6gd.16xlarge}, {@code ml.c6gd.2xlarge}, {@code ml.c6gd.4xlarge}, {@code
     * ml.c6gd.8xlarge}, {@code ml.c6gd.large}, {@code ml.c6gd.xlarge}, {@code ml.c6gn.12xlarge},
     * {@code ml.c6gn.16xlarge}, {@code ml.c6gn.2xlarge}, {@code ml.c6gn.4xlarge}, {@code
     * ml.c6gn.8xlarge}, {@code ml.c6gn.large}, {@code ml.c6gn.xlarge}, {@code ml.c6i.12xlarge},
     * {@code ml.c6i.16xlarge}, {@code ml.c6i.24xlarge}, {@code ml.c6i.2xlarge}, {@code
     * ml.c6i.32xlarge}, {@code ml.c6i.4xlarge}, {@code ml.c6i.8xlarge}, {@code ml.c6i.large},
     * {@code ml.c6i.xlarge}, {@code ml.c6in.12xlarge}, {@code ml.c6in.16xlarge}, {@code
     * ml.c6in.24xlarge}, {@code ml.c6in.2xlarge}, {@code ml.c6in.32xlarge}, {@code
     * ml.c6in.4xlarge}, {@code ml.c6in.8xlarge}, {@code ml.c6in.large}, {@code ml.c6in.xlarge},
     * {@code ml.c7g.12xlarge}, {@code ml.c7g.16xlarge}, {@code ml.c7g.2xlarge}, {@code
     * ml.c7g.4xlarge}, {@code ml.c7g.8xlarge}, {@code ml.c7g.large}, {@code ml.c7g.xlarge}, {@code
     * ml.c7i.12xlarge}, {@code ml.c7i.16xlarge}, {@code ml.c7i.24xlarge}, {@code ml.c7i.2xlarge},
     * {@code ml.c7i.48xlarge}, {@code ml.c7i.4xlarge}, {@code ml.c7i.8xlarge}, {@code
     * ml.c7i.large}, {@code ml.c7i.xlarge}, {@code ml.c8g.12xlarge}, {@code ml.c8g.16xlarge},
     * {@code ml.c8g.24xlarge}, {@code ml.c8g.2xlarge}, {@code ml.c8g.48xlarge}, {@code
     * ml.c8g.4xlarge}, {@code ml.c8g.8xlarge}, {@code ml.c8g.large}, {@code ml.c8g.medium}, {@code
     * ml.c8g.xlarge}, {@code ml.dl1.24xlarge}, {@code ml.g4dn.12xlarge}, {@code ml.g4dn.16xlarge},
     * {@code ml.g4dn.2xlarge}, {@code ml.g4dn.4xlarge}, {@code ml.g4dn.8xlarge}, {@code
     * ml.g4dn.xlarge}, {@code ml.g5.12xlarge}, {@code ml.g5.16xlarge}, {@code ml.g5.24xlarge},
     * {@code ml.g5.2xlarge}, {@code ml.g5.48xlarge}, {@code ml.g5.4xlarge}, {@code ml.g5.8xlarge},
     * {@code ml.g5.xlarge}, {@code ml.g6.12xlarge}, {@code ml.g6.16xlarge}, {@code ml.g6.24xlarge},
     * {@code ml.g6.2xlarge}, {@code ml.g6.48xlarge}, {@code ml.g6.4xlarge}, {@code ml.g6.8xlarge},
     * {@code ml.g6.xlarge}, {@code ml.g6e.12xlarge}, {@code ml.g6e.16xlarge}, {@code
     * ml.g6e.24xlarge}, {@code ml.g6e.2xlarge}, {@code ml.g6e.48xlarge}, {@code ml.g6e.4xlarge},
     * {@code ml.g6e.8xlarge}, {@code ml.g6e.xlarge}, {@code ml.g7.12xlarge}, {@code
     * ml.g7.24xlarge}, {@code ml.g7.2xlarge}, {@code ml.g7.48xlarge}, {@code ml.g7.4xlarge}, {@code
     * ml.g7.8xlarge}, {@code ml.g7e.12xlarge}, {@code ml.g7e.24xlarge}, {@code ml.g7e.2xlarge},
     * {@code ml.g7e.48xlarge}, {@code ml.g7e.4xlarge}, {@code ml.g7e.8xlarge}, {@code
     * ml.inf1.24xlarge}, {@code ml.inf1.2xlarge}, {@code ml.inf1.6xlarge}, {@code ml.inf1.xlarge},
     * {@code ml.inf2.24xlarge}, {@code ml.inf2.48xlarge}, {@code ml.inf2.8xlarge}, {@code
     * ml.inf2.xlarge}, {@code ml.m4.10xlarge}, {@code ml.m4.16xlarge}, {@code ml.m4.2xlarge},
     * {@code ml.m4.4xlarge}, {@code ml.m4.xlarge}, {@code ml.m5.12xlarge}, {@code ml.m5.24xlarge},
     * {@code ml.m5.2xlarge}, {@code ml.m5.4xlarge}, {@code ml.m5.large}, {@code ml.m5.xlarge},
     * {@code ml.m5d.12xlarge}, {@code ml.m5d.24xlarge}, {@code ml.m5d.2xlarge}, {@code
     * ml.m5d.4xlarge}, {@code ml.m5d.large}, {@code ml.m5d.xlarge}, {@code ml.m6g.12xlarge}, {@code
     * ml.m6g.16xlarge}, {@code ml.m6g.2xlarge}, {@code ml.m6g.4xlarge}, {@code ml.m6g.8xlarge},
     * {@code ml.m6g.large}, {@code ml.m6g.xlarge}, {@code ml.m6gd.12xlarge}, {@code
     * ml.m6gd.16xlarge}, {@code ml.m6gd.2xlarge}, {@code ml.m6gd.4xlarge}, {@code ml.m6gd.8xlarge},
     * {@code ml.m6gd.large}, {@code ml.m6gd.xlarge}, {@code ml.m6i.12xlarge}, {@code
     * ml.m6i.16xlarge}, {@code ml.m6i.24xlarge}, {@code ml.m6i.2xlarge}, {@code ml.m6i.32xlarge},
     * {@code ml.m6i.4xlarge}, {@code ml.m6i.8xlarge}, {@code ml.m6i.large}, {@code ml.m6i.xlarge},
     * {@code ml.m7i.12xlarge}, {@code ml.m7i.16xlarge}, {@code ml.m7i.24xlarge}, {@code
     * ml.m7i.2xlarge}, {@code ml.m7i.48xlarge}, {@code ml.m7i.4xlarge}, {@code ml.m7i.8xlarge},
     * {@code ml.m7i.large}, {@code ml.m7i.xlarge}, {@code ml.m8g.12xlarge}, {@code
     * ml.m8g.16xlarge}, {@code ml.m8g.24xlarge}, {@code ml.m8g.2xlarge}, {@code ml.m8g.48xlarge},
     * {@code ml.m8g.4xlarge}, {@code ml.m8g.8xlarge}, {@code ml.m8g.large}, {@code ml.m8g.medium},
     * {@code ml.m8g.xlarge}, {@code ml.p2.16xlarge}, {@code ml.p2.8xlarge}, {@code ml.p2.xlarge},
     * {@code ml.p3.16xlarge}, {@code ml.p3.2xlarge}, {@code ml.p3.8xlarge}, {@code
     * ml.p4d.24xlarge}, {@code ml.p4de.24xlarge}, {@code ml.p5.48xlarge}, {@code ml.p5.4xlarge},
     * {@code ml.p5e.48xlarge}, {@code ml.p5en.48xlarge}, {@code ml.p6-b200.48xlarge}, {@code
     * ml.p6-b300.48xlarge}, {@code ml.p6e-gb200.36xlarge}, {@code ml.r5.12xlarge}, {@code
     * ml.r5.24xlarge}, {@code ml.r5.2xlarge}, {@code ml.r5.4xlarge}, {@code ml.r5.large}, {@code
     * ml.r5.xlarge}, {@code ml.r5d.12xlarge}, {@code ml.r5d.24xlarge}, {@code ml.r5d.2xlarge},
     * {@code ml.r5d.4xlarge}, {@code ml.r5d.large}, {@code ml.r5d.xlarge}, {@code ml.r6g.12xlarge},
     * {@code ml.r6g.16xlarge}, {@code ml.r6g.2xlarge}, {@code ml.r6g.4xlarge}, {@code
     * ml.r6g.8xlarge}, {@code ml.r6g.large}, {@code ml.r6g.xlarge}, {@code ml.r6gd.12xlarge},
     * {@code ml.r6gd.16xlarge}, {@code ml.r6gd.2xlarge}, {@code ml.r6gd.4xlarge}, {@code
     * ml.r6gd.8xlarge}, {@code ml.r6gd.large}, {@code ml.r6gd.xlarge}, {@code ml.r6i.12xlarge},
     * {@code ml.r6i.16xlarge}, {@code ml.r6i.24xlarge}, {@code ml.r6i.2xlarge}, {@code
     * ml.r6i.32xlarge}, {@code ml.r6i.4xlarge}, {@code ml.r6i.8xlarge}, {@code ml.r6i.large},
     * {@code ml.r6i.xlarge}, {@code ml.r7gd.12xlarge}, {@code ml.r7gd.16xlarge}, {@code
     * ml.r7gd.2xlarge}, {@code ml.r7gd.4xlarge}, {@code ml.r7gd.8xlarge}, {@code ml.r7gd.large},
     * {@code ml.r7gd.medium}, {@code ml.r7gd.xlarge}, {@code ml.r7i.12xlarge}, {@code
     * ml.r7i.16xlarge}, {@code ml.r7i.24xlarge}, {@code ml.r7i.2xlarge}, {@code ml.r7i.48xlarge},
     * {@code ml.r7i.4xlarge}, {@code ml.r7i.8xlarge}, {@code ml.r7i.large}, {@code ml.r7i.xlarge},
     * {@code ml.r8g.12xlarge}, {@code ml.r8g.16xlarge}, {@code ml.r8g.24xlarge}, {@code
     * ml.r8g.2xlarge}, {@code ml.r8g.48xlarge}, {@code ml.r8g.4xlarge}, {@code ml.r8g.8xlarge},
     * {@code ml.r8g.large}, {@code ml.r8g.medium}, {@code ml.r8g.xlarge}, {@code ml.t2.2xlarge},
     * {@code ml.t2.large}, {@code ml.t2.medium}, {@code ml.t2.xlarge}, {@code ml.trn1.2xlarge},
     * {@code ml.trn1.32xlarge}, {@code ml.trn1n.32xlarge}, {@code ml.trn2.48xlarge}. CloudFormation
     * property {@code InstanceType}.
     */
    public InstancePool instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public InstancePool instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The name of a SageMaker model to use for this instance pool instead of the model specified
     * for the production variant. Use this to deploy a different model optimized for the instance
     * type in this pool.
     *
     * <p>Length: 0 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9]([&#92;-a-zA-Z0-9]*[a-zA-Z0-9])?$}. CloudFormation property {@code
     * ModelNameOverride}.
     */
    public InstancePool modelNameOverride(String value) {
      return set("ModelNameOverride", Value.of(value));
    }

    /** Sets {@code ModelNameOverride} to this value; see {@link #modelNameOverride(String)}. */
    public InstancePool modelNameOverride(Value<String> value) {
      return set("ModelNameOverride", value);
    }

    /**
     * The priority for the instance pool. SageMaker attempts to provision instances in order of
     * priority, starting with the lowest value. If instances for a higher-priority pool are
     * unavailable, SageMaker attempts to provision from the next pool. Valid values: 1 to 5, where
     * 1 is the highest priority.
     *
     * <p>Required. Range: 1 to 5. CloudFormation property {@code Priority}.
     */
    public InstancePool priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public InstancePool priority(Value<Integer> value) {
      return set("Priority", value);
    }
  }

  /**
   * Settings that control the range in the number of instances that the endpoint provisions as it
   * scales up or down to accommodate traffic.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.ManagedInstanceScaling}.
   */
  public static final class ManagedInstanceScaling extends Struct<ManagedInstanceScaling> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.ManagedInstanceScaling")
        .constrain("MaxInstanceCount", Constraint.of().minimum(1))
        .constrain("MinInstanceCount", Constraint.of().minimum(0))
        .allowed("Status", "DISABLED", "ENABLED")
        .constrain("Status", Constraint.of().minLength(1).maxLength(10))
        .build();

    public ManagedInstanceScaling() {
      super(SCHEMA);
    }

    /**
     * The maximum number of instances that the endpoint can provision when it scales up to
     * accommodate an increase in traffic.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxInstanceCount}.
     */
    public ManagedInstanceScaling maxInstanceCount(int value) {
      return set("MaxInstanceCount", Value.of(value));
    }

    /** Sets {@code MaxInstanceCount} to this value; see {@link #maxInstanceCount(int)}. */
    public ManagedInstanceScaling maxInstanceCount(Value<Integer> value) {
      return set("MaxInstanceCount", value);
    }

    /**
     * The minimum number of instances that the endpoint must retain when it scales down to
     * accommodate a decrease in traffic.
     *
     * <p>Range: at least 0. CloudFormation property {@code MinInstanceCount}.
     */
    public ManagedInstanceScaling minInstanceCount(int value) {
      return set("MinInstanceCount", Value.of(value));
    }

    /** Sets {@code MinInstanceCount} to this value; see {@link #minInstanceCount(int)}. */
    public ManagedInstanceScaling minInstanceCount(Value<Integer> value) {
      return set("MinInstanceCount", value);
    }

    /**
     * Specifies how the endpoint releases instances when managed instance scaling scales in.
     *
     * <p>CloudFormation property {@code ScaleInPolicy}.
     */
    public ManagedInstanceScaling scaleInPolicy(Value<ScaleInPolicy> value) {
      return set("ScaleInPolicy", value);
    }

    /**
     * Indicates whether managed instance scaling is enabled.
     *
     * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. Length: 1 to 10 characters.
     * CloudFormation property {@code Status}.
     */
    public ManagedInstanceScaling status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ManagedInstanceScaling status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Specifies the metrics that the endpoint publishes to Amazon CloudWatch, the frequency of
   * publication, and whether to enable enhanced or detailed observability metrics.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.MetricsConfig}.
   */
  public static final class MetricsConfig extends Struct<MetricsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.MetricsConfig")
        .allowed("MetricPublishFrequencyInSeconds", "10", "30", "60", "120", "180", "240", "300")
        .build();

    public MetricsConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to enable detailed observability for the endpoint. When set to true, the
     * endpoint publishes container-level inference metrics, per-GPU metrics, per-instance host
     * metrics, and inference component placement metrics.
     *
     * <p>CloudFormation property {@code EnableDetailedObservability}.
     */
    public MetricsConfig enableDetailedObservability(boolean value) {
      return set("EnableDetailedObservability", Value.of(value));
    }

    /**
     * Sets {@code EnableDetailedObservability} to this value; see {@link
     * #enableDetailedObservability(boolean)}.
     */
    public MetricsConfig enableDetailedObservability(Value<Boolean> value) {
      return set("EnableDetailedObservability", value);
    }

    /**
     * Specifies whether to enable enhanced metrics for the endpoint. Enhanced metrics provide
     * utilization and invocation data at instance and container granularity.
     *
     * <p>CloudFormation property {@code EnableEnhancedMetrics}.
     */
    public MetricsConfig enableEnhancedMetrics(boolean value) {
      return set("EnableEnhancedMetrics", Value.of(value));
    }

    /**
     * Sets {@code EnableEnhancedMetrics} to this value; see {@link
     * #enableEnhancedMetrics(boolean)}.
     */
    public MetricsConfig enableEnhancedMetrics(Value<Boolean> value) {
      return set("EnableEnhancedMetrics", value);
    }

    /**
     * The interval, in seconds, at which the endpoint publishes metrics to Amazon CloudWatch. Valid
     * values are 10, 30, 60, 120, 180, 240, and 300. The default is 60.
     *
     * <p>Allowed values: {@code 10}, {@code 30}, {@code 60}, {@code 120}, {@code 180}, {@code 240},
     * {@code 300}. CloudFormation property {@code MetricPublishFrequencyInSeconds}.
     */
    public MetricsConfig metricPublishFrequencyInSeconds(int value) {
      return set("MetricPublishFrequencyInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MetricPublishFrequencyInSeconds} to this value; see {@link
     * #metricPublishFrequencyInSeconds(int)}.
     */
    public MetricsConfig metricPublishFrequencyInSeconds(Value<Integer> value) {
      return set("MetricPublishFrequencyInSeconds", value);
    }
  }

  /**
   * The configuration for prefix-aware routing on a SageMaker real-time inference endpoint. Specify
   * PrefixLength and ConcurrencyThreshold to control routing behavior.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.PrefixAwareRoutingConfig}.
   */
  public static final class PrefixAwareRoutingConfig extends Struct<PrefixAwareRoutingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.PrefixAwareRoutingConfig")
        .constrain("ConcurrencyThreshold", Constraint.of().minimum(1).maximum(1024))
        .constrain("PrefixLength", Constraint.of().minimum(1024).maximum(65536))
        .build();

    public PrefixAwareRoutingConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of in-flight requests on the target instance before the endpoint routes to
     * another instance. Required when RoutingStrategy is PREFIX_AWARE. Valid values are 1 to 1024.
     *
     * <p>Range: 1 to 1024. CloudFormation property {@code ConcurrencyThreshold}.
     */
    public PrefixAwareRoutingConfig concurrencyThreshold(int value) {
      return set("ConcurrencyThreshold", Value.of(value));
    }

    /** Sets {@code ConcurrencyThreshold} to this value; see {@link #concurrencyThreshold(int)}. */
    public PrefixAwareRoutingConfig concurrencyThreshold(Value<Integer> value) {
      return set("ConcurrencyThreshold", value);
    }

    /**
     * The maximum length of the prefix used for routing decisions. Required when RoutingStrategy is
     * PREFIX_AWARE. Valid values are 1024 to 65536.
     *
     * <p>Range: 1024 to 65536. CloudFormation property {@code PrefixLength}.
     */
    public PrefixAwareRoutingConfig prefixLength(int value) {
      return set("PrefixLength", Value.of(value));
    }

    /** Sets {@code PrefixLength} to this value; see {@link #prefixLength(int)}. */
    public PrefixAwareRoutingConfig prefixLength(Value<Integer> value) {
      return set("PrefixLength", value);
    }
  }

  /**
   * Specifies a model that you want to host and the resources to deploy for hosting it. If you are
   * deploying multiple models, tell Amazon SageMaker how to distribute traffic among the models by
   * specifying the <code>InitialVariantWeight</code> objects.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.ProductionVariant}.
   */
  public static final class ProductionVariant extends Struct<ProductionVariant> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.ProductionVariant")
        .required("VariantName")
        .constrain("ContainerStartupHealthCheckTimeoutInSeconds", Constraint.of().minimum(60).maximum(3600))
        .allowed("InferenceAmiVersion", "al2-ami-sagemaker-inference-gpu-2",
            "al2-ami-sagemaker-inference-gpu-2-1", "al2-ami-sagemaker-inference-gpu-3-1",
            "al2-ami-sagemaker-inference-neuron-2", "al2023-ami-sagemaker-inference-gpu-4-1")
        .constrain("InitialInstanceCount", Constraint.of().minimum(1))
        .constrain("InitialVariantWeight", Constraint.of().minimum(0))
        .allowed("InstanceType", "ml.c4.2xlarge", "ml.c4.4xlarge", "ml.c4.8xlarge", "ml.c4.large",
            "ml.c4.xlarge", "ml.c5.18xlarge", "ml.c5.2xlarge", "ml.c5.4xlarge", "ml.c5.9xlarge",
            "ml.c5.large", "ml.c5.xlarge", "ml.c5d.18xlarge", "ml.c5d.2xlarge", "ml.c5d.4xlarge",
            "ml.c5d.9xlarge", "ml.c5d.large", "ml.c5d.xlarge", "ml.c6g.12xlarge", "ml.c6g.16xlarge",
            "ml.c6g.2xlarge", "ml.c6g.4xlarge", "ml.c6g.8xlarge", "ml.c6g.large", "ml.c6g.xlarge",
            "ml.c6gd.12xlarge", "ml.c6gd.16xlarge", "ml.c6gd.2xlarge", "ml.c6gd.4xlarge",
            "ml.c6gd.8xlarge", "ml.c6gd.large", "ml.c6gd.xlarge", "ml.c6gn.12xlarge",
            "ml.c6gn.16xlarge", "ml.c6gn.2xlarge", "ml.c6gn.4xlarge", "ml.c6gn.8xlarge",
            "ml.c6gn.large", "ml.c6gn.xlarge", "ml.c6i.12xlarge", "ml.c6i.16xlarge",
            "ml.c6i.24xlarge", "ml.c6i.2xlarge", "ml.c6i.32xlarge", "ml.c6i.4xlarge",
            "ml.c6i.8xlarge", "ml.c6i.large", "ml.c6i.xlarge", "ml.c6in.12xlarge",
            "ml.c6in.16xlarge", "ml.c6in.24xlarge", "ml.c6in.2xlarge", "ml.c6in.32xlarge",
            "ml.c6in.4xlarge", "ml.c6in.8xlarge", "ml.c6in.large", "ml.c6in.xlarge",
            "ml.c7g.12xlarge", "ml.c7g.16xlarge", "ml.c7g.2xlarge", "ml.c7g.4xlarge",
            "ml.c7g.8xlarge", "ml.c7g.large", "ml.c7g.xlarge", "ml.c7i.12xlarge", "ml.c7i.16xlarge",
            "ml.c7i.24xlarge", "ml.c7i.2xlarge", "ml.c7i.48xlarge", "ml.c7i.4xlarge",
            "ml.c7i.8xlarge", "ml.c7i.large", "ml.c7i.xlarge", "ml.c8g.12xlarge", "ml.c8g.16xlarge",
            "ml.c8g.24xlarge", "ml.c8g.2xlarge", "ml.c8g.48xlarge", "ml.c8g.4xlarge",
            "ml.c8g.8xlarge", "ml.c8g.large", "ml.c8g.medium", "ml.c8g.xlarge", "ml.dl1.24xlarge",
            "ml.g4dn.12xlarge", "ml.g4dn.16xlarge", "ml.g4dn.2xlarge", "ml.g4dn.4xlarge",
            "ml.g4dn.8xlarge", "ml.g4dn.xlarge", "ml.g5.12xlarge", "ml.g5.16xlarge",
            "ml.g5.24xlarge", "ml.g5.2xlarge", "ml.g5.48xlarge", "ml.g5.4xlarge", "ml.g5.8xlarge",
            "ml.g5.xlarge", "ml.g6.12xlarge", "ml.g6.16xlarge", "ml.g6.24xlarge", "ml.g6.2xlarge",
            "ml.g6.48xlarge", "ml.g6.4xlarge", "ml.g6.8xlarge", "ml.g6.xlarge", "ml.g6e.12xlarge",
            "ml.g6e.16xlarge", "ml.g6e.24xlarge", "ml.g6e.2xlarge", "ml.g6e.48xlarge",
            "ml.g6e.4xlarge", "ml.g6e.8xlarge", "ml.g6e.xlarge", "ml.g7.12xlarge", "ml.g7.24xlarge",
            "ml.g7.2xlarge", "ml.g7.48xlarge", "ml.g7.4xlarge", "ml.g7.8xlarge", "ml.g7e.12xlarge",
            "ml.g7e.24xlarge", "ml.g7e.2xlarge", "ml.g7e.48xlarge", "ml.g7e.4xlarge",
            "ml.g7e.8xlarge", "ml.inf1.24xlarge", "ml.inf1.2xlarge", "ml.inf1.6xlarge",
            "ml.inf1.xlarge", "ml.inf2.24xlarge", "ml.inf2.48xlarge", "ml.inf2.8xlarge",
            "ml.inf2.xlarge", "ml.m4.10xlarge", "ml.m4.16xlarge", "ml.m4.2xlarge", "ml.m4.4xlarge",
            "ml.m4.xlarge", "ml.m5.12xlarge", "ml.m5.24xlarge", "ml.m5.2xlarge", "ml.m5.4xlarge",
            "ml.m5.large", "ml.m5.xlarge", "ml.m5d.12xlarge", "ml.m5d.24xlarge", "ml.m5d.2xlarge",
            "ml.m5d.4xlarge", "ml.m5d.large", "ml.m5d.xlarge", "ml.m6g.12xlarge", "ml.m6g.16xlarge",
            "ml.m6g.2xlarge", "ml.m6g.4xlarge", "ml.m6g.8xlarge", "ml.m6g.large", "ml.m6g.xlarge",
            "ml.m6gd.12xlarge", "ml.m6gd.16xlarge", "ml.m6gd.2xlarge", "ml.m6gd.4xlarge",
            "ml.m6gd.8xlarge", "ml.m6gd.large", "ml.m6gd.xlarge", "ml.m6i.12xlarge",
            "ml.m6i.16xlarge", "ml.m6i.24xlarge", "ml.m6i.2xlarge", "ml.m6i.32xlarge",
            "ml.m6i.4xlarge", "ml.m6i.8xlarge", "ml.m6i.large", "ml.m6i.xlarge", "ml.m7i.12xlarge",
            "ml.m7i.16xlarge", "ml.m7i.24xlarge", "ml.m7i.2xlarge", "ml.m7i.48xlarge",
            "ml.m7i.4xlarge", "ml.m7i.8xlarge", "ml.m7i.large", "ml.m7i.xlarge", "ml.m8g.12xlarge",
            "ml.m8g.16xlarge", "ml.m8g.24xlarge", "ml.m8g.2xlarge", "ml.m8g.48xlarge",
            "ml.m8g.4xlarge", "ml.m8g.8xlarge", "ml.m8g.large", "ml.m8g.medium", "ml.m8g.xlarge",
            "ml.p2.16xlarge", "ml.p2.8xlarge", "ml.p2.xlarge", "ml.p3.16xlarge", "ml.p3.2xlarge",
            "ml.p3.8xlarge", "ml.p4d.24xlarge", "ml.p4de.24xlarge", "ml.p5.48xlarge",
            "ml.p5.4xlarge", "ml.p5e.48xlarge", "ml.p5en.48xlarge", "ml.p6-b200.48xlarge",
            "ml.p6-b300.48xlarge", "ml.p6e-gb200.36xlarge", "ml.r5.12xlarge", "ml.r5.24xlarge",
            "ml.r5.2xlarge", "ml.r5.4xlarge", "ml.r5.large", "ml.r5.xlarge", "ml.r5d.12xlarge",
            "ml.r5d.24xlarge", "ml.r5d.2xlarge", "ml.r5d.4xlarge", "ml.r5d.large", "ml.r5d.xlarge",
            "ml.r6g.12xlarge", "ml.r6g.16xlarge", "ml.r6g.2xlarge", "ml.r6g.4xlarge",
            "ml.r6g.8xlarge", "ml.r6g.large", "ml.r6g.xlarge", "ml.r6gd.12xlarge",
            "ml.r6gd.16xlarge", "ml.r6gd.2xlarge", "ml.r6gd.4xlarge", "ml.r6gd.8xlarge",
            "ml.r6gd.large", "ml.r6gd.xlarge", "ml.r6i.12xlarge", "ml.r6i.16xlarge",
            "ml.r6i.24xlarge", "ml.r6i.2xlarge", "ml.r6i.32xlarge", "ml.r6i.4xlarge",
            "ml.r6i.8xlarge", "ml.r6i.large", "ml.r6i.xlarge", "ml.r7gd.12xlarge",
            "ml.r7gd.16xlarge", "ml.r7gd.2xlarge", "ml.r7gd.4xlarge", "ml.r7gd.8xlarge",
            "ml.r7gd.large", "ml.r7gd.medium", "ml.r7gd.xlarge", "ml.r7i.12xlarge",
            "ml.r7i.16xlarge", "ml.r7i.24xlarge", "ml.r7i.2xlarge", "ml.r7i.48xlarge",
            "ml.r7i.4xlarge", "ml.r7i.8xlarge", "ml.r7i.large", "ml.r7i.xlarge", "ml.r8g.12xlarge",
            "ml.r8g.16xlarge", "ml.r8g.24xlarge", "ml.r8g.2xlarge", "ml.r8g.48xlarge",
            "ml.r8g.4xlarge", "ml.r8g.8xlarge", "ml.r8g.large", "ml.r8g.medium", "ml.r8g.xlarge",
            "ml.t2.2xlarge", "ml.t2.large", "ml.t2.medium", "ml.t2.xlarge", "ml.trn1.2xlarge",
            "ml.trn1.32xlarge", "ml.trn1n.32xlarge", "ml.trn2.48xlarge")
        .constrain("ModelDataDownloadTimeoutInSeconds", Constraint.of().minimum(60).maximum(3600))
        .constrain("ModelName", Constraint.of().pattern("^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?$").minLength(1).maxLength(63))
        .constrain("VariantInstanceProvisionTimeoutInSeconds", Constraint.of().minimum(300).maximum(3600))
        .constrain("VariantName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
        .constrain("VolumeSizeInGB", Constraint.of().minimum(1).maximum(512))
        .build();

    public ProductionVariant() {
      super(SCHEMA);
    }

    /**
     * The size of the Elastic Inference (EI) instance to use for the production variant. EI
     * instances provide on-demand GPU computing for inference. For more information, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/ei.html">Using Elastic Inference in
     * Amazon SageMaker</a> . For more information, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/ei.html">Using Elastic Inference in
     * Amazon SageMaker</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AcceleratorType}.
     */
    public ProductionVariant acceleratorType(String value) {
      return set("AcceleratorType", Value.of(value));
    }

    /** Sets {@code AcceleratorType} to this value; see {@link #acceleratorType(String)}. */
    public ProductionVariant acceleratorType(Value<String> value) {
      return set("AcceleratorType", value);
    }

    /**
     * Settings for the capacity reservation for the compute instances that SageMaker AI reserves
     * for an endpoint.
     *
     * <p>CloudFormation property {@code CapacityReservationConfig}.
     */
    public ProductionVariant capacityReservationConfig(Value<CapacityReservationConfig> value) {
      return set("CapacityReservationConfig", value);
    }

    /**
     * The timeout value, in seconds, for your inference container to pass health check by SageMaker
     * Hosting. For more information about health check, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-inference-code.html#your-algorithms-inference-algo-ping-requests">How
     * Your Container Should Respond to Health Check (Ping) Requests</a> .
     *
     * <p>Changing it replaces the resource. Range: 60 to 3600. CloudFormation property {@code
     * ContainerStartupHealthCheckTimeoutInSeconds}.
     */
    public ProductionVariant containerStartupHealthCheckTimeoutInSeconds(int value) {
      return set("ContainerStartupHealthCheckTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code ContainerStartupHealthCheckTimeoutInSeconds} to this value; see {@link
     * #containerStartupHealthCheckTimeoutInSeconds(int)}.
     */
    public ProductionVariant containerStartupHealthCheckTimeoutInSeconds(Value<Integer> value) {
      return set("ContainerStartupHealthCheckTimeoutInSeconds", value);
    }

    /**
     * Specifies where SageMaker writes core dumps from the model container when the process
     * crashes, and how it encrypts them.
     *
     * <p>CloudFormation property {@code CoreDumpConfig}.
     */
    public ProductionVariant coreDumpConfig(Value<CoreDumpConfig> value) {
      return set("CoreDumpConfig", value);
    }

    /**
     * You can use this parameter to turn on native AWS Systems Manager (SSM) access for a
     * production variant behind an endpoint. By default, SSM access is disabled for all production
     * variants behind an endpoint. You can turn on or turn off SSM access for a production variant
     * behind an existing endpoint by creating a new endpoint configuration and calling
     * <code>UpdateEndpoint</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EnableSSMAccess}.
     */
    public ProductionVariant enableSSMAccess(boolean value) {
      return set("EnableSSMAccess", Value.of(value));
    }

    /** Sets {@code EnableSSMAccess} to this value; see {@link #enableSSMAccess(boolean)}. */
    public ProductionVariant enableSSMAccess(Value<Boolean> value) {
      return set("EnableSSMAccess", value);
    }

    /**
     * Specifies an option from a collection of preconfigured Amazon Machine Image (AMI) images.
     * Each image is configured by AWS with a set of software and driver versions. AWS optimizes
     * these configurations for different machine learning workloads. By selecting an AMI version,
     * you can ensure that your inference environment is compatible with specific software
     * requirements, such as CUDA driver versions, Linux kernel versions, or AWS Neuron driver
     * versions
     *
     * <p>Allowed values: {@code al2-ami-sagemaker-inference-gpu-2}, {@code
     * al2-ami-sagemaker-inference-gpu-2-1}, {@code al2-ami-sagemaker-inference-gpu-3-1}, {@code
     * al2-ami-sagemaker-inference-neuron-2}, {@code al2023-ami-sagemaker-inference-gpu-4-1}.
     * CloudFormation property {@code InferenceAmiVersion}.
     */
    public ProductionVariant inferenceAmiVersion(String value) {
      return set("InferenceAmiVersion", Value.of(value));
    }

    /** Sets {@code InferenceAmiVersion} to this value; see {@link #inferenceAmiVersion(String)}. */
    public ProductionVariant inferenceAmiVersion(Value<String> value) {
      return set("InferenceAmiVersion", value);
    }

    /**
     * Number of instances to launch initially.
     *
     * <p>Changing it replaces the resource. Range: at least 1. CloudFormation property {@code
     * InitialInstanceCount}.
     */
    public ProductionVariant initialInstanceCount(int value) {
      return set("InitialInstanceCount", Value.of(value));
    }

    /** Sets {@code InitialInstanceCount} to this value; see {@link #initialInstanceCount(int)}. */
    public ProductionVariant initialInstanceCount(Value<Integer> value) {
      return set("InitialInstanceCount", value);
    }

    /**
     * Determines initial traffic distribution among all of the models that you specify in the
     * endpoint configuration. The traffic to a production variant is determined by the ratio of the
     * <code>VariantWeight</code> to the sum of all <code>VariantWeight</code> values across all
     * ProductionVariants. If unspecified, it defaults to 1.0.
     *
     * <p>Changing it replaces the resource. Range: at least 0. CloudFormation property {@code
     * InitialVariantWeight}.
     */
    public ProductionVariant initialVariantWeight(double value) {
      return set("InitialVariantWeight", Value.of(value));
    }

    /**
     * Sets {@code InitialVariantWeight} to this value; see {@link #initialVariantWeight(double)}.
     */
    public ProductionVariant initialVariantWeight(Value<Double> value) {
      return set("InitialVariantWeight", value);
    }

    /**
     * A list of instance pools for the production variant. Each instance pool specifies an instance
     * type and its priority for provisioning. Use instance pools to configure heterogeneous
     * endpoints that deploy models across multiple instance types.
     *
     * <p>CloudFormation property {@code InstancePools}.
     */
    public ProductionVariant instancePools(List<InstancePool> value) {
      return set("InstancePools", Value.listOf(value));
    }

    /** Sets {@code InstancePools} to this value; see {@link #instancePools(List)}. */
    public ProductionVariant instancePools(Value<List<InstancePool>> value) {
      return set("InstancePools", value);
    }

    /** Sets {@code InstancePools} to a list of these; see {@link #instancePools(List)}. */
    public ProductionVariant instancePools(InstancePool... values) {
      return set("InstancePools", Value.list(values));
    }

    /**
     * The ML compute instance type.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ml.c4.2xlarge}, {@code
     * ml.c4.4xlarge}, {@code ml.c4.8xlarge}, {@code ml.c4.large}, {@code ml.c4.xlarge}, {@code
     * ml.c5.18xlarge}, {@code ml.c5.2xlarge}, {@code ml.c5.4xlarge}, {@code ml.c5.9xlarge}, {@code
     * ml.c5.large}, {@code ml.c5.xlarge}, {@code ml.c5d.18xlarge}, {@code ml.c5d.2xlarge}, {@code
     * ml.c5d.4xlarge}, {@code ml.c5d.9xlarge}, {@code ml.c5d.large}, {@code ml.c5d.xlarge}, {@code
     * ml.c6g.12xlarge}, {@code ml.c6g.16xlarge}, {@code ml.c6g.2xlarge}, {@code ml.c6g.4xlarge},
     * {@code ml.c6g.8xlarge}, {@code ml.c6g.large}, {@code ml.c6g.xlarge}, {@code
     * ml.c6gd.12xlarge}, {@code ml.c6gd.16xlarge}, {@code ml.c6gd.2xlarge}, {@code
     * ml.c6gd.4xlarge}, {@code ml.c6gd.8xlarge}, {@code ml.c6gd.large}, {@code ml.c6gd.xlarge},
     * {@code ml.c6gn.12xlarge}, {@code ml.c6gn.16xlarge}, {@code ml.c6gn.2xlarge}, {@code
     * ml.c6gn.4xlarge}, {@code ml.c6gn.8xlarge}, {@code ml.c6gn.large}, {@code ml.c6gn.xlarge},
     * {@code ml.c6i.12xlarge}, {@code ml.c6i.16xlarge}, {@code ml.c6i.24xlarge}, {@code
     * ml.c6i.2xlarge}, {@code ml.c6i.32xlarge}, {@code ml.c6i.4xlarge}, {@code ml.c6i.8xlarge},
     * {@code ml.c6i.large}, {@code ml.c6i.xlarge}, {@code ml.c6in.12xlarge}, {@code
     * ml.c6in.16xlarge}, {@code ml.c6in.24xlarge}, {@code ml.c6in.2xlarge}, {@code
     * ml.c6in.32xlarge}, {@code ml.c6in.4xlarge}, {@code ml.c6in.8xlarge}, {@code ml.c6in.large},
     * {@code ml.c6in.xlarge}, {@code ml.c7g.12xlarge}, {@code ml.c7g.16xlarge}, {@code
     * ml.c7g.2xlarge}, {@code ml.c7g.4xlarge}, {@code ml.c7g.8xlarge}, {@code ml.c7g.large}, {@code
     * ml.c7g.xlarge}, {@code ml.c7i.12xlarge}, {@code ml.c7i.16xlarge}, {@code ml.c7i.24xlarge},
     * {@code ml.c7i.2xlarge}, {@code ml.c7i.48xlarge}, {@code ml.c7i.4xlarge}, {@code
     * ml.c7i.8xlarge}, {@code ml.c7i.large}, {@code ml.c7i.xlarge}, {@code ml.c8g.12xlarge}, {@code
     * ml.c8g.16xlarge}, {@code ml.c8g.24xlarge}, {@code ml.c8g.2xlarge}, {@code ml.c8g.48xlarge},
     * {@code ml.c8g.4xlarge}, {@code ml.c8g.8xlarge}, {@code ml.c8g.large}, {@code ml.c8g.medium},
     * {@code ml.c8g.xlarge}, {@code ml.dl1.24xlarge}, {@code ml.g4dn.12xlarge}, {@code
     * ml.g4dn.16xlarge}, {@code ml.g4dn.2xlarge}, {@code ml.g4dn.4xlarge}, {@code ml.g4dn.8xlarge},
     * {@code ml.g4dn.xlarge}, {@code ml.g5.12xlarge}, {@code ml.g5.16xlarge}, {@code
     * ml.g5.24xlarge}, {@code ml.g5.2xlarge}, {@code ml.g5.48xlarge}, {@code ml.g5.4xlarge}, {@code
     * ml.g5.8xlarge}, {@code ml.g5.xlarge}, {@code ml.g6.12xlarge}, {@code ml.g6.16xlarge}, {@code
     * ml.g6.24xlarge}, {@code ml.g6.2xlarge}, {@code ml.g6.48xlarge}, {@code ml.g6.4xlarge}, {@code
     * ml.g6.8xlarge}, {@code ml.g6.xlarge}, {@code ml.g6e.12xlarge}, {@code ml.g6e.16xlarge},
     * {@code ml.g6e.24xlarge}, {@code ml.g6e.2xlarge}, {@code ml.g6e.48xlarge}, {@code
     * ml.g6e.4xlarge}, {@code ml.g6e.8xlarge}, {@code ml.g6e.xlarge}, {@code ml.g7.12xlarge},
     * {@code ml.g7.24xlarge}, {@code ml.g7.2xlarge}, {@code ml.g7.48xlarge}, {@code ml.g7.4xlarge},
     * {@code ml.g7.8xlarge}, {@code ml.g7e.12xlarge}, {@code ml.g7e.24xlarge}, {@code
     * ml.g7e.2xlarge}, {@code ml.g7e.48xlarge}, {@code ml.g7e.4xlarge}, {@code ml.g7e.8xlarge},
     * {@code ml.inf1.24xlarge}, {@code ml.inf1.2xlarge}, {@code ml.inf1.6xlarge}, {@code
     * ml.inf1.xlarge}, {@code ml.inf2.24xlarge}, {@code ml.inf2.48xlarge}, {@code ml.inf2.8xlarge},
     * {@code ml.inf2.xlarge}, {@code ml.m4.10xlarge}, {@code ml.m4.16xlarge}, {@code
     * ml.m4.2xlarge}, {@code ml.m4.4xlarge}, {@code ml.m4.xlarge}, {@code ml.m5.12xlarge}, {@code
     * ml.m5.24xlarge}, {@code ml.m5.2xlarge}, {@code ml.m5.4xlarge}, {@code ml.m5.large}, {@code
     * ml.m5.xlarge}, {@code ml.m5d.12xlarge}, {@code ml.m5d.24xlarge}, {@code ml.m5d.2xlarge},
     * {@code ml.m5d.4xlarge}, {@code ml.m5d.large}, {@code ml.m5d.xlarge}, {@code ml.m6g.12xlarge},
     * {@code ml.m6g.16xlarge}, {@code ml.m6g.2xlarge}, {@code ml.m6g.4xlarge}, {@code
     * ml.m6g.8xlarge}, {@code ml.m6g.large}, {@code ml.m6g.xlarge}, {@code ml.m6gd.12xlarge},
     * {@code ml.m6gd.16xlarge}, {@code ml.m6gd.2xlarge}, {@code ml.m6gd.4xlarge}, {@code
     * ml.m6gd.8xlarge}, {@code ml.m6gd.large}, {@code ml.m6gd.xlarge}, {@code ml.m6i.12xlarge},
     * {@code ml.m6i.16xlarge}, {@code ml.m6i.24xlarge}, {@code ml.m6i.2xlarge}, {@code
     * ml.m6i.32xlarge}, {@code ml.m6i.4xlarge}, {@code ml.m6i.8xlarge}, {@code ml.m6i.large},
     * {@code ml.m6i.xlarge}, {@code ml.m7i.12xlarge}, {@code ml.m7i.16xlarge}, {@code
     * ml.m7i.24xlarge}, {@code ml.m7i.2xlarge}, {@code ml.m7i.48xlarge}, {@code ml.m7i.4xlarge},
     * {@code ml.m7i.8xlarge}, {@code ml.m7i.large}, {@code ml.m7i.xlarge}, {@code ml.m8g.12xlarge},
     * {@code ml.m8g.16xlarge}, {@code ml.m8g.24xlarge}, {@code ml.m8g.2xlarge}, {@code
     * ml.m8g.48xlarge}, {@code ml.m8g.4xlarge}, {@code ml.m8g.8xlarge}, {@code ml.m8g.large},
     * {@code ml.m8g.medium}, {@code ml.m8g.xlarge}, {@code ml.p2.16xlarge}, {@code ml.p2.8xlarge},
     * {@code ml.p2.xlarge}, {@code ml.p3.16xlarge}, {@code ml.p3.2xlarge}, {@code ml.p3.8xlarge},
     * {@code ml.p4d.24xlarge}, {@code ml.p4de.24xlarge}, {@code ml.p5.48xlarge}, {@code
     * ml.p5.4xlarge}, {@code ml.p5e.48xlarge}, {@code ml.p5en.48xlarge}, {@code
     * ml.p6-b200.48xlarge}, {@code ml.p6-b300.48xlarge}, {@code ml.p6e-gb200.36xlarge}, {@code
     * ml.r5.12xlarge}, {@code ml.r5.24xlarge}, {@code ml.r5.2xlarge}, {@code ml.r5.4xlarge}, {@code
     * ml.r5.large}, {@code ml.r5.xlarge}, {@code ml.r5d.12xlarge}, {@code ml.r5d.24xlarge}, {@code
     * ml.r5d.2xlarge}, {@code ml.r5d.4xlarge}, {@code ml.r5d.large}, {@code ml.r5d.xlarge}, {@code
     * ml.r6g.12xlarge}, {@code ml.r6g.16xlarge}, {@code ml.r6g.2xlarge}, {@code ml.r6g.4xlarge},
     * {@code ml.r6g.8xlarge}, {@code ml.r6g.large}, {@code ml.r6g.xlarge}, {@code
     * ml.r6gd.12xlarge}, {@code ml.r6gd.16xlarge}, {@code ml.r6gd.2xlarge}, {@code
     * ml.r6gd.4xlarge}, {@code ml.r6gd.8xlarge}, {@code ml.r6gd.large}, {@code ml.r6gd.xlarge},
     * {@code ml.r6i.12xlarge}, {@code ml.r6i.16xlarge}, {@code ml.r6i.24xlarge}, {@code
     * ml.r6i.2xlarge}, {@code ml.r6i.32xlarge}, {@code ml.r6i.4xlarge}, {@code ml.r6i.8xlarge},
     * {@code ml.r6i.large}, {@code ml.r6i.xlarge}, {@code ml.r7gd.12xlarge}, {@code
     * ml.r7gd.16xlarge}, {@code ml.r7gd.2xlarge}, {@code ml.r7gd.4xlarge}, {@code ml.r7gd.8xlarge},
     * {@code ml.r7gd.large}, {@code ml.r7gd.medium}, {@code ml.r7gd.xlarge}, {@code
     * ml.r7i.12xlarge}, {@code ml.r7i.16xlarge}, {@code ml.r7i.24xlarge}, {@code ml.r7i.2xlarge},
     * {@code ml.r7i.48xlarge}, {@code ml.r7i.4xlarge}, {@code ml.r7i.8xlarge}, {@code
     * ml.r7i.large}, {@code ml.r7i.xlarge}, {@code ml.r8g.12xlarge}, {@code ml.r8g.16xlarge},
     * {@code ml.r8g.24xlarge}, {@code ml.r8g.2xlarge}, {@code ml.r8g.48xlarge}, {@code
     * ml.r8g.4xlarge}, {@code ml.r8g.8xlarge}, {@code ml.r8g.large}, {@code ml.r8g.medium}, {@code
     * ml.r8g.xlarge}, {@code ml.t2.2xlarge}, {@code ml.t2.large}, {@code ml.t2.medium}, {@code
     * ml.t2.xlarge}, {@code ml.trn1.2xlarge}, {@code ml.trn1.32xlarge}, {@code ml.trn1n.32xlarge},
     * {@code ml.trn2.48xlarge}. CloudFormation property {@code InstanceType}.
     */
    public ProductionVariant instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public ProductionVariant instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * Settings that control the range in the number of instances that the endpoint provisions as it
     * scales up or down to accommodate traffic.
     *
     * <p>CloudFormation property {@code ManagedInstanceScaling}.
     */
    public ProductionVariant managedInstanceScaling(Value<ManagedInstanceScaling> value) {
      return set("ManagedInstanceScaling", value);
    }

    /**
     * The timeout value, in seconds, to download and extract the model that you want to host from
     * Amazon S3 to the individual inference instance associated with this production variant.
     *
     * <p>Changing it replaces the resource. Range: 60 to 3600. CloudFormation property {@code
     * ModelDataDownloadTimeoutInSeconds}.
     */
    public ProductionVariant modelDataDownloadTimeoutInSeconds(int value) {
      return set("ModelDataDownloadTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code ModelDataDownloadTimeoutInSeconds} to this value; see {@link
     * #modelDataDownloadTimeoutInSeconds(int)}.
     */
    public ProductionVariant modelDataDownloadTimeoutInSeconds(Value<Integer> value) {
      return set("ModelDataDownloadTimeoutInSeconds", value);
    }

    /**
     * The name of the model that you want to host. This is the name that you specified when
     * creating the model.
     *
     * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9]([&#92;-a-zA-Z0-9]*[a-zA-Z0-9])?$}. CloudFormation property {@code ModelName}.
     */
    public ProductionVariant modelName(String value) {
      return set("ModelName", Value.of(value));
    }

    /** Sets {@code ModelName} to this value; see {@link #modelName(String)}. */
    public ProductionVariant modelName(Value<String> value) {
      return set("ModelName", value);
    }

    /**
     * Settings that control how the endpoint routes incoming traffic to the instances that the
     * endpoint hosts.
     *
     * <p>CloudFormation property {@code RoutingConfig}.
     */
    public ProductionVariant routingConfig(Value<RoutingConfig> value) {
      return set("RoutingConfig", value);
    }

    /**
     * The serverless configuration for an endpoint. Specifies a serverless endpoint configuration
     * instead of an instance-based endpoint configuration.
     *
     * <p>CloudFormation property {@code ServerlessConfig}.
     */
    public ProductionVariant serverlessConfig(Value<ServerlessConfig> value) {
      return set("ServerlessConfig", value);
    }

    /**
     * The timeout value, in seconds, for provisioning instances for the production variant. When
     * SageMaker encounters an insufficient capacity error while provisioning instances, it retries
     * with the next instance pool (if configured) or waits until the timeout expires. This timeout
     * applies only to capacity provisioning and does not include the time for model download or
     * container startup.
     *
     * <p>Range: 300 to 3600. CloudFormation property {@code
     * VariantInstanceProvisionTimeoutInSeconds}.
     */
    public ProductionVariant variantInstanceProvisionTimeoutInSeconds(int value) {
      return set("VariantInstanceProvisionTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code VariantInstanceProvisionTimeoutInSeconds} to this value; see {@link
     * #variantInstanceProvisionTimeoutInSeconds(int)}.
     */
    public ProductionVariant variantInstanceProvisionTimeoutInSeconds(Value<Integer> value) {
      return set("VariantInstanceProvisionTimeoutInSeconds", value);
    }

    /**
     * The name of the production variant.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code VariantName}.
     */
    public ProductionVariant variantName(String value) {
      return set("VariantName", Value.of(value));
    }

    /** Sets {@code VariantName} to this value; see {@link #variantName(String)}. */
    public ProductionVariant variantName(Value<String> value) {
      return set("VariantName", value);
    }

    /**
     * The size, in GB, of the ML storage volume attached to individual inference instance
     * associated with the production variant. Currently only Amazon EBS gp2 storage volumes are
     * supported.
     *
     * <p>Changing it replaces the resource. Range: 1 to 512. CloudFormation property {@code
     * VolumeSizeInGB}.
     */
    public ProductionVariant volumeSizeInGB(int value) {
      return set("VolumeSizeInGB", Value.of(value));
    }

    /** Sets {@code VolumeSizeInGB} to this value; see {@link #volumeSizeInGB(int)}. */
    public ProductionVariant volumeSizeInGB(Value<Integer> value) {
      return set("VolumeSizeInGB", value);
    }
  }

  /**
   * Settings that control how the endpoint routes incoming traffic to the instances that the
   * endpoint hosts.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.RoutingConfig}.
   */
  public static final class RoutingConfig extends Struct<RoutingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.RoutingConfig")
        .allowed("RoutingStrategy", "LEAST_OUTSTANDING_REQUESTS", "PREFIX_AWARE", "RANDOM")
        .constrain("RoutingStrategy", Constraint.of().minLength(1).maxLength(63))
        .build();

    public RoutingConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration for prefix-aware routing on a SageMaker real-time inference endpoint.
     * Specify PrefixLength and ConcurrencyThreshold to control routing behavior.
     *
     * <p>CloudFormation property {@code PrefixAwareRoutingConfig}.
     */
    public RoutingConfig prefixAwareRoutingConfig(Value<PrefixAwareRoutingConfig> value) {
      return set("PrefixAwareRoutingConfig", value);
    }

    /**
     * Sets how the endpoint routes incoming traffic.
     *
     * <p>Allowed values: {@code LEAST_OUTSTANDING_REQUESTS}, {@code PREFIX_AWARE}, {@code RANDOM}.
     * Length: 1 to 63 characters. CloudFormation property {@code RoutingStrategy}.
     */
    public RoutingConfig routingStrategy(String value) {
      return set("RoutingStrategy", Value.of(value));
    }

    /** Sets {@code RoutingStrategy} to this value; see {@link #routingStrategy(String)}. */
    public RoutingConfig routingStrategy(Value<String> value) {
      return set("RoutingStrategy", value);
    }
  }

  /**
   * Specifies how the endpoint releases instances when managed instance scaling scales in.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.ScaleInPolicy}.
   */
  public static final class ScaleInPolicy extends Struct<ScaleInPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.ScaleInPolicy")
        .required("Strategy")
        .constrain("CooldownInMinutes", Constraint.of().minimum(5).maximum(1440))
        .constrain("MaximumStepSize", Constraint.of().minimum(1).maximum(100))
        .allowed("Strategy", "CONSOLIDATION", "IDLE_RELEASE")
        .constrain("Strategy", Constraint.of().minLength(1).maxLength(63))
        .build();

    public ScaleInPolicy() {
      super(SCHEMA);
    }

    /**
     * The cooldown period, in minutes, after the last endpoint operation before the endpoint
     * evaluates consolidation scale-in opportunities. Valid values are 5 to 1440. The default is
     * 20.
     *
     * <p>Range: 5 to 1440. CloudFormation property {@code CooldownInMinutes}.
     */
    public ScaleInPolicy cooldownInMinutes(int value) {
      return set("CooldownInMinutes", Value.of(value));
    }

    /** Sets {@code CooldownInMinutes} to this value; see {@link #cooldownInMinutes(int)}. */
    public ScaleInPolicy cooldownInMinutes(Value<Integer> value) {
      return set("CooldownInMinutes", value);
    }

    /**
     * The maximum number of instances that the endpoint can terminate at a time during a
     * consolidation scale-in operation. Valid values are 1 to 100. The default is 1.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code MaximumStepSize}.
     */
    public ScaleInPolicy maximumStepSize(int value) {
      return set("MaximumStepSize", Value.of(value));
    }

    /** Sets {@code MaximumStepSize} to this value; see {@link #maximumStepSize(int)}. */
    public ScaleInPolicy maximumStepSize(Value<Integer> value) {
      return set("MaximumStepSize", value);
    }

    /**
     * The strategy for scaling in instances. IDLE_RELEASE releases instances that have no hosted
     * inference component copies. CONSOLIDATION consolidates inference component copies onto fewer
     * instances to release more instances.
     *
     * <p>Required. Allowed values: {@code CONSOLIDATION}, {@code IDLE_RELEASE}. Length: 1 to 63
     * characters. CloudFormation property {@code Strategy}.
     */
    public ScaleInPolicy strategy(String value) {
      return set("Strategy", Value.of(value));
    }

    /** Sets {@code Strategy} to this value; see {@link #strategy(String)}. */
    public ScaleInPolicy strategy(Value<String> value) {
      return set("Strategy", value);
    }
  }

  /**
   * Specifies the serverless configuration for an endpoint variant.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.ServerlessConfig}.
   */
  public static final class ServerlessConfig extends Struct<ServerlessConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.ServerlessConfig")
        .required("MaxConcurrency", "MemorySizeInMB")
        .constrain("MaxConcurrency", Constraint.of().minimum(1).maximum(200))
        .constrain("MemorySizeInMB", Constraint.of().minimum(1024).maximum(6144))
        .constrain("ProvisionedConcurrency", Constraint.of().minimum(1).maximum(200))
        .build();

    public ServerlessConfig() {
      super(SCHEMA);
    }

    /**
     * The maximum number of concurrent invocations your serverless endpoint can process.
     *
     * <p>Required. Changing it replaces the resource. Range: 1 to 200. CloudFormation property
     * {@code MaxConcurrency}.
     */
    public ServerlessConfig maxConcurrency(int value) {
      return set("MaxConcurrency", Value.of(value));
    }

    /** Sets {@code MaxConcurrency} to this value; see {@link #maxConcurrency(int)}. */
    public ServerlessConfig maxConcurrency(Value<Integer> value) {
      return set("MaxConcurrency", value);
    }

    /**
     * The memory size of your serverless endpoint. Valid values are in 1 GB increments: 1024 MB,
     * 2048 MB, 3072 MB, 4096 MB, 5120 MB, or 6144 MB.
     *
     * <p>Required. Changing it replaces the resource. Range: 1024 to 6144. CloudFormation property
     * {@code MemorySizeInMB}.
     */
    public ServerlessConfig memorySizeInMB(int value) {
      return set("MemorySizeInMB", Value.of(value));
    }

    /** Sets {@code MemorySizeInMB} to this value; see {@link #memorySizeInMB(int)}. */
    public ServerlessConfig memorySizeInMB(Value<Integer> value) {
      return set("MemorySizeInMB", value);
    }

    /**
     * The amount of provisioned concurrency to allocate for the serverless endpoint. Should be less
     * than or equal to <code>MaxConcurrency</code> .
     *
     * <p>This field is not supported for serverless endpoint recommendations for Inference
     * Recommender jobs. For more information about creating an Inference Recommender job, see <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateInferenceRecommendationsJob.html">CreateInferenceRecommendationsJobs</a>
     * .
     *
     * <p>Changing it replaces the resource. Range: 1 to 200. CloudFormation property {@code
     * ProvisionedConcurrency}.
     */
    public ServerlessConfig provisionedConcurrency(int value) {
      return set("ProvisionedConcurrency", Value.of(value));
    }

    /**
     * Sets {@code ProvisionedConcurrency} to this value; see {@link #provisionedConcurrency(int)}.
     */
    public ServerlessConfig provisionedConcurrency(Value<Integer> value) {
      return set("ProvisionedConcurrency", value);
    }
  }

  /**
   * Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and
   * compute resources have access to. You can control access to and from your resources by
   * configuring a VPC.
   *
   * <p>Property type {@code AWS::SageMaker::EndpointConfig.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::EndpointConfig.VpcConfig")
        .required("SecurityGroupIds", "Subnets")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^[-0-9a-zA-Z]+$").minLength(0).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("^[-0-9a-zA-Z]+$").minLength(0).maxLength(32).format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * The VPC security group IDs, in the form sg-xxxxxxxx. Specify the security groups for the VPC
     * that is specified in the Subnets field.
     *
     * <p>Required. Length: 0 to 32 characters. Pattern: {@code ^[-0-9a-zA-Z]+$}. Format: {@code
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
     * The ID of the subnets in the VPC to which you want to connect your training job or model.
     *
     * <p>Required. Length: 0 to 32 characters. Pattern: {@code ^[-0-9a-zA-Z]+$}. Format: {@code
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
