// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.applicationsignals;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * If you have existing <code>AWS::ApplicationSignals::Discovery</code> resources that were created
 * prior to the Application Map release, you will need to delete and recreate these resources in
 * your account to enable Application Map.
 *
 * <p>Enables this AWS account to be able to use CloudWatch Application Signals by creating the
 * <code>AWSServiceRoleForCloudWatchApplicationSignals</code> service-linked role. This
 * service-linked role has the following permissions:
 *
 * <ul> <li><code>xray:GetServiceGraph</code> <li><code>logs:StartQuery</code>
 * <li><code>logs:GetQueryResults</code> <li><code>cloudwatch:GetMetricData</code>
 * <li><code>cloudwatch:ListMetrics</code> <li><code>tag:GetResources</code>
 * <li><code>autoscaling:DescribeAutoScalingGroups</code> </ul>
 *
 * <p>A service-linked CloudTrail event channel is created to process CloudTrail events and return
 * change event information. This includes last deployment time, userName, eventName, and other
 * event metadata.
 *
 * <p>After completing this step, you still need to instrument your Java and Python applications to
 * send data to Application Signals. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Application-Signals-Enable.html">Enabling
 * Application Signals</a> .
 *
 * <p>CloudFormation type {@code AWS::ApplicationSignals::Discovery}.
 */
public final class Discovery extends Resource<Discovery> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::Discovery")
      .refYields("AccountId")
      .attributes("AccountId")
      .build();

  public Discovery(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The 12 digit AWS Account ID for the account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }
}
