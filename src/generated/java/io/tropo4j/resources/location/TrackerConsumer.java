// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.location;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Location::TrackerConsumer</code> resource specifies an association between a
 * geofence collection and a tracker resource. The geofence collection is referred to as the
 * <em>consumer</em> of the tracker. This allows the tracker resource to communicate location data
 * to the linked geofence collection.
 *
 * <p>Currently not supported — Cross-account configurations, such as creating associations between
 * a tracker resource in one account and a geofence collection in another account.
 *
 * <p>CloudFormation type {@code AWS::Location::TrackerConsumer}.
 */
public final class TrackerConsumer extends Resource<TrackerConsumer> {
  private static final Schema SCHEMA = Schema.builder("AWS::Location::TrackerConsumer")
      .required("ConsumerArn", "TrackerName")
      .constrain("ConsumerArn", Constraint.of().pattern("^arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:([^/].*)?$").maxLength(1600))
      .constrain("TrackerName", Constraint.of().pattern("^[-._\\w]+$").minLength(1).maxLength(100))
      .build();

  public TrackerConsumer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) for the geofence collection to be associated to tracker
   * resource. Used when you need to specify a resource across all AWS .
   *
   * <ul> <li>Format example:
   * <code>arn:aws:geo:region:account-id:geofence-collection/ExampleGeofenceCollectionConsumer</code>
   * </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: at most 1600 characters. Pattern:
   * {@code ^arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:([^/].*)?$}.
   * CloudFormation property {@code ConsumerArn}.
   */
  public TrackerConsumer consumerArn(String value) {
    return set("ConsumerArn", Value.of(value));
  }

  /** Sets {@code ConsumerArn} to this value; see {@link #consumerArn(String)}. */
  public TrackerConsumer consumerArn(Value<String> value) {
    return set("ConsumerArn", value);
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
  public TrackerConsumer trackerName(String value) {
    return set("TrackerName", Value.of(value));
  }

  /** Sets {@code TrackerName} to this value; see {@link #trackerName(String)}. */
  public TrackerConsumer trackerName(Value<String> value) {
    return set("TrackerName", value);
  }
}
