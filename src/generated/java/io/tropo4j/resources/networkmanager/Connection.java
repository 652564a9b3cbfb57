// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::NetworkManager::Connection. Describes a connection between two
 * devices in a global network.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::Connection}.
 */
public final class Connection extends Resource<Connection> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::Connection")
      .required("ConnectedDeviceId", "DeviceId", "GlobalNetworkId")
      .refYields("ConnectionArn")
      .attributes("ConnectionArn", "ConnectionId", "CreatedAt", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Connection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the second device in the connection.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ConnectedDeviceId}.
   */
  public Connection connectedDeviceId(String value) {
    return set("ConnectedDeviceId", Value.of(value));
  }

  /** Sets {@code ConnectedDeviceId} to this value; see {@link #connectedDeviceId(String)}. */
  public Connection connectedDeviceId(Value<String> value) {
    return set("ConnectedDeviceId", value);
  }

  /**
   * The ID of the link for the second device.
   *
   * <p>CloudFormation property {@code ConnectedLinkId}.
   */
  public Connection connectedLinkId(String value) {
    return set("ConnectedLinkId", Value.of(value));
  }

  /** Sets {@code ConnectedLinkId} to this value; see {@link #connectedLinkId(String)}. */
  public Connection connectedLinkId(Value<String> value) {
    return set("ConnectedLinkId", value);
  }

  /**
   * The description of the connection.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Connection description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Connection description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the first device in the connection.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DeviceId}.
   */
  public Connection deviceId(String value) {
    return set("DeviceId", Value.of(value));
  }

  /** Sets {@code DeviceId} to this value; see {@link #deviceId(String)}. */
  public Connection deviceId(Value<String> value) {
    return set("DeviceId", value);
  }

  /**
   * The ID of the global network that the connection belongs to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * GlobalNetworkId}.
   */
  public Connection globalNetworkId(String value) {
    return set("GlobalNetworkId", Value.of(value));
  }

  /** Sets {@code GlobalNetworkId} to this value; see {@link #globalNetworkId(String)}. */
  public Connection globalNetworkId(Value<String> value) {
    return set("GlobalNetworkId", value);
  }

  /**
   * The ID of the link for the first device.
   *
   * <p>CloudFormation property {@code LinkId}.
   */
  public Connection linkId(String value) {
    return set("LinkId", Value.of(value));
  }

  /** Sets {@code LinkId} to this value; see {@link #linkId(String)}. */
  public Connection linkId(Value<String> value) {
    return set("LinkId", value);
  }

  /**
   * The tags for the connection.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Connection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Connection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Connection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionArn}.
   */
  public Value<String> connectionArn() {
    return getAtt("ConnectionArn");
  }

  /**
   * The ID of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionId}.
   */
  public Value<String> connectionId() {
    return getAtt("ConnectionId");
  }

  /**
   * The date and time that the connection was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The state of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
