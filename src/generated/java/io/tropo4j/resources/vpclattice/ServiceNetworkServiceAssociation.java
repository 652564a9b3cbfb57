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
 * Associates the specified service with the specified service network. For more information, see <a
 * href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/service-network-associations.html#service-network-service-associations">Manage
 * service associations</a> in the <em>Amazon VPC Lattice User Guide</em> .
 *
 * <p>You can't use this operation if the service and service network are already associated or if
 * there is a disassociation or deletion in progress. If the association fails, you can retry the
 * operation by deleting the association and recreating it.
 *
 * <p>You cannot associate a service and service network that are shared with a caller. The caller
 * must own either the service or the service network.
 *
 * <p>As a result of this operation, the association is created in the service network account and
 * the association owner account.
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::ServiceNetworkServiceAssociation}.
 */
public final class ServiceNetworkServiceAssociation extends Resource<ServiceNetworkServiceAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::ServiceNetworkServiceAssociation")
      .constrain("ServiceIdentifier", Constraint.of().pattern("^((svc-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:service/svc-[0-9a-z]{17}))$").minLength(20).maxLength(2048))
      .constrain("ServiceNetworkIdentifier", Constraint.of().pattern("^((sn-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:servicenetwork/sn-[0-9a-z]{17}))$").minLength(20).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "DnsEntry.DomainName", "DnsEntry.HostedZoneId", "Id",
          "ServiceArn", "ServiceId", "ServiceName", "ServiceNetworkArn", "ServiceNetworkId",
          "ServiceNetworkName", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ServiceNetworkServiceAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The DNS information of the service.
   *
   * <p>CloudFormation property {@code DnsEntry}.
   */
  public ServiceNetworkServiceAssociation dnsEntry(Value<DnsEntry> value) {
    return set("DnsEntry", value);
  }

  /**
   * The ID or ARN of the service.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^((svc-[0-9a-z]{17})|(arn:[a-z0-9&#92;-]+:vpc-lattice:[a-zA-Z0-9&#92;-]+:&#92;d{12}:service/svc-[0-9a-z]{17}))$}.
   * CloudFormation property {@code ServiceIdentifier}.
   */
  public ServiceNetworkServiceAssociation serviceIdentifier(String value) {
    return set("ServiceIdentifier", Value.of(value));
  }

  /** Sets {@code ServiceIdentifier} to this value; see {@link #serviceIdentifier(String)}. */
  public ServiceNetworkServiceAssociation serviceIdentifier(Value<String> value) {
    return set("ServiceIdentifier", value);
  }

  /**
   * The ID or ARN of the service network. You must use an ARN if the resources are in different
   * accounts.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^((sn-[0-9a-z]{17})|(arn:[a-z0-9&#92;-]+:vpc-lattice:[a-zA-Z0-9&#92;-]+:&#92;d{12}:servicenetwork/sn-[0-9a-z]{17}))$}.
   * CloudFormation property {@code ServiceNetworkIdentifier}.
   */
  public ServiceNetworkServiceAssociation serviceNetworkIdentifier(String value) {
    return set("ServiceNetworkIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ServiceNetworkIdentifier} to this value; see {@link
   * #serviceNetworkIdentifier(String)}.
   */
  public ServiceNetworkServiceAssociation serviceNetworkIdentifier(Value<String> value) {
    return set("ServiceNetworkIdentifier", value);
  }

  /**
   * The tags for the association.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ServiceNetworkServiceAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ServiceNetworkServiceAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ServiceNetworkServiceAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the association between the service network and the service.
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
   * The domain name of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DnsEntry.DomainName}.
   */
  public Value<String> dnsEntryDomainName() {
    return getAtt("DnsEntry.DomainName");
  }

  /**
   * The ID of the hosted zone.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DnsEntry.HostedZoneId}.
   */
  public Value<String> dnsEntryHostedZoneId() {
    return getAtt("DnsEntry.HostedZoneId");
  }

  /**
   * The ID of the of the association between the service network and the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The Amazon Resource Name (ARN) of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceArn}.
   */
  public Value<String> serviceArn() {
    return getAtt("ServiceArn");
  }

  /**
   * The ID of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceId}.
   */
  public Value<String> serviceId() {
    return getAtt("ServiceId");
  }

  /**
   * The name of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceName}.
   */
  public Value<String> serviceName() {
    return getAtt("ServiceName");
  }

  /**
   * The Amazon Resource Name (ARN) of the service network
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
   * The status of the association between the service network and the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The DNS information.
   *
   * <p>Property type {@code AWS::VpcLattice::ServiceNetworkServiceAssociation.DnsEntry}.
   */
  public static final class DnsEntry extends Struct<DnsEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::ServiceNetworkServiceAssociation.DnsEntry")
        .constrain("HostedZoneId", Constraint.of().format("AWS::Route53::AliasTarget.HostedZoneId"))
        .build();

    public DnsEntry() {
      super(SCHEMA);
    }

    /**
     * The domain name of the service.
     *
     * <p>CloudFormation property {@code DomainName}.
     */
    public DnsEntry domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public DnsEntry domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * The ID of the hosted zone.
     *
     * <p>Format: {@code AWS::Route53::AliasTarget.HostedZoneId}. CloudFormation property {@code
     * HostedZoneId}.
     */
    public DnsEntry hostedZoneId(String value) {
      return set("HostedZoneId", Value.of(value));
    }

    /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
    public DnsEntry hostedZoneId(Value<String> value) {
      return set("HostedZoneId", value);
    }
  }
}
