// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmonitor;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An Amazon CloudWatch Network Monitor resource that monitors network traffic between a source VPC
 * subnet and a destination IP address.
 *
 * <p>CloudFormation type {@code AWS::NetworkMonitor::Monitor}.
 */
public final class Monitor extends Resource<Monitor> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkMonitor::Monitor")
      .required("MonitorName")
      .constrain("AggregationPeriod", Constraint.of().minimum(30))
      .constrain("MonitorName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(200))
      .refYields("MonitorArn")
      .attributes("CreatedAt", "ModifiedAt", "MonitorArn", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Monitor(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The time, in seconds, that metrics are aggregated and sent to Amazon CloudWatch. Valid values
   * are either 30 or 60.
   *
   * <p>Range: at least 30. CloudFormation property {@code AggregationPeriod}.
   */
  public Monitor aggregationPeriod(int value) {
    return set("AggregationPeriod", Value.of(value));
  }

  /** Sets {@code AggregationPeriod} to this value; see {@link #aggregationPeriod(int)}. */
  public Monitor aggregationPeriod(Value<Integer> value) {
    return set("AggregationPeriod", value);
  }

  /**
   * The name identifying the monitor. It can contain only letters, underscores (_), or dashes (-),
   * and can be up to 200 characters.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code MonitorName}.
   */
  public Monitor monitorName(String value) {
    return set("MonitorName", Value.of(value));
  }

  /** Sets {@code MonitorName} to this value; see {@link #monitorName(String)}. */
  public Monitor monitorName(Value<String> value) {
    return set("MonitorName", value);
  }

  /**
   * The tags for the monitor.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Monitor tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Monitor tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Monitor tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time and date when the monitor was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The time and date when the monitor was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * The ARN of the monitor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MonitorArn}.
   */
  public Value<String> monitorArn() {
    return getAtt("MonitorArn");
  }

  /**
   * The state of the monitor.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
