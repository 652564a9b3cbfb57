// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Create a new pool of dedicated IP addresses. A pool can include one or more dedicated IP
 * addresses that are associated with your AWS account . You can associate a pool with a
 * configuration set. When you send an email that uses that configuration set, the message is sent
 * from one of the addresses in the associated pool.
 *
 * <p>You can't delete dedicated IP pools that have a <code>STANDARD</code> scaling mode with one or
 * more dedicated IP addresses. This constraint doesn't apply to dedicated IP pools that have a
 * <code>MANAGED</code> scaling mode.
 *
 * <p>CloudFormation type {@code AWS::SES::DedicatedIpPool}.
 */
public final class DedicatedIpPool extends Resource<DedicatedIpPool> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::DedicatedIpPool")
      .constrain("PoolName", Constraint.of().pattern("^[a-z0-9_-]{0,64}$"))
      .constrain("ScalingMode", Constraint.of().pattern("^(STANDARD|MANAGED)$"))
      .refYields("PoolName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DedicatedIpPool(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the dedicated IP pool that the IP address is associated with.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-z0-9_-]{0,64}$}. CloudFormation
   * property {@code PoolName}.
   */
  public DedicatedIpPool poolName(String value) {
    return set("PoolName", Value.of(value));
  }

  /** Sets {@code PoolName} to this value; see {@link #poolName(String)}. */
  public DedicatedIpPool poolName(Value<String> value) {
    return set("PoolName", value);
  }

  /**
   * The type of scaling mode.
   *
   * <p>The following options are available:
   *
   * <ul> <li><code>STANDARD</code> - The customer controls which IPs are part of the dedicated IP
   * pool. <li><code>MANAGED</code> - The reputation and number of IPs are automatically managed by
   * Amazon SES . </ul>
   *
   * <p>The <code>STANDARD</code> option is selected by default if no value is specified.
   *
   * <p>Updating <em>ScalingMode</em> doesn't require a replacement if you're updating its value
   * from <code>STANDARD</code> to <code>MANAGED</code> . However, updating <em>ScalingMode</em>
   * from <code>MANAGED</code> to <code>STANDARD</code> is not supported.
   *
   * <p>Changing it may replace the resource. Pattern: {@code ^(STANDARD|MANAGED)$}. CloudFormation
   * property {@code ScalingMode}.
   */
  public DedicatedIpPool scalingMode(String value) {
    return set("ScalingMode", Value.of(value));
  }

  /** Sets {@code ScalingMode} to this value; see {@link #scalingMode(String)}. */
  public DedicatedIpPool scalingMode(Value<String> value) {
    return set("ScalingMode", value);
  }

  /**
   * An object that defines the tags (keys and values) that you want to associate with the pool.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DedicatedIpPool tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DedicatedIpPool tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DedicatedIpPool tags(Tags tags) {
    return set("Tags", tags);
  }
}
