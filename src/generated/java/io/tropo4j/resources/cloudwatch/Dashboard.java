// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudwatch;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::CloudWatch::Dashboard</code> resource specifies an Amazon CloudWatch dashboard. A
 * dashboard is a customizable home page in the CloudWatch console that you can use to monitor your
 * AWS resources in a single view.
 *
 * <p>All dashboards in your account are global, not region-specific.
 *
 * <p>CloudFormation type {@code AWS::CloudWatch::Dashboard}.
 */
public final class Dashboard extends Resource<Dashboard> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::Dashboard")
      .required("DashboardBody")
      .refYields("DashboardName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Dashboard(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The detailed information about the dashboard in JSON format, including the widgets to include
   * and their location on the dashboard. This parameter is required.
   *
   * <p>For more information about the syntax, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html">Dashboard
   * Body Structure and Syntax</a> .
   *
   * <p>Required. CloudFormation property {@code DashboardBody}.
   */
  public Dashboard dashboardBody(String value) {
    return set("DashboardBody", Value.of(value));
  }

  /** Sets {@code DashboardBody} to this value; see {@link #dashboardBody(String)}. */
  public Dashboard dashboardBody(Value<String> value) {
    return set("DashboardBody", value);
  }

  /**
   * The name of the dashboard. The name must be between 1 and 255 characters. If you do not specify
   * a name, one will be generated automatically.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DashboardName}.
   */
  public Dashboard dashboardName(String value) {
    return set("DashboardName", Value.of(value));
  }

  /** Sets {@code DashboardName} to this value; see {@link #dashboardName(String)}. */
  public Dashboard dashboardName(Value<String> value) {
    return set("DashboardName", value);
  }

  /**
   * A list of key-value pairs to associate with the cloudwatch dashboard. You can associate up to
   * 50 tags with a dashboard
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
}
