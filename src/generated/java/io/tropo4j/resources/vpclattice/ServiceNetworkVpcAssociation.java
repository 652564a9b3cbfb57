// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.vpclattice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Associates a VPC with a service network. When you associate a VPC with the service network, it
 * enables all the resources within that VPC to be clients and communicate with other services in
 * the service network. For more information, see <a
 * href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/service-network-associations.html#service-network-vpc-associations">Manage
 * VPC associations</a> in the <em>Amazon VPC Lattice User Guide</em> .
 *
 * <p>You can't use this operation if there is a disassociation in progress. If the association
 * fails, retry by deleting the association and recreating it.
 *
 * <p>As a result of this operation, the association gets created in the service network account and
 * the VPC owner account.
 *
 * <p>If you add a security group to the service network and VPC association, the association must
 * continue to always have at least one security group. You can add or edit security groups at any
 * time. However, to remove all security groups, you must first delete the association and recreate
 * it without security groups.
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::ServiceNetworkVpcAssociation}.
 */
public final class ServiceNetworkVpcAssociation extends Resource<ServiceNetworkVpcAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::ServiceNetworkVpcAssociation")
      .constrain("SecurityGroupIds", Constraint.of().pattern("^sg-(([0-9a-z]{8})|([0-9a-z]{17}))$").minLength(0).maxLength(200).format("AWS::EC2::SecurityGroup.Id"))
      .constrain("ServiceNetworkIdentifier", Constraint.of().pattern("^((sn-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:servicenetwork/sn-[0-9a-z]{17}))$").minLength(20).maxLength(2048))
      .constrain("VpcIdentifier", Constraint.of().pattern("^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$").minLength(5).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Id", "ServiceNetworkArn", "ServiceNetworkId",
          "ServiceNetworkName", "Status", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ServiceNetworkVpcAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The DNS options for the service network VPC association.
   *
   * <p>CloudFormation property {@code DnsOptions}.
   */
  public ServiceNetworkVpcAssociation dnsOptions(Value<DnsOptions> value) {
    return set("DnsOptions", value);
  }

  /**
   * Indicates if private DNS is enabled for the service network VPC association.
   *
   * <p>CloudFormation property {@code PrivateDnsEnabled}.
   */
  public ServiceNetworkVpcAssociation privateDnsEnabled(boolean value) {
    return set("PrivateDnsEnabled", Value.of(value));
  }

  /** Sets {@code PrivateDnsEnabled} to this value; see {@link #privateDnsEnabled(boolean)}. */
  public ServiceNetworkVpcAssociation privateDnsEnabled(Value<Boolean> value) {
    return set("PrivateDnsEnabled", value);
  }

  /**
   * The IDs of the security groups. Security groups aren't added by default. You can add a security
   * group to apply network level controls to control which resources in a VPC are allowed to access
   * the service network and its services. For more information, see <a
   * href="https://docs.aws.amazon.com//vpc/latest/userguide/VPC_SecurityGroups.html">Control
   * traffic to resources using security groups</a> in the <em>Amazon VPC User Guide</em> .
   *
   * <p>Length: 0 to 200 characters. Pattern: {@code ^sg-(([0-9a-z]{8})|([0-9a-z]{17}))$}. Format:
   * {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
   */
  public ServiceNetworkVpcAssociation securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public ServiceNetworkVpcAssociation securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * The ID or ARN of the service network. You must use an ARN if the resources are in different
   * accounts.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^((sn-[0-9a-z]{17})|(arn:[a-z0-9&#92;-]+:vpc-lattice:[a-zA-Z0-9&#92;-]+:&#92;d{12}:servicenetwork/sn-[0-9a-z]{17}))$}.
   * CloudFormation property {@code ServiceNetworkIdentifier}.
   */
  public ServiceNetworkVpcAssociation serviceNetworkIdentifier(String value) {
    return set("ServiceNetworkIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ServiceNetworkIdentifier} to this value; see {@link
   * #serviceNetworkIdentifier(String)}.
   */
  public ServiceNetworkVpcAssociation serviceNetworkIdentifier(Value<String> value) {
    return set("ServiceNetworkIdentifier", value);
  }

  /**
   * The tags for the association.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ServiceNetworkVpcAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ServiceNetworkVpcAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ServiceNetworkVpcAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC.
   *
   * <p>Changing it replaces the resource. Length: 5 to 2048 characters. Pattern: {@code
   * ^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$}. CloudFormation property {@code VpcIdentifier}.
   */
  public ServiceNetworkVpcAssociation vpcIdentifier(String value) {
    return set("VpcIdentifier", Value.of(value));
  }

  /** Sets {@code VpcIdentifier} to this value; see {@link #vpcIdentifier(String)}. */
  public ServiceNetworkVpcAssociation vpcIdentifier(Value<String> value) {
    return set("VpcIdentifier", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the association between the service network and the VPC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the association was created, specified in ISO-8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ID of the specified association between the service network and the VPC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The Amazon Resource Name (ARN) of the service network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceNetworkArn}.
   */
  public Value<String> serviceNetworkArn() {
    return getAtt("ServiceNetworkArn");
  }

  /**
   * The ID of the service network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceNetworkId}.
   */
  public Value<String> serviceNetworkId() {
    return getAtt("ServiceNetworkId");
  }

  /**
   * The name of the service network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceNetworkName}.
   */
  public Value<String> serviceNetworkName() {
    return getAtt("ServiceNetworkName");
  }

  /**
   * The status of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The ID of the VPC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }

  /**
   * The DNS configuration options.
   *
   * <p>Property type {@code AWS::VpcLattice::ServiceNetworkVpcAssociation.DnsOptions}.
   */
  public static final class DnsOptions extends Struct<DnsOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::ServiceNetworkVpcAssociation.DnsOptions")
        .allowed("PrivateDnsPreference", "VERIFIED_DOMAINS_ONLY", "ALL_DOMAINS",
            "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS", "SPECIFIED_DOMAINS_ONLY")
        .constrain("PrivateDnsSpecifiedDomains", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DnsOptions() {
      super(SCHEMA);
    }

    /**
     * The preference for which private domains have a private hosted zone created for and
     * associated with the specified VPC. Only supported when private DNS is enabled and when the
     * VPC endpoint type is ServiceNetwork or Resource.
     *
     * <p>Allowed values: {@code VERIFIED_DOMAINS_ONLY}, {@code ALL_DOMAINS}, {@code
     * VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS}, {@code SPECIFIED_DOMAINS_ONLY}. CloudFormation
     * property {@code PrivateDnsPreference}.
     */
    public DnsOptions privateDnsPreference(String value) {
      return set("PrivateDnsPreference", Value.of(value));
    }

    /**
     * Sets {@code PrivateDnsPreference} to this value; see {@link #privateDnsPreference(String)}.
     */
    public DnsOptions privateDnsPreference(Value<String> value) {
      return set("PrivateDnsPreference", value);
    }

    /**
     * Indicates which of the private domains to create private hosted zones for and associate with
     * the specified VPC. Only supported when private DNS is enabled and the private DNS preference
     * is <code>VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS</code> or <code>SPECIFIED_DOMAINS_ONLY</code>
     * .
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code PrivateDnsSpecifiedDomains}.
     */
    public DnsOptions privateDnsSpecifiedDomains(List<String> value) {
      return set("PrivateDnsSpecifiedDomains", Value.listOf(value));
    }

    /**
     * Sets {@code PrivateDnsSpecifiedDomains} to this value; see {@link
     * #privateDnsSpecifiedDomains(List)}.
     */
    public DnsOptions privateDnsSpecifiedDomains(Value<List<String>> value) {
      return set("PrivateDnsSpecifiedDomains", value);
    }
  }
}
