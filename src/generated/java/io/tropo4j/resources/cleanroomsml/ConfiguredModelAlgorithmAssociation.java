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
 * Definition of AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation Resource Type
 *
 * <p>CloudFormation type {@code AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation}.
 */
public final class ConfiguredModelAlgorithmAssociation extends Resource<ConfiguredModelAlgorithmAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation")
      .required("ConfiguredModelAlgorithmArn", "MembershipIdentifier", "Name")
      .constrain("ConfiguredModelAlgorithmArn", Constraint.of().pattern("^arn:aws[-a-z]*:cleanrooms-ml:[-a-z0-9]+:[0-9]{12}:configured-model-algorithm/[-a-zA-Z0-9_/.]+$").minLength(20).maxLength(2048))
      .constrain("Description", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$").maxLength(255))
      .constrain("MembershipIdentifier", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
      .constrain("Name", Constraint.of().pattern("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$").minLength(1).maxLength(63))
      .refYields("ConfiguredModelAlgorithmAssociationArn")
      .attributes("CollaborationIdentifier", "ConfiguredModelAlgorithmAssociationArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConfiguredModelAlgorithmAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[-a-z]*:cleanrooms-ml:[-a-z0-9]+:[0-9]{12}:configured-model-algorithm/[-a-zA-Z0-9_/.]+$}.
   * CloudFormation property {@code ConfiguredModelAlgorithmArn}.
   */
  public ConfiguredModelAlgorithmAssociation configuredModelAlgorithmArn(String value) {
    return set("ConfiguredModelAlgorithmArn", Value.of(value));
  }

  /**
   * Sets {@code ConfiguredModelAlgorithmArn} to this value; see {@link
   * #configuredModelAlgorithmArn(String)}.
   */
  public ConfiguredModelAlgorithmAssociation configuredModelAlgorithmArn(Value<String> value) {
    return set("ConfiguredModelAlgorithmArn", value);
  }

  /**
   * Changing it replaces the resource. Length: at most 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t&#92;r&#92;n]*$}.
   * CloudFormation property {@code Description}.
   */
  public ConfiguredModelAlgorithmAssociation description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ConfiguredModelAlgorithmAssociation description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}. CloudFormation property {@code
   * MembershipIdentifier}.
   */
  public ConfiguredModelAlgorithmAssociation membershipIdentifier(String value) {
    return set("MembershipIdentifier", Value.of(value));
  }

  /** Sets {@code MembershipIdentifier} to this value; see {@link #membershipIdentifier(String)}. */
  public ConfiguredModelAlgorithmAssociation membershipIdentifier(Value<String> value) {
    return set("MembershipIdentifier", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^(?!&#92;s*$)[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code Name}.
   */
  public ConfiguredModelAlgorithmAssociation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConfiguredModelAlgorithmAssociation name(Value<String> value) {
    return set("Name", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code PrivacyConfiguration}. */
  public ConfiguredModelAlgorithmAssociation privacyConfiguration(Value<PrivacyConfiguration> value) {
    return set("PrivacyConfiguration", value);
  }

  /**
   * An arbitrary set of tags (key-value pairs) for this cleanrooms-ml configured model algorithm
   * association.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConfiguredModelAlgorithmAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConfiguredModelAlgorithmAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConfiguredModelAlgorithmAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code CollaborationIdentifier}. */
  public Value<String> collaborationIdentifier() {
    return getAtt("CollaborationIdentifier");
  }

  /** {@code Fn::GetAtt} attribute {@code ConfiguredModelAlgorithmAssociationArn}. */
  public Value<String> configuredModelAlgorithmAssociationArn() {
    return getAtt("ConfiguredModelAlgorithmAssociationArn");
  }

  /**
   * Property type {@code
   * AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.CustomEntityConfig}.
   */
  public static final class CustomEntityConfig extends Struct<CustomEntityConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.CustomEntityConfig")
        .required("CustomDataIdentifiers")
        .constrain("CustomDataIdentifiers", Constraint.of().pattern("^[a-zA-Z0-9\\_\\#\\=\\@\\/\\;\\,\\-\\ \\^\\$\\?\\[\\]\\{\\}\\|\\\\\\*\\+\\.\\(\\)]+$").minLength(1).maxLength(200))
        .build();

    public CustomEntityConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 200 characters. Pattern: {@code
     * ^[a-zA-Z0-9&#92;_&#92;#&#92;=&#92;&#64;&#92;/&#92;;&#92;,&#92;-&#92;
     * &#92;^&#92;$&#92;?&#92;[&#92;]&#92;{&#92;}&#92;|&#92;&#92;&#92;*&#92;+&#92;.&#92;(&#92;)]+$}.
     * CloudFormation property {@code CustomDataIdentifiers}.
     */
    public CustomEntityConfig customDataIdentifiers(List<String> value) {
      return set("CustomDataIdentifiers", Value.listOf(value));
    }

    /**
     * Sets {@code CustomDataIdentifiers} to this value; see {@link #customDataIdentifiers(List)}.
     */
    public CustomEntityConfig customDataIdentifiers(Value<List<String>> value) {
      return set("CustomDataIdentifiers", value);
    }
  }

  /**
   * Property type {@code
   * AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.LogRedactionConfiguration}.
   */
  public static final class LogRedactionConfiguration extends Struct<LogRedactionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.LogRedactionConfiguration")
        .required("EntitiesToRedact")
        .allowed("EntitiesToRedact", "ALL_PERSONALLY_IDENTIFIABLE_INFORMATION", "NUMBERS", "CUSTOM")
        .build();

    public LogRedactionConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CustomEntityConfig}. */
    public LogRedactionConfiguration customEntityConfig(Value<CustomEntityConfig> value) {
      return set("CustomEntityConfig", value);
    }

    /**
     * Required. Allowed values: {@code ALL_PERSONALLY_IDENTIFIABLE_INFORMATION}, {@code NUMBERS},
     * {@code CUSTOM}. CloudFormation property {@code EntitiesToRedact}.
     */
    public LogRedactionConfiguration entitiesToRedact(List<String> value) {
      return set("EntitiesToRedact", Value.listOf(value));
    }

    /** Sets {@code EntitiesToRedact} to this value; see {@link #entitiesToRedact(List)}. */
    public LogRedactionConfiguration entitiesToRedact(Value<List<String>> value) {
      return set("EntitiesToRedact", value);
    }
  }

  /**
   * Property type {@code
   * AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.LogsConfigurationPolicy}.
   */
  public static final class LogsConfigurationPolicy extends Struct<LogsConfigurationPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.LogsConfigurationPolicy")
        .required("AllowedAccountIds")
        .constrain("AllowedAccountIds", Constraint.of().pattern("^[0-9]{12}$"))
        .constrain("FilterPattern", Constraint.of().minLength(0).maxLength(1024))
        .allowed("LogType", "ALL", "ERROR_SUMMARY")
        .build();

    public LogsConfigurationPolicy() {
      super(SCHEMA);
    }

    /**
     * Required. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code AllowedAccountIds}.
     */
    public LogsConfigurationPolicy allowedAccountIds(List<String> value) {
      return set("AllowedAccountIds", Value.listOf(value));
    }

    /** Sets {@code AllowedAccountIds} to this value; see {@link #allowedAccountIds(List)}. */
    public LogsConfigurationPolicy allowedAccountIds(Value<List<String>> value) {
      return set("AllowedAccountIds", value);
    }

    /** Length: 0 to 1024 characters. CloudFormation property {@code FilterPattern}. */
    public LogsConfigurationPolicy filterPattern(String value) {
      return set("FilterPattern", Value.of(value));
    }

    /** Sets {@code FilterPattern} to this value; see {@link #filterPattern(String)}. */
    public LogsConfigurationPolicy filterPattern(Value<String> value) {
      return set("FilterPattern", value);
    }

    /** CloudFormation property {@code LogRedactionConfiguration}. */
    public LogsConfigurationPolicy logRedactionConfiguration(Value<LogRedactionConfiguration> value) {
      return set("LogRedactionConfiguration", value);
    }

    /**
     * Allowed values: {@code ALL}, {@code ERROR_SUMMARY}. CloudFormation property {@code LogType}.
     */
    public LogsConfigurationPolicy logType(String value) {
      return set("LogType", Value.of(value));
    }

    /** Sets {@code LogType} to this value; see {@link #logType(String)}. */
    public LogsConfigurationPolicy logType(Value<String> value) {
      return set("LogType", value);
    }
  }

  /**
   * Property type {@code
   * AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.MetricsConfigurationPolicy}.
   */
  public static final class MetricsConfigurationPolicy extends Struct<MetricsConfigurationPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.MetricsConfigurationPolicy")
        .required("NoiseLevel")
        .allowed("NoiseLevel", "HIGH", "MEDIUM", "LOW", "NONE")
        .build();

    public MetricsConfigurationPolicy() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code HIGH}, {@code MEDIUM}, {@code LOW}, {@code NONE}.
     * CloudFormation property {@code NoiseLevel}.
     */
    public MetricsConfigurationPolicy noiseLevel(String value) {
      return set("NoiseLevel", Value.of(value));
    }

    /** Sets {@code NoiseLevel} to this value; see {@link #noiseLevel(String)}. */
    public MetricsConfigurationPolicy noiseLevel(Value<String> value) {
      return set("NoiseLevel", value);
    }
  }

  /**
   * Property type {@code
   * AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.PrivacyConfiguration}.
   */
  public static final class PrivacyConfiguration extends Struct<PrivacyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.PrivacyConfiguration")
        .required("Policies")
        .build();

    public PrivacyConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Policies}. */
    public PrivacyConfiguration policies(Value<PrivacyConfigurationPolicies> value) {
      return set("Policies", value);
    }
  }

  /**
   * Property type {@code
   * AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.PrivacyConfigurationPolicies}.
   */
  public static final class PrivacyConfigurationPolicies extends Struct<PrivacyConfigurationPolicies> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.PrivacyConfigurationPolicies");

    public PrivacyConfigurationPolicies() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code TrainedModelExports}. */
    public PrivacyConfigurationPolicies trainedModelExports(Value<TrainedModelExportsConfigurationPolicy> value) {
      return set("TrainedModelExports", value);
    }

    /** CloudFormation property {@code TrainedModelInferenceJobs}. */
    public PrivacyConfigurationPolicies trainedModelInferenceJobs(Value<TrainedModelInferenceJobsConfigurationPolicy> value) {
      return set("TrainedModelInferenceJobs", value);
    }

    /** CloudFormation property {@code TrainedModels}. */
    public PrivacyConfigurationPolicies trainedModels(Value<TrainedModelsConfigurationPolicy> value) {
      return set("TrainedModels", value);
    }
  }

  /**
   * Property type {@code
   * AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelArtifactMaxSize}.
   */
  public static final class TrainedModelArtifactMaxSize extends Struct<TrainedModelArtifactMaxSize> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelArtifactMaxSize")
        .required("Unit", "Value")
        .allowed("Unit", "GB")
        .constrain("Value", Constraint.of().minimum(0.01).maximum(10))
        .build();

    public TrainedModelArtifactMaxSize() {
      super(SCHEMA);
    }

    /** Required. Allowed values: {@code GB}. CloudFormation property {@code Unit}. */
    public TrainedModelArtifactMaxSize unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public TrainedModelArtifactMaxSize unit(Value<String> value) {
      return set("Unit", value);
    }

    /** Required. Range: 0.01 to 10. CloudFormation property {@code Value}. */
    public TrainedModelArtifactMaxSize value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public TrainedModelArtifactMaxSize value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /**
   * Property type {@code
   * AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelExportsConfigurationPolicy}.
   */
  public static final class TrainedModelExportsConfigurationPolicy extends Struct<TrainedModelExportsConfigurationPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelExportsConfigurationPolicy")
        .required("FilesToExport", "MaxSize")
        .allowed("FilesToExport", "MODEL", "OUTPUT")
        .build();

    public TrainedModelExportsConfigurationPolicy() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code MODEL}, {@code OUTPUT}. CloudFormation property {@code
     * FilesToExport}.
     */
    public TrainedModelExportsConfigurationPolicy filesToExport(List<String> value) {
      return set("FilesToExport", Value.listOf(value));
    }

    /** Sets {@code FilesToExport} to this value; see {@link #filesToExport(List)}. */
    public TrainedModelExportsConfigurationPolicy filesToExport(Value<List<String>> value) {
      return set("FilesToExport", value);
    }

    /** Required. CloudFormation property {@code MaxSize}. */
    public TrainedModelExportsConfigurationPolicy maxSize(Value<TrainedModelExportsMaxSize> value) {
      return set("MaxSize", value);
    }
  }

  /**
   * Property type {@code
   * AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelExportsMaxSize}.
   */
  public static final class TrainedModelExportsMaxSize extends Struct<TrainedModelExportsMaxSize> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelExportsMaxSize")
        .required("Unit", "Value")
        .allowed("Unit", "GB")
        .constrain("Value", Constraint.of().minimum(0.01).maximum(10))
        .build();

    public TrainedModelExportsMaxSize() {
      super(SCHEMA);
    }

    /** Required. Allowed values: {@code GB}. CloudFormation property {@code Unit}. */
    public TrainedModelExportsMaxSize unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public TrainedModelExportsMaxSize unit(Value<String> value) {
      return set("Unit", value);
    }

    /** Required. Range: 0.01 to 10. CloudFormation property {@code Value}. */
    public TrainedModelExportsMaxSize value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public TrainedModelExportsMaxSize value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /**
   * Property type {@code
   * AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelInferenceJobsConfigurationPolicy}.
   */
  public static final class TrainedModelInferenceJobsConfigurationPolicy extends Struct<TrainedModelInferenceJobsConfigurationPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelInferenceJobsConfigurationPolicy");

    public TrainedModelInferenceJobsConfigurationPolicy() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ContainerLogs}. */
    public TrainedModelInferenceJobsConfigurationPolicy containerLogs(List<LogsConfigurationPolicy> value) {
      return set("ContainerLogs", Value.listOf(value));
    }

    /** Sets {@code ContainerLogs} to this value; see {@link #containerLogs(List)}. */
    public TrainedModelInferenceJobsConfigurationPolicy containerLogs(Value<List<LogsConfigurationPolicy>> value) {
      return set("ContainerLogs", value);
    }

    /** Sets {@code ContainerLogs} to a list of these; see {@link #containerLogs(List)}. */
    public TrainedModelInferenceJobsConfigurationPolicy containerLogs(LogsConfigurationPolicy... values) {
      return set("ContainerLogs", Value.list(values));
    }

    /** CloudFormation property {@code MaxOutputSize}. */
    public TrainedModelInferenceJobsConfigurationPolicy maxOutputSize(Value<TrainedModelInferenceMaxOutputSize> value) {
      return set("MaxOutputSize", value);
    }
  }

  /**
   * Property type {@code
   * AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelInferenceMaxOutputSize}.
   */
  public static final class TrainedModelInferenceMaxOutputSize extends Struct<TrainedModelInferenceMaxOutputSize> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelInferenceMaxOutputSize")
        .required("Unit", "Value")
        .allowed("Unit", "GB")
        .constrain("Value", Constraint.of().minimum(0.01).maximum(50))
        .build();

    public TrainedModelInferenceMaxOutputSize() {
      super(SCHEMA);
    }

    /** Required. Allowed values: {@code GB}. CloudFormation property {@code Unit}. */
    public TrainedModelInferenceMaxOutputSize unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public TrainedModelInferenceMaxOutputSize unit(Value<String> value) {
      return set("Unit", value);
    }

    /** Required. Range: 0.01 to 50. CloudFormation property {@code Value}. */
    public TrainedModelInferenceMaxOutputSize value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public TrainedModelInferenceMaxOutputSize value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /**
   * Property type {@code
   * AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelsConfigurationPolicy}.
   */
  public static final class TrainedModelsConfigurationPolicy extends Struct<TrainedModelsConfigurationPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation.TrainedModelsConfigurationPolicy");

    public TrainedModelsConfigurationPolicy() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ContainerLogs}. */
    public TrainedModelsConfigurationPolicy containerLogs(List<LogsConfigurationPolicy> value) {
      return set("ContainerLogs", Value.listOf(value));
    }

    /** Sets {@code ContainerLogs} to this value; see {@link #containerLogs(List)}. */
    public TrainedModelsConfigurationPolicy containerLogs(Value<List<LogsConfigurationPolicy>> value) {
      return set("ContainerLogs", value);
    }

    /** Sets {@code ContainerLogs} to a list of these; see {@link #containerLogs(List)}. */
    public TrainedModelsConfigurationPolicy containerLogs(LogsConfigurationPolicy... values) {
      return set("ContainerLogs", Value.list(values));
    }

    /** CloudFormation property {@code ContainerMetrics}. */
    public TrainedModelsConfigurationPolicy containerMetrics(Value<MetricsConfigurationPolicy> value) {
      return set("ContainerMetrics", value);
    }

    /** CloudFormation property {@code MaxArtifactSize}. */
    public TrainedModelsConfigurationPolicy maxArtifactSize(Value<TrainedModelArtifactMaxSize> value) {
      return set("MaxArtifactSize", value);
    }
  }
}
