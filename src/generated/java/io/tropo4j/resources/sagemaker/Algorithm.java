// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource Type definition for AWS::SageMaker::Algorithm
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Algorithm}.
 */
public final class Algorithm extends Resource<Algorithm> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm")
      .required("AlgorithmName", "TrainingSpecification")
      .attributes("AlgorithmArn", "CreationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Algorithm(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the algorithm.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AlgorithmDescription}.
   */
  public Algorithm algorithmDescription(String value) {
    return set("AlgorithmDescription", Value.of(value));
  }

  /** Sets {@code AlgorithmDescription} to this value; see {@link #algorithmDescription(String)}. */
  public Algorithm algorithmDescription(Value<String> value) {
    return set("AlgorithmDescription", value);
  }

  /**
   * The name of the algorithm.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code AlgorithmName}.
   */
  public Algorithm algorithmName(String value) {
    return set("AlgorithmName", Value.of(value));
  }

  /** Sets {@code AlgorithmName} to this value; see {@link #algorithmName(String)}. */
  public Algorithm algorithmName(Value<String> value) {
    return set("AlgorithmName", value);
  }

  /**
   * Whether to certify the algorithm so that it can be listed in AWS Marketplace.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CertifyForMarketplace}.
   */
  public Algorithm certifyForMarketplace(boolean value) {
    return set("CertifyForMarketplace", Value.of(value));
  }

  /**
   * Sets {@code CertifyForMarketplace} to this value; see {@link #certifyForMarketplace(boolean)}.
   */
  public Algorithm certifyForMarketplace(Value<Boolean> value) {
    return set("CertifyForMarketplace", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code InferenceSpecification}. */
  public Algorithm inferenceSpecification(Value<InferenceSpecification> value) {
    return set("InferenceSpecification", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Algorithm tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Algorithm tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Algorithm tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Required. Changing it replaces the resource. CloudFormation property {@code
   * TrainingSpecification}.
   */
  public Algorithm trainingSpecification(Value<TrainingSpecification> value) {
    return set("TrainingSpecification", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the algorithm.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AlgorithmArn}.
   */
  public Value<String> algorithmArn() {
    return getAtt("AlgorithmArn");
  }

  /**
   * A timestamp specifying when the algorithm was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /** Property type {@code AWS::SageMaker::Algorithm.CategoricalParameterRangeSpecification}. */
  public static final class CategoricalParameterRangeSpecification extends Struct<CategoricalParameterRangeSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm.CategoricalParameterRangeSpecification")
        .required("Values")
        .build();

    public CategoricalParameterRangeSpecification() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Values}. */
    public CategoricalParameterRangeSpecification values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public CategoricalParameterRangeSpecification values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Algorithm.ChannelSpecification}. */
  public static final class ChannelSpecification extends Struct<ChannelSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm.ChannelSpecification")
        .required("Name", "SupportedContentTypes", "SupportedInputModes")
        .allowed("SupportedCompressionTypes", "None", "Gzip")
        .allowed("SupportedInputModes", "Pipe", "File", "FastFile")
        .build();

    public ChannelSpecification() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Description}. */
    public ChannelSpecification description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ChannelSpecification description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code IsRequired}. */
    public ChannelSpecification isRequired(boolean value) {
      return set("IsRequired", Value.of(value));
    }

    /** Sets {@code IsRequired} to this value; see {@link #isRequired(boolean)}. */
    public ChannelSpecification isRequired(Value<Boolean> value) {
      return set("IsRequired", value);
    }

    /** Required. CloudFormation property {@code Name}. */
    public ChannelSpecification name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ChannelSpecification name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Allowed values: {@code None}, {@code Gzip}. CloudFormation property {@code
     * SupportedCompressionTypes}.
     */
    public ChannelSpecification supportedCompressionTypes(List<String> value) {
      return set("SupportedCompressionTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedCompressionTypes} to this value; see {@link
     * #supportedCompressionTypes(List)}.
     */
    public ChannelSpecification supportedCompressionTypes(Value<List<String>> value) {
      return set("SupportedCompressionTypes", value);
    }

    /** Required. CloudFormation property {@code SupportedContentTypes}. */
    public ChannelSpecification supportedContentTypes(List<String> value) {
      return set("SupportedContentTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedContentTypes} to this value; see {@link #supportedContentTypes(List)}.
     */
    public ChannelSpecification supportedContentTypes(Value<List<String>> value) {
      return set("SupportedContentTypes", value);
    }

    /**
     * Required. Allowed values: {@code Pipe}, {@code File}, {@code FastFile}. CloudFormation
     * property {@code SupportedInputModes}.
     */
    public ChannelSpecification supportedInputModes(List<String> value) {
      return set("SupportedInputModes", Value.listOf(value));
    }

    /** Sets {@code SupportedInputModes} to this value; see {@link #supportedInputModes(List)}. */
    public ChannelSpecification supportedInputModes(Value<List<String>> value) {
      return set("SupportedInputModes", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Algorithm.ContinuousParameterRangeSpecification}. */
  public static final class ContinuousParameterRangeSpecification extends Struct<ContinuousParameterRangeSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm.ContinuousParameterRangeSpecification")
        .required("MaxValue", "MinValue")
        .build();

    public ContinuousParameterRangeSpecification() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code MaxValue}. */
    public ContinuousParameterRangeSpecification maxValue(String value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(String)}. */
    public ContinuousParameterRangeSpecification maxValue(Value<String> value) {
      return set("MaxValue", value);
    }

    /** Required. CloudFormation property {@code MinValue}. */
    public ContinuousParameterRangeSpecification minValue(String value) {
      return set("MinValue", Value.of(value));
    }

    /** Sets {@code MinValue} to this value; see {@link #minValue(String)}. */
    public ContinuousParameterRangeSpecification minValue(Value<String> value) {
      return set("MinValue", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Algorithm.HyperParameterSpecification}. */
  public static final class HyperParameterSpecification extends Struct<HyperParameterSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm.HyperParameterSpecification")
        .required("Name", "Type")
        .allowed("Type", "Integer", "Continuous", "Categorical", "FreeText")
        .build();

    public HyperParameterSpecification() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code DefaultValue}. */
    public HyperParameterSpecification defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public HyperParameterSpecification defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /** CloudFormation property {@code Description}. */
    public HyperParameterSpecification description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public HyperParameterSpecification description(Value<String> value) {
      return set("Description", value);
    }

    /** CloudFormation property {@code IsRequired}. */
    public HyperParameterSpecification isRequired(boolean value) {
      return set("IsRequired", Value.of(value));
    }

    /** Sets {@code IsRequired} to this value; see {@link #isRequired(boolean)}. */
    public HyperParameterSpecification isRequired(Value<Boolean> value) {
      return set("IsRequired", value);
    }

    /** CloudFormation property {@code IsTunable}. */
    public HyperParameterSpecification isTunable(boolean value) {
      return set("IsTunable", Value.of(value));
    }

    /** Sets {@code IsTunable} to this value; see {@link #isTunable(boolean)}. */
    public HyperParameterSpecification isTunable(Value<Boolean> value) {
      return set("IsTunable", value);
    }

    /** Required. CloudFormation property {@code Name}. */
    public HyperParameterSpecification name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public HyperParameterSpecification name(Value<String> value) {
      return set("Name", value);
    }

    /** CloudFormation property {@code Range}. */
    public HyperParameterSpecification range(Value<ParameterRange> value) {
      return set("Range", value);
    }

    /**
     * Required. Allowed values: {@code Integer}, {@code Continuous}, {@code Categorical}, {@code
     * FreeText}. CloudFormation property {@code Type}.
     */
    public HyperParameterSpecification type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public HyperParameterSpecification type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Algorithm.HyperParameterTuningJobObjective}. */
  public static final class HyperParameterTuningJobObjective extends Struct<HyperParameterTuningJobObjective> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm.HyperParameterTuningJobObjective")
        .required("MetricName", "Type")
        .allowed("Type", "Maximize", "Minimize")
        .build();

    public HyperParameterTuningJobObjective() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code MetricName}. */
    public HyperParameterTuningJobObjective metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public HyperParameterTuningJobObjective metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * Required. Allowed values: {@code Maximize}, {@code Minimize}. CloudFormation property {@code
     * Type}.
     */
    public HyperParameterTuningJobObjective type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public HyperParameterTuningJobObjective type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Algorithm.InferenceSpecification}. */
  public static final class InferenceSpecification extends Struct<InferenceSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm.InferenceSpecification")
        .required("Containers")
        .build();

    public InferenceSpecification() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Containers}. */
    public InferenceSpecification containers(List<ModelPackageContainerDefinition> value) {
      return set("Containers", Value.listOf(value));
    }

    /** Sets {@code Containers} to this value; see {@link #containers(List)}. */
    public InferenceSpecification containers(Value<List<ModelPackageContainerDefinition>> value) {
      return set("Containers", value);
    }

    /** Sets {@code Containers} to a list of these; see {@link #containers(List)}. */
    public InferenceSpecification containers(ModelPackageContainerDefinition... values) {
      return set("Containers", Value.list(values));
    }

    /** CloudFormation property {@code SupportedContentTypes}. */
    public InferenceSpecification supportedContentTypes(List<String> value) {
      return set("SupportedContentTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedContentTypes} to this value; see {@link #supportedContentTypes(List)}.
     */
    public InferenceSpecification supportedContentTypes(Value<List<String>> value) {
      return set("SupportedContentTypes", value);
    }

    /** CloudFormation property {@code SupportedRealtimeInferenceInstanceTypes}. */
    public InferenceSpecification supportedRealtimeInferenceInstanceTypes(List<String> value) {
      return set("SupportedRealtimeInferenceInstanceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedRealtimeInferenceInstanceTypes} to this value; see {@link
     * #supportedRealtimeInferenceInstanceTypes(List)}.
     */
    public InferenceSpecification supportedRealtimeInferenceInstanceTypes(Value<List<String>> value) {
      return set("SupportedRealtimeInferenceInstanceTypes", value);
    }

    /** CloudFormation property {@code SupportedResponseMIMETypes}. */
    public InferenceSpecification supportedResponseMIMETypes(List<String> value) {
      return set("SupportedResponseMIMETypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedResponseMIMETypes} to this value; see {@link
     * #supportedResponseMIMETypes(List)}.
     */
    public InferenceSpecification supportedResponseMIMETypes(Value<List<String>> value) {
      return set("SupportedResponseMIMETypes", value);
    }

    /** CloudFormation property {@code SupportedTransformInstanceTypes}. */
    public InferenceSpecification supportedTransformInstanceTypes(List<String> value) {
      return set("SupportedTransformInstanceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedTransformInstanceTypes} to this value; see {@link
     * #supportedTransformInstanceTypes(List)}.
     */
    public InferenceSpecification supportedTransformInstanceTypes(Value<List<String>> value) {
      return set("SupportedTransformInstanceTypes", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Algorithm.IntegerParameterRangeSpecification}. */
  public static final class IntegerParameterRangeSpecification extends Struct<IntegerParameterRangeSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm.IntegerParameterRangeSpecification")
        .required("MaxValue", "MinValue")
        .build();

    public IntegerParameterRangeSpecification() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code MaxValue}. */
    public IntegerParameterRangeSpecification maxValue(String value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(String)}. */
    public IntegerParameterRangeSpecification maxValue(Value<String> value) {
      return set("MaxValue", value);
    }

    /** Required. CloudFormation property {@code MinValue}. */
    public IntegerParameterRangeSpecification minValue(String value) {
      return set("MinValue", Value.of(value));
    }

    /** Sets {@code MinValue} to this value; see {@link #minValue(String)}. */
    public IntegerParameterRangeSpecification minValue(Value<String> value) {
      return set("MinValue", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Algorithm.MetricDefinition}. */
  public static final class MetricDefinition extends Struct<MetricDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm.MetricDefinition")
        .required("Name", "Regex")
        .build();

    public MetricDefinition() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Name}. */
    public MetricDefinition name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MetricDefinition name(Value<String> value) {
      return set("Name", value);
    }

    /** Required. CloudFormation property {@code Regex}. */
    public MetricDefinition regex(String value) {
      return set("Regex", Value.of(value));
    }

    /** Sets {@code Regex} to this value; see {@link #regex(String)}. */
    public MetricDefinition regex(Value<String> value) {
      return set("Regex", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Algorithm.ModelInput}. */
  public static final class ModelInput extends Struct<ModelInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm.ModelInput")
        .required("DataInputConfig")
        .build();

    public ModelInput() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code DataInputConfig}. */
    public ModelInput dataInputConfig(String value) {
      return set("DataInputConfig", Value.of(value));
    }

    /** Sets {@code DataInputConfig} to this value; see {@link #dataInputConfig(String)}. */
    public ModelInput dataInputConfig(Value<String> value) {
      return set("DataInputConfig", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Algorithm.ModelPackageContainerDefinition}. */
  public static final class ModelPackageContainerDefinition extends Struct<ModelPackageContainerDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm.ModelPackageContainerDefinition")
        .required("Image")
        .build();

    public ModelPackageContainerDefinition() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ContainerHostname}. */
    public ModelPackageContainerDefinition containerHostname(String value) {
      return set("ContainerHostname", Value.of(value));
    }

    /** Sets {@code ContainerHostname} to this value; see {@link #containerHostname(String)}. */
    public ModelPackageContainerDefinition containerHostname(Value<String> value) {
      return set("ContainerHostname", value);
    }

    /** CloudFormation property {@code Environment}. */
    public ModelPackageContainerDefinition environment(Map<String, String> value) {
      return set("Environment", Value.mapOf(value));
    }

    /** Sets {@code Environment} to this value; see {@link #environment(Map)}. */
    public ModelPackageContainerDefinition environment(Value<Map<String, String>> value) {
      return set("Environment", value);
    }

    /** CloudFormation property {@code Framework}. */
    public ModelPackageContainerDefinition framework(String value) {
      return set("Framework", Value.of(value));
    }

    /** Sets {@code Framework} to this value; see {@link #framework(String)}. */
    public ModelPackageContainerDefinition framework(Value<String> value) {
      return set("Framework", value);
    }

    /** CloudFormation property {@code FrameworkVersion}. */
    public ModelPackageContainerDefinition frameworkVersion(String value) {
      return set("FrameworkVersion", Value.of(value));
    }

    /** Sets {@code FrameworkVersion} to this value; see {@link #frameworkVersion(String)}. */
    public ModelPackageContainerDefinition frameworkVersion(Value<String> value) {
      return set("FrameworkVersion", value);
    }

    /** Required. CloudFormation property {@code Image}. */
    public ModelPackageContainerDefinition image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public ModelPackageContainerDefinition image(Value<String> value) {
      return set("Image", value);
    }

    /** CloudFormation property {@code ImageDigest}. */
    public ModelPackageContainerDefinition imageDigest(String value) {
      return set("ImageDigest", Value.of(value));
    }

    /** Sets {@code ImageDigest} to this value; see {@link #imageDigest(String)}. */
    public ModelPackageContainerDefinition imageDigest(Value<String> value) {
      return set("ImageDigest", value);
    }

    /** CloudFormation property {@code IsCheckpoint}. */
    public ModelPackageContainerDefinition isCheckpoint(boolean value) {
      return set("IsCheckpoint", Value.of(value));
    }

    /** Sets {@code IsCheckpoint} to this value; see {@link #isCheckpoint(boolean)}. */
    public ModelPackageContainerDefinition isCheckpoint(Value<Boolean> value) {
      return set("IsCheckpoint", value);
    }

    /** CloudFormation property {@code ModelInput}. */
    public ModelPackageContainerDefinition modelInput(Value<ModelInput> value) {
      return set("ModelInput", value);
    }

    /** CloudFormation property {@code NearestModelName}. */
    public ModelPackageContainerDefinition nearestModelName(String value) {
      return set("NearestModelName", Value.of(value));
    }

    /** Sets {@code NearestModelName} to this value; see {@link #nearestModelName(String)}. */
    public ModelPackageContainerDefinition nearestModelName(Value<String> value) {
      return set("NearestModelName", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Algorithm.ParameterRange}. */
  public static final class ParameterRange extends Struct<ParameterRange> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Algorithm.ParameterRange");

    public ParameterRange() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CategoricalParameterRangeSpecification}. */
    public ParameterRange categoricalParameterRangeSpecification(Value<CategoricalParameterRangeSpecification> value) {
      return set("CategoricalParameterRangeSpecification", value);
    }

    /** CloudFormation property {@code ContinuousParameterRangeSpecification}. */
    public ParameterRange continuousParameterRangeSpecification(Value<ContinuousParameterRangeSpecification> value) {
      return set("ContinuousParameterRangeSpecification", value);
    }

    /** CloudFormation property {@code IntegerParameterRangeSpecification}. */
    public ParameterRange integerParameterRangeSpecification(Value<IntegerParameterRangeSpecification> value) {
      return set("IntegerParameterRangeSpecification", value);
    }
  }

  /** Property type {@code AWS::SageMaker::Algorithm.TrainingSpecification}. */
  public static final class TrainingSpecification extends Struct<TrainingSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm.TrainingSpecification")
        .required("SupportedTrainingInstanceTypes", "TrainingChannels", "TrainingImage")
        .build();

    public TrainingSpecification() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MetricDefinitions}. */
    public TrainingSpecification metricDefinitions(List<MetricDefinition> value) {
      return set("MetricDefinitions", Value.listOf(value));
    }

    /** Sets {@code MetricDefinitions} to this value; see {@link #metricDefinitions(List)}. */
    public TrainingSpecification metricDefinitions(Value<List<MetricDefinition>> value) {
      return set("MetricDefinitions", value);
    }

    /** Sets {@code MetricDefinitions} to a list of these; see {@link #metricDefinitions(List)}. */
    public TrainingSpecification metricDefinitions(MetricDefinition... values) {
      return set("MetricDefinitions", Value.list(values));
    }

    /** CloudFormation property {@code SupportedHyperParameters}. */
    public TrainingSpecification supportedHyperParameters(List<HyperParameterSpecification> value) {
      return set("SupportedHyperParameters", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedHyperParameters} to this value; see {@link
     * #supportedHyperParameters(List)}.
     */
    public TrainingSpecification supportedHyperParameters(Value<List<HyperParameterSpecification>> value) {
      return set("SupportedHyperParameters", value);
    }

    /**
     * Sets {@code SupportedHyperParameters} to a list of these; see {@link
     * #supportedHyperParameters(List)}.
     */
    public TrainingSpecification supportedHyperParameters(HyperParameterSpecification... values) {
      return set("SupportedHyperParameters", Value.list(values));
    }

    /** Required. CloudFormation property {@code SupportedTrainingInstanceTypes}. */
    public TrainingSpecification supportedTrainingInstanceTypes(List<String> value) {
      return set("SupportedTrainingInstanceTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedTrainingInstanceTypes} to this value; see {@link
     * #supportedTrainingInstanceTypes(List)}.
     */
    public TrainingSpecification supportedTrainingInstanceTypes(Value<List<String>> value) {
      return set("SupportedTrainingInstanceTypes", value);
    }

    /** CloudFormation property {@code SupportedTuningJobObjectiveMetrics}. */
    public TrainingSpecification supportedTuningJobObjectiveMetrics(List<HyperParameterTuningJobObjective> value) {
      return set("SupportedTuningJobObjectiveMetrics", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedTuningJobObjectiveMetrics} to this value; see {@link
     * #supportedTuningJobObjectiveMetrics(List)}.
     */
    public TrainingSpecification supportedTuningJobObjectiveMetrics(Value<List<HyperParameterTuningJobObjective>> value) {
      return set("SupportedTuningJobObjectiveMetrics", value);
    }

    /**
     * Sets {@code SupportedTuningJobObjectiveMetrics} to a list of these; see {@link
     * #supportedTuningJobObjectiveMetrics(List)}.
     */
    public TrainingSpecification supportedTuningJobObjectiveMetrics(HyperParameterTuningJobObjective... values) {
      return set("SupportedTuningJobObjectiveMetrics", Value.list(values));
    }

    /** CloudFormation property {@code SupportsDistributedTraining}. */
    public TrainingSpecification supportsDistributedTraining(boolean value) {
      return set("SupportsDistributedTraining", Value.of(value));
    }

    /**
     * Sets {@code SupportsDistributedTraining} to this value; see {@link
     * #supportsDistributedTraining(boolean)}.
     */
    public TrainingSpecification supportsDistributedTraining(Value<Boolean> value) {
      return set("SupportsDistributedTraining", value);
    }

    /** Required. CloudFormation property {@code TrainingChannels}. */
    public TrainingSpecification trainingChannels(List<ChannelSpecification> value) {
      return set("TrainingChannels", Value.listOf(value));
    }

    /** Sets {@code TrainingChannels} to this value; see {@link #trainingChannels(List)}. */
    public TrainingSpecification trainingChannels(Value<List<ChannelSpecification>> value) {
      return set("TrainingChannels", value);
    }

    /** Sets {@code TrainingChannels} to a list of these; see {@link #trainingChannels(List)}. */
    public TrainingSpecification trainingChannels(ChannelSpecification... values) {
      return set("TrainingChannels", Value.list(values));
    }

    /** Required. CloudFormation property {@code TrainingImage}. */
    public TrainingSpecification trainingImage(String value) {
      return set("TrainingImage", Value.of(value));
    }

    /** Sets {@code TrainingImage} to this value; see {@link #trainingImage(String)}. */
    public TrainingSpecification trainingImage(Value<String> value) {
      return set("TrainingImage", value);
    }

    /** CloudFormation property {@code TrainingImageDigest}. */
    public TrainingSpecification trainingImageDigest(String value) {
      return set("TrainingImageDigest", Value.of(value));
    }

    /** Sets {@code TrainingImageDigest} to this value; see {@link #trainingImageDigest(String)}. */
    public TrainingSpecification trainingImageDigest(Value<String> value) {
      return set("TrainingImageDigest", value);
    }
  }
}
