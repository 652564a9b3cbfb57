// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::NetworkManager::CoreNetworkPrefixListAssociation which
 * associates a prefix list with a core network.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::CoreNetworkPrefixListAssociation}.
 */
public final class CoreNetworkPrefixListAssociation extends Resource<CoreNetworkPrefixListAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::CoreNetworkPrefixListAssociation")
      .required("CoreNetworkId", "PrefixListAlias", "PrefixListArn")
      .build();

  public CoreNetworkPrefixListAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the core network.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code CoreNetworkId}.
   */
  public CoreNetworkPrefixListAssociation coreNetworkId(String value) {
    return set("CoreNetworkId", Value.of(value));
  }

  /** Sets {@code CoreNetworkId} to this value; see {@link #coreNetworkId(String)}. */
  public CoreNetworkPrefixListAssociation coreNetworkId(Value<String> value) {
    return set("CoreNetworkId", value);
  }

  /**
   * The alias of the prefix list
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * PrefixListAlias}.
   */
  public CoreNetworkPrefixListAssociation prefixListAlias(String value) {
    return set("PrefixListAlias", Value.of(value));
  }

  /** Sets {@code PrefixListAlias} to this value; see {@link #prefixListAlias(String)}. */
  public CoreNetworkPrefixListAssociation prefixListAlias(Value<String> value) {
    return set("PrefixListAlias", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the prefix list.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code PrefixListArn}.
   */
  public CoreNetworkPrefixListAssociation prefixListArn(String value) {
    return set("PrefixListArn", Value.of(value));
  }

  /** Sets {@code PrefixListArn} to this value; see {@link #prefixListArn(String)}. */
  public CoreNetworkPrefixListAssociation prefixListArn(Value<String> value) {
    return set("PrefixListArn", value);
  }
}
