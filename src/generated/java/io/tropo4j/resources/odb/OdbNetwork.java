// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.odb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ODB::OdbNetwork</code> resource creates an ODB network. An ODB network provides
 * the networking foundation for Oracle Database resources.
 *
 * <p>CloudFormation type {@code AWS::ODB::OdbNetwork}.
 */
public final class OdbNetwork extends Resource<OdbNetwork> {
  private static final Schema SCHEMA = Schema.builder("AWS::ODB::OdbNetwork")
      .constrain("AvailabilityZone", Constraint.of().minLength(1).maxLength(255))
      .constrain("AvailabilityZoneId", Constraint.of().minLength(1).maxLength(255))
      .constrain("BackupSubnetCidr", Constraint.of().minLength(1).maxLength(255))
      .constrain("ClientSubnetCidr", Constraint.of().minLength(1).maxLength(255))
      .constrain("CustomDomainName", Constraint.of().minLength(1).maxLength(255))
      .constrain("DefaultDnsPrefix", Constraint.of().minLength(1).maxLength(255))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$").minLength(1).maxLength(255))
      .allowed("KmsAccess", "ENABLED", "DISABLED")
      .constrain("KmsPolicyDocument", Constraint.of().minLength(3).maxLength(20480))
      .allowed("S3Access", "ENABLED", "DISABLED")
      .constrain("S3PolicyDocument", Constraint.of().minLength(3).maxLength(20480))
      .allowed("StsAccess", "ENABLED", "DISABLED")
      .constrain("StsPolicyDocument", Constraint.of().minLength(3).maxLength(20480))
      .allowed("ZeroEtlAccess", "ENABLED", "DISABLED")
      .refYields("OdbNetworkArn")
      .attributes("Ec2PlacementGroupIds", "ManagedServices", "OciNetworkAnchorId",
          "OciResourceAnchorName", "OciVcnUrl", "OdbNetworkArn", "OdbNetworkId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OdbNetwork(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Availability Zone (AZ) where the ODB network is located.
   *
   * <p>Required when creating an ODB network. Specify either AvailabilityZone or AvailabilityZoneId
   * to define the location of the network.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code AvailabilityZone}.
   */
  public OdbNetwork availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public OdbNetwork availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * The AZ ID of the AZ where the ODB network is located.
   *
   * <p>Required when creating an ODB network. Specify either AvailabilityZone or AvailabilityZoneId
   * to define the location of the network.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code AvailabilityZoneId}.
   */
  public OdbNetwork availabilityZoneId(String value) {
    return set("AvailabilityZoneId", Value.of(value));
  }

  /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
  public OdbNetwork availabilityZoneId(Value<String> value) {
    return set("AvailabilityZoneId", value);
  }

  /**
   * The CIDR range of the backup subnet in the ODB network.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code BackupSubnetCidr}.
   */
  public OdbNetwork backupSubnetCidr(String value) {
    return set("BackupSubnetCidr", Value.of(value));
  }

  /** Sets {@code BackupSubnetCidr} to this value; see {@link #backupSubnetCidr(String)}. */
  public OdbNetwork backupSubnetCidr(Value<String> value) {
    return set("BackupSubnetCidr", value);
  }

  /**
   * The CIDR range of the client subnet in the ODB network.
   *
   * <p>Required when creating an ODB network.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code ClientSubnetCidr}.
   */
  public OdbNetwork clientSubnetCidr(String value) {
    return set("ClientSubnetCidr", Value.of(value));
  }

  /** Sets {@code ClientSubnetCidr} to this value; see {@link #clientSubnetCidr(String)}. */
  public OdbNetwork clientSubnetCidr(Value<String> value) {
    return set("ClientSubnetCidr", value);
  }

  /**
   * The cross-Region Amazon S3 restore sources for the ODB network.
   *
   * <p>CloudFormation property {@code CrossRegionS3RestoreSources}.
   */
  public OdbNetwork crossRegionS3RestoreSources(List<String> value) {
    return set("CrossRegionS3RestoreSources", Value.listOf(value));
  }

  /**
   * Sets {@code CrossRegionS3RestoreSources} to this value; see {@link
   * #crossRegionS3RestoreSources(List)}.
   */
  public OdbNetwork crossRegionS3RestoreSources(Value<List<String>> value) {
    return set("CrossRegionS3RestoreSources", value);
  }

  /**
   * The domain name for the resources in the ODB network.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code CustomDomainName}.
   */
  public OdbNetwork customDomainName(String value) {
    return set("CustomDomainName", Value.of(value));
  }

  /** Sets {@code CustomDomainName} to this value; see {@link #customDomainName(String)}. */
  public OdbNetwork customDomainName(Value<String> value) {
    return set("CustomDomainName", value);
  }

  /**
   * The DNS prefix to the default DNS domain name. The default DNS domain name is oraclevcn.com.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code DefaultDnsPrefix}.
   */
  public OdbNetwork defaultDnsPrefix(String value) {
    return set("DefaultDnsPrefix", Value.of(value));
  }

  /** Sets {@code DefaultDnsPrefix} to this value; see {@link #defaultDnsPrefix(String)}. */
  public OdbNetwork defaultDnsPrefix(Value<String> value) {
    return set("DefaultDnsPrefix", value);
  }

  /**
   * Specifies whether to delete associated OCI networking resources along with the ODB network.
   *
   * <p>Required when creating an ODB network.
   *
   * <p>CloudFormation property {@code DeleteAssociatedResources}.
   */
  public OdbNetwork deleteAssociatedResources(boolean value) {
    return set("DeleteAssociatedResources", Value.of(value));
  }

  /**
   * Sets {@code DeleteAssociatedResources} to this value; see {@link
   * #deleteAssociatedResources(boolean)}.
   */
  public OdbNetwork deleteAssociatedResources(Value<Boolean> value) {
    return set("DeleteAssociatedResources", value);
  }

  /**
   * The user-friendly name of the ODB network.
   *
   * <p>Required when creating an ODB network.
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code DisplayName}.
   */
  public OdbNetwork displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public OdbNetwork displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The AWS Key Management Service (KMS) access configuration for the ODB network.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * KmsAccess}.
   */
  public OdbNetwork kmsAccess(String value) {
    return set("KmsAccess", Value.of(value));
  }

  /** Sets {@code KmsAccess} to this value; see {@link #kmsAccess(String)}. */
  public OdbNetwork kmsAccess(Value<String> value) {
    return set("KmsAccess", value);
  }

  /**
   * The AWS Key Management Service (KMS) policy document that defines permissions for key usage
   * within the ODB network.
   *
   * <p>Length: 3 to 20480 characters. CloudFormation property {@code KmsPolicyDocument}.
   */
  public OdbNetwork kmsPolicyDocument(String value) {
    return set("KmsPolicyDocument", Value.of(value));
  }

  /** Sets {@code KmsPolicyDocument} to this value; see {@link #kmsPolicyDocument(String)}. */
  public OdbNetwork kmsPolicyDocument(Value<String> value) {
    return set("KmsPolicyDocument", value);
  }

  /**
   * The configuration for Amazon S3 access from the ODB network.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code S3Access}.
   */
  public OdbNetwork s3Access(String value) {
    return set("S3Access", Value.of(value));
  }

  /** Sets {@code S3Access} to this value; see {@link #s3Access(String)}. */
  public OdbNetwork s3Access(Value<String> value) {
    return set("S3Access", value);
  }

  /**
   * Specifies the endpoint policy for Amazon S3 access from the ODB network.
   *
   * <p>Length: 3 to 20480 characters. CloudFormation property {@code S3PolicyDocument}.
   */
  public OdbNetwork s3PolicyDocument(String value) {
    return set("S3PolicyDocument", Value.of(value));
  }

  /** Sets {@code S3PolicyDocument} to this value; see {@link #s3PolicyDocument(String)}. */
  public OdbNetwork s3PolicyDocument(Value<String> value) {
    return set("S3PolicyDocument", value);
  }

  /**
   * The AWS Security Token Service (STS) access configuration for the ODB network.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * StsAccess}.
   */
  public OdbNetwork stsAccess(String value) {
    return set("StsAccess", Value.of(value));
  }

  /** Sets {@code StsAccess} to this value; see {@link #stsAccess(String)}. */
  public OdbNetwork stsAccess(Value<String> value) {
    return set("StsAccess", value);
  }

  /**
   * The AWS Security Token Service (STS) policy document that defines permissions for token service
   * usage within the ODB network.
   *
   * <p>Length: 3 to 20480 characters. CloudFormation property {@code StsPolicyDocument}.
   */
  public OdbNetwork stsPolicyDocument(String value) {
    return set("StsPolicyDocument", Value.of(value));
  }

  /** Sets {@code StsPolicyDocument} to this value; see {@link #stsPolicyDocument(String)}. */
  public OdbNetwork stsPolicyDocument(Value<String> value) {
    return set("StsPolicyDocument", value);
  }

  /**
   * Tags to assign to the Odb Network.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OdbNetwork tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OdbNetwork tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OdbNetwork tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The configuration for Zero-ETL access from the ODB network.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * ZeroEtlAccess}.
   */
  public OdbNetwork zeroEtlAccess(String value) {
    return set("ZeroEtlAccess", Value.of(value));
  }

  /** Sets {@code ZeroEtlAccess} to this value; see {@link #zeroEtlAccess(String)}. */
  public OdbNetwork zeroEtlAccess(Value<String> value) {
    return set("ZeroEtlAccess", value);
  }

  /**
   * The list of EC2 placement group IDs associated with your ODB network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Ec2PlacementGroupIds}.
   */
  public Value<List<String>> ec2PlacementGroupIds() {
    return getAtt("Ec2PlacementGroupIds");
  }

  /**
   * The managed services configuration for the ODB network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagedServices}.
   */
  public Value<ManagedServices> managedServices() {
    return getAtt("ManagedServices");
  }

  /**
   * The unique identifier of the OCI network anchor for the ODB network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OciNetworkAnchorId}.
   */
  public Value<String> ociNetworkAnchorId() {
    return getAtt("OciNetworkAnchorId");
  }

  /**
   * The name of the OCI resource anchor that's associated with the ODB network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OciResourceAnchorName}.
   */
  public Value<String> ociResourceAnchorName() {
    return getAtt("OciResourceAnchorName");
  }

  /**
   * The URL for the VCN that's associated with the ODB network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OciVcnUrl}.
   */
  public Value<String> ociVcnUrl() {
    return getAtt("OciVcnUrl");
  }

  /**
   * The Amazon Resource Name (ARN) of the ODB network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OdbNetworkArn}.
   */
  public Value<String> odbNetworkArn() {
    return getAtt("OdbNetworkArn");
  }

  /**
   * The unique identifier of the ODB network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OdbNetworkId}.
   */
  public Value<String> odbNetworkId() {
    return getAtt("OdbNetworkId");
  }

  /**
   * The configuration access for the cross-Region Amazon S3 database restore source for the ODB
   * network.
   *
   * <p>Property type {@code AWS::ODB::OdbNetwork.CrossRegionS3RestoreSourcesAccess}.
   */
  public static final class CrossRegionS3RestoreSourcesAccess extends Struct<CrossRegionS3RestoreSourcesAccess> {
    private static final Schema SCHEMA = Schema.builder("AWS::ODB::OdbNetwork.CrossRegionS3RestoreSourcesAccess")
        .allowed("Status", "ENABLED", "ENABLING", "DISABLED", "DISABLING")
        .build();

    public CrossRegionS3RestoreSourcesAccess() {
      super(SCHEMA);
    }

    /**
     * The IPv4 addresses allowed for cross-Region Amazon S3 restore access.
     *
     * <p>CloudFormation property {@code Ipv4Addresses}.
     */
    public CrossRegionS3RestoreSourcesAccess ipv4Addresses(List<String> value) {
      return set("Ipv4Addresses", Value.listOf(value));
    }

    /** Sets {@code Ipv4Addresses} to this value; see {@link #ipv4Addresses(List)}. */
    public CrossRegionS3RestoreSourcesAccess ipv4Addresses(Value<List<String>> value) {
      return set("Ipv4Addresses", value);
    }

    /**
     * The AWS-Region for cross-Region Amazon S3 restore access.
     *
     * <p>CloudFormation property {@code Region}.
     */
    public CrossRegionS3RestoreSourcesAccess region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public CrossRegionS3RestoreSourcesAccess region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The status of the managed resource access.
     *
     * <p>Allowed values: {@code ENABLED}, {@code ENABLING}, {@code DISABLED}, {@code DISABLING}.
     * CloudFormation property {@code Status}.
     */
    public CrossRegionS3RestoreSourcesAccess status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public CrossRegionS3RestoreSourcesAccess status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The AWS Key Management Service (KMS) access configuration.
   *
   * <p>Property type {@code AWS::ODB::OdbNetwork.KmsAccess}.
   */
  public static final class KmsAccess extends Struct<KmsAccess> {
    private static final Schema SCHEMA = Schema.builder("AWS::ODB::OdbNetwork.KmsAccess")
        .allowed("Status", "ENABLED", "ENABLING", "DISABLED", "DISABLING")
        .build();

    public KmsAccess() {
      super(SCHEMA);
    }

    /**
     * The domain name for the AWS KMS access.
     *
     * <p>CloudFormation property {@code DomainName}.
     */
    public KmsAccess domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public KmsAccess domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * The IPv4 addresses for the AWS KMS access.
     *
     * <p>CloudFormation property {@code Ipv4Addresses}.
     */
    public KmsAccess ipv4Addresses(List<String> value) {
      return set("Ipv4Addresses", Value.listOf(value));
    }

    /** Sets {@code Ipv4Addresses} to this value; see {@link #ipv4Addresses(List)}. */
    public KmsAccess ipv4Addresses(Value<List<String>> value) {
      return set("Ipv4Addresses", value);
    }

    /**
     * The endpoint policy for the AWS KMS access.
     *
     * <p>CloudFormation property {@code KmsPolicyDocument}.
     */
    public KmsAccess kmsPolicyDocument(String value) {
      return set("KmsPolicyDocument", Value.of(value));
    }

    /** Sets {@code KmsPolicyDocument} to this value; see {@link #kmsPolicyDocument(String)}. */
    public KmsAccess kmsPolicyDocument(Value<String> value) {
      return set("KmsPolicyDocument", value);
    }

    /**
     * The status of the managed resource access.
     *
     * <p>Allowed values: {@code ENABLED}, {@code ENABLING}, {@code DISABLED}, {@code DISABLING}.
     * CloudFormation property {@code Status}.
     */
    public KmsAccess status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public KmsAccess status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The configuration for managed Amazon S3 backup access from the ODB network.
   *
   * <p>Property type {@code AWS::ODB::OdbNetwork.ManagedS3BackupAccess}.
   */
  public static final class ManagedS3BackupAccess extends Struct<ManagedS3BackupAccess> {
    private static final Schema SCHEMA = Schema.builder("AWS::ODB::OdbNetwork.ManagedS3BackupAccess")
        .allowed("Status", "ENABLED", "ENABLING", "DISABLED", "DISABLING")
        .build();

    public ManagedS3BackupAccess() {
      super(SCHEMA);
    }

    /**
     * The IPv4 addresses for the managed Amazon S3 backup access.
     *
     * <p>CloudFormation property {@code Ipv4Addresses}.
     */
    public ManagedS3BackupAccess ipv4Addresses(List<String> value) {
      return set("Ipv4Addresses", Value.listOf(value));
    }

    /** Sets {@code Ipv4Addresses} to this value; see {@link #ipv4Addresses(List)}. */
    public ManagedS3BackupAccess ipv4Addresses(Value<List<String>> value) {
      return set("Ipv4Addresses", value);
    }

    /**
     * The status of the managed Amazon S3 backup access.
     *
     * <p>Allowed values: {@code ENABLED}, {@code ENABLING}, {@code DISABLED}, {@code DISABLING}.
     * CloudFormation property {@code Status}.
     */
    public ManagedS3BackupAccess status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ManagedS3BackupAccess status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The managed services configuration for the ODB network.
   *
   * <p>Property type {@code AWS::ODB::OdbNetwork.ManagedServices}.
   */
  public static final class ManagedServices extends Struct<ManagedServices> {
    private static final Schema SCHEMA = Schema.of("AWS::ODB::OdbNetwork.ManagedServices");

    public ManagedServices() {
      super(SCHEMA);
    }

    /**
     * The access configuration for the cross-Region Amazon S3 database restore source.
     *
     * <p>CloudFormation property {@code CrossRegionS3RestoreSourcesAccess}.
     */
    public ManagedServices crossRegionS3RestoreSourcesAccess(List<CrossRegionS3RestoreSourcesAccess> value) {
      return set("CrossRegionS3RestoreSourcesAccess", Value.listOf(value));
    }

    /**
     * Sets {@code CrossRegionS3RestoreSourcesAccess} to this value; see {@link
     * #crossRegionS3RestoreSourcesAccess(List)}.
     */
    public ManagedServices crossRegionS3RestoreSourcesAccess(Value<List<CrossRegionS3RestoreSourcesAccess>> value) {
      return set("CrossRegionS3RestoreSourcesAccess", value);
    }

    /**
     * Sets {@code CrossRegionS3RestoreSourcesAccess} to a list of these; see {@link
     * #crossRegionS3RestoreSourcesAccess(List)}.
     */
    public ManagedServices crossRegionS3RestoreSourcesAccess(CrossRegionS3RestoreSourcesAccess... values) {
      return set("CrossRegionS3RestoreSourcesAccess", Value.list(values));
    }

    /**
     * The AWS Key Management Service (KMS) access configuration.
     *
     * <p>CloudFormation property {@code KmsAccess}.
     */
    public ManagedServices kmsAccess(Value<KmsAccess> value) {
      return set("KmsAccess", value);
    }

    /**
     * The managed Amazon S3 backup access configuration.
     *
     * <p>CloudFormation property {@code ManagedS3BackupAccess}.
     */
    public ManagedServices managedS3BackupAccess(Value<ManagedS3BackupAccess> value) {
      return set("ManagedS3BackupAccess", value);
    }

    /**
     * The IPv4 CIDR blocks for the managed services.
     *
     * <p>CloudFormation property {@code ManagedServicesIpv4Cidrs}.
     */
    public ManagedServices managedServicesIpv4Cidrs(List<String> value) {
      return set("ManagedServicesIpv4Cidrs", Value.listOf(value));
    }

    /**
     * Sets {@code ManagedServicesIpv4Cidrs} to this value; see {@link
     * #managedServicesIpv4Cidrs(List)}.
     */
    public ManagedServices managedServicesIpv4Cidrs(Value<List<String>> value) {
      return set("ManagedServicesIpv4Cidrs", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the resource gateway.
     *
     * <p>CloudFormation property {@code ResourceGatewayArn}.
     */
    public ManagedServices resourceGatewayArn(String value) {
      return set("ResourceGatewayArn", Value.of(value));
    }

    /** Sets {@code ResourceGatewayArn} to this value; see {@link #resourceGatewayArn(String)}. */
    public ManagedServices resourceGatewayArn(Value<String> value) {
      return set("ResourceGatewayArn", value);
    }

    /**
     * The Amazon S3 access configuration.
     *
     * <p>CloudFormation property {@code S3Access}.
     */
    public ManagedServices s3Access(Value<S3Access> value) {
      return set("S3Access", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the service network.
     *
     * <p>CloudFormation property {@code ServiceNetworkArn}.
     */
    public ManagedServices serviceNetworkArn(String value) {
      return set("ServiceNetworkArn", Value.of(value));
    }

    /** Sets {@code ServiceNetworkArn} to this value; see {@link #serviceNetworkArn(String)}. */
    public ManagedServices serviceNetworkArn(Value<String> value) {
      return set("ServiceNetworkArn", value);
    }

    /**
     * The service network endpoint configuration.
     *
     * <p>CloudFormation property {@code ServiceNetworkEndpoint}.
     */
    public ManagedServices serviceNetworkEndpoint(Value<ServiceNetworkEndpoint> value) {
      return set("ServiceNetworkEndpoint", value);
    }

    /**
     * The AWS Security Token Service (STS) access configuration.
     *
     * <p>CloudFormation property {@code StsAccess}.
     */
    public ManagedServices stsAccess(Value<StsAccess> value) {
      return set("StsAccess", value);
    }

    /**
     * The Zero-ETL access configuration.
     *
     * <p>CloudFormation property {@code ZeroEtlAccess}.
     */
    public ManagedServices zeroEtlAccess(Value<ZeroEtlAccess> value) {
      return set("ZeroEtlAccess", value);
    }
  }

  /**
   * The configuration for Amazon S3 access from the ODB network.
   *
   * <p>Property type {@code AWS::ODB::OdbNetwork.S3Access}.
   */
  public static final class S3Access extends Struct<S3Access> {
    private static final Schema SCHEMA = Schema.builder("AWS::ODB::OdbNetwork.S3Access")
        .allowed("Status", "ENABLED", "ENABLING", "DISABLED", "DISABLING")
        .build();

    public S3Access() {
      super(SCHEMA);
    }

    /**
     * The domain name for the Amazon S3 access.
     *
     * <p>CloudFormation property {@code DomainName}.
     */
    public S3Access domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public S3Access domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * The IPv4 addresses for the Amazon S3 access.
     *
     * <p>CloudFormation property {@code Ipv4Addresses}.
     */
    public S3Access ipv4Addresses(List<String> value) {
      return set("Ipv4Addresses", Value.listOf(value));
    }

    /** Sets {@code Ipv4Addresses} to this value; see {@link #ipv4Addresses(List)}. */
    public S3Access ipv4Addresses(Value<List<String>> value) {
      return set("Ipv4Addresses", value);
    }

    /**
     * The endpoint policy for the Amazon S3 access.
     *
     * <p>CloudFormation property {@code S3PolicyDocument}.
     */
    public S3Access s3PolicyDocument(String value) {
      return set("S3PolicyDocument", Value.of(value));
    }

    /** Sets {@code S3PolicyDocument} to this value; see {@link #s3PolicyDocument(String)}. */
    public S3Access s3PolicyDocument(Value<String> value) {
      return set("S3PolicyDocument", value);
    }

    /**
     * The status of the Amazon S3 access.
     *
     * <p>Allowed values: {@code ENABLED}, {@code ENABLING}, {@code DISABLED}, {@code DISABLING}.
     * CloudFormation property {@code Status}.
     */
    public S3Access status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public S3Access status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The configuration for a service network endpoint.
   *
   * <p>Property type {@code AWS::ODB::OdbNetwork.ServiceNetworkEndpoint}.
   */
  public static final class ServiceNetworkEndpoint extends Struct<ServiceNetworkEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::ODB::OdbNetwork.ServiceNetworkEndpoint")
        .allowed("VpcEndpointType", "SERVICENETWORK")
        .build();

    public ServiceNetworkEndpoint() {
      super(SCHEMA);
    }

    /**
     * The identifier of the VPC endpoint.
     *
     * <p>CloudFormation property {@code VpcEndpointId}.
     */
    public ServiceNetworkEndpoint vpcEndpointId(String value) {
      return set("VpcEndpointId", Value.of(value));
    }

    /** Sets {@code VpcEndpointId} to this value; see {@link #vpcEndpointId(String)}. */
    public ServiceNetworkEndpoint vpcEndpointId(Value<String> value) {
      return set("VpcEndpointId", value);
    }

    /**
     * The type of the VPC endpoint.
     *
     * <p>Allowed values: {@code SERVICENETWORK}. CloudFormation property {@code VpcEndpointType}.
     */
    public ServiceNetworkEndpoint vpcEndpointType(String value) {
      return set("VpcEndpointType", Value.of(value));
    }

    /** Sets {@code VpcEndpointType} to this value; see {@link #vpcEndpointType(String)}. */
    public ServiceNetworkEndpoint vpcEndpointType(Value<String> value) {
      return set("VpcEndpointType", value);
    }
  }

  /**
   * The AWS Security Token Service (STS) access configuration.
   *
   * <p>Property type {@code AWS::ODB::OdbNetwork.StsAccess}.
   */
  public static final class StsAccess extends Struct<StsAccess> {
    private static final Schema SCHEMA = Schema.builder("AWS::ODB::OdbNetwork.StsAccess")
        .allowed("Status", "ENABLED", "ENABLING", "DISABLED", "DISABLING")
        .build();

    public StsAccess() {
      super(SCHEMA);
    }

    /**
     * The domain name for the AWS STS access.
     *
     * <p>CloudFormation property {@code DomainName}.
     */
    public StsAccess domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public StsAccess domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * The IPv4 addresses for the AWS STS access.
     *
     * <p>CloudFormation property {@code Ipv4Addresses}.
     */
    public StsAccess ipv4Addresses(List<String> value) {
      return set("Ipv4Addresses", Value.listOf(value));
    }

    /** Sets {@code Ipv4Addresses} to this value; see {@link #ipv4Addresses(List)}. */
    public StsAccess ipv4Addresses(Value<List<String>> value) {
      return set("Ipv4Addresses", value);
    }

    /**
     * The status of the managed resource access.
     *
     * <p>Allowed values: {@code ENABLED}, {@code ENABLING}, {@code DISABLED}, {@code DISABLING}.
     * CloudFormation property {@code Status}.
     */
    public StsAccess status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public StsAccess status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The endpoint policy for the AWS STS access.
     *
     * <p>CloudFormation property {@code StsPolicyDocument}.
     */
    public StsAccess stsPolicyDocument(String value) {
      return set("StsPolicyDocument", Value.of(value));
    }

    /** Sets {@code StsPolicyDocument} to this value; see {@link #stsPolicyDocument(String)}. */
    public StsAccess stsPolicyDocument(Value<String> value) {
      return set("StsPolicyDocument", value);
    }
  }

  /**
   * The configuration for Zero-ETL access from the ODB network.
   *
   * <p>Property type {@code AWS::ODB::OdbNetwork.ZeroEtlAccess}.
   */
  public static final class ZeroEtlAccess extends Struct<ZeroEtlAccess> {
    private static final Schema SCHEMA = Schema.builder("AWS::ODB::OdbNetwork.ZeroEtlAccess")
        .allowed("Status", "ENABLED", "ENABLING", "DISABLED", "DISABLING")
        .build();

    public ZeroEtlAccess() {
      super(SCHEMA);
    }

    /**
     * The CIDR block for the Zero-ETL access.
     *
     * <p>CloudFormation property {@code Cidr}.
     */
    public ZeroEtlAccess cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public ZeroEtlAccess cidr(Value<String> value) {
      return set("Cidr", value);
    }

    /**
     * The status of the Zero-ETL access.
     *
     * <p>Allowed values: {@code ENABLED}, {@code ENABLING}, {@code DISABLED}, {@code DISABLING}.
     * CloudFormation property {@code Status}.
     */
    public ZeroEtlAccess status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ZeroEtlAccess status(Value<String> value) {
      return set("Status", value);
    }
  }
}
