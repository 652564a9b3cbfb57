// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudtrail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a custom dashboard or the Highlights dashboard.
 *
 * <ul> <li><em>Custom dashboards</em> - Custom dashboards allow you to query events in any event
 * data store type. You can add up to 10 widgets to a custom dashboard. You can manually refresh a
 * custom dashboard, or you can set a refresh schedule. <li><em>Highlights dashboard</em> - You can
 * create the Highlights dashboard to see a summary of key user activities and API usage across all
 * your event data stores. CloudTrail Lake manages the Highlights dashboard and refreshes the
 * dashboard every 6 hours. To create the Highlights dashboard, you must set and enable a refresh
 * schedule. </ul>
 *
 * <p>CloudTrail runs queries to populate the dashboard's widgets during a manual or scheduled
 * refresh. CloudTrail must be granted permissions to run the <code>StartQuery</code> operation on
 * your behalf. To provide permissions, run the <code>PutResourcePolicy</code> operation to attach a
 * resource-based policy to each event data store. For more information, see <a
 * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/security_iam_resource-based-policy-examples.html#security_iam_resource-based-policy-examples-eds-dashboard">Example:
 * Allow CloudTrail to run queries to populate a dashboard</a> in the <em>AWS CloudTrail User
 * Guide</em> .
 *
 * <p>To set a refresh schedule, CloudTrail must be granted permissions to run the
 * <code>StartDashboardRefresh</code> operation to refresh the dashboard on your behalf. To provide
 * permissions, run the <code>PutResourcePolicy</code> operation to attach a resource-based policy
 * to the dashboard. For more information, see <a
 * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/security_iam_resource-based-policy-examples.html#security_iam_resource-based-policy-examples-dashboards">Resource-based
 * policy example for a dashboard</a> in the <em>AWS CloudTrail User Guide</em> .
 *
 * <p>For more information about dashboards, see <a
 * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/lake-dashboard.html">CloudTrail
 * Lake dashboards</a> in the <em>AWS CloudTrail User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudTrail::Dashboard}.
 */
