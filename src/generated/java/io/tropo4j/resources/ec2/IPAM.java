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
 * IPAM is a VPC feature that you can use to automate your IP address management workflows including
 * assigning, tracking, troubleshooting, and auditing IP addresses across AWS Regions and accounts
 * throughout your AWS Organization. For more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/ipam/what-is-it-ipam.html">What is IPAM?</a> in the
 * <em>Amazon VPC IPAM User Guide</em> .
 *
 * <p>There are AWS Identity and Access Management (IAM) permissions required to fully manage an
 * IPAM in CloudFormation. For more information, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/ipam/iam-ipam-policy-examples.html">Example
 * policy</a> in the <em>Amazon VPC IPAM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::IPAM}.
 */
public final class IPAM extends Resource<IPAM> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAM")
      .allowed("MeteredAccount", "ipam-owner", "resource-owner")
      .allowed("Tier", "free", "advanced")
      .refYields("IpamId")
      .attributes("Arn", "DefaultResourceDiscoveryAssociationId", "DefaultResourceDiscoveryId",
          "IpamId", "PrivateDefaultScopeId", "PublicDefaultScopeId",
          "ResourceDiscoveryAssociationCount", "ScopeCount")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IPAM(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * If your IPAM is integrated with AWS Organizations, you can exclude an <a
   * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#organizationalunit">organizational
   * unit (OU)</a> from being managed by IPAM. When you exclude an OU, IPAM will not manage the IP
   * addresses in accounts in that OU. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/ipam/exclude-ous.html">Exclude organizational
   * units from IPAM</a> in the <em>Amazon Virtual Private Cloud IP Address Manager User Guide</em>
   * .
   *
   * <p>CloudFormation property {@code DefaultResourceDiscoveryOrganizationalUnitExclusions}.
   */
  public IPAM defaultResourceDiscoveryOrganizationalUnitExclusions(List<IpamOrganizationalUnitExclusion> value) {
    return set("DefaultResourceDiscoveryOrganizationalUnitExclusions", Value.listOf(value));
  }

  /**
   * Sets {@code DefaultResourceDiscoveryOrganizationalUnitExclusions} to this value; see {@link
   * #defaultResourceDiscoveryOrganizationalUnitExclusions(List)}.
   */
  public IPAM defaultResourceDiscoveryOrganizationalUnitExclusions(Value<List<IpamOrganizationalUnitExclusion>> value) {
    return set("DefaultResourceDiscoveryOrganizationalUnitExclusions", value);
  }

  /**
   * Sets {@code DefaultResourceDiscoveryOrganizationalUnitExclusions} to a list of these; see
   * {@link #defaultResourceDiscoveryOrganizationalUnitExclusions(List)}.
   */
  public IPAM defaultResourceDiscoveryOrganizationalUnitExclusions(IpamOrganizationalUnitExclusion... values) {
    return set("DefaultResourceDiscoveryOrganizationalUnitExclusions", Value.list(values));
  }

  /**
   * The description for the IPAM.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public IPAM description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IPAM description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Enable this option to use your own GUA ranges as private IPv6 addresses. This option is
   * disabled by default.
   *
   * <p>CloudFormation property {@code EnablePrivateGua}.
   */
  public IPAM enablePrivateGua(boolean value) {
    return set("EnablePrivateGua", Value.of(value));
  }

  /** Sets {@code EnablePrivateGua} to this value; see {@link #enablePrivateGua(boolean)}. */
  public IPAM enablePrivateGua(Value<Boolean> value) {
    return set("EnablePrivateGua", value);
  }

  /**
   * A metered account is an AWS account that is charged for active IP addresses managed in IPAM.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/ipam/ipam-enable-cost-distro.html">Enable cost
   * distribution</a> in the <em>Amazon VPC IPAM User Guide</em> .
   *
   * <p>Possible values:
   *
   * <ul> <li><code>ipam-owner</code> (default): The AWS account which owns the IPAM is charged for
   * all active IP addresses managed in IPAM. <li><code>resource-owner</code> : The AWS account that
   * owns the IP address is charged for the active IP address. </ul>
   *
   * <p>Allowed values: {@code ipam-owner}, {@code resource-owner}. CloudFormation property {@code
   * MeteredAccount}.
   */
  public IPAM meteredAccount(String value) {
    return set("MeteredAccount", Value.of(value));
  }

  /** Sets {@code MeteredAccount} to this value; see {@link #meteredAccount(String)}. */
  public IPAM meteredAccount(Value<String> value) {
    return set("MeteredAccount", value);
  }

  /**
   * The operating Regions for an IPAM. Operating Regions are AWS Regions where the IPAM is allowed
   * to manage IP address CIDRs. IPAM only discovers and monitors resources in the AWS Regions you
   * select as operating Regions.
   *
   * <p>For more information about operating Regions, see <a
   * href="https://docs.aws.amazon.com//vpc/latest/ipam/create-ipam.html">Create an IPAM</a> in the
   * <em>Amazon VPC IPAM User Guide</em> .
   *
   * <p>CloudFormation property {@code OperatingRegions}.
   */
  public IPAM operatingRegions(List<IpamOperatingRegion> value) {
    return set("OperatingRegions", Value.listOf(value));
  }

  /** Sets {@code OperatingRegions} to this value; see {@link #operatingRegions(List)}. */
  public IPAM operatingRegions(Value<List<IpamOperatingRegion>> value) {
    return set("OperatingRegions", value);
  }

  /** Sets {@code OperatingRegions} to a list of these; see {@link #operatingRegions(List)}. */
  public IPAM operatingRegions(IpamOperatingRegion... values) {
    return set("OperatingRegions", Value.list(values));
  }

  /**
   * The key/value combination of a tag assigned to the resource. Use the tag key in the filter name
   * and the tag value as the filter value. For example, to find all resources that have a tag with
   * the key <code>Owner</code> and the value <code>TeamA</code> , specify <code>tag:Owner</code>
   * for the filter name and <code>TeamA</code> for the filter value.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IPAM tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IPAM tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IPAM tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * IPAM is offered in a Free Tier and an Advanced Tier. For more information about the features
   * available in each tier and the costs associated with the tiers, see the <a
   * href="https://docs.aws.amazon.com/vpc/pricing/">VPC IPAM product pricing page</a> .
   *
   * <p>Allowed values: {@code free}, {@code advanced}. CloudFormation property {@code Tier}.
   */
  public IPAM tier(String value) {
    return set("Tier", Value.of(value));
  }

  /** Sets {@code Tier} to this value; see {@link #tier(String)}. */
  public IPAM tier(Value<String> value) {
    return set("Tier", value);
  }

  /**
   * The ARN of the IPAM.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the default resource discovery association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DefaultResourceDiscoveryAssociationId}.
   */
  public Value<String> defaultResourceDiscoveryAssociationId() {
    return getAtt("DefaultResourceDiscoveryAssociationId");
  }

  /**
   * The ID of the default resource discovery.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DefaultResourceDiscoveryId}.
   */
  public Value<String> defaultResourceDiscoveryId() {
    return getAtt("DefaultResourceDiscoveryId");
  }

  /**
   * The ID of the IPAM.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamId}.
   */
  public Value<String> ipamId() {
    return getAtt("IpamId");
  }

  /**
   * The ID of the default private scope.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrivateDefaultScopeId}.
   */
  public Value<String> privateDefaultScopeId() {
    return getAtt("PrivateDefaultScopeId");
  }

  /**
   * The ID of the default public scope.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublicDefaultScopeId}.
   */
  public Value<String> publicDefaultScopeId() {
    return getAtt("PublicDefaultScopeId");
  }

  /**
   * The number of resource discovery associations.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceDiscoveryAssociationCount}.
   */
  public Value<Integer> resourceDiscoveryAssociationCount() {
    return getAtt("ResourceDiscoveryAssociationCount");
  }

  /**
   * The number of scopes.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ScopeCount}.
   */
  public Value<Integer> scopeCount() {
    return getAtt("ScopeCount");
  }

  /**
   * The operating Regions for an IPAM. Operating Regions are AWS Regions where the IPAM is allowed
   * to manage IP address CIDRs. IPAM only discovers and monitors resources in the AWS Regions you
   * select as operating Regions.
   *
   * <p>For more information about operating Regions, see <a
   * href="https://docs.aws.amazon.com//vpc/latest/ipam/create-ipam.html">Create an IPAM</a> in the
   * <em>Amazon VPC IPAM User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::IPAM.IpamOperatingRegion}.
   */
  public static final class IpamOperatingRegion extends Struct<IpamOperatingRegion> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAM.IpamOperatingRegion")
        .required("RegionName")
        .build();

    public IpamOperatingRegion() {
      super(SCHEMA);
    }

    /**
     * The name of the operating Region.
     *
     * <p>Required. CloudFormation property {@code RegionName}.
     */
    public IpamOperatingRegion regionName(String value) {
      return set("RegionName", Value.of(value));
    }

    /** Sets {@code RegionName} to this value; see {@link #regionName(String)}. */
    public IpamOperatingRegion regionName(Value<String> value) {
      return set("RegionName", value);
    }
  }

  /**
   * If your IPAM is integrated with AWS Organizations, you can exclude an <a
   * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#organizationalunit">organizational
   * unit (OU)</a> from being managed by IPAM. When you exclude an OU, IPAM will not manage the IP
   * addresses in accounts in that OU. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/ipam/exclude-ous.html">Exclude organizational
   * units from IPAM</a> in the <em>Amazon Virtual Private Cloud IP Address Manager User Guide</em>
   * .
   *
   * <p>Property type {@code AWS::EC2::IPAM.IpamOrganizationalUnitExclusion}.
   */
  public static final class IpamOrganizationalUnitExclusion extends Struct<IpamOrganizationalUnitExclusion> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAM.IpamOrganizationalUnitExclusion")
        .required("OrganizationsEntityPath")
        .constrain("OrganizationsEntityPath", Constraint.of().minLength(1))
        .build();

    public IpamOrganizationalUnitExclusion() {
      super(SCHEMA);
    }

    /**
     * An AWS Organizations entity path. For more information on the entity path, see <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed-view-data-orgs.html#access_policies_access-advisor-viewing-orgs-entity-path">Understand
     * the AWS Organizations entity path</a> in the <em>AWS Identity and Access Management User
     * Guide</em> .
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code
     * OrganizationsEntityPath}.
     */
    public IpamOrganizationalUnitExclusion organizationsEntityPath(String value) {
      return set("OrganizationsEntityPath", Value.of(value));
    }

    /**
     * Sets {@code OrganizationsEntityPath} to this value; see {@link
     * #organizationsEntityPath(String)}.
     */
    public IpamOrganizationalUnitExclusion organizationsEntityPath(Value<String> value) {
      return set("OrganizationsEntityPath", value);
    }
  }
}
