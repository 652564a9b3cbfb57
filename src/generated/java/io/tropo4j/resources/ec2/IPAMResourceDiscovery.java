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
 * A resource discovery is an IPAM component that enables IPAM to manage and monitor resources that
 * belong to the owning account.
 *
 * <p>CloudFormation type {@code AWS::EC2::IPAMResourceDiscovery}.
 */
public final class IPAMResourceDiscovery extends Resource<IPAMResourceDiscovery> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMResourceDiscovery")
      .refYields("IpamResourceDiscoveryId")
      .attributes("IpamResourceDiscoveryArn", "IpamResourceDiscoveryId",
          "IpamResourceDiscoveryRegion", "IsDefault", "OwnerId", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IPAMResourceDiscovery(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The resource discovery description.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public IPAMResourceDiscovery description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IPAMResourceDiscovery description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The operating Regions for the resource discovery. Operating Regions are AWS Regions where the
   * IPAM is allowed to manage IP address CIDRs. IPAM only discovers and monitors resources in the
   * AWS Regions you select as operating Regions.
   *
   * <p>CloudFormation property {@code OperatingRegions}.
   */
  public IPAMResourceDiscovery operatingRegions(List<IpamOperatingRegion> value) {
    return set("OperatingRegions", Value.listOf(value));
  }

  /** Sets {@code OperatingRegions} to this value; see {@link #operatingRegions(List)}. */
  public IPAMResourceDiscovery operatingRegions(Value<List<IpamOperatingRegion>> value) {
    return set("OperatingRegions", value);
  }

  /** Sets {@code OperatingRegions} to a list of these; see {@link #operatingRegions(List)}. */
  public IPAMResourceDiscovery operatingRegions(IpamOperatingRegion... values) {
    return set("OperatingRegions", Value.list(values));
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
   * <p>CloudFormation property {@code OrganizationalUnitExclusions}.
   */
  public IPAMResourceDiscovery organizationalUnitExclusions(List<IpamResourceDiscoveryOrganizationalUnitExclusion> value) {
    return set("OrganizationalUnitExclusions", Value.listOf(value));
  }

  /**
   * Sets {@code OrganizationalUnitExclusions} to this value; see {@link
   * #organizationalUnitExclusions(List)}.
   */
  public IPAMResourceDiscovery organizationalUnitExclusions(Value<List<IpamResourceDiscoveryOrganizationalUnitExclusion>> value) {
    return set("OrganizationalUnitExclusions", value);
  }

  /**
   * Sets {@code OrganizationalUnitExclusions} to a list of these; see {@link
   * #organizationalUnitExclusions(List)}.
   */
  public IPAMResourceDiscovery organizationalUnitExclusions(IpamResourceDiscoveryOrganizationalUnitExclusion... values) {
    return set("OrganizationalUnitExclusions", Value.list(values));
  }

  /**
   * A tag is a label that you assign to an AWS resource. Each tag consists of a key and an optional
   * value. You can use tags to search and filter your resources or track your AWS costs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IPAMResourceDiscovery tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IPAMResourceDiscovery tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IPAMResourceDiscovery tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The resource discovery ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamResourceDiscoveryArn}.
   */
  public Value<String> ipamResourceDiscoveryArn() {
    return getAtt("IpamResourceDiscoveryArn");
  }

  /**
   * The resource discovery ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamResourceDiscoveryId}.
   */
  public Value<String> ipamResourceDiscoveryId() {
    return getAtt("IpamResourceDiscoveryId");
  }

  /**
   * The resource discovery Region.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamResourceDiscoveryRegion}.
   */
  public Value<String> ipamResourceDiscoveryRegion() {
    return getAtt("IpamResourceDiscoveryRegion");
  }

  /**
   * Defines if the resource discovery is the default. The default resource discovery is the
   * resource discovery automatically created when you create an IPAM.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsDefault}.
   */
  public Value<Boolean> isDefault() {
    return getAtt("IsDefault");
  }

  /**
   * The owner ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * The resource discovery's state.
   *
   * <ul> <li><code>create-in-progress</code> - Resource discovery is being created.
   * <li><code>create-complete</code> - Resource discovery creation is complete.
   * <li><code>create-failed</code> - Resource discovery creation has failed.
   * <li><code>modify-in-progress</code> - Resource discovery is being modified.
   * <li><code>modify-complete</code> - Resource discovery modification is complete.
   * <li><code>modify-failed</code> - Resource discovery modification has failed.
   * <li><code>delete-in-progress</code> - Resource discovery is being deleted.
   * <li><code>delete-complete</code> - Resource discovery deletion is complete.
   * <li><code>delete-failed</code> - Resource discovery deletion has failed.
   * <li><code>isolate-in-progress</code> - AWS account that created the resource discovery has been
   * removed and the resource discovery is being isolated. <li><code>isolate-complete</code> -
   * Resource discovery isolation is complete. <li><code>restore-in-progress</code> - AWS account
   * that created the resource discovery and was isolated has been restored. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
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
   * <p>Property type {@code AWS::EC2::IPAMResourceDiscovery.IpamOperatingRegion}.
   */
  public static final class IpamOperatingRegion extends Struct<IpamOperatingRegion> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMResourceDiscovery.IpamOperatingRegion")
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
   * <p>Property type {@code
   * AWS::EC2::IPAMResourceDiscovery.IpamResourceDiscoveryOrganizationalUnitExclusion}.
   */
  public static final class IpamResourceDiscoveryOrganizationalUnitExclusion extends Struct<IpamResourceDiscoveryOrganizationalUnitExclusion> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMResourceDiscovery.IpamResourceDiscoveryOrganizationalUnitExclusion")
        .required("OrganizationsEntityPath")
        .constrain("OrganizationsEntityPath", Constraint.of().minLength(1))
        .build();

    public IpamResourceDiscoveryOrganizationalUnitExclusion() {
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
    public IpamResourceDiscoveryOrganizationalUnitExclusion organizationsEntityPath(String value) {
      return set("OrganizationsEntityPath", Value.of(value));
    }

    /**
     * Sets {@code OrganizationsEntityPath} to this value; see {@link
     * #organizationsEntityPath(String)}.
     */
    public IpamResourceDiscoveryOrganizationalUnitExclusion organizationsEntityPath(Value<String> value) {
      return set("OrganizationsEntityPath", value);
    }
  }
}
