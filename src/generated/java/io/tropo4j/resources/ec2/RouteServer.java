// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a route server to manage dynamic routing in a VPC.
 *
 * <p>Amazon VPC Route Server simplifies routing for traffic between workloads that are deployed
 * within a VPC and its internet gateways. With this feature, VPC Route Server dynamically updates
 * VPC and internet gateway route tables with your preferred routes to achieve routing fault
 * tolerance for those workloads. This enables you to automatically reroute traffic within a VPC,
 * which increases the manageability of VPC routing and interoperability with third-party workloads.
 *
 * <p>For more information see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html">Dynamic
 * routing in your VPC with VPC Route Server</a> in the <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::RouteServer}.
 */
public final class RouteServer extends Resource<RouteServer> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::RouteServer")
      .required("AmazonSideAsn")
      .constrain("AmazonSideAsn", Constraint.of().minimum(1).maximum(4294967294L).format("int64"))
      .allowed("PersistRoutes", "enable", "disable")
      .constrain("PersistRoutesDuration", Constraint.of().minimum(0).maximum(5).format("int64"))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RouteServer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Border Gateway Protocol (BGP) Autonomous System Number (ASN) for the appliance. Valid
   * values are from 1 to 4294967295. We recommend using a private ASN in the 64512–65534 (16-bit
   * ASN) or 4200000000–4294967294 (32-bit ASN) range.
   *
   * <p>Required. Changing it replaces the resource. Range: 1 to 4294967294L. Format: {@code int64}.
   * CloudFormation property {@code AmazonSideAsn}.
   */
  public RouteServer amazonSideAsn(int value) {
    return set("AmazonSideAsn", Value.of(value));
  }

  /** Sets {@code AmazonSideAsn} to this value; see {@link #amazonSideAsn(int)}. */
  public RouteServer amazonSideAsn(Value<Integer> value) {
    return set("AmazonSideAsn", value);
  }

  /**
   * Indicates whether routes should be persisted after all BGP sessions are terminated.
   *
   * <p>Allowed values: {@code enable}, {@code disable}. CloudFormation property {@code
   * PersistRoutes}.
   */
  public RouteServer persistRoutes(String value) {
    return set("PersistRoutes", Value.of(value));
  }

  /** Sets {@code PersistRoutes} to this value; see {@link #persistRoutes(String)}. */
  public RouteServer persistRoutes(Value<String> value) {
    return set("PersistRoutes", value);
  }

  /**
   * The number of minutes a route server will wait after BGP is re-established to unpersist the
   * routes in the FIB and RIB. Value must be in the range of 1-5. The default value is 1. Only
   * valid if <code>persistRoutesState</code> is 'enabled'.
   *
   * <p>If you set the duration to 1 minute, then when your network appliance re-establishes BGP
   * with route server, it has 1 minute to relearn it's adjacent network and advertise those routes
   * to route server before route server resumes normal functionality. In most cases, 1 minute is
   * probably sufficient. If, however, you have concerns that your BGP network may not be capable of
   * fully re-establishing and re-learning everything in 1 minute, you can increase the duration up
   * to 5 minutes.
   *
   * <p>Range: 0 to 5. Format: {@code int64}. CloudFormation property {@code PersistRoutesDuration}.
   */
  public RouteServer persistRoutesDuration(int value) {
    return set("PersistRoutesDuration", Value.of(value));
  }

  /** Sets {@code PersistRoutesDuration} to this value; see {@link #persistRoutesDuration(int)}. */
  public RouteServer persistRoutesDuration(Value<Integer> value) {
    return set("PersistRoutesDuration", value);
  }

  /**
   * Indicates whether SNS notifications are enabled for the route server. Enabling SNS
   * notifications persists BGP status changes to an SNS topic provisioned by AWS .
   *
   * <p>CloudFormation property {@code SnsNotificationsEnabled}.
   */
  public RouteServer snsNotificationsEnabled(boolean value) {
    return set("SnsNotificationsEnabled", Value.of(value));
  }

  /**
   * Sets {@code SnsNotificationsEnabled} to this value; see {@link
   * #snsNotificationsEnabled(boolean)}.
   */
  public RouteServer snsNotificationsEnabled(Value<Boolean> value) {
    return set("SnsNotificationsEnabled", value);
  }

  /**
   * Any tags assigned to the route server.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RouteServer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RouteServer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RouteServer tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the route server.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the route server.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
