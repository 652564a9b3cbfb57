// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Information about a traffic distribution group.
 *
 * <p>CloudFormation type {@code AWS::Connect::TrafficDistributionGroup}.
 */
public final class TrafficDistributionGroup extends Resource<TrafficDistributionGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::TrafficDistributionGroup")
      .required("InstanceArn", "Name")
      .constrain("Description", Constraint.of().pattern("(^[\\S].*[\\S]$)|(^[\\S]$)").minLength(1).maxLength(250))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$").minLength(1).maxLength(250))
      .constrain("Name", Constraint.of().pattern("(^[\\S].*[\\S]$)|(^[\\S]$)").minLength(1).maxLength(128))
      .refYields("TrafficDistributionGroupArn")
      .attributes("IsDefault", "Status", "TrafficDistributionGroupArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TrafficDistributionGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the traffic distribution group.
   *
   * <p>Changing it replaces the resource. Length: 1 to 250 characters. Pattern: {@code
   * (^[&#92;S].*[&#92;S]$)|(^[&#92;S]$)}. CloudFormation property {@code Description}.
   */
  public TrafficDistributionGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TrafficDistributionGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN).
   *
   * <p>Required. Length: 1 to 250 characters. Pattern: {@code
   * ^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}.
   * CloudFormation property {@code InstanceArn}.
   */
  public TrafficDistributionGroup instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public TrafficDistributionGroup instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The name of the traffic distribution group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * (^[&#92;S].*[&#92;S]$)|(^[&#92;S]$)}. CloudFormation property {@code Name}.
   */
  public TrafficDistributionGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TrafficDistributionGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, {"tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TrafficDistributionGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TrafficDistributionGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TrafficDistributionGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Describes whether this is the default traffic distribution group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsDefault}.
   */
  public Value<Boolean> isDefault() {
    return getAtt("IsDefault");
  }

  /**
   * The status of the traffic distribution group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Amazon Resource Name (ARN) of the traffic distribution group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrafficDistributionGroupArn}.
   */
  public Value<String> trafficDistributionGroupArn() {
    return getAtt("TrafficDistributionGroupArn");
  }
}
