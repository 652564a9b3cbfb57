// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::EC2::IPv4Pool. A public IPv4 pool is an EC2 IP address pool
 * required for the public IPv4 CIDRs that you own and bring to AWS to manage with IPAM (BYOIP).
 *
 * <p>CloudFormation type {@code AWS::EC2::IPv4Pool}.
 */
public final class IPv4Pool extends Resource<IPv4Pool> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPv4Pool")
      .refYields("Arn")
      .attributes("Arn", "Description", "NetworkBorderGroup", "PoolId", "TotalAddressCount",
          "TotalAvailableAddressCount")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IPv4Pool(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Any tags assigned to the public IPv4 pool.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IPv4Pool tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IPv4Pool tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IPv4Pool tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the public IPv4 pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A description of the public IPv4 pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Description}.
   */
  public Value<String> description() {
    return getAtt("Description");
  }

  /**
   * The name of the location from which the address pool is advertised.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkBorderGroup}.
   */
  public Value<String> networkBorderGroup() {
    return getAtt("NetworkBorderGroup");
  }

  /**
   * The ID of the public IPv4 pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PoolId}.
   */
  public Value<String> poolId() {
    return getAtt("PoolId");
  }

  /**
   * The total number of addresses in the pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TotalAddressCount}.
   */
  public Value<Integer> totalAddressCount() {
    return getAtt("TotalAddressCount");
  }

  /**
   * The total number of available addresses in the pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TotalAvailableAddressCount}.
   */
  public Value<Integer> totalAvailableAddressCount() {
    return getAtt("TotalAvailableAddressCount");
  }
}
