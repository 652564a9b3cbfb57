// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Constraint;
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
      .constrain("CoreNetworkId", Constraint.of().pattern("^core-network-([0-9a-f]{8,17})$").minLength(0).maxLength(50))
      .constrain("PrefixListAlias", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("PrefixListArn", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(500))
      .build();

  public CoreNetworkPrefixListAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the core network.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^core-network-([0-9a-f]{8,17})$}. CloudFormation property {@code CoreNetworkId}.
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
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code PrefixListAlias}.
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
   * <p>Required. Changing it replaces the resource. Length: 0 to 500 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code PrefixListArn}.
   */
  public CoreNetworkPrefixListAssociation prefixListArn(String value) {
    return set("PrefixListArn", Value.of(value));
  }

  /** Sets {@code PrefixListArn} to this value; see {@link #prefixListArn(String)}. */
  public CoreNetworkPrefixListAssociation prefixListArn(Value<String> value) {
    return set("PrefixListArn", value);
  }
}
