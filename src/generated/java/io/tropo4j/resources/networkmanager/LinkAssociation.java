// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Describes the association between a device and a link.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::LinkAssociation}.
 */
public final class LinkAssociation extends Resource<LinkAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::LinkAssociation")
      .required("DeviceId", "GlobalNetworkId", "LinkId")
      .build();

  public LinkAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The device ID for the link association.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DeviceId}.
   */
  public LinkAssociation deviceId(String value) {
    return set("DeviceId", Value.of(value));
  }

  /** Sets {@code DeviceId} to this value; see {@link #deviceId(String)}. */
  public LinkAssociation deviceId(Value<String> value) {
    return set("DeviceId", value);
  }

  /**
   * The ID of the global network.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * GlobalNetworkId}.
   */
  public LinkAssociation globalNetworkId(String value) {
    return set("GlobalNetworkId", Value.of(value));
  }

  /** Sets {@code GlobalNetworkId} to this value; see {@link #globalNetworkId(String)}. */
  public LinkAssociation globalNetworkId(Value<String> value) {
    return set("GlobalNetworkId", value);
  }

  /**
   * The ID of the link.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code LinkId}.
   */
  public LinkAssociation linkId(String value) {
    return set("LinkId", Value.of(value));
  }

  /** Sets {@code LinkId} to this value; see {@link #linkId(String)}. */
  public LinkAssociation linkId(Value<String> value) {
    return set("LinkId", value);
  }
}
