// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.location;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Location::GeofenceCollection</code> resource specifies the ability to detect and
 * act when a tracked device enters or exits a defined geographical boundary known as a geofence.
 *
 * <p>CloudFormation type {@code AWS::Location::GeofenceCollection}.
 */
public final class GeofenceCollection extends Resource<GeofenceCollection> {
  private static final Schema SCHEMA = Schema.builder("AWS::Location::GeofenceCollection")
      .required("CollectionName")
      .constrain("CollectionName", Constraint.of().pattern("^[-._\\w]+$").minLength(1).maxLength(100))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1000))
      .allowed("PricingPlan", "RequestBasedUsage")
      .refYields("CollectionName")
      .attributes("Arn", "CollectionArn", "CreateTime", "UpdateTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public GeofenceCollection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A custom name for the geofence collection.
   *
   * <p>Requirements:
   *
   * <ul> <li>Contain only alphanumeric characters (A–Z, a–z, 0–9), hyphens (-), periods (.), and
   * underscores (_). <li>Must be a unique geofence collection name. <li>No spaces allowed. For
   * example, <code>ExampleGeofenceCollection</code> . </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[-._&#92;w]+$}. CloudFormation property {@code CollectionName}.
   */
  public GeofenceCollection collectionName(String value) {
    return set("CollectionName", Value.of(value));
  }

  /** Sets {@code CollectionName} to this value; see {@link #collectionName(String)}. */
  public GeofenceCollection collectionName(Value<String> value) {
    return set("CollectionName", value);
  }

  /**
   * An optional description for the geofence collection.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1000 characters. CloudFormation property
   * {@code Description}.
   */
  public GeofenceCollection description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public GeofenceCollection description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A key identifier for an <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/create-keys.html">AWS KMS customer
   * managed key</a> . Enter a key ID, key ARN, alias name, or alias ARN.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public GeofenceCollection kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public GeofenceCollection kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * Allowed values: {@code RequestBasedUsage}. CloudFormation property {@code PricingPlan}.
   *
   * @deprecated The specification marks {@code PricingPlan} deprecated.
   */
  @Deprecated
  public GeofenceCollection pricingPlan(String value) {
    return set("PricingPlan", Value.of(value));
  }

  /**
   * Sets {@code PricingPlan} to this value; see {@link #pricingPlan(String)}.
   *
   * @deprecated The specification marks {@code PricingPlan} deprecated.
   */
  @Deprecated
  public GeofenceCollection pricingPlan(Value<String> value) {
    return set("PricingPlan", value);
  }

  /**
   * This shape is deprecated since 2022-02-01: Deprecated. No longer allowed.
   *
   * <p>CloudFormation property {@code PricingPlanDataSource}.
   *
   * @deprecated The specification marks {@code PricingPlanDataSource} deprecated.
   */
  @Deprecated
  public GeofenceCollection pricingPlanDataSource(String value) {
    return set("PricingPlanDataSource", Value.of(value));
  }

  /**
   * Sets {@code PricingPlanDataSource} to this value; see {@link #pricingPlanDataSource(String)}.
   *
   * @deprecated The specification marks {@code PricingPlanDataSource} deprecated.
   */
  @Deprecated
  public GeofenceCollection pricingPlanDataSource(Value<String> value) {
    return set("PricingPlanDataSource", value);
  }

  /**
   * Applies one or more tags to the geofence collection. A tag is a key-value pair helps manage,
   * identify, search, and filter your resources by labelling them.
   *
   * <p>Format: <code>"key" : "value"</code>
   *
   * <p>Restrictions:
   *
   * <ul> <li>Maximum 50 tags per resource <li>Each resource tag must be unique with a maximum of
   * one value. <li>Maximum key length: 128 Unicode characters in UTF-8 <li>Maximum value length:
   * 256 Unicode characters in UTF-8 <li>Can use alphanumeric characters (A–Z, a–z, 0–9), and the
   * following characters: + - = . _ : / &#64;. <li>Cannot use "aws:" as a prefix for a key. </ul>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public GeofenceCollection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public GeofenceCollection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public GeofenceCollection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the geofence collection resource. Used when you need to
   * specify a resource across all AWS .
   *
   * <ul> <li>Format example:
   * <code>arn:aws:geo:region:account-id:geofence-collection/ExampleGeofenceCollection</code> </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Synonym for <code>Arn</code> . The Amazon Resource Name (ARN) for the geofence collection
   * resource. Used when you need to specify a resource across all AWS .
   *
   * <ul> <li>Format example:
   * <code>arn:aws:geo:region:account-id:geofence-collection/ExampleGeofenceCollection</code> </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollectionArn}.
   */
  public Value<String> collectionArn() {
    return getAtt("CollectionArn");
  }

  /**
   * The timestamp for when the geofence collection resource was created in <a
   * href="https://docs.aws.amazon.com/https://www.iso.org/iso-8601-date-and-time-format.html">ISO
   * 8601</a> format: <code>YYYY-MM-DDThh:mm:ss.sssZ</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * The timestamp for when the geofence collection resource was last updated in <a
   * href="https://docs.aws.amazon.com/https://www.iso.org/iso-8601-date-and-time-format.html">ISO
   * 8601</a> format: <code>YYYY-MM-DDThh:mm:ss.sssZ</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateTime}.
   */
  public Value<String> updateTime() {
    return getAtt("UpdateTime");
  }
}
