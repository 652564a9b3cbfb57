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
 * Creates an asset from an existing asset model. For more information, see <a
 * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/create-assets.html">Creating
 * assets</a> in the <em>AWS IoT SiteWise User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::Asset}.
 */
public final class Asset extends Resource<Asset> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Asset")
      .required("AssetModelId", "AssetName")
      .constrain("AssetDescription", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .constrain("AssetExternalId", Constraint.of().pattern("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+").minLength(2).maxLength(128))
      .constrain("AssetModelId", Constraint.of().pattern("^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^externalId:[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+$").minLength(13).maxLength(139))
      .references("AssetModelId", "AWS::IoTSiteWise::AssetModel.Ref")
      .constrain("AssetName", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(256))
      .refYields("AssetId")
      .attributes("AssetArn", "AssetId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Asset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the asset, in UUID format.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}.
   * CloudFormation property {@code AssetDescription}.
   */
  public Asset assetDescription(String value) {
    return set("AssetDescription", Value.of(value));
  }

  /** Sets {@code AssetDescription} to this value; see {@link #assetDescription(String)}. */
  public Asset assetDescription(Value<String> value) {
    return set("AssetDescription", value);
  }

  /**
   * The external ID of the asset model composite model. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
   * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>Length: 2 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9_][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9_]+}. CloudFormation property {@code
   * AssetExternalId}.
   */
  public Asset assetExternalId(String value) {
    return set("AssetExternalId", Value.of(value));
  }

  /** Sets {@code AssetExternalId} to this value; see {@link #assetExternalId(String)}. */
  public Asset assetExternalId(Value<String> value) {
    return set("AssetExternalId", value);
  }

  /**
   * A list of asset hierarchies that each contain a <code>hierarchyId</code> . A hierarchy
   * specifies allowed parent/child asset relationships.
   *
   * <p>CloudFormation property {@code AssetHierarchies}.
   */
  public Asset assetHierarchies(List<AssetHierarchy> value) {
    return set("AssetHierarchies", Value.listOf(value));
  }

  /** Sets {@code AssetHierarchies} to this value; see {@link #assetHierarchies(List)}. */
  public Asset assetHierarchies(Value<List<AssetHierarchy>> value) {
    return set("AssetHierarchies", value);
  }

  /** Sets {@code AssetHierarchies} to a list of these; see {@link #assetHierarchies(List)}. */
  public Asset assetHierarchies(AssetHierarchy... values) {
    return set("AssetHierarchies", Value.list(values));
  }

  /**
   * The ID of the asset model from which to create the asset. This can be either the actual ID in
   * UUID format, or else <code>externalId:</code> followed by the external ID, if it has one. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-id-references">Referencing
   * objects with external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>Required. Length: 13 to 139 characters. Pattern: {@code
   * ^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^externalId:[a-zA-Z0-9_][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9_]+$}.
   * CloudFormation property {@code AssetModelId}.
   */
  public Asset assetModelId(String value) {
    return set("AssetModelId", Value.of(value));
  }

  /** Sets {@code AssetModelId} to this value; see {@link #assetModelId(String)}. */
  public Asset assetModelId(Value<String> value) {
    return set("AssetModelId", value);
  }

  /**
   * Sets {@code AssetModelId} to the Ref of {@code AWS::IoTSiteWise::AssetModel}; see {@link
   * #assetModelId(String)}.
   */
  public Asset assetModelId(AssetModel resource) {
    return set("AssetModelId", resource.ref());
  }

  /**
   * A friendly name for the asset.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code AssetName}.
   */
  public Asset assetName(String value) {
    return set("AssetName", Value.of(value));
  }

  /** Sets {@code AssetName} to this value; see {@link #assetName(String)}. */
  public Asset assetName(Value<String> value) {
    return set("AssetName", value);
  }

  /**
   * The list of asset properties for the asset.
   *
   * <p>This object doesn't include properties that you define in composite models. You can find
   * composite model properties in the <code>assetCompositeModels</code> object.
   *
   * <p>CloudFormation property {@code AssetProperties}.
   */
  public Asset assetProperties(List<AssetProperty> value) {
    return set("AssetProperties", Value.listOf(value));
  }

  /** Sets {@code AssetProperties} to this value; see {@link #assetProperties(List)}. */
  public Asset assetProperties(Value<List<AssetProperty>> value) {
    return set("AssetProperties", value);
  }

  /** Sets {@code AssetProperties} to a list of these; see {@link #assetProperties(List)}. */
  public Asset assetProperties(AssetProperty... values) {
    return set("AssetProperties", Value.list(values));
  }

  /**
   * A list of key-value pairs that contain metadata for the asset. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/tag-resources.html">Tagging
   * your AWS IoT SiteWise resources</a> in the <em>AWS IoT SiteWise User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Asset tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Asset tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Asset tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the asset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssetArn}.
   */
  public Value<String> assetArn() {
    return getAtt("AssetArn");
  }

  /**
   * The ID of the asset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssetId}.
   */
  public Value<String> assetId() {
    return getAtt("AssetId");
  }

  /**
   * Describes an asset hierarchy that contains a hierarchy's name and ID.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Asset.AssetHierarchy}.
   */
  public static final class AssetHierarchy extends Struct<AssetHierarchy> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Asset.AssetHierarchy")
        .required("ChildAssetId")
        .constrain("ExternalId", Constraint.of().pattern("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+").minLength(2).maxLength(128))
        .constrain("Id", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
        .constrain("LogicalId", Constraint.of().pattern("[^\\u0000-\\u001F\\u007F]+").minLength(1).maxLength(256))
        .build();

    public AssetHierarchy() {
      super(SCHEMA);
    }

    /**
     * The Id of the child asset.
     *
     * <p>Required. CloudFormation property {@code ChildAssetId}.
     */
    public AssetHierarchy childAssetId(String value) {
      return set("ChildAssetId", Value.of(value));
    }

    /** Sets {@code ChildAssetId} to this value; see {@link #childAssetId(String)}. */
    public AssetHierarchy childAssetId(Value<String> value) {
      return set("ChildAssetId", value);
    }

    /**
     * The external ID of the hierarchy, if it has one. When you update an asset hierarchy, you may
     * assign an external ID if it doesn't already have one. You can't change the external ID of an
     * asset hierarchy that already has one. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
     * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>Length: 2 to 128 characters. Pattern: {@code
     * [a-zA-Z0-9_][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9_]+}. CloudFormation property {@code ExternalId}.
     */
    public AssetHierarchy externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public AssetHierarchy externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The ID of the hierarchy. This ID is a <code>hierarchyId</code> .
     *
     * <p>This is a return value and can't be set.
     *
     * <p>Length: 36 to 36 characters. Pattern: {@code
     * ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}. CloudFormation property
     * {@code Id}.
     */
    public AssetHierarchy id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public AssetHierarchy id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The ID of the hierarchy. This ID is a <code>hierarchyId</code> .
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code [^&#92;u0000-&#92;u001F&#92;u007F]+}.
     * CloudFormation property {@code LogicalId}.
     */
    public AssetHierarchy logicalId(String value) {
      return set("LogicalId", Value.of(value));
    }

    /** Sets {@code LogicalId} to this value; see {@link #logicalId(String)}. */
    public AssetHierarchy logicalId(Value<String> value) {
      return set("LogicalId", value);
    }
  }

  /**
   * Contains asset property information.
   *
   * <p>Property type {@code AWS::IoTSiteWise::Asset.AssetProperty}.
   */
  public static final class AssetProperty extends Struct<AssetProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Asset.AssetProperty")
        .constrain("ExternalId", Constraint.of().pattern("[a-zA-Z0-9_][a-zA-Z_\\-0-9.:]*[a-zA-Z0-9_]+").minLength(2).maxLength(128))
        .constrain("Id", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
        .constrain("LogicalId", Constraint.of().pattern("[^\\u0000-\\u001F\\u007F]+").minLength(1).maxLength(256))
        .allowed("NotificationState", "ENABLED", "DISABLED")
        .build();

    public AssetProperty() {
      super(SCHEMA);
    }

    /**
     * The alias that identifies the property, such as an OPC-UA server data stream path (for
     * example, <code>/company/windfarm/3/turbine/7/temperature</code> ). For more information, see
     * <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/connect-data-streams.html">Mapping
     * industrial data streams to asset properties</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>CloudFormation property {@code Alias}.
     */
    public AssetProperty alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public AssetProperty alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The external ID of the property. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/object-ids.html#external-ids">Using
     * external IDs</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>Length: 2 to 128 characters. Pattern: {@code
     * [a-zA-Z0-9_][a-zA-Z_&#92;-0-9.:]*[a-zA-Z0-9_]+}. CloudFormation property {@code ExternalId}.
     */
    public AssetProperty externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public AssetProperty externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * The ID of the asset property.
     *
     * <p>This is a return value and can't be set.
     *
     * <p>Length: 36 to 36 characters. Pattern: {@code
     * ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}. CloudFormation property
     * {@code Id}.
     */
    public AssetProperty id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public AssetProperty id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The <code>LogicalID</code> of the asset property.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code [^&#92;u0000-&#92;u001F&#92;u007F]+}.
     * CloudFormation property {@code LogicalId}.
     */
    public AssetProperty logicalId(String value) {
      return set("LogicalId", Value.of(value));
    }

    /** Sets {@code LogicalId} to this value; see {@link #logicalId(String)}. */
    public AssetProperty logicalId(Value<String> value) {
      return set("LogicalId", value);
    }

    /**
     * The MQTT notification state (enabled or disabled) for this asset property. When the
     * notification state is enabled, AWS IoT SiteWise publishes property value updates to a unique
     * MQTT topic. For more information, see <a
     * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/interact-with-other-services.html">Interacting
     * with other services</a> in the <em>AWS IoT SiteWise User Guide</em> .
     *
     * <p>If you omit this parameter, the notification state is set to <code>DISABLED</code> .
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * NotificationState}.
     */
    public AssetProperty notificationState(String value) {
      return set("NotificationState", Value.of(value));
    }

    /** Sets {@code NotificationState} to this value; see {@link #notificationState(String)}. */
    public AssetProperty notificationState(Value<String> value) {
      return set("NotificationState", value);
    }

    /**
     * The unit (such as <code>Newtons</code> or <code>RPM</code> ) of the asset property.
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public AssetProperty unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public AssetProperty unit(Value<String> value) {
      return set("Unit", value);
    }
  }
}
