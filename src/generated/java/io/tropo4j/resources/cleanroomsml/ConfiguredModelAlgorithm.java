// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cleanroomsml;

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
      .attributes("ConfiguredModelAlgorithmArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConfiguredModelAlgorithm(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Description}. */
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

  /** Changing it replaces the resource. CloudFormation property {@code KmsKeyArn}. */
  public ConfiguredModelAlgorithm kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public ConfiguredModelAlgorithm kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code Name}. */
  public ConfiguredModelAlgorithm name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConfiguredModelAlgorithm name(Value<String> value) {
    return set("Name", value);
  }

  /** Required. Changing it replaces the resource. CloudFormation property {@code RoleArn}. */
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
        .build();

    public ContainerConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Arguments}. */
    public ContainerConfig arguments(List<String> value) {
      return set("Arguments", Value.listOf(value));
    }

    /** Sets {@code Arguments} to this value; see {@link #arguments(List)}. */
    public ContainerConfig arguments(Value<List<String>> value) {
      return set("Arguments", value);
    }

    /** CloudFormation property {@code Entrypoint}. */
    public ContainerConfig entrypoint(List<String> value) {
      return set("Entrypoint", Value.listOf(value));
    }

    /** Sets {@code Entrypoint} to this value; see {@link #entrypoint(List)}. */
    public ContainerConfig entrypoint(Value<List<String>> value) {
      return set("Entrypoint", value);
    }

    /** Required. CloudFormation property {@code ImageUri}. */
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
        .build();

    public InferenceContainerConfig() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ImageUri}. */
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
}
