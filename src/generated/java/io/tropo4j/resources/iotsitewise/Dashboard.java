// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotsitewise;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS IoT SiteWise Monitor feature will no longer be open to new customers starting November 7,
 * 2025 . If you would like to use the AWS IoT SiteWise Monitor feature, sign up prior to that date.
 * Existing customers can continue to use the service as normal. For more information, see <a
 * href="https://docs.aws.amazon.com/iot-sitewise/latest/appguide/iotsitewise-monitor-availability-change.html">AWS
 * IoT SiteWise Monitor availability change</a> .
 *
 * <p>Creates a dashboard in an AWS IoT SiteWise Monitor project.
 *
 * <p>CloudFormation type {@code AWS::IoTSiteWise::Dashboard}.
 */
public final class Dashboard extends Resource<Dashboard> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTSiteWise::Dashboard")
      .required("DashboardDefinition", "DashboardDescription", "DashboardName")
      .constrain("DashboardDefinition", Constraint.of().pattern("^.+$").minLength(0).maxLength(204800))
      .constrain("DashboardDescription", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(2048))
      .constrain("DashboardName", Constraint.of().pattern("^[^\\u0000-\\u001F\\u007F]+$").minLength(1).maxLength(256))
      .constrain("ProjectId", Constraint.of().pattern("^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
      .refYields("DashboardId")
      .attributes("DashboardArn", "DashboardId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Dashboard(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The dashboard definition specified in a JSON literal.
   *
   * <ul> <li>AWS IoT SiteWise Monitor (Classic) see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/create-dashboards-using-aws-cli.html">Create
   * dashboards ( AWS CLI )</a> <li>AWS IoT SiteWise Monitor (AI-aware) see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/create-dashboards-ai-dashboard-cli.html">Create
   * dashboards ( AWS CLI )</a> </ul>
   *
   * <p>in the <em>AWS IoT SiteWise User Guide</em>
   *
   * <p>Required. Length: 0 to 204800 characters. Pattern: {@code ^.+$}. CloudFormation property
   * {@code DashboardDefinition}.
   */
  public Dashboard dashboardDefinition(String value) {
    return set("DashboardDefinition", Value.of(value));
  }

  /** Sets {@code DashboardDefinition} to this value; see {@link #dashboardDefinition(String)}. */
  public Dashboard dashboardDefinition(Value<String> value) {
    return set("DashboardDefinition", value);
  }

  /**
   * A description for the dashboard.
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
   * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code DashboardDescription}.
   */
  public Dashboard dashboardDescription(String value) {
    return set("DashboardDescription", Value.of(value));
  }

  /** Sets {@code DashboardDescription} to this value; see {@link #dashboardDescription(String)}. */
  public Dashboard dashboardDescription(Value<String> value) {
    return set("DashboardDescription", value);
  }

  /**
   * A friendly name for the dashboard.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^[^&#92;u0000-&#92;u001F&#92;u007F]+$}. CloudFormation property {@code DashboardName}.
   */
  public Dashboard dashboardName(String value) {
    return set("DashboardName", Value.of(value));
  }

  /** Sets {@code DashboardName} to this value; see {@link #dashboardName(String)}. */
  public Dashboard dashboardName(Value<String> value) {
    return set("DashboardName", value);
  }

  /**
   * The ID of the project in which to create the dashboard.
   *
   * <p>Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}.
   * CloudFormation property {@code ProjectId}.
   */
  public Dashboard projectId(String value) {
    return set("ProjectId", Value.of(value));
  }

  /** Sets {@code ProjectId} to this value; see {@link #projectId(String)}. */
  public Dashboard projectId(Value<String> value) {
    return set("ProjectId", value);
  }

  /**
   * A list of key-value pairs that contain metadata for the dashboard. For more information, see <a
   * href="https://docs.aws.amazon.com/iot-sitewise/latest/userguide/tag-resources.html">Tagging
   * your AWS IoT SiteWise resources</a> in the <em>AWS IoT SiteWise User Guide</em> .
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
   * The <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">ARN</a> of
   * the dashboard, which has the following format.
   *
   * <p><code>arn:${Partition}:iotsitewise:${Region}:${Account}:dashboard/${DashboardId}</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code DashboardArn}.
   */
  public Value<String> dashboardArn() {
    return getAtt("DashboardArn");
  }

  /**
   * The ID of the dashboard.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DashboardId}.
   */
  public Value<String> dashboardId() {
    return getAtt("DashboardId");
  }
}
