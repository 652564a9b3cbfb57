// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.personalize;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource schema for AWS::Personalize::EventTracker
 *
 * <p>CloudFormation type {@code AWS::Personalize::EventTracker}.
 */
public final class EventTracker extends Resource<EventTracker> {
  private static final Schema SCHEMA = Schema.builder("AWS::Personalize::EventTracker")
      .required("DatasetGroupArn", "Name")
      .constrain("DatasetGroupArn", Constraint.of().pattern("^arn:([a-z\\d-]+):personalize:.*:.*:.+$").minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$").minLength(1).maxLength(63))
      .refYields("EventTrackerArn")
      .attributes("EventTrackerArn", "TrackingId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EventTracker(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the dataset group that receives the event data.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^arn:([a-z&#92;d-]+):personalize:.*:.*:.+$}. CloudFormation property {@code DatasetGroupArn}.
   */
  public EventTracker datasetGroupArn(String value) {
    return set("DatasetGroupArn", Value.of(value));
  }

  /** Sets {@code DatasetGroupArn} to this value; see {@link #datasetGroupArn(String)}. */
  public EventTracker datasetGroupArn(Value<String> value) {
    return set("DatasetGroupArn", value);
  }

  /**
   * The name for the event tracker.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9&#92;-_]*$}. CloudFormation property {@code Name}.
   */
  public EventTracker name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public EventTracker name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of tags to apply to the event tracker.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EventTracker tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EventTracker tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EventTracker tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the event tracker.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EventTrackerArn}.
   */
  public Value<String> eventTrackerArn() {
    return getAtt("EventTrackerArn");
  }

  /**
   * The ID of the event tracker. Include this ID in requests to the PutEvents API.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrackingId}.
   */
  public Value<String> trackingId() {
    return getAtt("TrackingId");
  }
}
