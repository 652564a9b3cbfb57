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
 * Resource Type definition for AWS::EC2::IPAMPrefixListResolverTarget
 *
 * <p>CloudFormation type {@code AWS::EC2::IPAMPrefixListResolverTarget}.
 */
public final class IPAMPrefixListResolverTarget extends Resource<IPAMPrefixListResolverTarget> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMPrefixListResolverTarget")
      .required("IpamPrefixListResolverId", "PrefixListId", "PrefixListRegion",
          "TrackLatestVersion")
      .constrain("DesiredVersion", Constraint.of().format("int64"))
      .refYields("IpamPrefixListResolverTargetId")
      .attributes("IpamPrefixListResolverTargetArn", "IpamPrefixListResolverTargetId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IPAMPrefixListResolverTarget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The desired version of the Prefix List Resolver that this Target should synchronize with.
   *
   * <p>Format: {@code int64}. CloudFormation property {@code DesiredVersion}.
   */
  public IPAMPrefixListResolverTarget desiredVersion(int value) {
    return set("DesiredVersion", Value.of(value));
  }

  /** Sets {@code DesiredVersion} to this value; see {@link #desiredVersion(int)}. */
  public IPAMPrefixListResolverTarget desiredVersion(Value<Integer> value) {
    return set("DesiredVersion", value);
  }

  /**
   * The Id of the IPAM Prefix List Resolver associated with this Target.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * IpamPrefixListResolverId}.
   */
  public IPAMPrefixListResolverTarget ipamPrefixListResolverId(String value) {
    return set("IpamPrefixListResolverId", Value.of(value));
  }

  /**
   * Sets {@code IpamPrefixListResolverId} to this value; see {@link
   * #ipamPrefixListResolverId(String)}.
   */
  public IPAMPrefixListResolverTarget ipamPrefixListResolverId(Value<String> value) {
    return set("IpamPrefixListResolverId", value);
  }

  /**
   * The Id of the Managed Prefix List.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code PrefixListId}.
   */
  public IPAMPrefixListResolverTarget prefixListId(String value) {
    return set("PrefixListId", Value.of(value));
  }

  /** Sets {@code PrefixListId} to this value; see {@link #prefixListId(String)}. */
  public IPAMPrefixListResolverTarget prefixListId(Value<String> value) {
    return set("PrefixListId", value);
  }

  /**
   * The region that the Managed Prefix List is located in.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * PrefixListRegion}.
   */
  public IPAMPrefixListResolverTarget prefixListRegion(String value) {
    return set("PrefixListRegion", Value.of(value));
  }

  /** Sets {@code PrefixListRegion} to this value; see {@link #prefixListRegion(String)}. */
  public IPAMPrefixListResolverTarget prefixListRegion(Value<String> value) {
    return set("PrefixListRegion", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IPAMPrefixListResolverTarget tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IPAMPrefixListResolverTarget tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IPAMPrefixListResolverTarget tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Indicates whether this Target automatically tracks the latest version of the Prefix List
   * Resolver.
   *
   * <p>Required. CloudFormation property {@code TrackLatestVersion}.
   */
  public IPAMPrefixListResolverTarget trackLatestVersion(boolean value) {
    return set("TrackLatestVersion", Value.of(value));
  }

  /** Sets {@code TrackLatestVersion} to this value; see {@link #trackLatestVersion(boolean)}. */
  public IPAMPrefixListResolverTarget trackLatestVersion(Value<Boolean> value) {
    return set("TrackLatestVersion", value);
  }

  /**
   * Id of the IPAM Prefix List Resolver Target.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamPrefixListResolverTargetArn}.
   */
  public Value<String> ipamPrefixListResolverTargetArn() {
    return getAtt("IpamPrefixListResolverTargetArn");
  }

  /**
   * Id of the IPAM Prefix List Resolver Target.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamPrefixListResolverTargetId}.
   */
  public Value<String> ipamPrefixListResolverTargetId() {
    return getAtt("IpamPrefixListResolverTargetId");
  }
}
