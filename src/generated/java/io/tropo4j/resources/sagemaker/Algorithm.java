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
 * Resource Type definition for AWS::SageMaker::Algorithm
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Algorithm}.
 */
public final class Algorithm extends Resource<Algorithm> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Algorithm")
      .required("AlgorithmName", "TrainingSpecification")
      .constrain("AlgorithmDescription", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$").minLength(0).maxLength(1024))
      .constrain("AlgorithmName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .refYields("AlgorithmArn")
      .attributes("AlgorithmArn", "CreationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Algorithm(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the algorithm.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{Z}&#92;p{S}&#92;p{N}&#92;p{P}]*$}. CloudFormation property {@code
   * AlgorithmDescription}.
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
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code AlgorithmName}.
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
        .constrain("Values", Constraint.of().minLength(0).maxLength(256))
        .build();

    public CategoricalParameterRangeSpecification() {
      super(SCHEMA);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code Values}. */
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
        .constrain("Description", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$").minLength(0).maxLength(1024))
        .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9\\.\\-_]+$").minLength(1).maxLength(64))
        .allowed("SupportedCompressionTypes", "None", "Gzip")
        .constrain("SupportedContentTypes", Constraint.of().minLength(0).maxLength(256))
        .allowed("SupportedInputModes", "Pipe", "File", "FastFile")
        .build();

    public ChannelSpecification() {
      super(SCHEMA);
    }

    /**
     * Length: 0 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{Z}&#92;p{S}&#92;p{N}&#92;p{P}]*$}. CloudFormation property {@code
     * Description}.
     */
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

    /**
     * Required. Length: 1 to 64 characters. Pattern: {@code ^[A-Za-z0-9&#92;.&#92;-_]+$}.
     * CloudFormation property {@code Name}.
     */
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

    /**
     * Required. Length: 0 to 256 characters. CloudFormation property {@code SupportedContentTypes}.
     */
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
        .constrain("MaxValue", Constraint.of().minLength(0).maxLength(256))
        .constrain("MinValue", Constraint.of().minLength(0).maxLength(256))
        .build();

    public ContinuousParameterRangeSpecification() {
      super(SCHEMA);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code MaxValue}. */
    public ContinuousParameterRangeSpecification maxValue(String value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(String)}. */
    public ContinuousParameterRangeSpecification maxValue(Value<String> value) {
      return set("MaxValue", value);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code MinValue}. */
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
        .constrain("DefaultValue", Constraint.of().minLength(0).maxLength(2500))
        .constrain("Description", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$").minLength(0).maxLength(1024))
        .constrain("Name", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$").minLength(0).maxLength(256))
        .allowed("Type", "Integer", "Continuous", "Categorical", "FreeText")
        .build();

    public HyperParameterSpecification() {
      super(SCHEMA);
    }

    /** Length: 0 to 2500 characters. CloudFormation property {@code DefaultValue}. */
    public HyperParameterSpecification defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public HyperParameterSpecification defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * Length: 0 to 1024 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{Z}&#92;p{S}&#92;p{N}&#92;p{P}]*$}. CloudFormation property {@code
     * Description}.
     */
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

    /**
     * Required. Length: 0 to 256 characters. Pattern: {@code
     * ^[&#92;p{L}&#92;p{M}&#92;p{Z}&#92;p{S}&#92;p{N}&#92;p{P}]*$}. CloudFormation property {@code
     * Name}.
     */
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
        .constrain("MetricName", Constraint.of().pattern("^.+$").minLength(1).maxLength(255))
        .allowed("Type", "Maximize", "Minimize")
        .build();

    public HyperParameterTuningJobObjective() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 255 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
     * MetricName}.
     */
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
        .constrain("SupportedContentTypes", Constraint.of().minLength(0).maxLength(256))
        .allowed("SupportedRealtimeInferenceInstanceTypes", "ml.c4.2xlarge", "ml.c4.4xlarge",
            "ml.c4.8xlarge", "ml.c4.large", "ml.c4.xlarge", "ml.c5.18xlarge", "ml.c5.2xlarge",
            "ml.c5.4xlarge", "ml.c5.9xlarge", "ml.c5.large", "ml.c5.xlarge", "ml.c5d.18xlarge",
            "ml.c5d.2xlarge", "ml.c5d.4xlarge", "ml.c5d.9xlarge", "ml.c5d.large", "ml.c5d.xlarge",
            "ml.c6g.12xlarge", "ml.c6g.16xlarge", "ml.c6g.2xlarge", "ml.c6g.4xlarge",
            "ml.c6g.8xlarge", "ml.c6g.large", "ml.c6g.xlarge", "ml.c6gd.12xlarge",
            "ml.c6gd.16xlarge", "ml.c6gd.2xlarge", "ml.c6gd.4xlarge", "ml.c6gd.8xlarge",
            "ml.c6gd.large", "ml.c6gd.xlarge", "ml.c6gn.12xlarge", "ml.c6gn.16xlarge",
            "ml.c6gn.2xlarge", "ml.c6gn.4xlarge", "ml.c6gn.8xlarge", "ml.c6gn.large",
            "ml.c6gn.xlarge", "ml.c6i.12xlarge", "ml.c6i.16xlarge", "ml.c6i.24xlarge",
            "ml.c6i.2xlarge", "ml.c6i.32xlarge", "ml.c6i.4xlarge", "ml.c6i.8xlarge", "ml.c6i.large",
            "ml.c6i.xlarge", "ml.c6in.12xlarge", "ml.c6in.16xlarge", "ml.c6in.24xlarge",
            "ml.c6in.2xlarge", "ml.c6in.32xlarge", "ml.c6in.4xlarge", "ml.c6in.8xlarge",
            "ml.c6in.large", "ml.c6in.xlarge", "ml.c7g.12xlarge", "ml.c7g.16xlarge",
            "ml.c7g.2xlarge", "ml.c7g.4xlarge", "ml.c7g.8xlarge", "ml.c7g.large", "ml.c7g.xlarge",
            "ml.c7i.12xlarge", "ml.c7i.16xlarge", "ml.c7i.24xlarge", "ml.c7i.2xlarge",
            "ml.c7i.48xlarge", "ml.c7i.4xlarge", "ml.c7i.8xlarge", "ml.c7i.large", "ml.c7i.xlarge",
            "ml.c8g.12xlarge", "ml.c8g.16xlarge", "ml.c8g.24xlarge", "ml.c8g.2xlarge",
            "ml.c8g.48xlarge", "ml.c8g.4xlarge", "ml.c8g.8xlarge", "ml.c8g.large", "ml.c8g.medium",
            "ml.c8g.xlarge", "ml.dl1.24xlarge", "ml.g4dn.12xlarge", "ml.g4dn.16xlarge",
            "ml.g4dn.2xlarge", "ml.g4dn.4xlarge", "ml.g4dn.8xlarge", "ml.g4dn.xlarge",
            "ml.g5.12xlarge", "ml.g5.16xlarge", "ml.g5.24xlarge", "ml.g5.2xlarge", "ml.g5.48xlarge",
            "ml.g5.4xlarge", "ml.g5.8xlarge", "ml.g5.xlarge", "ml.g6.12xlarge", "ml.g6.16xlarge",
            "ml.g6.24xlarge", "ml.g6.2xlarge", "ml.g6.48xlarge", "ml.g6.4xlarge", "ml.g6.8xlarge",
            "ml.g6.xlarge", "ml.g6e.12xlarge", "ml.g6e.16xlarge", "ml.g6e.24xlarge",
            "ml.g6e.2xlarge", "ml.g6e.48xlarge", "ml.g6e.4xlarge", "ml.g6e.8xlarge",
            "ml.g6e.xlarge", "ml.g7.12xlarge", "ml.g7.24xlarge", "ml.g7.2xlarge", "ml.g7.48xlarge",
            "ml.g7.4xlarge", "ml.g7.8xlarge", "ml.g7e.12xlarge", "ml.g7e.24xlarge",
            "ml.g7e.2xlarge", "ml.g7e.48xlarge", "ml.g7e.4xlarge", "ml.g7e.8xlarge",
            "ml.inf1.24xlarge", "ml.inf1.2xlarge", "ml.inf1.6xlarge", "ml.inf1.xlarge",
            "ml.inf2.24xlarge", "ml.inf2.48xlarge", "ml.inf2.8xlarge", "ml.inf2.xlarge",
            "ml.m4.10xlarge", "ml.m4.16xlarge", "ml.m4.2xlarge", "ml.m4.4xlarge", "ml.m4.xlarge",
            "ml.m5.12xlarge", "ml.m5.24xlarge", "ml.m5.2xlarge", "ml.m5.4xlarge", "ml.m5.large",
            "ml.m5.xlarge", "ml.m5d.12xlarge", "ml.m5d.24xlarge", "ml.m5d.2xlarge",
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
        .constrain("SupportedResponseMIMETypes", Constraint.of().pattern("^[-\\w]+\\/.+$").minLength(0).maxLength(1024))
        .allowed("SupportedTransformInstanceTypes", "ml.c4.2xlarge", "ml.c4.4xlarge",
            "ml.c4.8xlarge", "ml.c4.xlarge", "ml.c5.18xlarge", "ml.c5.2xlarge", "ml.c5.4xlarge",
            "ml.c5.9xlarge", "ml.c5.xlarge", "ml.c6i.12xlarge", "ml.c6i.16xlarge",
            "ml.c6i.24xlarge", "ml.c6i.2xlarge", "ml.c6i.32xlarge", "ml.c6i.4xlarge",
            "ml.c6i.8xlarge", "ml.c6i.large", "ml.c6i.xlarge", "ml.c7i.12xlarge", "ml.c7i.16xlarge",
            "ml.c7i.24xlarge", "ml.c7i.2xlarge", "ml.c7i.48xlarge", "ml.c7i.4xlarge",
            "ml.c7i.8xlarge", "ml.c7i.large", "ml.c7i.xlarge", "ml.g4dn.12xlarge",
            "ml.g4dn.16xlarge", "ml.g4dn.2xlarge", "ml.g4dn.4xlarge", "ml.g4dn.8xlarge",
            "ml.g4dn.xlarge", "ml.g5.12xlarge", "ml.g5.16xlarge", "ml.g5.24xlarge", "ml.g5.2xlarge",
            "ml.g5.48xlarge", "ml.g5.4xlarge", "ml.g5.8xlarge", "ml.g5.xlarge", "ml.g6.12xlarge",
            "ml.g6.16xlarge", "ml.g6.24xlarge", "ml.g6.2xlarge", "ml.g6.48xlarge", "ml.g6.4xlarge",
            "ml.g6.8xlarge", "ml.g6.xlarge", "ml.g6e.12xlarge", "ml.g6e.16xlarge",
            "ml.g6e.24xlarge", "ml.g6e.2xlarge", "ml.g6e.48xlarge", "ml.g6e.4xlarge",
            "ml.g6e.8xlarge", "ml.g6e.xlarge", "ml.inf2.24xlarge", "ml.inf2.48xlarge",
            "ml.inf2.8xlarge", "ml.inf2.xlarge", "ml.m4.10xlarge", "ml.m4.16xlarge",
            "ml.m4.2xlarge", "ml.m4.4xlarge", "ml.m4.xlarge", "ml.m5.12xlarge", "ml.m5.24xlarge",
            "ml.m5.2xlarge", "ml.m5.4xlarge", "ml.m5.large", "ml.m5.xlarge", "ml.m6i.12xlarge",
            "ml.m6i.16xlarge", "ml.m6i.24xlarge", "ml.m6i.2xlarge", "ml.m6i.32xlarge",
            "ml.m6i.4xlarge", "ml.m6i.8xlarge", "ml.m6i.large", "ml.m6i.xlarge", "ml.m7i.12xlarge",
            "ml.m7i.16xlarge", "ml.m7i.24xlarge", "ml.m7i.2xlarge", "ml.m7i.48xlarge",
            "ml.m7i.4xlarge", "ml.m7i.8xlarge", "ml.m7i.large", "ml.m7i.xlarge", "ml.p2.16xlarge",
            "ml.p2.8xlarge", "ml.p2.xlarge", "ml.p3.16xlarge", "ml.p3.2xlarge", "ml.p3.8xlarge",
            "ml.r6i.12xlarge", "ml.r6i.16xlarge", "ml.r6i.24xlarge", "ml.r6i.2xlarge",
            "ml.r6i.32xlarge", "ml.r6i.4xlarge", "ml.r6i.8xlarge", "ml.r6i.large", "ml.r6i.xlarge",
            "ml.r7i.12xlarge", "ml.r7i.16xlarge", "ml.r7i.24xlarge", "ml.r7i.2xlarge",
            "ml.r7i.48xlarge", "ml.r7i.4xlarge", "ml.r7i.8xlarge", "ml.r7i.large", "ml.r7i.xlarge",
            "ml.trn1.2xlarge", "ml.trn1.32xlarge")
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

    /** Length: 0 to 256 characters. CloudFormation property {@code SupportedContentTypes}. */
    public InferenceSpecification supportedContentTypes(List<String> value) {
      return set("SupportedContentTypes", Value.listOf(value));
    }

    /**
     * Sets {@code SupportedContentTypes} to this value; see {@link #supportedContentTypes(List)}.
     */
    public InferenceSpecification supportedContentTypes(Value<List<String>> value) {
      return set("SupportedContentTypes", value);
    }

    /**
     * Allowed values: {@code ml.c4.2xlarge}, {@code ml.c4.4xlarge}, {@code ml.c4.8xlarge}, {@code
     * ml.c4.large}, {@code ml.c4.xlarge}, {@code ml.c5.18xlarge}, {@code ml.c5.2xlarge}, {@code
     * ml.c5.4xlarge}, {@code ml.c5.9xlarge}, {@code ml.c5.large}, {@code ml.c5.xlarge}, {@code
     * ml.c5d.18xlarge}, {@code ml.c5d.2xlarge}, {@code ml.c5d.4xlarge}, {@code ml.c5d.9xlarge},
     * {@code ml.c5d.large}, {@code ml.c5d.xlarge}, {@code ml.c6g.12xlarge}, {@code
     * ml.c6g.16xlarge}, {@code ml.c6g.2xlarge}, {@code ml.c6g.4xlarge}, {@code ml.c6g.8xlarge},
     * {@code ml.c6g.large}, {@code ml.c6g.xlarge}, {@code ml.c6gd.12xlarge}, {@code
     * ml.c6gd.16xlarge}, {@code ml.c6gd.2xlarge}, {@code ml.c6gd.4xlarge}, {@code ml.c6gd.8xlarge},
     * {@code ml.c6gd.large}, {@code ml.c6gd.xlarge}, {@code ml.c6gn.12xlarge}, {@code
     * ml.c6gn.16xlarge}, {@code ml.c6gn.2xlarge}, {@code ml.c6gn.4xlarge}, {@code ml.c6gn.8xlarge},
     * {@code ml.c6gn.large}, {@code ml.c6gn.xlarge}, {@code ml.c6i.12xlarge}, {@code
     * ml.c6i.16xlarge}, {@code ml.c6i.24xlarge}, {@code ml.c6i.2xlarge}, {@code ml.c6i.32xlarge},
     * {@code ml.c6i.4xlarge}, {@code ml.c6i.8xlarge}, {@code ml.c6i.large}, {@code ml.c6i.xlarge},
     * {@code ml.c6in.12xlarge}, {@code ml.c6in.16xlarge}, {@code ml.c6in.24xlarge}, {@code
     * ml.c6in.2xlarge}, {@code ml.c6in.32xlarge}, {@code ml.c6in.4xlarge}, {@code ml.c6in.8xlarge},
     * {@code ml.c6in.large}, {@code ml.c6in.xlarge}, {@code ml.c7g.12xlarge}, {@code
     * ml.c7g.16xlarge}, {@code ml.c7g.2xlarge}, {@code ml.c7g.4xlarge}, {@code ml.c7g.8xlarge},
     * {@code ml.c7g.large}, {@code ml.c7g.xlarge}, {@code ml.c7i.12xlarge}, {@code
     * ml.c7i.16xlarge}, {@code ml.c7i.24xlarge}, {@code ml.c7i.2xlarge}, {@code ml.c7i.48xlarge},
     * {@code ml.c7i.4xlarge}, {@code ml.c7i.8xlarge}, {@code ml.c7i.large}, {@code ml.c7i.xlarge},
     * {@code ml.c8g.12xlarge}, {@code ml.c8g.16xlarge}, {@code ml.c8g.24xlarge}, {@code
     * ml.c8g.2xlarge}, {@code ml.c8g.48xlarge}, {@code ml.c8g.4xlarge}, {@code ml.c8g.8xlarge},
     * {@code ml.c8g.large}, {@code ml.c8g.medium}, {@code ml.c8g.xlarge}, {@code ml.dl1.24xlarge},
     * {@code ml.g4dn.12xlarge}, {@code ml.g4dn.16xlarge}, {@code ml.g4dn.2xlarge}, {@code
     * ml.g4dn.4xlarge}, {@code ml.g4dn.8xlarge}, {@code ml.g4dn.xlarge}, {@code ml.g5.12xlarge},
     * {@code ml.g5.16xlarge}, {@code ml.g5.24xlarge}, {@code ml.g5.2xlarge}, {@code
     * ml.g5.48xlarge}, {@code ml.g5.4xlarge}, {@code ml.g5.8xlarge}, {@code ml.g5.xlarge}, {@code
     * ml.g6.12xlarge}, {@code ml.g6.16xlarge}, {@code ml.g6.24xlarge}, {@code ml.g6.2xlarge},
     * {@code ml.g6.48xlarge}, {@code ml.g6.4xlarge}, {@code ml.g6.8xlarge}, {@code ml.g6.xlarge},
     * {@code ml.g6e.12xlarge}, {@code ml.g6e.16xlarge}, {@code ml.g6e.24xlarge}, {@code
     * ml.g6e.2xlarge}, {@code ml.g6e.48xlarge}, {@code ml.g6e.4xlarge}, {@code ml.g6e.8xlarge},
     * {@code ml.g6e.xlarge}, {@code ml.g7.12xlarge}, {@code ml.g7.24xlarge}, {@code ml.g7.2xlarge},
     * {@code ml.g7.48xlarge}, {@code ml.g7.4xlarge}, {@code ml.g7.8xlarge}, {@code
     * ml.g7e.12xlarge}, {@code ml.g7e.24xlarge}, {@code ml.g7e.2xlarge}, {@code ml.g7e.48xlarge},
     * {@code ml.g7e.4xlarge}, {@code ml.g7e.8xlarge}, {@code ml.inf1.24xlarge}, {@code
     * ml.inf1.2xlarge}, {@code ml.inf1.6xlarge}, {@code ml.inf1.xlarge}, {@code ml.inf2.24xlarge},
     * {@code ml.inf2.48xlarge}, {@code ml.inf2.8xlarge}, {@code ml.inf2.xlarge}, {@code
     * ml.m4.10xlarge}, {@code ml.m4.16xlarge}, {@code ml.m4.2xlarge}, {@code ml.m4.4xlarge}, {@code
     * ml.m4.xlarge}, {@code ml.m5.12xlarge}, {@code ml.m5.24xlarge}, {@code ml.m5.2xlarge}, {@code
     * ml.m5.4xlarge}, {@code ml.m5.large}, {@code ml.m5.xlarge}, {@code ml.m5d.12xlarge}, {@code
     * ml.m5d.24xlarge}, {@code ml.m5d.2xlarge}, {@code ml.m5d.4xlarge}, {@code ml.m5d.large},
     * {@code ml.m5d.xlarge}, {@code ml.m6g.12xlarge}, {@code ml.m6g.16xlarge}, {@code
     * ml.m6g.2xlarge}, {@code ml.m6g.4xlarge}, {@code ml.m6g.8xlarge}, {@code ml.m6g.large}, {@code
     * ml.m6g.xlarge}, {@code ml.m6gd.12xlarge}, {@code ml.m6gd.16xlarge}, {@code ml.m6gd.2xlarge},
     * {@code ml.m6gd.4xlarge}, {@code ml.m6gd.8xlarge}, {@code ml.m6gd.large}, {@code
     * ml.m6gd.xlarge}, {@code ml.m6i.12xlarge}, {@code ml.m6i.16xlarge}, {@code ml.m6i.24xlarge},
     * {@code ml.m6i.2xlarge}, {@code ml.m6i.32xlarge}, {@code ml.m6i.4xlarge}, {@code
     * ml.m6i.8xlarge}, {@code ml.m6i.large}, {@code ml.m6i.xlarge}, {@code ml.m7i.12xlarge}, {@code
     * ml.m7i.16xlarge}, {@code ml.m7i.24xlarge}, {@code ml.m7i.2xlarge}, {@code ml.m7i.48xlarge},
     * {@code ml.m7i.4xlarge}, {@code ml.m7i.8xlarge}, {@code ml.m7i.large}, {@code ml.m7i.xlarge},
     * {@code ml.m8g.12xlarge}, {@code ml.m8g.16xlarge}, {@code ml.m8g.24xlarge}, {@code
     * ml.m8g.2xlarge}, {@code ml.m8g.48xlarge}, {@code ml.m8g.4xlarge}, {@code ml.m8g.8xlarge},
     * {@code ml.m8g.large}, {@code ml.m8g.medium}, {@code ml.m8g.xlarge}, {@code ml.p2.16xlarge},
     * {@code ml.p2.8xlarge}, {@code ml.p2.xlarge}, {@code ml.p3.16xlarge}, {@code ml.p3.2xlarge},
     * {@code ml.p3.8xlarge}, {@code ml.p4d.24xlarge}, {@code ml.p4de.24xlarge}, {@code
     * ml.p5.48xlarge}, {@code ml.p5.4xlarge}, {@code ml.p5e.48xlarge}, {@code ml.p5en.48xlarge},
     * {@code ml.p6-b200.48xlarge}, {@code ml.p6-b300.48xlarge}, {@code ml.p6e-gb200.36xlarge},
     * {@code ml.r5.12xlarge}, {@code ml.r5.24xlarge}, {@code ml.r5.2xlarge}, {@code ml.r5.4xlarge},
     * {@code ml.r5.large}, {@code ml.r5.xlarge}, {@code ml.r5d.12xlarge}, {@code ml.r5d.24xlarge},
     * {@code ml.r5d.2xlarge}, {@code ml.r5d.4xlarge}, {@code ml.r5d.large}, {@code ml.r5d.xlarge},
     * {@code ml.r6g.12xlarge}, {@code ml.r6g.16xlarge}, {@code ml.r6g.2xlarge}, {@code
     * ml.r6g.4xlarge}, {@code ml.r6g.8xlarge}, {@code ml.r6g.large}, {@code ml.r6g.xlarge}, {@code
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
     * {@code ml.trn2.48xlarge}. CloudFormation property {@code
     * SupportedRealtimeInferenceInstanceTypes}.
     */
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

    /**
     * Length: 0 to 1024 characters. Pattern: {@code ^[-&#92;w]+&#92;/.+$}. CloudFormation property
     * {@code SupportedResponseMIMETypes}.
     */
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

    /**
     * Allowed values: {@code ml.c4.2xlarge}, {@code ml.c4.4xlarge}, {@code ml.c4.8xlarge}, {@code
     * ml.c4.xlarge}, {@code ml.c5.18xlarge}, {@code ml.c5.2xlarge}, {@code ml.c5.4xlarge}, {@code
     * ml.c5.9xlarge}, {@code ml.c5.xlarge}, {@code ml.c6i.12xlarge}, {@code ml.c6i.16xlarge},
     * {@code ml.c6i.24xlarge}, {@code ml.c6i.2xlarge}, {@code ml.c6i.32xlarge}, {@code
     * ml.c6i.4xlarge}, {@code ml.c6i.8xlarge}, {@code ml.c6i.large}, {@code ml.c6i.xlarge}, {@code
     * ml.c7i.12xlarge}, {@code ml.c7i.16xlarge}, {@code ml.c7i.24xlarge}, {@code ml.c7i.2xlarge},
     * {@code ml.c7i.48xlarge}, {@code ml.c7i.4xlarge}, {@code ml.c7i.8xlarge}, {@code
     * ml.c7i.large}, {@code ml.c7i.xlarge}, {@code ml.g4dn.12xlarge}, {@code ml.g4dn.16xlarge},
     * {@code ml.g4dn.2xlarge}, {@code ml.g4dn.4xlarge}, {@code ml.g4dn.8xlarge}, {@code
     * ml.g4dn.xlarge}, {@code ml.g5.12xlarge}, {@code ml.g5.16xlarge}, {@code ml.g5.24xlarge},
     * {@code ml.g5.2xlarge}, {@code ml.g5.48xlarge}, {@code ml.g5.4xlarge}, {@code ml.g5.8xlarge},
     * {@code ml.g5.xlarge}, {@code ml.g6.12xlarge}, {@code ml.g6.16xlarge}, {@code ml.g6.24xlarge},
     * {@code ml.g6.2xlarge}, {@code ml.g6.48xlarge}, {@code ml.g6.4xlarge}, {@code ml.g6.8xlarge},
     * {@code ml.g6.xlarge}, {@code ml.g6e.12xlarge}, {@code ml.g6e.16xlarge}, {@code
     * ml.g6e.24xlarge}, {@code ml.g6e.2xlarge}, {@code ml.g6e.48xlarge}, {@code ml.g6e.4xlarge},
     * {@code ml.g6e.8xlarge}, {@code ml.g6e.xlarge}, {@code ml.inf2.24xlarge}, {@code
     * ml.inf2.48xlarge}, {@code ml.inf2.8xlarge}, {@code ml.inf2.xlarge}, {@code ml.m4.10xlarge},
     * {@code ml.m4.16xlarge}, {@code ml.m4.2xlarge}, {@code ml.m4.4xlarge}, {@code ml.m4.xlarge},
     * {@code ml.m5.12xlarge}, {@code ml.m5.24xlarge}, {@code ml.m5.2xlarge}, {@code ml.m5.4xlarge},
     * {@code ml.m5.large}, {@code ml.m5.xlarge}, {@code ml.m6i.12xlarge}, {@code ml.m6i.16xlarge},
     * {@code ml.m6i.24xlarge}, {@code ml.m6i.2xlarge}, {@code ml.m6i.32xlarge}, {@code
     * ml.m6i.4xlarge}, {@code ml.m6i.8xlarge}, {@code ml.m6i.large}, {@code ml.m6i.xlarge}, {@code
     * ml.m7i.12xlarge}, {@code ml.m7i.16xlarge}, {@code ml.m7i.24xlarge}, {@code ml.m7i.2xlarge},
     * {@code ml.m7i.48xlarge}, {@code ml.m7i.4xlarge}, {@code ml.m7i.8xlarge}, {@code
     * ml.m7i.large}, {@code ml.m7i.xlarge}, {@code ml.p2.16xlarge}, {@code ml.p2.8xlarge}, {@code
     * ml.p2.xlarge}, {@code ml.p3.16xlarge}, {@code ml.p3.2xlarge}, {@code ml.p3.8xlarge}, {@code
     * ml.r6i.12xlarge}, {@code ml.r6i.16xlarge}, {@code ml.r6i.24xlarge}, {@code ml.r6i.2xlarge},
     * {@code ml.r6i.32xlarge}, {@code ml.r6i.4xlarge}, {@code ml.r6i.8xlarge}, {@code
     * ml.r6i.large}, {@code ml.r6i.xlarge}, {@code ml.r7i.12xlarge}, {@code ml.r7i.16xlarge},
     * {@code ml.r7i.24xlarge}, {@code ml.r7i.2xlarge}, {@code ml.r7i.48xlarge}, {@code
     * ml.r7i.4xlarge}, {@code ml.r7i.8xlarge}, {@code ml.r7i.large}, {@code ml.r7i.xlarge}, {@code
     * ml.trn1.2xlarge}, {@code ml.trn1.32xlarge}. CloudFormation property {@code
     * SupportedTransformInstanceTypes}.
     */
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
        .constrain("MaxValue", Constraint.of().minLength(0).maxLength(256))
        .constrain("MinValue", Constraint.of().minLength(0).maxLength(256))
        .build();

    public IntegerParameterRangeSpecification() {
      super(SCHEMA);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code MaxValue}. */
    public IntegerParameterRangeSpecification maxValue(String value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(String)}. */
    public IntegerParameterRangeSpecification maxValue(Value<String> value) {
      return set("MaxValue", value);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code MinValue}. */
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
        .constrain("Name", Constraint.of().pattern("^.+$").minLength(1).maxLength(255))
        .constrain("Regex", Constraint.of().pattern("^.+$").minLength(1).maxLength(500))
        .build();

    public MetricDefinition() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 255 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
     * Name}.
     */
    public MetricDefinition name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MetricDefinition name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Required. Length: 1 to 500 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
     * Regex}.
     */
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
        .constrain("DataInputConfig", Constraint.of().pattern("^[\\S\\s]+$").minLength(1).maxLength(16384))
        .build();

    public ModelInput() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 16384 characters. Pattern: {@code ^[&#92;S&#92;s]+$}. CloudFormation
     * property {@code DataInputConfig}.
     */
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
        .constrain("ContainerHostname", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").maxLength(63))
        .constrain("FrameworkVersion", Constraint.of().pattern("^[0-9]\\.[A-Za-z0-9.-]+$").minLength(3).maxLength(10))
        .constrain("Image", Constraint.of().pattern("^[\\S]+$").minLength(0).maxLength(255))
        .constrain("ImageDigest", Constraint.of().pattern("^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$").minLength(0).maxLength(72))
        .build();

    public ModelPackageContainerDefinition() {
      super(SCHEMA);
    }

    /**
     * Length: at most 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}.
     * CloudFormation property {@code ContainerHostname}.
     */
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

    /**
     * Length: 3 to 10 characters. Pattern: {@code ^[0-9]&#92;.[A-Za-z0-9.-]+$}. CloudFormation
     * property {@code FrameworkVersion}.
     */
    public ModelPackageContainerDefinition frameworkVersion(String value) {
      return set("FrameworkVersion", Value.of(value));
    }

    /** Sets {@code FrameworkVersion} to this value; see {@link #frameworkVersion(String)}. */
    public ModelPackageContainerDefinition frameworkVersion(Value<String> value) {
      return set("FrameworkVersion", value);
    }

    /**
     * Required. Length: 0 to 255 characters. Pattern: {@code ^[&#92;S]+$}. CloudFormation property
     * {@code Image}.
     */
    public ModelPackageContainerDefinition image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public ModelPackageContainerDefinition image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * Length: 0 to 72 characters. Pattern: {@code ^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$}.
     * CloudFormation property {@code ImageDigest}.
     */
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
        .allowed("SupportedTrainingInstanceTypes", "ml.c4.2xlarge", "ml.c4.4xlarge",
            "ml.c4.8xlarge", "ml.c4.xlarge", "ml.c5.18xlarge", "ml.c5.2xlarge", "ml.c5.4xlarge",
            "ml.c5.9xlarge", "ml.c5.xlarge", "ml.c5n.18xlarge", "ml.c5n.2xlarge", "ml.c5n.4xlarge",
            "ml.c5n.9xlarge", "ml.c5n.xlarge", "ml.c6i.12xlarge", "ml.c6i.16xlarge",
            "ml.c6i.24xlarge", "ml.c6i.2xlarge", "ml.c6i.32xlarge", "ml.c6i.4xlarge",
            "ml.c6i.8xlarge", "ml.c6i.xlarge", "ml.c7i-flex.12xlarge", "ml.c7i-flex.16xlarge",
            "ml.c7i-flex.2xlarge", "ml.c7i-flex.4xlarge", "ml.c7i-flex.8xlarge",
            "ml.c7i-flex.xlarge", "ml.c7i.12xlarge", "ml.c7i.16xlarge", "ml.c7i.24xlarge",
            "ml.c7i.2xlarge", "ml.c7i.48xlarge", "ml.c7i.4xlarge", "ml.c7i.8xlarge", "ml.c7i.large",
            "ml.c7i.xlarge", "ml.c8i-flex.12xlarge", "ml.c8i-flex.16xlarge", "ml.c8i-flex.2xlarge",
            "ml.c8i-flex.4xlarge", "ml.c8i-flex.8xlarge", "ml.c8i-flex.xlarge", "ml.c8i.12xlarge",
            "ml.c8i.16xlarge", "ml.c8i.24xlarge", "ml.c8i.2xlarge", "ml.c8i.32xlarge",
            "ml.c8i.48xlarge", "ml.c8i.4xlarge", "ml.c8i.8xlarge", "ml.c8i.96xlarge",
            "ml.c8i.xlarge", "ml.g4dn.12xlarge", "ml.g4dn.16xlarge", "ml.g4dn.2xlarge",
            "ml.g4dn.4xlarge", "ml.g4dn.8xlarge", "ml.g4dn.xlarge", "ml.g5.12xlarge",
            "ml.g5.16xlarge", "ml.g5.24xlarge", "ml.g5.2xlarge", "ml.g5.48xlarge", "ml.g5.4xlarge",
            "ml.g5.8xlarge", "ml.g5.xlarge", "ml.g6.12xlarge", "ml.g6.16xlarge", "ml.g6.24xlarge",
            "ml.g6.2xlarge", "ml.g6.48xlarge", "ml.g6.4xlarge", "ml.g6.8xlarge", "ml.g6.xlarge",
            "ml.g6e.12xlarge", "ml.g6e.16xlarge", "ml.g6e.24xlarge", "ml.g6e.2xlarge",
            "ml.g6e.48xlarge", "ml.g6e.4xlarge", "ml.g6e.8xlarge", "ml.g6e.xlarge",
            "ml.g7.12xlarge", "ml.g7.24xlarge", "ml.g7.2xlarge", "ml.g7.48xlarge", "ml.g7.4xlarge",
            "ml.g7.8xlarge", "ml.g7e.12xlarge", "ml.g7e.24xlarge", "ml.g7e.2xlarge",
            "ml.g7e.48xlarge", "ml.g7e.4xlarge", "ml.g7e.8xlarge", "ml.m4.10xlarge",
            "ml.m4.16xlarge", "ml.m4.2xlarge", "ml.m4.4xlarge", "ml.m4.xlarge", "ml.m5.12xlarge",
            "ml.m5.24xlarge", "ml.m5.2xlarge", "ml.m5.4xlarge", "ml.m5.large", "ml.m5.xlarge",
            "ml.m6i.12xlarge", "ml.m6i.16xlarge", "ml.m6i.24xlarge", "ml.m6i.2xlarge",
            "ml.m6i.32xlarge", "ml.m6i.4xlarge", "ml.m6i.8xlarge", "ml.m6i.large", "ml.m6i.xlarge",
            "ml.m7i-flex.12xlarge", "ml.m7i-flex.16xlarge", "ml.m7i-flex.2xlarge",
            "ml.m7i-flex.4xlarge", "ml.m7i-flex.8xlarge", "ml.m7i-flex.large", "ml.m7i-flex.xlarge",
            "ml.m7i.12xlarge", "ml.m7i.16xlarge", "ml.m7i.24xlarge", "ml.m7i.2xlarge",
            "ml.m7i.48xlarge", "ml.m7i.4xlarge", "ml.m7i.8xlarge", "ml.m7i.large", "ml.m7i.xlarge",
            "ml.m8i-flex.12xlarge", "ml.m8i-flex.16xlarge", "ml.m8i-flex.2xlarge",
            "ml.m8i-flex.4xlarge", "ml.m8i-flex.8xlarge", "ml.m8i-flex.large", "ml.m8i-flex.xlarge",
            "ml.m8i.12xlarge", "ml.m8i.16xlarge", "ml.m8i.24xlarge", "ml.m8i.2xlarge",
            "ml.m8i.32xlarge", "ml.m8i.48xlarge", "ml.m8i.4xlarge", "ml.m8i.8xlarge",
            "ml.m8i.96xlarge", "ml.m8i.large", "ml.m8i.xlarge", "ml.p2.16xlarge", "ml.p2.8xlarge",
            "ml.p2.xlarge", "ml.p3.16xlarge", "ml.p3.2xlarge", "ml.p3.8xlarge", "ml.p3dn.24xlarge",
            "ml.p4d.24xlarge", "ml.p4de.24xlarge", "ml.p5.48xlarge", "ml.p5.4xlarge",
            "ml.p5e.48xlarge", "ml.p5en.48xlarge", "ml.p6-b200.48xlarge", "ml.p6-b300.48xlarge",
            "ml.p6e-gb200.36xlarge", "ml.r5.12xlarge", "ml.r5.16xlarge", "ml.r5.24xlarge",
            "ml.r5.2xlarge", "ml.r5.4xlarge", "ml.r5.8xlarge", "ml.r5.large", "ml.r5.xlarge",
            "ml.r5d.12xlarge", "ml.r5d.16xlarge", "ml.r5d.24xlarge", "ml.r5d.2xlarge",
            "ml.r5d.4xlarge", "ml.r5d.8xlarge", "ml.r5d.large", "ml.r5d.xlarge", "ml.r6i.12xlarge",
            "ml.r6i.16xlarge", "ml.r6i.24xlarge", "ml.r6i.2xlarge", "ml.r6i.32xlarge",
            "ml.r6i.4xlarge", "ml.r6i.8xlarge", "ml.r6i.large", "ml.r6i.xlarge", "ml.r7i.12xlarge",
            "ml.r7i.16xlarge", "ml.r7i.24xlarge", "ml.r7i.2xlarge", "ml.r7i.48xlarge",
            "ml.r7i.4xlarge", "ml.r7i.8xlarge", "ml.r7i.large", "ml.r7i.xlarge",
            "ml.r8i-flex.12xlarge", "ml.r8i-flex.16xlarge", "ml.r8i-flex.2xlarge",
            "ml.r8i-flex.4xlarge", "ml.r8i-flex.8xlarge", "ml.r8i-flex.large", "ml.r8i-flex.xlarge",
            "ml.r8i.12xlarge", "ml.r8i.16xlarge", "ml.r8i.24xlarge", "ml.r8i.2xlarge",
            "ml.r8i.32xlarge", "ml.r8i.48xlarge", "ml.r8i.4xlarge", "ml.r8i.8xlarge",
            "ml.r8i.96xlarge", "ml.r8i.large", "ml.r8i.xlarge", "ml.t3.2xlarge", "ml.t3.large",
            "ml.t3.medium", "ml.t3.xlarge", "ml.trn1.2xlarge", "ml.trn1.32xlarge",
            "ml.trn1n.32xlarge", "ml.trn2.48xlarge")
        .constrain("TrainingImage", Constraint.of().pattern("^[\\S]+$").minLength(0).maxLength(255))
        .constrain("TrainingImageDigest", Constraint.of().pattern("^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$").minLength(0).maxLength(72))
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

    /**
     * Required. Allowed values: {@code ml.c4.2xlarge}, {@code ml.c4.4xlarge}, {@code
     * ml.c4.8xlarge}, {@code ml.c4.xlarge}, {@code ml.c5.18xlarge}, {@code ml.c5.2xlarge}, {@code
     * ml.c5.4xlarge}, {@code ml.c5.9xlarge}, {@code ml.c5.xlarge}, {@code ml.c5n.18xlarge}, {@code
     * ml.c5n.2xlarge}, {@code ml.c5n.4xlarge}, {@code ml.c5n.9xlarge}, {@code ml.c5n.xlarge},
     * {@code ml.c6i.12xlarge}, {@code ml.c6i.16xlarge}, {@code ml.c6i.24xlarge}, {@code
     * ml.c6i.2xlarge}, {@code ml.c6i.32xlarge}, {@code ml.c6i.4xlarge}, {@code ml.c6i.8xlarge},
     * {@code ml.c6i.xlarge}, {@code ml.c7i-flex.12xlarge}, {@code ml.c7i-flex.16xlarge}, {@code
     * ml.c7i-flex.2xlarge}, {@code ml.c7i-flex.4xlarge}, {@code ml.c7i-flex.8xlarge}, {@code
     * ml.c7i-flex.xlarge}, {@code ml.c7i.12xlarge}, {@code ml.c7i.16xlarge}, {@code
     * ml.c7i.24xlarge}, {@code ml.c7i.2xlarge}, {@code ml.c7i.48xlarge}, {@code ml.c7i.4xlarge},
     * {@code ml.c7i.8xlarge}, {@code ml.c7i.large}, {@code ml.c7i.xlarge}, {@code
     * ml.c8i-flex.12xlarge}, {@code ml.c8i-flex.16xlarge}, {@code ml.c8i-flex.2xlarge}, {@code
     * ml.c8i-flex.4xlarge}, {@code ml.c8i-flex.8xlarge}, {@code ml.c8i-flex.xlarge}, {@code
     * ml.c8i.12xlarge}, {@code ml.c8i.16xlarge}, {@code ml.c8i.24xlarge}, {@code ml.c8i.2xlarge},
     * {@code ml.c8i.32xlarge}, {@code ml.c8i.48xlarge}, {@code ml.c8i.4xlarge}, {@code
     * ml.c8i.8xlarge}, {@code ml.c8i.96xlarge}, {@code ml.c8i.xlarge}, {@code ml.g4dn.12xlarge},
     * {@code ml.g4dn.16xlarge}, {@code ml.g4dn.2xlarge}, {@code ml.g4dn.4xlarge}, {@code
     * ml.g4dn.8xlarge}, {@code ml.g4dn.xlarge}, {@code ml.g5.12xlarge}, {@code ml.g5.16xlarge},
     * {@code ml.g5.24xlarge}, {@code ml.g5.2xlarge}, {@code ml.g5.48xlarge}, {@code ml.g5.4xlarge},
     * {@code ml.g5.8xlarge}, {@code ml.g5.xlarge}, {@code ml.g6.12xlarge}, {@code ml.g6.16xlarge},
     * {@code ml.g6.24xlarge}, {@code ml.g6.2xlarge}, {@code ml.g6.48xlarge}, {@code ml.g6.4xlarge},
     * {@code ml.g6.8xlarge}, {@code ml.g6.xlarge}, {@code ml.g6e.12xlarge}, {@code
     * ml.g6e.16xlarge}, {@code ml.g6e.24xlarge}, {@code ml.g6e.2xlarge}, {@code ml.g6e.48xlarge},
     * {@code ml.g6e.4xlarge}, {@code ml.g6e.8xlarge}, {@code ml.g6e.xlarge}, {@code
     * ml.g7.12xlarge}, {@code ml.g7.24xlarge}, {@code ml.g7.2xlarge}, {@code ml.g7.48xlarge},
     * {@code ml.g7.4xlarge}, {@code ml.g7.8xlarge}, {@code ml.g7e.12xlarge}, {@code
     * ml.g7e.24xlarge}, {@code ml.g7e.2xlarge}, {@code ml.g7e.48xlarge}, {@code ml.g7e.4xlarge},
     * {@code ml.g7e.8xlarge}, {@code ml.m4.10xlarge}, {@code ml.m4.16xlarge}, {@code
     * ml.m4.2xlarge}, {@code ml.m4.4xlarge}, {@code ml.m4.xlarge}, {@code ml.m5.12xlarge}, {@code
     * ml.m5.24xlarge}, {@code ml.m5.2xlarge}, {@code ml.m5.4xlarge}, {@code ml.m5.large}, {@code
     * ml.m5.xlarge}, {@code ml.m6i.12xlarge}, {@code ml.m6i.16xlarge}, {@code ml.m6i.24xlarge},
     * {@code ml.m6i.2xlarge}, {@code ml.m6i.32xlarge}, {@code ml.m6i.4xlarge}, {@code
     * ml.m6i.8xlarge}, {@code ml.m6i.large}, {@code ml.m6i.xlarge}, {@code ml.m7i-flex.12xlarge},
     * {@code ml.m7i-flex.16xlarge}, {@code ml.m7i-flex.2xlarge}, {@code ml.m7i-flex.4xlarge},
     * {@code ml.m7i-flex.8xlarge}, {@code ml.m7i-flex.large}, {@code ml.m7i-flex.xlarge}, {@code
     * ml.m7i.12xlarge}, {@code ml.m7i.16xlarge}, {@code ml.m7i.24xlarge}, {@code ml.m7i.2xlarge},
     * {@code ml.m7i.48xlarge}, {@code ml.m7i.4xlarge}, {@code ml.m7i.8xlarge}, {@code
     * ml.m7i.large}, {@code ml.m7i.xlarge}, {@code ml.m8i-flex.12xlarge}, {@code
     * ml.m8i-flex.16xlarge}, {@code ml.m8i-flex.2xlarge}, {@code ml.m8i-flex.4xlarge}, {@code
     * ml.m8i-flex.8xlarge}, {@code ml.m8i-flex.large}, {@code ml.m8i-flex.xlarge}, {@code
     * ml.m8i.12xlarge}, {@code ml.m8i.16xlarge}, {@code ml.m8i.24xlarge}, {@code ml.m8i.2xlarge},
     * {@code ml.m8i.32xlarge}, {@code ml.m8i.48xlarge}, {@code ml.m8i.4xlarge}, {@code
     * ml.m8i.8xlarge}, {@code ml.m8i.96xlarge}, {@code ml.m8i.large}, {@code ml.m8i.xlarge}, {@code
     * ml.p2.16xlarge}, {@code ml.p2.8xlarge}, {@code ml.p2.xlarge}, {@code ml.p3.16xlarge}, {@code
     * ml.p3.2xlarge}, {@code ml.p3.8xlarge}, {@code ml.p3dn.24xlarge}, {@code ml.p4d.24xlarge},
     * {@code ml.p4de.24xlarge}, {@code ml.p5.48xlarge}, {@code ml.p5.4xlarge}, {@code
     * ml.p5e.48xlarge}, {@code ml.p5en.48xlarge}, {@code ml.p6-b200.48xlarge}, {@code
     * ml.p6-b300.48xlarge}, {@code ml.p6e-gb200.36xlarge}, {@code ml.r5.12xlarge}, {@code
     * ml.r5.16xlarge}, {@code ml.r5.24xlarge}, {@code ml.r5.2xlarge}, {@code ml.r5.4xlarge}, {@code
     * ml.r5.8xlarge}, {@code ml.r5.large}, {@code ml.r5.xlarge}, {@code ml.r5d.12xlarge}, {@code
     * ml.r5d.16xlarge}, {@code ml.r5d.24xlarge}, {@code ml.r5d.2xlarge}, {@code ml.r5d.4xlarge},
     * {@code ml.r5d.8xlarge}, {@code ml.r5d.large}, {@code ml.r5d.xlarge}, {@code ml.r6i.12xlarge},
     * {@code ml.r6i.16xlarge}, {@code ml.r6i.24xlarge}, {@code ml.r6i.2xlarge}, {@code
     * ml.r6i.32xlarge}, {@code ml.r6i.4xlarge}, {@code ml.r6i.8xlarge}, {@code ml.r6i.large},
     * {@code ml.r6i.xlarge}, {@code ml.r7i.12xlarge}, {@code ml.r7i.16xlarge}, {@code
     * ml.r7i.24xlarge}, {@code ml.r7i.2xlarge}, {@code ml.r7i.48xlarge}, {@code ml.r7i.4xlarge},
     * {@code ml.r7i.8xlarge}, {@code ml.r7i.large}, {@code ml.r7i.xlarge}, {@code
     * ml.r8i-flex.12xlarge}, {@code ml.r8i-flex.16xlarge}, {@code ml.r8i-flex.2xlarge}, {@code
     * ml.r8i-flex.4xlarge}, {@code ml.r8i-flex.8xlarge}, {@code ml.r8i-flex.large}, {@code
     * ml.r8i-flex.xlarge}, {@code ml.r8i.12xlarge}, {@code ml.r8i.16xlarge}, {@code
     * ml.r8i.24xlarge}, {@code ml.r8i.2xlarge}, {@code ml.r8i.32xlarge}, {@code ml.r8i.48xlarge},
     * {@code ml.r8i.4xlarge}, {@code ml.r8i.8xlarge}, {@code ml.r8i.96xlarge}, {@code
     * ml.r8i.large}, {@code ml.r8i.xlarge}, {@code ml.t3.2xlarge}, {@code ml.t3.large}, {@code
     * ml.t3.medium}, {@code ml.t3.xlarge}, {@code ml.trn1.2xlarge}, {@code ml.trn1.32xlarge},
     * {@code ml.trn1n.32xlarge}, {@code ml.trn2.48xlarge}. CloudFormation property {@code
     * SupportedTrainingInstanceTypes}.
     */
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

    /**
     * Required. Length: 0 to 255 characters. Pattern: {@code ^[&#92;S]+$}. CloudFormation property
     * {@code TrainingImage}.
     */
    public TrainingSpecification trainingImage(String value) {
      return set("TrainingImage", Value.of(value));
    }

    /** Sets {@code TrainingImage} to this value; see {@link #trainingImage(String)}. */
    public TrainingSpecification trainingImage(Value<String> value) {
      return set("TrainingImage", value);
    }

    /**
     * Length: 0 to 72 characters. Pattern: {@code ^[Ss][Hh][Aa]256:[0-9a-fA-F]{64}$}.
     * CloudFormation property {@code TrainingImageDigest}.
     */
    public TrainingSpecification trainingImageDigest(String value) {
      return set("TrainingImageDigest", Value.of(value));
    }

    /** Sets {@code TrainingImageDigest} to this value; see {@link #trainingImageDigest(String)}. */
    public TrainingSpecification trainingImageDigest(Value<String> value) {
      return set("TrainingImageDigest", value);
    }
  }
}