public final class Dashboard extends Resource<Dashboard> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Dashboard")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_\\-]+$").minLength(3).maxLength(128))
      .refYields("DashboardArn")
      .attributes("CreatedTimestamp", "DashboardArn", "Status", "Type", "UpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Dashboard(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the dashboard. The name must be unique to your account.
   *
   * <p>To create the Highlights dashboard, the name must be <code>AWSCloudTrail-Highlights</code> .
   *
   * <p>Length: 3 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-]+$}. CloudFormation property
   * {@code Name}.
   */
  public Dashboard name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Dashboard name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The schedule for a dashboard refresh.
   *
   * <p>CloudFormation property {@code RefreshSchedule}.
   */
  public Dashboard refreshSchedule(Value<RefreshSchedule> value) {
    return set("RefreshSchedule", value);
  }

  /**
   * A list of tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Dashboard tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Dashboard tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Dashboard tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies whether termination protection is enabled for the dashboard. If termination
   * protection is enabled, you cannot delete the dashboard until termination protection is
   * disabled.
   *
   * <p>CloudFormation property {@code TerminationProtectionEnabled}.
   */
  public Dashboard terminationProtectionEnabled(boolean value) {
    return set("TerminationProtectionEnabled", Value.of(value));
  }

  /**
   * Sets {@code TerminationProtectionEnabled} to this value; see {@link
   * #terminationProtectionEnabled(boolean)}.
   */
  public Dashboard terminationProtectionEnabled(Value<Boolean> value) {
    return set("TerminationProtectionEnabled", value);
  }

  /**
   * An array of widgets for a custom dashboard. A custom dashboard can have a maximum of ten
   * widgets.
   *
   * <p>You do not need to specify widgets for the Highlights dashboard.
   *
   * <p>CloudFormation property {@code Widgets}.
   */
  public Dashboard widgets(List<Widget> value) {
    return set("Widgets", Value.listOf(value));
  }

  /** Sets {@code Widgets} to this value; see {@link #widgets(List)}. */
  public Dashboard widgets(Value<List<Widget>> value) {
    return set("Widgets", value);
  }

  /** Sets {@code Widgets} to a list of these; see {@link #widgets(List)}. */
  public Dashboard widgets(Widget... values) {
    return set("Widgets", Value.list(values));
  }

  /**
   * The timestamp that shows when the dashboard was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The ARN for the dashboard.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DashboardArn}.
   */
  public Value<String> dashboardArn() {
    return getAtt("DashboardArn");
  }

  /**
   * The status of the dashboard.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The type of dashboard.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * The timestamp that shows when the dashboard was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedTimestamp}.
   */
  public Value<String> updatedTimestamp() {
    return getAtt("UpdatedTimestamp");
  }

  /**
   * Specifies the frequency for a dashboard refresh schedule.
   *
   * <p>For a custom dashboard, you can schedule a refresh for every 1, 6, 12, or 24 hours, or every
   * day.
   *
   * <p>Property type {@code AWS::CloudTrail::Dashboard.Frequency}.
   */
  public static final class Frequency extends Struct<Frequency> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Dashboard.Frequency")
        .required("Unit", "Value")
        .allowed("Unit", "HOURS", "DAYS")
        .build();

    public Frequency() {
      super(SCHEMA);
    }

    /**
     * The unit to use for the refresh.
     *
     * <p>For custom dashboards, the unit can be <code>HOURS</code> or <code>DAYS</code> .
     *
     * <p>For the Highlights dashboard, the <code>Unit</code> must be <code>HOURS</code> .
     *
     * <p>Required. Allowed values: {@code HOURS}, {@code DAYS}. CloudFormation property {@code
     * Unit}.
     */
    public Frequency unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Frequency unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * The value for the refresh schedule.
     *
     * <p>For custom dashboards, the following values are valid when the unit is <code>HOURS</code>
     * : <code>1</code> , <code>6</code> , <code>12</code> , <code>24</code>
     *
     * <p>For custom dashboards, the only valid value when the unit is <code>DAYS</code> is
     * <code>1</code> .
     *
     * <p>For the Highlights dashboard, the <code>Value</code> must be <code>6</code> .
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public Frequency value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public Frequency value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * The schedule for a dashboard refresh.
   *
   * <p>Property type {@code AWS::CloudTrail::Dashboard.RefreshSchedule}.
   */
  public static final class RefreshSchedule extends Struct<RefreshSchedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Dashboard.RefreshSchedule")
        .allowed("Status", "ENABLED", "DISABLED")
        .constrain("TimeOfDay", Constraint.of().pattern("^[0-9]{2}:[0-9]{2}"))
        .build();

    public RefreshSchedule() {
      super(SCHEMA);
    }

    /**
     * The frequency at which you want the dashboard refreshed.
     *
     * <p>CloudFormation property {@code Frequency}.
     */
    public RefreshSchedule frequency(Value<Frequency> value) {
      return set("Frequency", value);
    }

    /**
     * Specifies whether the refresh schedule is enabled. Set the value to <code>ENABLED</code> to
     * enable the refresh schedule, or to <code>DISABLED</code> to turn off the refresh schedule.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
     */
    public RefreshSchedule status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public RefreshSchedule status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The time of day in UTC to run the schedule; for hourly only refer to minutes; default is
     * 00:00.
     *
     * <p>Pattern: {@code ^[0-9]{2}:[0-9]{2}}. CloudFormation property {@code TimeOfDay}.
     */
    public RefreshSchedule timeOfDay(String value) {
      return set("TimeOfDay", Value.of(value));
    }

    /** Sets {@code TimeOfDay} to this value; see {@link #timeOfDay(String)}. */
    public RefreshSchedule timeOfDay(Value<String> value) {
      return set("TimeOfDay", value);
    }
  }

  /**
   * Contains information about a widget on a CloudTrail Lake dashboard.
   *
   * <p>Property type {@code AWS::CloudTrail::Dashboard.Widget}.
   */
  public static final class Widget extends Struct<Widget> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::Dashboard.Widget")
        .required("QueryStatement")
        .constrain("QueryParameters", Constraint.of().pattern(".*").minLength(1).maxLength(1024))
        .constrain("QueryStatement", Constraint.of().pattern("(?s).*").minLength(1).maxLength(10000))
        .build();

    public Widget() {
      super(SCHEMA);
    }

    /**
     * The optional query parameters. The following query parameters are valid:
     * <code>$StartTime$</code> , <code>$EndTime$</code> , and <code>$Period$</code> .
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code .*}. CloudFormation property {@code
     * QueryParameters}.
     */
    public Widget queryParameters(List<String> value) {
      return set("QueryParameters", Value.listOf(value));
    }

    /** Sets {@code QueryParameters} to this value; see {@link #queryParameters(List)}. */
    public Widget queryParameters(Value<List<String>> value) {
      return set("QueryParameters", value);
    }

    /**
     * The query statement for the widget. For custom dashboard widgets, you can query across
     * multiple event data stores as long as all event data stores exist in your account.
     *
     * <p>When a query uses <code>?</code> with <code>eventTime</code> , <code>?</code> must be
     * surrounded by single quotes as follows: <code>'?'</code> .
     *
     * <p>Required. Length: 1 to 10000 characters. Pattern: {@code (?s).*}. CloudFormation property
     * {@code QueryStatement}.
     */
    public Widget queryStatement(String value) {
      return set("QueryStatement", Value.of(value));
    }

    /** Sets {@code QueryStatement} to this value; see {@link #queryStatement(String)}. */
    public Widget queryStatement(Value<String> value) {
      return set("QueryStatement", value);
    }

    /**
     * The view properties for the widget. For more information about view properties, see <a
     * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/lake-widget-properties.html">View
     * properties for widgets</a> in the <em>AWS CloudTrail User Guide</em> .
     *
     * <p>CloudFormation property {@code ViewProperties}.
     */
    public Widget viewProperties(Map<String, String> value) {
      return set("ViewProperties", Value.mapOf(value));
    }

    /** Sets {@code ViewProperties} to this value; see {@link #viewProperties(Map)}. */
    public Widget viewProperties(Value<Map<String, String>> value) {
      return set("ViewProperties", value);
    }
  }
}
