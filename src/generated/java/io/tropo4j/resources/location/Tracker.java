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
 * Specifies a tracker resource in your AWS account , which lets you receive current and historical
 * location of devices.
 *
 * <p>CloudFormation type {@code AWS::Location::Tracker}.
 */
public final class Tracker extends Resource<Tracker> {
  private static final Schema SCHEMA = Schema.builder("AWS::Location::Tracker")
      .required("TrackerName")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1000))
      .allowed("PositionFiltering", "TimeBased", "DistanceBased", "AccuracyBased")
      .allowed("PricingPlan", "RequestBasedUsage")
      .constrain("TrackerName", Constraint.of().pattern("^[-._\\w]+$").minLength(1).maxLength(100))
      .refYields("TrackerName")
      .attributes("Arn", "CreateTime", "TrackerArn", "UpdateTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Tracker(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional description for the tracker resource.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1000 characters. CloudFormation property
   * {@code Description}.
   */
  public Tracker description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Tracker description(Value<String> value) {
    return set("Description", value);
  }

  /** CloudFormation property {@code EventBridgeEnabled}. */
  public Tracker eventBridgeEnabled(boolean value) {
    return set("EventBridgeEnabled", Value.of(value));
  }

  /** Sets {@code EventBridgeEnabled} to this value; see {@link #eventBridgeEnabled(boolean)}. */
  public Tracker eventBridgeEnabled(Value<Boolean> value) {
    return set("EventBridgeEnabled", value);
  }

  /** CloudFormation property {@code KmsKeyEnableGeospatialQueries}. */
  public Tracker kmsKeyEnableGeospatialQueries(boolean value) {
    return set("KmsKeyEnableGeospatialQueries", Value.of(value));
  }

  /**
   * Sets {@code KmsKeyEnableGeospatialQueries} to this value; see {@link
   * #kmsKeyEnableGeospatialQueries(boolean)}.
   */
  public Tracker kmsKeyEnableGeospatialQueries(Value<Boolean> value) {
    return set("KmsKeyEnableGeospatialQueries", value);
  }

  /**
   * A key identifier for an <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/create-keys.html">AWS KMS customer
   * managed key</a> . Enter a key ID, key ARN, alias name, or alias ARN.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Tracker kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Tracker kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * Specifies the position filtering for the tracker resource.
   *
   * <p>Valid values:
   *
   * <ul> <li><code>TimeBased</code> - Location updates are evaluated against linked geofence
   * collections, but not every location update is stored. If your update frequency is more often
   * than 30 seconds, only one update per 30 seconds is stored for each unique device ID.
   * <li><code>DistanceBased</code> - If the device has moved less than 30 m (98.4 ft), location
   * updates are ignored. Location updates within this area are neither evaluated against linked
   * geofence collections, nor stored. This helps control costs by reducing the number of geofence
   * evaluations and historical device positions to paginate through. Distance-based filtering can
   * also reduce the effects of GPS noise when displaying device trajectories on a map.
   * <li><code>AccuracyBased</code> - If the device has moved less than the measured accuracy,
   * location updates are ignored. For example, if two consecutive updates from a device have a
   * horizontal accuracy of 5 m and 10 m, the second update is ignored if the device has moved less
   * than 15 m. Ignored location updates are neither evaluated against linked geofence collections,
   * nor stored. This can reduce the effects of GPS noise when displaying device trajectories on a
   * map, and can help control your costs by reducing the number of geofence evaluations. </ul>
   *
   * <p>This field is optional. If not specified, the default value is <code>TimeBased</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code TimeBased}, {@code DistanceBased},
   * {@code AccuracyBased}. CloudFormation property {@code PositionFiltering}.
   */
  public Tracker positionFiltering(String value) {
    return set("PositionFiltering", Value.of(value));
  }

  /** Sets {@code PositionFiltering} to this value; see {@link #positionFiltering(String)}. */
  public Tracker positionFiltering(Value<String> value) {
    return set("PositionFiltering", value);
  }

  /**
   * Allowed values: {@code RequestBasedUsage}. CloudFormation property {@code PricingPlan}.
   *
   * @deprecated The specification marks {@code PricingPlan} deprecated.
   */
  @Deprecated
  public Tracker pricingPlan(String value) {
    return set("PricingPlan", Value.of(value));
  }

  /**
   * Sets {@code PricingPlan} to this value; see {@link #pricingPlan(String)}.
   *
   * @deprecated The specification marks {@code PricingPlan} deprecated.
   */
  @Deprecated
  public Tracker pricingPlan(Value<String> value) {
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
  public Tracker pricingPlanDataSource(String value) {
    return set("PricingPlanDataSource", Value.of(value));
  }

  /**
   * Sets {@code PricingPlanDataSource} to this value; see {@link #pricingPlanDataSource(String)}.
   *
   * @deprecated The specification marks {@code PricingPlanDataSource} deprecated.
   */
  @Deprecated
  public Tracker pricingPlanDataSource(Value<String> value) {
    return set("PricingPlanDataSource", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Tracker tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Tracker tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Tracker tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name for the tracker resource.
   *
   * <p>Requirements:
   *
   * <ul> <li>Contain only alphanumeric characters (A-Z, a-z, 0-9) , hyphens (-), periods (.), and
   * underscores (_). <li>Must be a unique tracker resource name. <li>No spaces allowed. For
   * example, <code>ExampleTracker</code> . </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[-._&#92;w]+$}. CloudFormation property {@code TrackerName}.
   */
  public Tracker trackerName(String value) {
    return set("TrackerName", Value.of(value));
  }

  /** Sets {@code TrackerName} to this value; see {@link #trackerName(String)}. */
  public Tracker trackerName(Value<String> value) {
    return set("TrackerName", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the tracker resource. Used when you need to specify a
   * resource across all AWS .
   *
   * <ul> <li>Format example: <code>arn:aws:geo:region:account-id:tracker/ExampleTracker</code>
   * </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp for when the tracker resource was created in <a
   * href="https://docs.aws.amazon.com/https://www.iso.org/iso-8601-date-and-time-format.html">ISO
   * 8601</a> format: <code>YYYY-MM-DDThh:mm:ss.sssZ</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * Synonym for <code>Arn</code> . The Amazon Resource Name (ARN) for the tracker resource. Used
   * when you need to specify a resource across all AWS .
   *
   * <ul> <li>Format example: <code>arn:aws:geo:region:account-id:tracker/ExampleTracker</code>
   * </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrackerArn}.
   */
  public Value<String> trackerArn() {
    return getAtt("TrackerArn");
  }

  /**
   * The timestamp for when the tracker resource was last updated in <a
   * href="https://docs.aws.amazon.com/https://www.iso.org/iso-8601-date-and-time-format.html">ISO
   * 8601</a> format: <code>YYYY-MM-DDThh:mm:ss.sssZ</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateTime}.
   */
  public Value<String> updateTime() {
    return getAtt("UpdateTime");
  }
}
