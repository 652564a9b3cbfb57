// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotsitewise;

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
 * Create a computation model with a configuration and data binding.
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::ComputationModel}.
 */
public final class ComputationModel extends Resource<ComputationModel> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::ComputationModel")
      .required("ComputationModelConfiguration", "ComputationModelDataBinding",
          "ComputationModelName")
      .constrain("ComputationModelDescription", Constraint.of().pattern("^[a-zA-Z0-9 _\\-#$*!@]+$").minLength(1).maxLength(2048))
      .constrain("ComputationModelName", Constraint.of().pattern("^[a-zA-Z0-9 _\\-#$*!@]+$").minLength(1).maxLength(256))
      .refYields("ComputationModelId")
      .attributes("ComputationModelArn", "ComputationModelId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ComputationModel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration for the computation model.
   *
   * <p>Required. CloudFormation property {@code ComputationModelConfiguration}.
   */
  public ComputationModel computationModelConfiguration(Value<ComputationModelConfiguration> value) {
    return set("ComputationModelConfiguration", value);
  }

  /**
   * The data binding for the computation model. Key is a variable name defined in configuration.
   * Value is a <code>ComputationModelDataBindingValue</code> referenced by the variable.
   *
   * <p>Required. CloudFormation property {@code ComputationModelDataBinding}.
   */
  public ComputationModel computationModelDataBinding(Map<String, ComputationModelDataBindingValue> value) {
    return set("ComputationModelDataBinding", Value.mapOf(value));
  }

  /**
   * Sets {@code ComputationModelDataBinding} to this value; see {@link
   * #computationModelDataBinding(Map)}.
   */
  public ComputationModel computationModelDataBinding(Value<Map<String, ComputationModelDataBindingValue>> value) {
    return set("ComputationModelDataBinding", value);
  }

  /**
   * The description of the computation model.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[a-zA-Z0-9 _&#92;-#$*!&#64;]+$}.
   * CloudFormation property {@code ComputationModelDescription}.
   */
  public ComputationModel computationModelDescription(String value) {
    return set("ComputationModelDescription", Value.of(value));
  }

  /**
   * Sets {@code ComputationModelDescription} to this value; see {@link
   * #computationModelDescription(String)}.
   */
  public ComputationModel computationModelDescription(Value<String> value) {
    return set("ComputationModelDescription", value);
  }

  /**
   * The name of the computation model.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9 _&#92;-#$*!&#64;]+$}.
   * CloudFormation property {@code ComputationModelName}.
   */
  public ComputationModel computationModelName(String value) {
    return set("ComputationModelName", Value.of(value));
  }

  /** Sets {@code ComputationModelName} to this value; see {@link #computationModelName(String)}. */
  public ComputationModel computationModelName(Value<String> value) {
    return set("ComputationModelName", value);
  }

  /**
   * A list of key-value pairs that contain metadata for the asset. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/tag-resources.html">Tagging
   * your AWS IoT SiteWise resources</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ComputationModel tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ComputationModel tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ComputationModel tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the computation model, which has the following format.
   *
   * <p><code>arn:${Partition}:iotsitewise:${Region}:${Account}:computation-model/${ComputationModelId}</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ComputationModelArn}.
   */
  public Value<String> computationModelArn() {
    return getAtt("ComputationModelArn");
  }

  /**
   * The ID of the computation model.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ComputationModelId}.
   */
  public Value<String> computationModelId() {
    return getAtt("ComputationModelId");
  }

  /**
   * Contains the configuration for anomaly detection computation models.
   *
   * <p>Property type {@code
   * AWS::IoTSiteWise::ComputationModel.AnomalyDetectionComputationModelConfiguration}.
   */
  public static final class AnomalyDetectionComputationModelConfiguration extends Struct<AnomalyDetectionComputationModelConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::ComputationModel.AnomalyDetectionComputationModelConfiguration")
        .required("InputProperties", "ResultProperty")
        .constrain("InputProperties", Constraint.of().pattern("^\\$\\{[a-z][a-z0-9_]*\\}$").minLength(4).maxLength(67))
        .constrain("ResultProperty", Constraint.of().pattern("^\\$\\{[a-z][a-z0-9_]*\\}$").minLength(4).maxLength(67))
        .build();

    public AnomalyDetectionComputationModelConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of input properties for the anomaly detection model.
     *
     * <p>Required. Length: 4 to 67 characters. Pattern: {@code
     * ^&#92;$&#92;{[a-z][a-z0-9_]*&#92;}$}. CloudFormation property {@code InputProperties}.
     */
    public AnomalyDetectionComputationModelConfiguration inputProperties(String value) {
      return set("InputProperties", Value.of(value));
    }

    /** Sets {@code InputProperties} to this value; see {@link #inputProperties(String)}. */
    public AnomalyDetectionComputationModelConfiguration inputProperties(Value<String> value) {
      return set("InputProperties", value);
    }

    /**
     * The property where the anomaly detection results will be stored.
     *
     * <p>Required. Length: 4 to 67 characters. Pattern: {@code
     * ^&#92;$&#92;{[a-z][a-z0-9_]*&#92;}$}. CloudFormation property {@code ResultProperty}.
     */
    public AnomalyDetectionComputationModelConfiguration resultProperty(String value) {
      return set("ResultProperty", Value.of(value));
    }

    /** Sets {@code ResultProperty} to this value; see {@link #resultProperty(String)}. */
    public AnomalyDetectionComputationModelConfiguration resultProperty(Value<String> value) {
      return set("ResultProperty", value);
    }
  }

  /**
   * Contains information about an <code>assetModelProperty</code> binding value.
   *
   * <p>Property type {@code AWS::IoTSiteWise::ComputationModel.AssetModelPropertyBindingValue}.
   */
  public static final class AssetModelPropertyBindingValue extends Struct<AssetModelPropertyBindingValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::ComputationModel.AssetModelPropertyBindingValue")
        .required("AssetModelId", "PropertyId")
        .build();

    public AssetModelPropertyBindingValue() {
      super(SCHEMA);
    }

    /**
     * The ID of the asset model, in UUID format.
     *
     * <p>Required. CloudFormation property {@code AssetModelId}.
     */
    public AssetModelPropertyBindingValue assetModelId(String value) {
      return set("AssetModelId", Value.of(value));
    }

    /** Sets {@code AssetModelId} to this value; see {@link #assetModelId(String)}. */
    public AssetModelPropertyBindingValue assetModelId(Value<String> value) {
      return set("AssetModelId", value);
    }

    /**
     * The ID of the asset model property used in data binding value.
     *
     * <p>Required. CloudFormation property {@code PropertyId}.
     */
    public AssetModelPropertyBindingValue propertyId(String value) {
      return set("PropertyId", Value.of(value));
    }

    /** Sets {@code PropertyId} to this value; see {@link #propertyId(String)}. */
    public AssetModelPropertyBindingValue propertyId(Value<String> value) {
      return set("PropertyId", value);
    }
  }

  /**
   * Represents a data binding value referencing a specific asset property. It's used to bind
   * computation model variables to actual asset property values for processing.
   *
   * <p>Property type {@code AWS::IoTSiteWise::ComputationModel.AssetPropertyBindingValue}.
   */
  public static final class AssetPropertyBindingValue extends Struct<AssetPropertyBindingValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::ComputationModel.AssetPropertyBindingValue")
        .required("AssetId", "PropertyId")
        .build();

    public AssetPropertyBindingValue() {
      super(SCHEMA);
    }

    /**
     * The ID of the asset containing the property. This identifies the specific asset instance's
     * property value used in the computation model.
     *
     * <p>Required. CloudFormation property {@code AssetId}.
     */
    public AssetPropertyBindingValue assetId(String value) {
      return set("AssetId", Value.of(value));
    }

    /** Sets {@code AssetId} to this value; see {@link #assetId(String)}. */
    public AssetPropertyBindingValue assetId(Value<String> value) {
      return set("AssetId", value);
    }

    /**
     * The ID of the property within the asset. This identifies the specific property's value used
     * in the computation model.
     *
     * <p>Required. CloudFormation property {@code PropertyId}.
     */
    public AssetPropertyBindingValue propertyId(String value) {
      return set("PropertyId", Value.of(value));
    }

    /** Sets {@code PropertyId} to this value; see {@link #propertyId(String)}. */
    public AssetPropertyBindingValue propertyId(Value<String> value) {
      return set("PropertyId", value);
    }
  }

  /**
   * The configuration for the computation model.
   *
   * <p>Property type {@code AWS::IoTSiteWise::ComputationModel.ComputationModelConfiguration}.
   */
  public static final class ComputationModelConfiguration extends Struct<ComputationModelConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTSiteWise::ComputationModel.ComputationModelConfiguration");

    public ComputationModelConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration for the anomaly detection type of computation model.
     *
     * <p>CloudFormation property {@code AnomalyDetection}.
     */
    public ComputationModelConfiguration anomalyDetection(Value<AnomalyDetectionComputationModelConfiguration> value) {
      return set("AnomalyDetection", value);
    }
  }

  /**
   * Contains computation model data binding value information, which can be one of
   * <code>assetModelProperty</code> , <code>list</code> .
   *
   * <p>Property type {@code AWS::IoTSiteWise::ComputationModel.ComputationModelDataBindingValue}.
   */
  public static final class ComputationModelDataBindingValue extends Struct<ComputationModelDataBindingValue> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTSiteWise::ComputationModel.ComputationModelDataBindingValue");

    public ComputationModelDataBindingValue() {
      super(SCHEMA);
    }

    /**
     * Specifies an asset model property data binding value.
     *
     * <p>CloudFormation property {@code AssetModelProperty}.
     */
    public ComputationModelDataBindingValue assetModelProperty(Value<AssetModelPropertyBindingValue> value) {
      return set("AssetModelProperty", value);
    }

    /**
     * The asset property value used for computation model data binding.
     *
     * <p>CloudFormation property {@code AssetProperty}.
     */
    public ComputationModelDataBindingValue assetProperty(Value<AssetPropertyBindingValue> value) {
      return set("AssetProperty", value);
    }

    /**
     * Specifies a list of data binding value.
     *
     * <p>CloudFormation property {@code List}.
     */
    public ComputationModelDataBindingValue list(List<ComputationModelDataBindingValue> value) {
      return set("List", Value.listOf(value));
    }

    /** Sets {@code List} to this value; see {@link #list(List)}. */
    public ComputationModelDataBindingValue list(Value<List<ComputationModelDataBindingValue>> value) {
      return set("List", value);
    }

    /** Sets {@code List} to a list of these; see {@link #list(List)}. */
    public ComputationModelDataBindingValue list(ComputationModelDataBindingValue... values) {
      return set("List", Value.list(values));
    }
  }
}
