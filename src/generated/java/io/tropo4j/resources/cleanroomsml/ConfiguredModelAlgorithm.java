// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cleanroomsml;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::CleanRoomsML::ConfiguredModelAlgorithm Resource Type
 *
 * <p>CloudFormation type {@code AWS::CleanRoomsML::ConfiguredModelAlgorithm}.
 */
public final class ConfiguredModelAlgorithm extends Resource<ConfiguredModelAlgorithm> {
  private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithm")
      .required("Name", "RoleArn")
      .constrain("Description", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$").maxLength(255))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws[-a-z]*:kms:[-a-z0-9]+:[0-9]{12}:key/.+$").minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("Name", Constraint.of().pattern("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$").minLength(1).maxLength(63))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[-a-z]*:iam::[0-9]{12}:role/.+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("ConfiguredModelAlgorithmArn")
      .attributes("ConfiguredModelAlgorithmArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConfiguredModelAlgorithm(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Changing it replaces the resource. Length: at most 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t&#92;r&#92;n]*$}.
   * CloudFormation property {@code Description}.
   */
  public ConfiguredModelAlgorithm description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ConfiguredModelAlgorithm description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Changing it replaces the resource. CloudFormation property {@code InferenceContainerConfig}.
   */
  public ConfiguredModelAlgorithm inferenceContainerConfig(Value<InferenceContainerConfig> value) {
    return set("InferenceContainerConfig", value);
  }

  /**
   * Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[-a-z]*:kms:[-a-z0-9]+:[0-9]{12}:key/.+$}. Format: {@code AWS::KMS::Key.Arn}.
   * CloudFormation property {@code KmsKeyArn}.
   */
  public ConfiguredModelAlgorithm kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public ConfiguredModelAlgorithm kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^(?!&#92;s*$)[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code Name}.
   */
  public ConfiguredModelAlgorithm name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConfiguredModelAlgorithm name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[-a-z]*:iam::[0-9]{12}:role/.+$}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public ConfiguredModelAlgorithm roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public ConfiguredModelAlgorithm roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * An arbitrary set of tags (key-value pairs) for this cleanrooms-ml configured model algorithm.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConfiguredModelAlgorithm tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConfiguredModelAlgorithm tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConfiguredModelAlgorithm tags(Tags tags) {
    return set("Tags", tags);
  }

  /** Changing it replaces the resource. CloudFormation property {@code TrainingContainerConfig}. */
  public ConfiguredModelAlgorithm trainingContainerConfig(Value<ContainerConfig> value) {
    return set("TrainingContainerConfig", value);
  }

  /** {@code Fn::GetAtt} attribute {@code ConfiguredModelAlgorithmArn}. */
  public Value<String> configuredModelAlgorithmArn() {
    return getAtt("ConfiguredModelAlgorithmArn");
  }

  /** Property type {@code AWS::CleanRoomsML::ConfiguredModelAlgorithm.ContainerConfig}. */
  public static final class ContainerConfig extends Struct<ContainerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithm.ContainerConfig")
        .required("ImageUri")
        .constrain("Arguments", Constraint.of().pattern("^.*$").minLength(1).maxLength(256))
        .constrain("Entrypoint", Constraint.of().pattern("^.*$").minLength(1).maxLength(256))
        .constrain("ImageUri", Constraint.of().pattern("^.*$").minLength(1).maxLength(255))
        .build();

    public ContainerConfig() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 256 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
     * Arguments}.
     */
    public ContainerConfig arguments(List<String> value) {
      return set("Arguments", Value.listOf(value));
    }

    /** Sets {@code Arguments} to this value; see {@link #arguments(List)}. */
    public ContainerConfig arguments(Value<List<String>> value) {
      return set("Arguments", value);
    }

    /**
     * Length: 1 to 256 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
     * Entrypoint}.
     */
    public ContainerConfig entrypoint(List<String> value) {
      return set("Entrypoint", Value.listOf(value));
    }

    /** Sets {@code Entrypoint} to this value; see {@link #entrypoint(List)}. */
    public ContainerConfig entrypoint(Value<List<String>> value) {
      return set("Entrypoint", value);
    }

    /**
     * Required. Length: 1 to 255 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
     * ImageUri}.
     */
    public ContainerConfig imageUri(String value) {
      return set("ImageUri", Value.of(value));
    }

    /** Sets {@code ImageUri} to this value; see {@link #imageUri(String)}. */
    public ContainerConfig imageUri(Value<String> value) {
      return set("ImageUri", value);
    }

    /** CloudFormation property {@code MetricDefinitions}. */
    public ContainerConfig metricDefinitions(List<MetricDefinition> value) {
      return set("MetricDefinitions", Value.listOf(value));
    }

    /** Sets {@code MetricDefinitions} to this value; see {@link #metricDefinitions(List)}. */
    public ContainerConfig metricDefinitions(Value<List<MetricDefinition>> value) {
      return set("MetricDefinitions", value);
    }

    /** Sets {@code MetricDefinitions} to a list of these; see {@link #metricDefinitions(List)}. */
    public ContainerConfig metricDefinitions(MetricDefinition... values) {
      return set("MetricDefinitions", Value.list(values));
    }
  }

  /** Property type {@code AWS::CleanRoomsML::ConfiguredModelAlgorithm.InferenceContainerConfig}. */
  public static final class InferenceContainerConfig extends Struct<InferenceContainerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithm.InferenceContainerConfig")
        .required("ImageUri")
        .constrain("ImageUri", Constraint.of().pattern("^.*$").minLength(1).maxLength(255))
        .build();

    public InferenceContainerConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 255 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
     * ImageUri}.
     */
    public InferenceContainerConfig imageUri(String value) {
      return set("ImageUri", Value.of(value));
    }

    /** Sets {@code ImageUri} to this value; see {@link #imageUri(String)}. */
    public InferenceContainerConfig imageUri(Value<String> value) {
      return set("ImageUri", value);
    }
  }

  /** Property type {@code AWS::CleanRoomsML::ConfiguredModelAlgorithm.MetricDefinition}. */
  public static final class MetricDefinition extends Struct<MetricDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithm.MetricDefinition")
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
}
