// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wickr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::Wickr::Network. Creates and manages an AWS Wickr network for
 * secure enterprise communications.
 *
 * <p>CloudFormation type {@code AWS::Wickr::Network}.
 */
public final class Network extends Resource<Network> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wickr::Network")
      .required("AccessLevel", "NetworkName")
      .allowed("AccessLevel", "STANDARD", "PREMIUM")
      .constrain("NetworkName", Constraint.of().pattern("^[\\S\\s]*$"))
      .refYields("NetworkArn")
      .attributes("AwsAccountId", "MigrationState", "NetworkArn", "NetworkId", "Standing")
      .build();

  public Network(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The access level of the network, which determines available features and capabilities.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code STANDARD}, {@code
   * PREMIUM}. CloudFormation property {@code AccessLevel}.
   */
  public Network accessLevel(String value) {
    return set("AccessLevel", Value.of(value));
  }

  /** Sets {@code AccessLevel} to this value; see {@link #accessLevel(String)}. */
  public Network accessLevel(Value<String> value) {
    return set("AccessLevel", value);
  }

  /**
   * The name of the network. Must be between 1 and 20 characters.
   *
   * <p>Required. Pattern: {@code ^[&#92;S&#92;s]*$}. CloudFormation property {@code NetworkName}.
   */
  public Network networkName(String value) {
    return set("NetworkName", Value.of(value));
  }

  /** Sets {@code NetworkName} to this value; see {@link #networkName(String)}. */
  public Network networkName(Value<String> value) {
    return set("NetworkName", value);
  }

  /**
   * The AWS account ID that owns the network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AwsAccountId}.
   */
  public Value<String> awsAccountId() {
    return getAtt("AwsAccountId");
  }

  /**
   * The SSO redirect URI migration state. Values: 0 (not started), 1 (in progress), or 2
   * (completed).
   *
   * <p>{@code Fn::GetAtt} attribute {@code MigrationState}.
   */
  public Value<Integer> migrationState() {
    return getAtt("MigrationState");
  }

  /**
   * The Amazon Resource Name (ARN) of the network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkArn}.
   */
  public Value<String> networkArn() {
    return getAtt("NetworkArn");
  }

  /**
   * The unique identifier of the network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkId}.
   */
  public Value<String> networkId() {
    return getAtt("NetworkId");
  }

  /**
   * The current standing or status of the network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Standing}.
   */
  public Value<Integer> standing() {
    return getAtt("Standing");
  }
}
