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

/**
 * Creates an asset model from specified property and hierarchy definitions. You create assets from
 * asset models. With asset models, you can easily create assets of the same type that have
 * standardized definitions. Each asset created from a model inherits the asset model's property and
 * hierarchy definitions. For more information, see <a
 * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/define-models.html">Defining
 * asset models</a> in the <em>AWS IoT SiteWise User Guide</em> .
 *
 * <p>You can create three types of asset models, <code>ASSET_MODEL</code> ,
 * <code>COMPONENT_MODEL</code> , or an <code>INTERFACE</code> .
 *
 * <ul> <li><em>ASSET_MODEL</em> – (default) An asset model that you can use to create assets. Can't
 * be included as a component in another asset model. <li><em>COMPONENT_MODEL</em> – A reusable
 * component that you can include in the composite models of other asset models. You can't create
 * assets directly from this type of asset model. <li><em>INTERFACE</em> – An interface is a type of
 * model that defines a standard structure that can be applied to different asset models. </ul>
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::AssetModel}.
 */
public final class AssetModel extends Resource<AssetModel> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel")
      .required("AssetModelName")
      .constrain("AssetModelDescription", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .constrain("AssetModelExternalId", Constraint.of().pattern("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+").minLength(2).maxLength(128))
      .constrain("AssetModelName", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(256))
      .allowed("AssetModelType", "ASSET_MODEL", "COMPONENT_MODEL", "INTERFACE")
      .refYields("AssetModelId")
      .attributes("AssetModelArn", "AssetModelId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AssetModel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The composite models that are part of this asset model. It groups properties (such as
   * attributes, measurements, transforms, and metrics) and child composite models that model parts
   * of your industrial equipment. Each composite model has a type that defines the properties that
   * the composite model supports. Use composite models to define alarms on this asset model.
   *
   * <p>When creating custom composite models, you need to use <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateAssetModelCompositeModel.html">CreateAssetModelCompositeModel</a>
   * . For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/create-custom-composite-models.html">Creating
   * custom composite models (Components)</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>CloudFormation property {@code AssetModelCompositeModels}.
   */
  public AssetModel assetModelCompositeModels(List<AssetModelCompositeModel> value) {
    return set("AssetModelCompositeModels", Value.listOf(value));
  }

  /**
   * Sets {@code AssetModelCompositeModels} to this value; see {@link
   * #assetModelCompositeModels(List)}.
   */
  public AssetModel assetModelCompositeModels(Value<List<AssetModelCompositeModel>> value) {
    return set("AssetModelCompositeModels", value);
  }

  /**
   * Sets {@code AssetModelCompositeModels} to a list of these; see {@link
   * #assetModelCompositeModels(List)}.
   */
  public AssetModel assetModelCompositeModels(AssetModelCompositeModel... values) {
    return set("AssetModelCompositeModels", Value.list(values));
  }

  /**
   * A description for the asset model.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code AssetModelDescription}.
   */
  public AssetModel assetModelDescription(String value) {
    return set("AssetModelDescription", Value.of(value));
  }

  /**
   * Sets {@code AssetModelDescription} to this value; see {@link #assetModelDescription(String)}.
   */
  public AssetModel assetModelDescription(Value<String> value) {
    return set("AssetModelDescription", value);
  }

  /**
   * The external ID of the asset model. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
   * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>Length: 2 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9_][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9_]+}. CloudFormation property {@code
   * AssetModelExternalId}.
   */
  public AssetModel assetModelExternalId(String value) {
    return set("AssetModelExternalId", Value.of(value));
  }

  /** Sets {@code AssetModelExternalId} to this value; see {@link #assetModelExternalId(String)}. */
  public AssetModel assetModelExternalId(Value<String> value) {
    return set("AssetModelExternalId", value);
  }

  /**
   * The hierarchy definitions of the asset model. Each hierarchy specifies an asset model whose
   * assets can be children of any other assets created from this asset model. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/asset-hierarchies.html">Asset
   * hierarchies</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>You can specify up to 10 hierarchies per asset model. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/quotas.html">Quotas</a> in the
   * <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>CloudFormation property {@code AssetModelHierarchies}.
   */
  public AssetModel assetModelHierarchies(List<AssetModelHierarchy> value) {
    return set("AssetModelHierarchies", Value.listOf(value));
  }

  /** Sets {@code AssetModelHierarchies} to this value; see {@link #assetModelHierarchies(List)}. */
  public AssetModel assetModelHierarchies(Value<List<AssetModelHierarchy>> value) {
    return set("AssetModelHierarchies", value);
  }

  /**
   * Sets {@code AssetModelHierarchies} to a list of these; see {@link
   * #assetModelHierarchies(List)}.
   */
  public AssetModel assetModelHierarchies(AssetModelHierarchy... values) {
    return set("AssetModelHierarchies", Value.list(values));
  }

  /**
   * A unique name for the asset model.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code AssetModelName}.
   */
  public AssetModel assetModelName(String value) {
    return set("AssetModelName", Value.of(value));
  }

  /** Sets {@code AssetModelName} to this value; see {@link #assetModelName(String)}. */
  public AssetModel assetModelName(Value<String> value) {
    return set("AssetModelName", value);
  }

  /**
   * The property definitions of the asset model. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/asset-properties.html">Asset
   * properties</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>You can specify up to 200 properties per asset model. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/quotas.html">Quotas</a> in the
   * <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>CloudFormation property {@code AssetModelProperties}.
   */
  public AssetModel assetModelProperties(List<AssetModelProperty> value) {
    return set("AssetModelProperties", Value.listOf(value));
  }

  /** Sets {@code AssetModelProperties} to this value; see {@link #assetModelProperties(List)}. */
  public AssetModel assetModelProperties(Value<List<AssetModelProperty>> value) {
    return set("AssetModelProperties", value);
  }

  /**
   * Sets {@code AssetModelProperties} to a list of these; see {@link #assetModelProperties(List)}.
   */
  public AssetModel assetModelProperties(AssetModelProperty... values) {
    return set("AssetModelProperties", Value.list(values));
  }

  /**
   * The type of asset model.
   *
   * <ul> <li><em>ASSET_MODEL</em> – (default) An asset model that you can use to create assets.
   * Can't be included as a component in another asset model. <li><em>COMPONENT_MODEL</em> – A
   * reusable component that you can include in the composite models of other asset models. You
   * can't create assets directly from this type of asset model. <li><em>INTERFACE</em> – An
   * interface is a type of model that defines a standard structure that can be applied to different
   * asset models. </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ASSET_MODEL}, {@code
   * COMPONENT_MODEL}, {@code INTERFACE}. CloudFormation property {@code AssetModelType}.
   */
  public AssetModel assetModelType(String value) {
    return set("AssetModelType", Value.of(value));
  }

  /** Sets {@code AssetModelType} to this value; see {@link #assetModelType(String)}. */
  public AssetModel assetModelType(Value<String> value) {
    return set("AssetModelType", value);
  }

  /**
   * a list of asset model and interface relationships
   *
   * <p>CloudFormation property {@code EnforcedAssetModelInterfaceRelationships}.
   */
  public AssetModel enforcedAssetModelInterfaceRelationships(List<EnforcedAssetModelInterfaceRelationship> value) {
    return set("EnforcedAssetModelInterfaceRelationships", Value.listOf(value));
  }

  /**
   * Sets {@code EnforcedAssetModelInterfaceRelationships} to this value; see {@link
   * #enforcedAssetModelInterfaceRelationships(List)}.
   */
  public AssetModel enforcedAssetModelInterfaceRelationships(Value<List<EnforcedAssetModelInterfaceRelationship>> value) {
    return set("EnforcedAssetModelInterfaceRelationships", value);
  }

  /**
   * Sets {@code EnforcedAssetModelInterfaceRelationships} to a list of these; see {@link
   * #enforcedAssetModelInterfaceRelationships(List)}.
   */
  public AssetModel enforcedAssetModelInterfaceRelationships(EnforcedAssetModelInterfaceRelationship... values) {
    return set("EnforcedAssetModelInterfaceRelationships", Value.list(values));
  }

  /**
   * A list of key-value pairs that contain metadata for the asset. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/tag-resources.html">Tagging
   * your AWS IoT SiteWise resources</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AssetModel tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AssetModel tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AssetModel tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the asset model, which has the following format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssetModelArn}.
   */
  public Value<String> assetModelArn() {
    return getAtt("AssetModelArn");
  }

  /**
   * The ID of the asset model.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssetModelId}.
   */
  public Value<String> assetModelId() {
    return getAtt("AssetModelId");
  }

  /**
   * Contains information about a composite model in an asset model. This object contains the asset
   * property definitions that you define in the composite model.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.AssetModelCompositeModel}.
   */
  public static final class AssetModelCompositeModel extends Struct<AssetModelCompositeModel> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel.AssetModelCompositeModel")
        .required("Name", "Type")
        .constrain("Description", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
        .constrain("ExternalId", Constraint.of().pattern("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+").minLength(2).maxLength(128))
        .constrain("Id", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
        .constrain("Name", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(256))
        .constrain("ParentAssetModelCompositeModelExternalId", Constraint.of().pattern("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+").minLength(2).maxLength(128))
        .constrain("Type", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(256))
        .build();

    public AssetModelCompositeModel() {
      super(SCHEMA);
    }

    /**
     * The ID of a component model which is reused to create this composite model.
     *
     * <p>CloudFormation property {@code ComposedAssetModelId}.
     */
    public AssetModelCompositeModel composedAssetModelId(String value) {
      return set("ComposedAssetModelId", Value.of(value));
    }

    /**
     * Sets {@code ComposedAssetModelId} to this value; see {@link #composedAssetModelId(String)}.
     */
    public AssetModelCompositeModel composedAssetModelId(Value<String> value) {
      return set("ComposedAssetModelId", value);
    }

    /**
     * The asset property definitions for this composite model.
     *
     * <p>CloudFormation property {@code CompositeModelProperties}.
     */
    public AssetModelCompositeModel compositeModelProperties(List<AssetModelProperty> value) {
      return set("CompositeModelProperties", Value.listOf(value));
    }

    /**
     * Sets {@code CompositeModelProperties} to this value; see {@link
     * #compositeModelProperties(List)}.
     */
    public AssetModelCompositeModel compositeModelProperties(Value<List<AssetModelProperty>> value) {
      return set("CompositeModelProperties", value);
    }

    /**
     * Sets {@code CompositeModelProperties} to a list of these; see {@link
     * #compositeModelProperties(List)}.
     */
    public AssetModelCompositeModel compositeModelProperties(AssetModelProperty... values) {
      return set("CompositeModelProperties", Value.list(values));
    }

    /**
     * The description of the composite model.
     *
     * <p>If the composite model is a <code>component-model-based</code> composite model, the
     * description is inherited from the <code>COMPONENT_MODEL</code> asset model and cannot be
     * changed.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
     * CloudFormation property {@code Description}.
     */
    public AssetModelCompositeModel description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public AssetModelCompositeModel description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The external ID of a composite model on this asset model. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
     * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>One of <code>ExternalId</code> or <code>Path</code> must be specified.
     *
     * <p>Length: 2 to 128 characters. Pattern: {@code
     * [a-zA-Z0-9_][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9_]+}. CloudFormation property {@code ExternalId}.
     */
    public AssetModelCompositeModel externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public AssetModelCompositeModel externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The ID of the asset model composite model.
     *
     * <p>This is a return value and can't be set.
     *
     * <p>Length: 36 to 36 characters. Pattern: {@code
     * ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}. CloudFormation property
     * {@code Id}.
     */
    public AssetModelCompositeModel id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public AssetModelCompositeModel id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The name of the composite model.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code Name}.
     */
    public AssetModelCompositeModel name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AssetModelCompositeModel name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The external ID of the parent composite model. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
     * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>Length: 2 to 128 characters. Pattern: {@code
     * [a-zA-Z0-9_][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9_]+}. CloudFormation property {@code
     * ParentAssetModelCompositeModelExternalId}.
     */
    public AssetModelCompositeModel parentAssetModelCompositeModelExternalId(String value) {
      return set("ParentAssetModelCompositeModelExternalId", Value.of(value));
    }

    /**
     * Sets {@code ParentAssetModelCompositeModelExternalId} to this value; see {@link
     * #parentAssetModelCompositeModelExternalId(String)}.
     */
    public AssetModelCompositeModel parentAssetModelCompositeModelExternalId(Value<String> value) {
      return set("ParentAssetModelCompositeModelExternalId", value);
    }

    /**
     * The structured path to the property from the root of the asset using property names. Path is
     * used as the ID if the asset model is a derived composite model.
     *
     * <p>One of <code>ExternalId</code> or <code>Path</code> must be specified.
     *
     * <p>CloudFormation property {@code Path}.
     */
    public AssetModelCompositeModel path(List<String> value) {
      return set("Path", Value.listOf(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(List)}. */
    public AssetModelCompositeModel path(Value<List<String>> value) {
      return set("Path", value);
    }

    /**
     * The type of the composite model. For alarm composite models, this type is
     * <code>AWS/ALARM</code> .
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code Type}.
     */
    public AssetModelCompositeModel type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AssetModelCompositeModel type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Describes an asset hierarchy that contains a hierarchy's name, ID, and child asset model ID
   * that specifies the type of asset that can be in this hierarchy.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.AssetModelHierarchy}.
   */
  public static final class AssetModelHierarchy extends Struct<AssetModelHierarchy> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel.AssetModelHierarchy")
        .required("ChildAssetModelId", "Name")
        .constrain("ChildAssetModelId", Constraint.of().pattern("^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^externalId:[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+$").minLength(13).maxLength(139))
        .constrain("ExternalId", Constraint.of().pattern("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+").minLength(2).maxLength(128))
        .constrain("Id", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
        .constrain("LogicalId", Constraint.of().pattern("[^\\u0000-\\u001F\\u007F]+").minLength(1).maxLength(256))
        .constrain("Name", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(256))
        .build();

    public AssetModelHierarchy() {
      super(SCHEMA);
    }

    /**
     * The ID of the asset model, in UUID format. All assets in this hierarchy must be instances of
     * the <code>childAssetModelId</code> asset model. AWS IoT SiteWise will always return the
     * actual asset model ID for this value. However, when you are specifying this value as part of
     * a call to <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateAssetModel.html">UpdateAssetModel</a>
     * , you may provide either the asset model ID or else <code>externalId:</code> followed by the
     * asset model's external ID. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
     * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>Required. Length: 13 to 139 characters. Pattern: {@code
     * ^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^externalId:[a-zA-Z0-9_][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9_]+$}.
     * CloudFormation property {@code ChildAssetModelId}.
     */
    public AssetModelHierarchy childAssetModelId(String value) {
      return set("ChildAssetModelId", Value.of(value));
    }

    /** Sets {@code ChildAssetModelId} to this value; see {@link #childAssetModelId(String)}. */
    public AssetModelHierarchy childAssetModelId(Value<String> value) {
      return set("ChildAssetModelId", value);
    }

    /**
     * The external ID (if any) provided in the <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateAssetModel.html">CreateAssetModel</a>
     * or <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateAssetModel.html">UpdateAssetModel</a>
     * operation. You can assign an external ID by specifying this value as part of a call to <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateAssetModel.html">UpdateAssetModel</a>
     * . However, you can't change the external ID if one is already assigned. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
     * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>One of <code>ExternalId</code> or <code>LogicalId</code> must be specified.
     *
     * <p>Length: 2 to 128 characters. Pattern: {@code
     * [a-zA-Z0-9_][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9_]+}. CloudFormation property {@code ExternalId}.
     */
    public AssetModelHierarchy externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public AssetModelHierarchy externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The ID of the asset model hierarchy. This ID is a <code>hierarchyId</code> .
     *
     * <p>This is a return value and can't be set.
     *
     * <ul> <li>If you are callling <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateAssetModel.html">UpdateAssetModel</a>
     * to create a <em>new</em> hierarchy: You can specify its ID here, if desired. AWS IoT SiteWise
     * automatically generates a unique ID for you, so this parameter is never required. However, if
     * you prefer to supply your own ID instead, you can specify it here in UUID format. If you
     * specify your own ID, it must be globally unique. <li>If you are calling UpdateAssetModel to
     * modify an <em>existing</em> hierarchy: This can be either the actual ID in UUID format, or
     * else <code>externalId:</code> followed by the external ID, if it has one. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-id-references">Referencing
     * objects with external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> . </ul>
     *
     * <p>Length: 36 to 36 characters. Pattern: {@code
     * ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}. CloudFormation property
     * {@code Id}.
     */
    public AssetModelHierarchy id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public AssetModelHierarchy id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The <code>LogicalID</code> of the asset model hierarchy. This ID is a
     * <code>hierarchyLogicalId</code> .
     *
     * <p>One of <code>ExternalId</code> or <code>LogicalId</code> must be specified.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code [^&#92;u0000-&#92;u001F&#92;u007F]+}.
     * CloudFormation property {@code LogicalId}.
     */
    public AssetModelHierarchy logicalId(String value) {
      return set("LogicalId", Value.of(value));
    }

    /** Sets {@code LogicalId} to this value; see {@link #logicalId(String)}. */
    public AssetModelHierarchy logicalId(Value<String> value) {
      return set("LogicalId", value);
    }

    /**
     * The name of the asset model hierarchy that you specify by using the <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_CreateAssetModel.html">CreateAssetModel</a>
     * or <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/APIReference/API_UpdateAssetModel.html">UpdateAssetModel</a>
     * API operation.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code Name}.
     */
    public AssetModelHierarchy name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AssetModelHierarchy name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Contains information about an asset model property.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.AssetModelProperty}.
   */
  public static final class AssetModelProperty extends Struct<AssetModelProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel.AssetModelProperty")
        .required("DataType", "Name", "Type")
        .allowed("DataType", "STRING", "INTEGER", "DOUBLE", "BOOLEAN", "STRUCT")
        .allowed("DataTypeSpec", "AWS/ALARM_STATE")
        .constrain("DataTypeSpec", Constraint.of().minLength(1).maxLength(256))
        .constrain("ExternalId", Constraint.of().pattern("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+").minLength(2).maxLength(128))
        .constrain("Id", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
        .constrain("LogicalId", Constraint.of().pattern("[^\\u0000-\\u001F\\u007F]+").minLength(1).maxLength(256))
        .constrain("Name", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(256))
        .constrain("Unit", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(256))
        .build();

    public AssetModelProperty() {
      super(SCHEMA);
    }

    /**
     * The data type of the asset model property.
     *
     * <p>If you specify <code>STRUCT</code> , you must also specify <code>dataTypeSpec</code> to
     * identify the type of the structure for this property.
     *
     * <p>Required. Allowed values: {@code STRING}, {@code INTEGER}, {@code DOUBLE}, {@code
     * BOOLEAN}, {@code STRUCT}. CloudFormation property {@code DataType}.
     */
    public AssetModelProperty dataType(String value) {
      return set("DataType", Value.of(value));
    }

    /** Sets {@code DataType} to this value; see {@link #dataType(String)}. */
    public AssetModelProperty dataType(Value<String> value) {
      return set("DataType", value);
    }

    /**
     * The data type of the structure for this property. This parameter exists on properties that
     * have the <code>STRUCT</code> data type.
     *
     * <p>Allowed values: {@code AWS/ALARM_STATE}. Length: 1 to 256 characters. CloudFormation
     * property {@code DataTypeSpec}.
     */
    public AssetModelProperty dataTypeSpec(String value) {
      return set("DataTypeSpec", Value.of(value));
    }

    /** Sets {@code DataTypeSpec} to this value; see {@link #dataTypeSpec(String)}. */
    public AssetModelProperty dataTypeSpec(Value<String> value) {
      return set("DataTypeSpec", value);
    }

    /**
     * The external ID of the asset property. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
     * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>One of <code>ExternalId</code> or <code>LogicalId</code> must be specified.
     *
     * <p>Length: 2 to 128 characters. Pattern: {@code
     * [a-zA-Z0-9_][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9_]+}. CloudFormation property {@code ExternalId}.
     */
    public AssetModelProperty externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public AssetModelProperty externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The ID of the property.
     *
     * <p>This is a return value and can't be set.
     *
     * <p>Length: 36 to 36 characters. Pattern: {@code
     * ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}. CloudFormation property
     * {@code Id}.
     */
    public AssetModelProperty id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public AssetModelProperty id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The <code>LogicalID</code> of the asset model property.
     *
     * <p>One of <code>ExternalId</code> or <code>LogicalId</code> must be specified.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code [^&#92;u0000-&#92;u001F&#92;u007F]+}.
     * CloudFormation property {@code LogicalId}.
     */
    public AssetModelProperty logicalId(String value) {
      return set("LogicalId", Value.of(value));
    }

    /** Sets {@code LogicalId} to this value; see {@link #logicalId(String)}. */
    public AssetModelProperty logicalId(Value<String> value) {
      return set("LogicalId", value);
    }

    /**
     * The name of the asset model property.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code Name}.
     */
    public AssetModelProperty name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AssetModelProperty name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Contains a property type, which can be one of <code>attribute</code> ,
     * <code>measurement</code> , <code>metric</code> , or <code>transform</code> .
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public AssetModelProperty type(Value<PropertyType> value) {
      return set("Type", value);
    }

    /**
     * The unit of the asset model property, such as <code>Newtons</code> or <code>RPM</code> .
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
     * CloudFormation property {@code Unit}.
     */
    public AssetModelProperty unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public AssetModelProperty unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * Contains an asset attribute property. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/asset-properties.html#attributes">Attributes</a>
   * in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.Attribute}.
   */
  public static final class Attribute extends Struct<Attribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel.Attribute")
        .constrain("DefaultValue", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$"))
        .build();

    public Attribute() {
      super(SCHEMA);
    }

    /**
     * The default value of the asset model property attribute. All assets that you create from the
     * asset model contain this attribute value. You can update an attribute's value after you
     * create an asset. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/update-attribute-values.html">Updating
     * attribute values</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code
     * DefaultValue}.
     */
    public Attribute defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public Attribute defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }
  }

  /**
   * Contains information about applied interface property and asset model property
   *
   * <p>Property type {@code
   * AWS::IoTSiteWise::AssetModel.EnforcedAssetModelInterfacePropertyMapping}.
   */
  public static final class EnforcedAssetModelInterfacePropertyMapping extends Struct<EnforcedAssetModelInterfacePropertyMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel.EnforcedAssetModelInterfacePropertyMapping")
        .required("InterfaceAssetModelPropertyExternalId")
        .build();

    public EnforcedAssetModelInterfacePropertyMapping() {
      super(SCHEMA);
    }

    /**
     * The external ID of the linked asset model property
     *
     * <p>CloudFormation property {@code AssetModelPropertyExternalId}.
     */
    public EnforcedAssetModelInterfacePropertyMapping assetModelPropertyExternalId(String value) {
      return set("AssetModelPropertyExternalId", Value.of(value));
    }

    /**
     * Sets {@code AssetModelPropertyExternalId} to this value; see {@link
     * #assetModelPropertyExternalId(String)}.
     */
    public EnforcedAssetModelInterfacePropertyMapping assetModelPropertyExternalId(Value<String> value) {
      return set("AssetModelPropertyExternalId", value);
    }

    /**
     * The logical ID of the linked asset model property
     *
     * <p>CloudFormation property {@code AssetModelPropertyLogicalId}.
     */
    public EnforcedAssetModelInterfacePropertyMapping assetModelPropertyLogicalId(String value) {
      return set("AssetModelPropertyLogicalId", Value.of(value));
    }

    /**
     * Sets {@code AssetModelPropertyLogicalId} to this value; see {@link
     * #assetModelPropertyLogicalId(String)}.
     */
    public EnforcedAssetModelInterfacePropertyMapping assetModelPropertyLogicalId(Value<String> value) {
      return set("AssetModelPropertyLogicalId", value);
    }

    /**
     * The external ID of the applied interface property
     *
     * <p>Required. CloudFormation property {@code InterfaceAssetModelPropertyExternalId}.
     */
    public EnforcedAssetModelInterfacePropertyMapping interfaceAssetModelPropertyExternalId(String value) {
      return set("InterfaceAssetModelPropertyExternalId", Value.of(value));
    }

    /**
     * Sets {@code InterfaceAssetModelPropertyExternalId} to this value; see {@link
     * #interfaceAssetModelPropertyExternalId(String)}.
     */
    public EnforcedAssetModelInterfacePropertyMapping interfaceAssetModelPropertyExternalId(Value<String> value) {
      return set("InterfaceAssetModelPropertyExternalId", value);
    }
  }

  /**
   * Contains information about applied interface hierarchy and asset model hierarchy
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.EnforcedAssetModelInterfaceRelationship}.
   */
  public static final class EnforcedAssetModelInterfaceRelationship extends Struct<EnforcedAssetModelInterfaceRelationship> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTSiteWise::AssetModel.EnforcedAssetModelInterfaceRelationship");

    public EnforcedAssetModelInterfaceRelationship() {
      super(SCHEMA);
    }

    /**
     * The ID of the asset model that has the interface applied to it.
     *
     * <p>CloudFormation property {@code InterfaceAssetModelId}.
     */
    public EnforcedAssetModelInterfaceRelationship interfaceAssetModelId(String value) {
      return set("InterfaceAssetModelId", Value.of(value));
    }

    /**
     * Sets {@code InterfaceAssetModelId} to this value; see {@link #interfaceAssetModelId(String)}.
     */
    public EnforcedAssetModelInterfaceRelationship interfaceAssetModelId(Value<String> value) {
      return set("InterfaceAssetModelId", value);
    }

    /**
     * A list of property mappings between the interface asset model and the asset model where the
     * interface is applied.
     *
     * <p>CloudFormation property {@code PropertyMappings}.
     */
    public EnforcedAssetModelInterfaceRelationship propertyMappings(List<EnforcedAssetModelInterfacePropertyMapping> value) {
      return set("PropertyMappings", Value.listOf(value));
    }

    /** Sets {@code PropertyMappings} to this value; see {@link #propertyMappings(List)}. */
    public EnforcedAssetModelInterfaceRelationship propertyMappings(Value<List<EnforcedAssetModelInterfacePropertyMapping>> value) {
      return set("PropertyMappings", value);
    }

    /** Sets {@code PropertyMappings} to a list of these; see {@link #propertyMappings(List)}. */
    public EnforcedAssetModelInterfaceRelationship propertyMappings(EnforcedAssetModelInterfacePropertyMapping... values) {
      return set("PropertyMappings", Value.list(values));
    }
  }

  /**
   * Contains expression variable information.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.ExpressionVariable}.
   */
  public static final class ExpressionVariable extends Struct<ExpressionVariable> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel.ExpressionVariable")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().pattern("^[a-z][a-z0-9_]*$").minLength(1).maxLength(64))
        .build();

    public ExpressionVariable() {
      super(SCHEMA);
    }

    /**
     * The friendly name of the variable to be used in the expression.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[a-z][a-z0-9_]*$}. CloudFormation
     * property {@code Name}.
     */
    public ExpressionVariable name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ExpressionVariable name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The variable that identifies an asset property from which to use values.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public ExpressionVariable value(Value<VariableValue> value) {
      return set("Value", value);
    }
  }

  /**
   * Contains an asset metric property. With metrics, you can calculate aggregate functions, such as
   * an average, maximum, or minimum, as specified through an expression. A metric maps several
   * values to a single value (such as a sum).
   *
   * <p>The maximum number of dependent/cascading variables used in any one metric calculation is
   * 10. Therefore, a <em>root</em> metric can have up to 10 cascading metrics in its computational
   * dependency tree. Additionally, a metric can only have a data type of <code>DOUBLE</code> and
   * consume properties with data types of <code>INTEGER</code> or <code>DOUBLE</code> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/asset-properties.html#metrics">Metrics</a>
   * in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.Metric}.
   */
  public static final class Metric extends Struct<Metric> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel.Metric")
        .required("Expression", "Variables", "Window")
        .constrain("Expression", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public Metric() {
      super(SCHEMA);
    }

    /**
     * The mathematical expression that defines the metric aggregation function. You can specify up
     * to 10 variables per expression. You can specify up to 10 functions per expression.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/quotas.html">Quotas</a> in
     * the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code Expression}.
     */
    public Metric expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public Metric expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The list of variables used in the expression.
     *
     * <p>Required. CloudFormation property {@code Variables}.
     */
    public Metric variables(List<ExpressionVariable> value) {
      return set("Variables", Value.listOf(value));
    }

    /** Sets {@code Variables} to this value; see {@link #variables(List)}. */
    public Metric variables(Value<List<ExpressionVariable>> value) {
      return set("Variables", value);
    }

    /** Sets {@code Variables} to a list of these; see {@link #variables(List)}. */
    public Metric variables(ExpressionVariable... values) {
      return set("Variables", Value.list(values));
    }

    /**
     * The window (time interval) over which AWS IoT SiteWise computes the metric's aggregation
     * expression. AWS IoT SiteWise computes one data point per <code>window</code> .
     *
     * <p>Required. CloudFormation property {@code Window}.
     */
    public Metric window(Value<MetricWindow> value) {
      return set("Window", value);
    }
  }

  /**
   * Contains a time interval window used for data aggregate computations (for example, average,
   * sum, count, and so on).
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.MetricWindow}.
   */
  public static final class MetricWindow extends Struct<MetricWindow> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTSiteWise::AssetModel.MetricWindow");

    public MetricWindow() {
      super(SCHEMA);
    }

    /**
     * The tumbling time interval window.
     *
     * <p>CloudFormation property {@code Tumbling}.
     */
    public MetricWindow tumbling(Value<TumblingWindow> value) {
      return set("Tumbling", value);
    }
  }

  /**
   * Represents one level between a composite model and the root of the asset model.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.PropertyPathDefinition}.
   */
  public static final class PropertyPathDefinition extends Struct<PropertyPathDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel.PropertyPathDefinition")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(256))
        .build();

    public PropertyPathDefinition() {
      super(SCHEMA);
    }

    /**
     * The name of the path segment.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code Name}.
     */
    public PropertyPathDefinition name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PropertyPathDefinition name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Contains a property type, which can be one of <code>attribute</code> , <code>measurement</code>
   * , <code>metric</code> , or <code>transform</code> .
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.PropertyType}.
   */
  public static final class PropertyType extends Struct<PropertyType> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel.PropertyType")
        .required("TypeName")
        .allowed("TypeName", "Measurement", "Attribute", "Transform", "Metric")
        .build();

    public PropertyType() {
      super(SCHEMA);
    }

    /**
     * Specifies an asset attribute property. An attribute generally contains static information,
     * such as the serial number of an <a
     * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/Internet_of_things#Industrial_applications">IIoT</a>
     * wind turbine.
     *
     * <p>CloudFormation property {@code Attribute}.
     */
    public PropertyType attribute(Value<Attribute> value) {
      return set("Attribute", value);
    }

    /**
     * Specifies an asset metric property. A metric contains a mathematical expression that uses
     * aggregate functions to process all input data points over a time interval and output a single
     * data point, such as to calculate the average hourly temperature.
     *
     * <p>CloudFormation property {@code Metric}.
     */
    public PropertyType metric(Value<Metric> value) {
      return set("Metric", value);
    }

    /**
     * Specifies an asset transform property. A transform contains a mathematical expression that
     * maps a property's data points from one form to another, such as a unit conversion from
     * Celsius to Fahrenheit.
     *
     * <p>CloudFormation property {@code Transform}.
     */
    public PropertyType transform(Value<Transform> value) {
      return set("Transform", value);
    }

    /**
     * The type of property type, which can be one of <code>Attribute</code> ,
     * <code>Measurement</code> , <code>Metric</code> , or <code>Transform</code> .
     *
     * <p>Required. Allowed values: {@code Measurement}, {@code Attribute}, {@code Transform},
     * {@code Metric}. CloudFormation property {@code TypeName}.
     */
    public PropertyType typeName(String value) {
      return set("TypeName", Value.of(value));
    }

    /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
    public PropertyType typeName(Value<String> value) {
      return set("TypeName", value);
    }
  }

  /**
   * Contains an asset transform property. A transform is a one-to-one mapping of a property's data
   * points from one form to another. For example, you can use a transform to convert a Celsius data
   * stream to Fahrenheit by applying the transformation expression to each data point of the
   * Celsius stream. A transform can only have a data type of <code>DOUBLE</code> and consume
   * properties with data types of <code>INTEGER</code> or <code>DOUBLE</code> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/asset-properties.html#transforms">Transforms</a>
   * in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.Transform}.
   */
  public static final class Transform extends Struct<Transform> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel.Transform")
        .required("Expression", "Variables")
        .constrain("Expression", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public Transform() {
      super(SCHEMA);
    }

    /**
     * The mathematical expression that defines the transformation function. You can specify up to
     * 10 variables per expression. You can specify up to 10 functions per expression.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/quotas.html">Quotas</a> in
     * the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code Expression}.
     */
    public Transform expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public Transform expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The list of variables used in the expression.
     *
     * <p>Required. CloudFormation property {@code Variables}.
     */
    public Transform variables(List<ExpressionVariable> value) {
      return set("Variables", Value.listOf(value));
    }

    /** Sets {@code Variables} to this value; see {@link #variables(List)}. */
    public Transform variables(Value<List<ExpressionVariable>> value) {
      return set("Variables", value);
    }

    /** Sets {@code Variables} to a list of these; see {@link #variables(List)}. */
    public Transform variables(ExpressionVariable... values) {
      return set("Variables", Value.list(values));
    }
  }

  /**
   * Contains a tumbling window, which is a repeating fixed-sized, non-overlapping, and contiguous
   * time window. You can use this window in metrics to aggregate data from properties and other
   * assets.
   *
   * <p>You can use <code>m</code> , <code>h</code> , <code>d</code> , and <code>w</code> when you
   * specify an interval or offset. Note that <code>m</code> represents minutes, <code>h</code>
   * represents hours, <code>d</code> represents days, and <code>w</code> represents weeks. You can
   * also use <code>s</code> to represent seconds in <code>offset</code> .
   *
   * <p>The <code>interval</code> and <code>offset</code> parameters support the <a
   * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/ISO_8601">ISO 8601 format</a> .
   * For example, <code>PT5S</code> represents 5 seconds, <code>PT5M</code> represents 5 minutes,
   * and <code>PT5H</code> represents 5 hours.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.TumblingWindow}.
   */
  public static final class TumblingWindow extends Struct<TumblingWindow> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel.TumblingWindow")
        .required("Interval")
        .constrain("Interval", Constraint.of().minLength(2).maxLength(23))
        .constrain("Offset", Constraint.of().minLength(2).maxLength(25))
        .build();

    public TumblingWindow() {
      super(SCHEMA);
    }

    /**
     * The time interval for the tumbling window. The interval time must be between 1 minute and 1
     * week.
     *
     * <p>AWS IoT SiteWise computes the <code>1w</code> interval the end of Sunday at midnight each
     * week (UTC), the <code>1d</code> interval at the end of each day at midnight (UTC), the
     * <code>1h</code> interval at the end of each hour, and so on.
     *
     * <p>When AWS IoT SiteWise aggregates data points for metric computations, the start of each
     * interval is exclusive and the end of each interval is inclusive. AWS IoT SiteWise places the
     * computed data point at the end of the interval.
     *
     * <p>Required. Length: 2 to 23 characters. CloudFormation property {@code Interval}.
     */
    public TumblingWindow interval(String value) {
      return set("Interval", Value.of(value));
    }

    /** Sets {@code Interval} to this value; see {@link #interval(String)}. */
    public TumblingWindow interval(Value<String> value) {
      return set("Interval", value);
    }

    /**
     * The offset for the tumbling window. The <code>offset</code> parameter accepts the following:
     *
     * <ul> <li>The offset time. </ul>
     *
     * <p>For example, if you specify <code>18h</code> for <code>offset</code> and <code>1d</code>
     * for <code>interval</code> , AWS IoT SiteWise aggregates data in one of the following ways:
     *
     * <ul> <li>If you create the metric before or at 6 PM (UTC), you get the first aggregation
     * result at 6 PM (UTC) on the day when you create the metric. <li>If you create the metric
     * after 6 PM (UTC), you get the first aggregation result at 6 PM (UTC) the next day. <li>The
     * ISO 8601 format. </ul>
     *
     * <p>For example, if you specify <code>PT18H</code> for <code>offset</code> and <code>1d</code>
     * for <code>interval</code> , AWS IoT SiteWise aggregates data in one of the following ways:
     *
     * <ul> <li>If you create the metric before or at 6 PM (UTC), you get the first aggregation
     * result at 6 PM (UTC) on the day when you create the metric. <li>If you create the metric
     * after 6 PM (UTC), you get the first aggregation result at 6 PM (UTC) the next day. <li>The
     * 24-hour clock. </ul>
     *
     * <p>For example, if you specify <code>00:03:00</code> for <code>offset</code> ,
     * <code>5m</code> for <code>interval</code> , and you create the metric at 2 PM (UTC), you get
     * the first aggregation result at 2:03 PM (UTC). You get the second aggregation result at 2:08
     * PM (UTC).
     *
     * <ul> <li>The offset time zone. </ul>
     *
     * <p>For example, if you specify <code>2021-07-23T18:00-08</code> for <code>offset</code> and
     * <code>1d</code> for <code>interval</code> , AWS IoT SiteWise aggregates data in one of the
     * following ways:
     *
     * <ul> <li>If you create the metric before or at 6 PM (PST), you get the first aggregation
     * result at 6 PM (PST) on the day when you create the metric. <li>If you create the metric
     * after 6 PM (PST), you get the first aggregation result at 6 PM (PST) the next day. </ul>
     *
     * <p>Length: 2 to 25 characters. CloudFormation property {@code Offset}.
     */
    public TumblingWindow offset(String value) {
      return set("Offset", Value.of(value));
    }

    /** Sets {@code Offset} to this value; see {@link #offset(String)}. */
    public TumblingWindow offset(Value<String> value) {
      return set("Offset", value);
    }
  }

  /**
   * Identifies a property value used in an expression.
   *
   * <p>Property type {@code AWS::IoTSiteWise::AssetModel.VariableValue}.
   */
  public static final class VariableValue extends Struct<VariableValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::AssetModel.VariableValue")
        .constrain("HierarchyExternalId", Constraint.of().pattern("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+").minLength(2).maxLength(128))
        .constrain("HierarchyId", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
        .constrain("HierarchyLogicalId", Constraint.of().pattern("[^\\u0000-\\u001F\\u007F]+").minLength(1).maxLength(256))
        .constrain("PropertyExternalId", Constraint.of().pattern("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+").minLength(2).maxLength(128))
        .constrain("PropertyId", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
        .constrain("PropertyLogicalId", Constraint.of().pattern("[^\\u0000-\\u001F\\u007F]+").minLength(1).maxLength(256))
        .build();

    public VariableValue() {
      super(SCHEMA);
    }

    /**
     * The external ID of the hierarchy being referenced. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
     * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>Length: 2 to 128 characters. Pattern: {@code
     * [a-zA-Z0-9_][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9_]+}. CloudFormation property {@code
     * HierarchyExternalId}.
     */
    public VariableValue hierarchyExternalId(String value) {
      return set("HierarchyExternalId", Value.of(value));
    }

    /** Sets {@code HierarchyExternalId} to this value; see {@link #hierarchyExternalId(String)}. */
    public VariableValue hierarchyExternalId(Value<String> value) {
      return set("HierarchyExternalId", value);
    }

    /**
     * The ID of the hierarchy to query for the property ID. You can use the hierarchy's name
     * instead of the hierarchy's ID. If the hierarchy has an external ID, you can specify
     * <code>externalId:</code> followed by the external ID. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
     * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>You use a hierarchy ID instead of a model ID because you can have several hierarchies
     * using the same model and therefore the same <code>propertyId</code> . For example, you might
     * have separately grouped assets that come from the same asset model. For more information, see
     * <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/asset-hierarchies.html">Asset
     * hierarchies</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>Length: 36 to 36 characters. Pattern: {@code
     * ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}. CloudFormation property
     * {@code HierarchyId}.
     */
    public VariableValue hierarchyId(String value) {
      return set("HierarchyId", Value.of(value));
    }

    /** Sets {@code HierarchyId} to this value; see {@link #hierarchyId(String)}. */
    public VariableValue hierarchyId(Value<String> value) {
      return set("HierarchyId", value);
    }

    /**
     * The <code>LogicalID</code> of the hierarchy to query for the <code>PropertyLogicalID</code> .
     *
     * <p>You use a <code>hierarchyLogicalID</code> instead of a model ID because you can have
     * several hierarchies using the same model and therefore the same property. For example, you
     * might have separately grouped assets that come from the same asset model. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/asset-hierarchies.html">Defining
     * relationships between asset models (hierarchies)</a> in the <em>AWS IoT SiteWise User
     * Guide</em> .
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code [^&#92;u0000-&#92;u001F&#92;u007F]+}.
     * CloudFormation property {@code HierarchyLogicalId}.
     */
    public VariableValue hierarchyLogicalId(String value) {
      return set("HierarchyLogicalId", Value.of(value));
    }

    /** Sets {@code HierarchyLogicalId} to this value; see {@link #hierarchyLogicalId(String)}. */
    public VariableValue hierarchyLogicalId(Value<String> value) {
      return set("HierarchyLogicalId", value);
    }

    /**
     * The external ID of the property being referenced. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
     * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>Length: 2 to 128 characters. Pattern: {@code
     * [a-zA-Z0-9_][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9_]+}. CloudFormation property {@code
     * PropertyExternalId}.
     */
    public VariableValue propertyExternalId(String value) {
      return set("PropertyExternalId", Value.of(value));
    }

    /** Sets {@code PropertyExternalId} to this value; see {@link #propertyExternalId(String)}. */
    public VariableValue propertyExternalId(Value<String> value) {
      return set("PropertyExternalId", value);
    }

    /**
     * The ID of the property to use as the variable. You can use the property <code>name</code> if
     * it's from the same asset model. If the property has an external ID, you can specify
     * <code>externalId:</code> followed by the external ID. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
     * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>This is a return value and can't be set.
     *
     * <p>Length: 36 to 36 characters. Pattern: {@code
     * ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}. CloudFormation property
     * {@code PropertyId}.
     */
    public VariableValue propertyId(String value) {
      return set("PropertyId", Value.of(value));
    }

    /** Sets {@code PropertyId} to this value; see {@link #propertyId(String)}. */
    public VariableValue propertyId(Value<String> value) {
      return set("PropertyId", value);
    }

    /**
     * The <code>LogicalID</code> of the property that is being referenced.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code [^&#92;u0000-&#92;u001F&#92;u007F]+}.
     * CloudFormation property {@code PropertyLogicalId}.
     */
    public VariableValue propertyLogicalId(String value) {
      return set("PropertyLogicalId", Value.of(value));
    }

    /** Sets {@code PropertyLogicalId} to this value; see {@link #propertyLogicalId(String)}. */
    public VariableValue propertyLogicalId(Value<String> value) {
      return set("PropertyLogicalId", value);
    }

    /**
     * The path of the property. Each step of the path is the name of the step. See the following
     * example:
     *
     * <p><code>PropertyPath: Name: AssetModelName Name: Composite1 Name: NestedComposite</code>
     *
     * <p>CloudFormation property {@code PropertyPath}.
     */
    public VariableValue propertyPath(List<PropertyPathDefinition> value) {
      return set("PropertyPath", Value.listOf(value));
    }

    /** Sets {@code PropertyPath} to this value; see {@link #propertyPath(List)}. */
    public VariableValue propertyPath(Value<List<PropertyPathDefinition>> value) {
      return set("PropertyPath", value);
    }

    /** Sets {@code PropertyPath} to a list of these; see {@link #propertyPath(List)}. */
    public VariableValue propertyPath(PropertyPathDefinition... values) {
      return set("PropertyPath", Value.list(values));
    }
  }
}
