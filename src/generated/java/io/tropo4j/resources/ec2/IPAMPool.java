// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * In IPAM, a pool is a collection of contiguous IP addresses CIDRs. Pools enable you to organize
 * your IP addresses according to your routing and security needs. For example, if you have separate
 * routing and security needs for development and production applications, you can create a pool for
 * each.
 *
 * <p>CloudFormation type {@code AWS::EC2::IPAMPool}.
 */
public final class IPAMPool extends Resource<IPAMPool> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMPool")
      .required("AddressFamily", "IpamScopeId")
      .constrain("AllocationDefaultNetmaskLength", Constraint.of().minimum(0).maximum(128))
      .constrain("AllocationMaxNetmaskLength", Constraint.of().minimum(0).maximum(128))
      .constrain("AllocationMinNetmaskLength", Constraint.of().minimum(0).maximum(128))
      .allowed("AwsService", "ec2", "global-services")
      .allowed("PublicIpSource", "byoip", "amazon")
      .refYields("IpamPoolId")
      .attributes("Arn", "IpamArn", "IpamPoolId", "IpamScopeArn", "IpamScopeType", "PoolDepth",
          "State", "StateMessage")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IPAMPool(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The address family of the pool.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code AddressFamily}.
   */
  public IPAMPool addressFamily(String value) {
    return set("AddressFamily", Value.of(value));
  }

  /** Sets {@code AddressFamily} to this value; see {@link #addressFamily(String)}. */
  public IPAMPool addressFamily(Value<String> value) {
    return set("AddressFamily", value);
  }

  /**
   * The default netmask length for allocations added to this pool. If, for example, the CIDR
   * assigned to this pool is 10.0.0.0/8 and you enter 16 here, new allocations will default to
   * 10.0.0.0/16.
   *
   * <p>Range: 0 to 128. CloudFormation property {@code AllocationDefaultNetmaskLength}.
   */
  public IPAMPool allocationDefaultNetmaskLength(int value) {
    return set("AllocationDefaultNetmaskLength", Value.of(value));
  }

  /**
   * Sets {@code AllocationDefaultNetmaskLength} to this value; see {@link
   * #allocationDefaultNetmaskLength(int)}.
   */
  public IPAMPool allocationDefaultNetmaskLength(Value<Integer> value) {
    return set("AllocationDefaultNetmaskLength", value);
  }

  /**
   * The maximum netmask length possible for CIDR allocations in this IPAM pool to be compliant. The
   * maximum netmask length must be greater than the minimum netmask length. Possible netmask
   * lengths for IPv4 addresses are 0 - 32. Possible netmask lengths for IPv6 addresses are 0 - 128.
   *
   * <p>Range: 0 to 128. CloudFormation property {@code AllocationMaxNetmaskLength}.
   */
  public IPAMPool allocationMaxNetmaskLength(int value) {
    return set("AllocationMaxNetmaskLength", Value.of(value));
  }

  /**
   * Sets {@code AllocationMaxNetmaskLength} to this value; see {@link
   * #allocationMaxNetmaskLength(int)}.
   */
  public IPAMPool allocationMaxNetmaskLength(Value<Integer> value) {
    return set("AllocationMaxNetmaskLength", value);
  }

  /**
   * The minimum netmask length required for CIDR allocations in this IPAM pool to be compliant. The
   * minimum netmask length must be less than the maximum netmask length. Possible netmask lengths
   * for IPv4 addresses are 0 - 32. Possible netmask lengths for IPv6 addresses are 0 - 128.
   *
   * <p>Range: 0 to 128. CloudFormation property {@code AllocationMinNetmaskLength}.
   */
  public IPAMPool allocationMinNetmaskLength(int value) {
    return set("AllocationMinNetmaskLength", Value.of(value));
  }

  /**
   * Sets {@code AllocationMinNetmaskLength} to this value; see {@link
   * #allocationMinNetmaskLength(int)}.
   */
  public IPAMPool allocationMinNetmaskLength(Value<Integer> value) {
    return set("AllocationMinNetmaskLength", value);
  }

  /**
   * Tags that are required for resources that use CIDRs from this IPAM pool. Resources that do not
   * have these tags will not be allowed to allocate space from the pool. If the resources have
   * their tags changed after they have allocated space or if the allocation tagging requirements
   * are changed on the pool, the resource may be marked as noncompliant.
   *
   * <p>CloudFormation property {@code AllocationResourceTags}.
   */
  public IPAMPool allocationResourceTags(List<Tag> value) {
    return set("AllocationResourceTags", Value.listOf(value));
  }

  /**
   * Sets {@code AllocationResourceTags} to this value; see {@link #allocationResourceTags(List)}.
   */
  public IPAMPool allocationResourceTags(Value<List<Tag>> value) {
    return set("AllocationResourceTags", value);
  }

  /**
   * If selected, IPAM will continuously look for resources within the CIDR range of this pool and
   * automatically import them as allocations into your IPAM. The CIDRs that will be allocated for
   * these resources must not already be allocated to other resources in order for the import to
   * succeed. IPAM will import a CIDR regardless of its compliance with the pool's allocation rules,
   * so a resource might be imported and subsequently marked as noncompliant. If IPAM discovers
   * multiple CIDRs that overlap, IPAM will import the largest CIDR only. If IPAM discovers multiple
   * CIDRs with matching CIDRs, IPAM will randomly import one of them only.
   *
   * <p>A locale must be set on the pool for this feature to work.
   *
   * <p>CloudFormation property {@code AutoImport}.
   */
  public IPAMPool autoImport(boolean value) {
    return set("AutoImport", Value.of(value));
  }

  /** Sets {@code AutoImport} to this value; see {@link #autoImport(boolean)}. */
  public IPAMPool autoImport(Value<Boolean> value) {
    return set("AutoImport", value);
  }

  /**
   * Limits which service in AWS that the pool can be used in. "ec2", for example, allows users to
   * use space for Elastic IP addresses and VPCs.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ec2}, {@code global-services}.
   * CloudFormation property {@code AwsService}.
   */
  public IPAMPool awsService(String value) {
    return set("AwsService", Value.of(value));
  }

  /** Sets {@code AwsService} to this value; see {@link #awsService(String)}. */
  public IPAMPool awsService(Value<String> value) {
    return set("AwsService", value);
  }

  /**
   * The description of the IPAM pool.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public IPAMPool description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IPAMPool description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the scope in which you would like to create the IPAM pool.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IpamScopeId}.
   */
  public IPAMPool ipamScopeId(String value) {
    return set("IpamScopeId", Value.of(value));
  }

  /** Sets {@code IpamScopeId} to this value; see {@link #ipamScopeId(String)}. */
  public IPAMPool ipamScopeId(Value<String> value) {
    return set("IpamScopeId", value);
  }

  /**
   * The locale of the IPAM pool.
   *
   * <p>The locale for the pool should be one of the following:
   *
   * <ul> <li>An AWS Region where you want this IPAM pool to be available for allocations. <li>The
   * network border group for an AWS Local Zone where you want this IPAM pool to be available for
   * allocations ( <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-byoip.html#byoip-zone-avail">supported
   * Local Zones</a> ). This option is only available for IPAM IPv4 pools in the public scope. </ul>
   *
   * <p>If you choose an AWS Region for locale that has not been configured as an operating Region
   * for the IPAM, you'll get an error.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Locale}.
   */
  public IPAMPool locale(String value) {
    return set("Locale", Value.of(value));
  }

  /** Sets {@code Locale} to this value; see {@link #locale(String)}. */
  public IPAMPool locale(Value<String> value) {
    return set("Locale", value);
  }

  /**
   * Information about the CIDRs provisioned to an IPAM pool.
   *
   * <p>CloudFormation property {@code ProvisionedCidrs}.
   */
  public IPAMPool provisionedCidrs(List<ProvisionedCidr> value) {
    return set("ProvisionedCidrs", Value.listOf(value));
  }

  /** Sets {@code ProvisionedCidrs} to this value; see {@link #provisionedCidrs(List)}. */
  public IPAMPool provisionedCidrs(Value<List<ProvisionedCidr>> value) {
    return set("ProvisionedCidrs", value);
  }

  /** Sets {@code ProvisionedCidrs} to a list of these; see {@link #provisionedCidrs(List)}. */
  public IPAMPool provisionedCidrs(ProvisionedCidr... values) {
    return set("ProvisionedCidrs", Value.list(values));
  }

  /**
   * The IP address source for pools in the public scope. Only used for provisioning IP address
   * CIDRs to pools in the public scope. Default is <code>BYOIP</code> . For more information, see
   * <a href="https://docs.aws.amazon.com//vpc/latest/ipam/intro-create-ipv6-pools.html">Create IPv6
   * pools</a> in the <em>Amazon VPC IPAM User Guide</em> . By default, you can add only one
   * Amazon-provided IPv6 CIDR block to a top-level IPv6 pool. For information on increasing the
   * default limit, see <a
   * href="https://docs.aws.amazon.com//vpc/latest/ipam/quotas-ipam.html">Quotas for your IPAM</a>
   * in the <em>Amazon VPC IPAM User Guide</em> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code byoip}, {@code amazon}.
   * CloudFormation property {@code PublicIpSource}.
   */
  public IPAMPool publicIpSource(String value) {
    return set("PublicIpSource", Value.of(value));
  }

  /** Sets {@code PublicIpSource} to this value; see {@link #publicIpSource(String)}. */
  public IPAMPool publicIpSource(Value<String> value) {
    return set("PublicIpSource", value);
  }

  /**
   * Determines if a pool is publicly advertisable. This option is not available for pools with
   * AddressFamily set to <code>ipv4</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PubliclyAdvertisable}.
   */
  public IPAMPool publiclyAdvertisable(boolean value) {
    return set("PubliclyAdvertisable", Value.of(value));
  }

  /**
   * Sets {@code PubliclyAdvertisable} to this value; see {@link #publiclyAdvertisable(boolean)}.
   */
  public IPAMPool publiclyAdvertisable(Value<Boolean> value) {
    return set("PubliclyAdvertisable", value);
  }

  /**
   * The ID of the source IPAM pool. You can use this option to create an IPAM pool within an
   * existing source pool.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourceIpamPoolId}.
   */
  public IPAMPool sourceIpamPoolId(String value) {
    return set("SourceIpamPoolId", Value.of(value));
  }

  /** Sets {@code SourceIpamPoolId} to this value; see {@link #sourceIpamPoolId(String)}. */
  public IPAMPool sourceIpamPoolId(Value<String> value) {
    return set("SourceIpamPoolId", value);
  }

  /**
   * The resource used to provision CIDRs to a resource planning pool.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourceResource}.
   */
  public IPAMPool sourceResource(Value<SourceResource> value) {
    return set("SourceResource", value);
  }

  /**
   * The key/value combination of a tag assigned to the resource. Use the tag key in the filter name
   * and the tag value as the filter value. For example, to find all resources that have a tag with
   * the key <code>Owner</code> and the value <code>TeamA</code> , specify <code>tag:Owner</code>
   * for the filter name and <code>TeamA</code> for the filter value.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IPAMPool tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IPAMPool tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IPAMPool tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the IPAM pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ARN of the IPAM.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamArn}.
   */
  public Value<String> ipamArn() {
    return getAtt("IpamArn");
  }

  /**
   * The ID of the IPAM pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamPoolId}.
   */
  public Value<String> ipamPoolId() {
    return getAtt("IpamPoolId");
  }

  /**
   * The ARN of the scope of the IPAM pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamScopeArn}.
   */
  public Value<String> ipamScopeArn() {
    return getAtt("IpamScopeArn");
  }

  /**
   * The scope of the IPAM.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamScopeType}.
   */
  public Value<String> ipamScopeType() {
    return getAtt("IpamScopeType");
  }

  /**
   * The depth of pools in your IPAM pool. The pool depth quota is 10.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PoolDepth}.
   */
  public Value<Integer> poolDepth() {
    return getAtt("PoolDepth");
  }

  /**
   * The state of the IPAM pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * A message related to the failed creation of an IPAM pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StateMessage}.
   */
  public Value<String> stateMessage() {
    return getAtt("StateMessage");
  }

  /**
   * The CIDR provisioned to the IPAM pool. A CIDR is a representation of an IP address and its
   * associated network mask (or netmask) and refers to a range of IP addresses. An IPv4 CIDR
   * example is <code>10.24.34.0/23</code> . An IPv6 CIDR example is <code>2001:DB8::/32</code> .
   *
   * <p>This resource type does not allow you to provision a CIDR using the netmask length. To
   * provision a CIDR using netmask length, use <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-ipampoolcidr.html">AWS::EC2::IPAMPoolCidr</a>
   * .
   *
   * <p>Property type {@code AWS::EC2::IPAMPool.ProvisionedCidr}.
   */
  public static final class ProvisionedCidr extends Struct<ProvisionedCidr> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMPool.ProvisionedCidr")
        .required("Cidr")
        .build();

    public ProvisionedCidr() {
      super(SCHEMA);
    }

    /**
     * The CIDR provisioned to the IPAM pool. A CIDR is a representation of an IP address and its
     * associated network mask (or netmask) and refers to a range of IP addresses. An IPv4 CIDR
     * example is <code>10.24.34.0/23</code> . An IPv6 CIDR example is <code>2001:DB8::/32</code> .
     *
     * <p>Required. CloudFormation property {@code Cidr}.
     */
    public ProvisionedCidr cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public ProvisionedCidr cidr(Value<String> value) {
      return set("Cidr", value);
    }
  }

  /**
   * The resource used to provision CIDRs to a resource planning pool.
   *
   * <p>Property type {@code AWS::EC2::IPAMPool.SourceResource}.
   */
  public static final class SourceResource extends Struct<SourceResource> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMPool.SourceResource")
        .required("ResourceId", "ResourceOwner", "ResourceRegion", "ResourceType")
        .build();

    public SourceResource() {
      super(SCHEMA);
    }

    /**
     * The source resource ID.
     *
     * <p>Required. CloudFormation property {@code ResourceId}.
     */
    public SourceResource resourceId(String value) {
      return set("ResourceId", Value.of(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
    public SourceResource resourceId(Value<String> value) {
      return set("ResourceId", value);
    }

    /**
     * The source resource owner.
     *
     * <p>Required. CloudFormation property {@code ResourceOwner}.
     */
    public SourceResource resourceOwner(String value) {
      return set("ResourceOwner", Value.of(value));
    }

    /** Sets {@code ResourceOwner} to this value; see {@link #resourceOwner(String)}. */
    public SourceResource resourceOwner(Value<String> value) {
      return set("ResourceOwner", value);
    }

    /**
     * The source resource Region.
     *
     * <p>Required. CloudFormation property {@code ResourceRegion}.
     */
    public SourceResource resourceRegion(String value) {
      return set("ResourceRegion", Value.of(value));
    }

    /** Sets {@code ResourceRegion} to this value; see {@link #resourceRegion(String)}. */
    public SourceResource resourceRegion(Value<String> value) {
      return set("ResourceRegion", value);
    }

    /**
     * The source resource type.
     *
     * <p>Required. CloudFormation property {@code ResourceType}.
     */
    public SourceResource resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public SourceResource resourceType(Value<String> value) {
      return set("ResourceType", value);
    }
  }
}
