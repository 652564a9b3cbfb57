// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.xray;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Use the <code>AWS::XRay::Group</code> resource to specify a group with a name and a filter
 * expression. Groups enable the collection of traces that match the filter expression, can be used
 * to filter service graphs and traces, and to supply Amazon CloudWatch metrics.
 *
 * <p>CloudFormation type {@code AWS::XRay::Group}.
 */
public final class Group extends Resource<Group> {
  private static final Schema SCHEMA = Schema.builder("AWS::XRay::Group")
      .required("GroupName")
      .constrain("GroupName", Constraint.of().minLength(1).maxLength(32))
      .refYields("GroupARN")
      .attributes("GroupARN")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Group(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The filter expression defining the parameters to include traces.
   *
   * <p>CloudFormation property {@code FilterExpression}.
   */
  public Group filterExpression(String value) {
    return set("FilterExpression", Value.of(value));
  }

  /** Sets {@code FilterExpression} to this value; see {@link #filterExpression(String)}. */
  public Group filterExpression(Value<String> value) {
    return set("FilterExpression", value);
  }

  /**
   * The unique case-sensitive name of the group.
   *
   * <p>Required. Length: 1 to 32 characters. CloudFormation property {@code GroupName}.
   */
  public Group groupName(String value) {
    return set("GroupName", Value.of(value));
  }

  /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
  public Group groupName(Value<String> value) {
    return set("GroupName", value);
  }

  /**
   * The structure containing configurations related to insights.
   *
   * <ul> <li>The InsightsEnabled boolean can be set to true to enable insights for the group or
   * false to disable insights for the group. <li>The NotificationsEnabled boolean can be set to
   * true to enable insights notifications through Amazon EventBridge for the group. </ul>
   *
   * <p>CloudFormation property {@code InsightsConfiguration}.
   */
  public Group insightsConfiguration(Value<InsightsConfiguration> value) {
    return set("InsightsConfiguration", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Group tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Group tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Group tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The group ARN that was created or updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GroupARN}.
   */
  public Value<String> groupARN() {
    return getAtt("GroupARN");
  }

  /**
   * The structure containing configurations related to insights.
   *
   * <p>Property type {@code AWS::XRay::Group.InsightsConfiguration}.
   */
  public static final class InsightsConfiguration extends Struct<InsightsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::XRay::Group.InsightsConfiguration");

    public InsightsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Set the InsightsEnabled value to true to enable insights or false to disable insights.
     *
     * <p>CloudFormation property {@code InsightsEnabled}.
     */
    public InsightsConfiguration insightsEnabled(boolean value) {
      return set("InsightsEnabled", Value.of(value));
    }

    /** Sets {@code InsightsEnabled} to this value; see {@link #insightsEnabled(boolean)}. */
    public InsightsConfiguration insightsEnabled(Value<Boolean> value) {
      return set("InsightsEnabled", value);
    }

    /**
     * Set the NotificationsEnabled value to true to enable insights notifications. Notifications
     * can only be enabled on a group with InsightsEnabled set to true.
     *
     * <p>CloudFormation property {@code NotificationsEnabled}.
     */
    public InsightsConfiguration notificationsEnabled(boolean value) {
      return set("NotificationsEnabled", Value.of(value));
    }

    /**
     * Sets {@code NotificationsEnabled} to this value; see {@link #notificationsEnabled(boolean)}.
     */
    public InsightsConfiguration notificationsEnabled(Value<Boolean> value) {
      return set("NotificationsEnabled", value);
    }
  }
}
