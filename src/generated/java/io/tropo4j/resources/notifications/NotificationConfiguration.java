// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.notifications;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Configures a <code>NotificationConfiguration</code> for AWS User Notifications .
 *
 * <p>CloudFormation type {@code AWS::Notifications::NotificationConfiguration}.
 */
public final class NotificationConfiguration extends Resource<NotificationConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::Notifications::NotificationConfiguration")
      .required("Description", "Name")
      .allowed("AggregationDuration", "LONG", "SHORT", "NONE")
      .constrain("Description", Constraint.of().pattern("^[^\\u0001-\\u001F\\u007F-\\u009F]*$").minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9_\\-]+$").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NotificationConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The aggregation preference of the <code>NotificationConfiguration</code> .
   *
   * <ul> <li>Values: </ul>
   *
   * <ul> <li><code>LONG</code> </ul>
   *
   * <ul> <li>Aggregate notifications for long periods of time (12 hours). <li><code>SHORT</code>
   * </ul>
   *
   * <ul> <li>Aggregate notifications for short periods of time (5 minutes). <li><code>NONE</code>
   * </ul>
   *
   * <ul> <li>Don't aggregate notifications. </ul>
   *
   * <p>Allowed values: {@code LONG}, {@code SHORT}, {@code NONE}. CloudFormation property {@code
   * AggregationDuration}.
   */
  public NotificationConfiguration aggregationDuration(String value) {
    return set("AggregationDuration", Value.of(value));
  }

  /** Sets {@code AggregationDuration} to this value; see {@link #aggregationDuration(String)}. */
  public NotificationConfiguration aggregationDuration(Value<String> value) {
    return set("AggregationDuration", value);
  }

  /**
   * The description of the <code>NotificationConfiguration</code> .
   *
   * <p>Required. Length: 0 to 256 characters. Pattern: {@code
   * ^[^&#92;u0001-&#92;u001F&#92;u007F-&#92;u009F]*$}. CloudFormation property {@code Description}.
   */
  public NotificationConfiguration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public NotificationConfiguration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the <code>NotificationConfiguration</code> . Supports RFC 3986's unreserved
   * characters.
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[A-Za-z0-9_&#92;-]+$}. CloudFormation
   * property {@code Name}.
   */
  public NotificationConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public NotificationConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A map of tags assigned to a <code>NotificationConfiguration</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public NotificationConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NotificationConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NotificationConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>NotificationConfiguration</code> resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The creation time of the <code>NotificationConfiguration</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The current status of the <code>NotificationConfiguration</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
