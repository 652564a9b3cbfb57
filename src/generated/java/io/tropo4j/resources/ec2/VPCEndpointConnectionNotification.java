// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.sns.Topic;
import java.util.List;

/**
 * Specifies a connection notification for a VPC endpoint or VPC endpoint service. A connection
 * notification notifies you of specific endpoint events. You must create an SNS topic to receive
 * notifications. For more information, see <a
 * href="https://docs.aws.amazon.com/sns/latest/dg/CreateTopic.html">Create a Topic</a> in the
 * <em>Amazon Simple Notification Service Developer Guide</em> .
 *
 * <p>You can create a connection notification for interface endpoints only.
 *
 * <p>CloudFormation type {@code AWS::EC2::VPCEndpointConnectionNotification}.
 */
public final class VPCEndpointConnectionNotification extends Resource<VPCEndpointConnectionNotification> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPCEndpointConnectionNotification")
      .required("ConnectionEvents", "ConnectionNotificationArn")
      .references("ConnectionNotificationArn", "AWS::SNS::Topic.Ref")
      .references("ServiceId", "AWS::EC2::VPCEndpointService.Ref")
      .refYields("VPCEndpointConnectionNotificationId")
      .attributes("VPCEndpointConnectionNotificationId")
      .build();

  public VPCEndpointConnectionNotification(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The endpoint events for which to receive notifications. Valid values are <code>Accept</code> ,
   * <code>Connect</code> , <code>Delete</code> , and <code>Reject</code> .
   *
   * <p>Required. CloudFormation property {@code ConnectionEvents}.
   */
  public VPCEndpointConnectionNotification connectionEvents(List<String> value) {
    return set("ConnectionEvents", Value.listOf(value));
  }

  /** Sets {@code ConnectionEvents} to this value; see {@link #connectionEvents(List)}. */
  public VPCEndpointConnectionNotification connectionEvents(Value<List<String>> value) {
    return set("ConnectionEvents", value);
  }

  /**
   * The ARN of the SNS topic for the notifications.
   *
   * <p>Required. CloudFormation property {@code ConnectionNotificationArn}.
   */
  public VPCEndpointConnectionNotification connectionNotificationArn(String value) {
    return set("ConnectionNotificationArn", Value.of(value));
  }

  /**
   * Sets {@code ConnectionNotificationArn} to this value; see {@link
   * #connectionNotificationArn(String)}.
   */
  public VPCEndpointConnectionNotification connectionNotificationArn(Value<String> value) {
    return set("ConnectionNotificationArn", value);
  }

  /**
   * Sets {@code ConnectionNotificationArn} to the Ref of {@code AWS::SNS::Topic}; see {@link
   * #connectionNotificationArn(String)}.
   */
  public VPCEndpointConnectionNotification connectionNotificationArn(Topic resource) {
    return set("ConnectionNotificationArn", resource.ref());
  }

  /**
   * The ID of the endpoint service.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ServiceId}.
   */
  public VPCEndpointConnectionNotification serviceId(String value) {
    return set("ServiceId", Value.of(value));
  }

  /** Sets {@code ServiceId} to this value; see {@link #serviceId(String)}. */
  public VPCEndpointConnectionNotification serviceId(Value<String> value) {
    return set("ServiceId", value);
  }

  /**
   * Sets {@code ServiceId} to the Ref of {@code AWS::EC2::VPCEndpointService}; see {@link
   * #serviceId(String)}.
   */
  public VPCEndpointConnectionNotification serviceId(VPCEndpointService resource) {
    return set("ServiceId", resource.ref());
  }

  /**
   * The ID of the endpoint.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VPCEndpointId}.
   */
  public VPCEndpointConnectionNotification vpcEndpointId(String value) {
    return set("VPCEndpointId", Value.of(value));
  }

  /** Sets {@code VPCEndpointId} to this value; see {@link #vpcEndpointId(String)}. */
  public VPCEndpointConnectionNotification vpcEndpointId(Value<String> value) {
    return set("VPCEndpointId", value);
  }

  /**
   * The ID of the notification.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VPCEndpointConnectionNotificationId}.
   */
  public Value<String> vpcEndpointConnectionNotificationId() {
    return getAtt("VPCEndpointConnectionNotificationId");
  }
}
