// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.evs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an Amazon EVS environment that runs VCF software, such as SDDC Manager, NSX Manager, and
 * vCenter Server.
 *
 * <p>During environment creation, Amazon EVS performs validations on DNS settings, provisions VLAN
 * subnets and hosts, and deploys the supplied version of VCF.
 *
 * <p>It can take several hours to create an environment. After the deployment completes, you can
 * configure VCF in the vSphere user interface according to your needs.
 *
 * <p>You cannot use the <code>dedicatedHostId</code> and <code>placementGroupId</code> parameters
 * together in the same <code>CreateEnvironment</code> action. This results in a
 * <code>ValidationException</code> response.
 *
 * <p>CloudFormation type {@code AWS::EVS::Environment}.
 */
public final class Environment extends Resource<Environment> {
  private static final Schema SCHEMA = Schema.builder("AWS::EVS::Environment")
      .required("ServiceAccessSubnetId", "TermsAccepted", "VcfVersion", "VpcId")
      .constrain("EnvironmentName", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,100}$"))
      .constrain("ServiceAccessSubnetId", Constraint.of().pattern("^subnet-[a-f0-9]{8}([a-f0-9]{9})?$").minLength(15).maxLength(24))
      .allowed("VcfVersion", "VCF-5.2.1", "VCF-5.2.2", "SELF_DEPLOYED")
      .constrain("VpcId", Constraint.of().pattern("^vpc-[a-f0-9]{8}([a-f0-9]{9})?$").minLength(12).maxLength(21).format("AWS::EC2::VPC.Id"))
      .refYields("EnvironmentId")
      .attributes("Checks", "CreatedAt", "Credentials", "EnvironmentArn", "EnvironmentId",
          "EnvironmentState", "ModifiedAt", "StateDetails")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Environment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The connectivity configuration for the environment. Amazon EVS requires that you specify two
   * route server peer IDs. During environment creation, the route server endpoints peer with the
   * NSX uplink VLAN for connectivity to the NSX overlay network.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ConnectivityInfo}.
   */
  public Environment connectivityInfo(Value<ConnectivityInfo> value) {
    return set("ConnectivityInfo", value);
  }

  /**
   * The name of the environment.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_-]{1,100}$}. CloudFormation
   * property {@code EnvironmentName}.
   */
  public Environment environmentName(String value) {
    return set("EnvironmentName", Value.of(value));
  }

  /** Sets {@code EnvironmentName} to this value; see {@link #environmentName(String)}. */
  public Environment environmentName(Value<String> value) {
    return set("EnvironmentName", value);
  }

  /**
   * Required for environment resource creation.
   *
   * <p>CloudFormation property {@code Hosts}.
   */
  public Environment hosts(List<HostInfoForCreate> value) {
    return set("Hosts", Value.listOf(value));
  }

  /** Sets {@code Hosts} to this value; see {@link #hosts(List)}. */
  public Environment hosts(Value<List<HostInfoForCreate>> value) {
    return set("Hosts", value);
  }

  /** Sets {@code Hosts} to a list of these; see {@link #hosts(List)}. */
  public Environment hosts(HostInfoForCreate... values) {
    return set("Hosts", Value.list(values));
  }

  /**
   * Amazon EVS is in public preview release and is subject to change.
   *
   * <p>The initial VLAN subnets for the environment. Amazon EVS VLAN subnets have a minimum CIDR
   * block size of /28 and a maximum size of /24. Amazon EVS VLAN subnet CIDR blocks must not
   * overlap with other subnets in the VPC.
   *
   * <p>Required for environment resource creation.
   *
   * <p>CloudFormation property {@code InitialVlans}.
   */
  public Environment initialVlans(Value<InitialVlans> value) {
    return set("InitialVlans", value);
  }

  /**
   * The AWS KMS key ID that AWS Secrets Manager uses to encrypt secrets that are associated with
   * the environment. These secrets contain the VCF credentials that are needed to install vCenter
   * Server, NSX, and SDDC Manager.
   *
   * <p>By default, Amazon EVS use the AWS Secrets Manager managed key
   * <code>aws/secretsmanager</code> . You can also specify a customer managed key.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Environment kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Environment kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The license information that Amazon EVS requires to create an environment. Amazon EVS requires
   * two license keys: a VCF solution key and a vSAN license key. The VCF solution key must cover a
   * minimum of 256 cores. The vSAN license key must provide at least 110 TiB of vSAN capacity.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LicenseInfo}.
   */
  public Environment licenseInfo(Value<LicenseInfo> value) {
    return set("LicenseInfo", value);
  }

  /**
   * The security groups that allow traffic between the Amazon EVS control plane and your VPC for
   * service access. If a security group is not specified, Amazon EVS uses the default security
   * group in your account for service access.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ServiceAccessSecurityGroups}.
   */
  public Environment serviceAccessSecurityGroups(Value<ServiceAccessSecurityGroups> value) {
    return set("ServiceAccessSecurityGroups", value);
  }

  /**
   * The subnet that is used to establish connectivity between the Amazon EVS control plane and VPC.
   * Amazon EVS uses this subnet to perform validations and create the environment.
   *
   * <p>Required. Changing it replaces the resource. Length: 15 to 24 characters. Pattern: {@code
   * ^subnet-[a-f0-9]{8}([a-f0-9]{9})?$}. CloudFormation property {@code ServiceAccessSubnetId}.
   */
  public Environment serviceAccessSubnetId(String value) {
    return set("ServiceAccessSubnetId", Value.of(value));
  }

  /**
   * Sets {@code ServiceAccessSubnetId} to this value; see {@link #serviceAccessSubnetId(String)}.
   */
  public Environment serviceAccessSubnetId(Value<String> value) {
    return set("ServiceAccessSubnetId", value);
  }

  /**
   * The Broadcom Site ID that is associated with your Amazon EVS environment. Amazon EVS uses the
   * Broadcom Site ID that you provide to meet Broadcom VCF license usage reporting requirements for
   * Amazon EVS.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SiteId}.
   */
  public Environment siteId(String value) {
    return set("SiteId", Value.of(value));
  }

  /** Sets {@code SiteId} to this value; see {@link #siteId(String)}. */
  public Environment siteId(Value<String> value) {
    return set("SiteId", value);
  }

  /**
   * Metadata that assists with categorization and organization. Each tag consists of a key and an
   * optional value. You define both. Tags don't propagate to any other cluster or AWS resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Environment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Environment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Environment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Customer confirmation that the customer has purchased and will continue to maintain the
   * required number of VCF software licenses to cover all physical processor cores in the Amazon
   * EVS environment. Information about your VCF software in Amazon EVS will be shared with Broadcom
   * to verify license compliance. Amazon EVS does not validate license keys. To validate license
   * keys, visit the Broadcom support portal.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TermsAccepted}.
   */
  public Environment termsAccepted(boolean value) {
    return set("TermsAccepted", Value.of(value));
  }

  /** Sets {@code TermsAccepted} to this value; see {@link #termsAccepted(boolean)}. */
  public Environment termsAccepted(Value<Boolean> value) {
    return set("TermsAccepted", value);
  }

  /**
   * The DNS hostnames to be used by the VCF management appliances in your environment.
   *
   * <p>For environment creation to be successful, each hostname entry must resolve to a domain name
   * that you've registered in your DNS service of choice and configured in the DHCP option set of
   * your VPC. DNS hostnames cannot be changed after environment creation has started.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VcfHostnames}.
   */
  public Environment vcfHostnames(Value<VcfHostnames> value) {
    return set("VcfHostnames", value);
  }

  /**
   * The VCF version of the environment.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code VCF-5.2.1}, {@code
   * VCF-5.2.2}, {@code SELF_DEPLOYED}. CloudFormation property {@code VcfVersion}.
   */
  public Environment vcfVersion(String value) {
    return set("VcfVersion", Value.of(value));
  }

  /** Sets {@code VcfVersion} to this value; see {@link #vcfVersion(String)}. */
  public Environment vcfVersion(Value<String> value) {
    return set("VcfVersion", value);
  }

  /**
   * The VPC associated with the environment.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 21 characters. Pattern: {@code
   * ^vpc-[a-f0-9]{8}([a-f0-9]{9})?$}. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property
   * {@code VpcId}.
   */
  public Environment vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public Environment vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /**
   * A check on the environment to identify instance health and VMware VCF licensing issues. For
   * example:
   *
   * <p><code>{ "checks": [ { "type": "KEY_REUSE", "result": "PASSED" }, { "type": "KEY_COVERAGE",
   * "result": "PASSED" }, { "type": "REACHABILITY", "result": "PASSED" }, { "type": "HOST_COUNT",
   * "result": "PASSED" } ] }</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Checks}.
   */
  public Value<List<Check>> checks() {
    return getAtt("Checks");
  }

  /**
   * The date and time that the environment was created. For example: <code>1749081600.000</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The VCF credentials that are stored as Amazon EVS managed secrets in AWS Secrets Manager.
   * Amazon EVS stores credentials that are needed to install vCenter Server, NSX, and SDDC Manager.
   * For example:
   *
   * <p><code>{ [ { "secretArn":
   * "arn:aws:secretsmanager:us-east-1:000000000000:secret:evs!env-1234567890_vCenterAdmin-MnTMEi"
   * }, { "secretArn":
   * "arn:aws:secretsmanager:us-east-1:000000000000:secret:evs!env-1234567890_vCenterRoot-87VyCF" },
   * { "secretArn":
   * "arn:aws:secretsmanager:us-east-1:000000000000:secret:evs!env-1234567890_NSXRoot-SR3k43" }, {
   * "secretArn":
   * "arn:aws:secretsmanager:us-east-1:000000000000:secret:evs!env-1234567890_NSXAdmin-L5LUiD" }, {
   * "secretArn":
   * "arn:aws:secretsmanager:us-east-1:000000000000:secret:evs!env-1234567890_NSXAudit-Q2oW46" }, {
   * "secretArn":
   * "arn:aws:secretsmanager:us-east-1:000000000000:secret:evs!env-1234567890_SDDCManagerRoot-bFulOq"
   * }, { "secretArn":
   * "arn:aws:secretsmanager:us-east-1:000000000000:secret:evs!env-1234567890_SDDCManagerVCF-Ec3gES"
   * }, { "secretArn":
   * "arn:aws:secretsmanager:us-east-1:000000000000:secret:evs!env-1234567890_SDDCManagerAdmin-JMTAAb"
   * } ] }</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Credentials}.
   */
  public Value<List<Secret>> credentials() {
    return getAtt("Credentials");
  }

  /**
   * The Amazon Resource Name (ARN) that is associated with the environment. For example:
   * <code>arn:aws:evs:us-east-1:000000000000:environment/env-1234567890</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentArn}.
   */
  public Value<String> environmentArn() {
    return getAtt("EnvironmentArn");
  }

  /**
   * The unique ID for the environment. For example: <code>env-1234567890</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentId}.
   */
  public Value<String> environmentId() {
    return getAtt("EnvironmentId");
  }

  /**
   * The state of an environment. For example: <code>CREATED</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentState}.
   */
  public Value<String> environmentState() {
    return getAtt("EnvironmentState");
  }

  /**
   * The date and time that the environment was modified. For example: <code>1749081600.000</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * A detailed description of the <code>environmentState</code> of an environment. For example:
   * <code>Environment successfully created</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code StateDetails}.
   */
  public Value<String> stateDetails() {
    return getAtt("StateDetails");
  }

  /**
   * A check on the environment to identify environment health and validate VMware VCF licensing
   * compliance.
   *
   * <p>Property type {@code AWS::EVS::Environment.Check}.
   */
  public static final class Check extends Struct<Check> {
    private static final Schema SCHEMA = Schema.builder("AWS::EVS::Environment.Check")
        .required("Result", "Type")
        .allowed("Result", "PASSED", "FAILED", "UNKNOWN")
        .allowed("Type", "KEY_REUSE", "KEY_COVERAGE", "REACHABILITY", "VCF_VERSION", "HOST_COUNT")
        .build();

    public Check() {
      super(SCHEMA);
    }

    /**
     * The time when environment health began to be impaired.
     *
     * <p>CloudFormation property {@code ImpairedSince}.
     */
    public Check impairedSince(String value) {
      return set("ImpairedSince", Value.of(value));
    }

    /** Sets {@code ImpairedSince} to this value; see {@link #impairedSince(String)}. */
    public Check impairedSince(Value<String> value) {
      return set("ImpairedSince", value);
    }

    /**
     * The check result.
     *
     * <p>Required. Allowed values: {@code PASSED}, {@code FAILED}, {@code UNKNOWN}. CloudFormation
     * property {@code Result}.
     */
    public Check result(String value) {
      return set("Result", Value.of(value));
    }

    /** Sets {@code Result} to this value; see {@link #result(String)}. */
    public Check result(Value<String> value) {
      return set("Result", value);
    }

    /**
     * The check type. Amazon EVS performs the following checks.
     *
     * <ul> <li><code>KEY_REUSE</code> : checks that the VCF license key is not used by another
     * Amazon EVS environment. This check fails if a used license is added to the environment.
     * <li><code>KEY_COVERAGE</code> : checks that your VCF license key allocates sufficient vCPU
     * cores for all deployed hosts. The check fails when any assigned hosts in the EVS environment
     * are not covered by license keys, or when any unassigned hosts cannot be covered by available
     * vCPU cores in keys. <li><code>REACHABILITY</code> : checks that the Amazon EVS control plane
     * has a persistent connection to SDDC Manager. If Amazon EVS cannot reach the environment, this
     * check fails. <li><code>HOST_COUNT</code> : Checks that your environment has a minimum of 4
     * hosts, which is a requirement for VCF 5.2.1. </ul>
     *
     * <p>If this check fails, you will need to add hosts so that your environment meets this
     * minimum requirement. Amazon EVS only supports environments with 4-16 hosts.
     *
     * <p>Required. Allowed values: {@code KEY_REUSE}, {@code KEY_COVERAGE}, {@code REACHABILITY},
     * {@code VCF_VERSION}, {@code HOST_COUNT}. CloudFormation property {@code Type}.
     */
    public Check type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Check type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The connectivity configuration for the environment. Amazon EVS requires that you specify two
   * route server peer IDs. During environment creation, the route server endpoints peer with the
   * NSX uplink VLAN for connectivity to the NSX overlay network.
   *
   * <p>Property type {@code AWS::EVS::Environment.ConnectivityInfo}.
   */
  public static final class ConnectivityInfo extends Struct<ConnectivityInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::EVS::Environment.ConnectivityInfo")
        .required("PrivateRouteServerPeerings")
        .constrain("PrivateRouteServerPeerings", Constraint.of().minLength(3).maxLength(21))
        .build();

    public ConnectivityInfo() {
      super(SCHEMA);
    }

    /**
     * The unique IDs for private route server peers.
     *
     * <p>Required. Length: 3 to 21 characters. CloudFormation property {@code
     * PrivateRouteServerPeerings}.
     */
    public ConnectivityInfo privateRouteServerPeerings(List<String> value) {
      return set("PrivateRouteServerPeerings", Value.listOf(value));
    }

    /**
     * Sets {@code PrivateRouteServerPeerings} to this value; see {@link
     * #privateRouteServerPeerings(List)}.
     */
    public ConnectivityInfo privateRouteServerPeerings(Value<List<String>> value) {
      return set("PrivateRouteServerPeerings", value);
    }
  }

  /**
   * An object that represents a host.
   *
   * <p>You cannot use <code>dedicatedHostId</code> and <code>placementGroupId</code> together in
   * the same <code>HostInfoForCreate</code> object. This results in a
   * <code>ValidationException</code> response.
   *
   * <p>Property type {@code AWS::EVS::Environment.HostInfoForCreate}.
   */
  public static final class HostInfoForCreate extends Struct<HostInfoForCreate> {
    private static final Schema SCHEMA = Schema.builder("AWS::EVS::Environment.HostInfoForCreate")
        .required("HostName", "InstanceType", "KeyName")
        .constrain("DedicatedHostId", Constraint.of().pattern("^h-[a-f0-9]{8}([a-f0-9]{9})?$").minLength(1).maxLength(25))
        .constrain("HostName", Constraint.of().pattern("^([a-zA-Z0-9\\-]*)$"))
        .allowed("InstanceType", "i4i.metal", "i7i.metal-24xl", "i7i.metal-48xl")
        .constrain("KeyName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(255))
        .constrain("PlacementGroupId", Constraint.of().pattern("^pg-[a-f0-9]{8}([a-f0-9]{9})?$").minLength(1).maxLength(25))
        .build();

    public HostInfoForCreate() {
      super(SCHEMA);
    }

    /**
     * The unique ID of the Amazon EC2 Dedicated Host.
     *
     * <p>Length: 1 to 25 characters. Pattern: {@code ^h-[a-f0-9]{8}([a-f0-9]{9})?$}. CloudFormation
     * property {@code DedicatedHostId}.
     */
    public HostInfoForCreate dedicatedHostId(String value) {
      return set("DedicatedHostId", Value.of(value));
    }

    /** Sets {@code DedicatedHostId} to this value; see {@link #dedicatedHostId(String)}. */
    public HostInfoForCreate dedicatedHostId(Value<String> value) {
      return set("DedicatedHostId", value);
    }

    /**
     * The DNS hostname of the host. DNS hostnames for hosts must be unique across Amazon EVS
     * environments and within VCF.
     *
     * <p>Required. Pattern: {@code ^([a-zA-Z0-9&#92;-]*)$}. CloudFormation property {@code
     * HostName}.
     */
    public HostInfoForCreate hostName(String value) {
      return set("HostName", Value.of(value));
    }

    /** Sets {@code HostName} to this value; see {@link #hostName(String)}. */
    public HostInfoForCreate hostName(Value<String> value) {
      return set("HostName", value);
    }

    /**
     * The EC2 instance type that represents the host.
     *
     * <p>Required. Allowed values: {@code i4i.metal}, {@code i7i.metal-24xl}, {@code
     * i7i.metal-48xl}. CloudFormation property {@code InstanceType}.
     */
    public HostInfoForCreate instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public HostInfoForCreate instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * The name of the SSH key that is used to access the host.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation
     * property {@code KeyName}.
     */
    public HostInfoForCreate keyName(String value) {
      return set("KeyName", Value.of(value));
    }

    /** Sets {@code KeyName} to this value; see {@link #keyName(String)}. */
    public HostInfoForCreate keyName(Value<String> value) {
      return set("KeyName", value);
    }

    /**
     * The unique ID of the placement group where the host is placed.
     *
     * <p>Length: 1 to 25 characters. Pattern: {@code ^pg-[a-f0-9]{8}([a-f0-9]{9})?$}.
     * CloudFormation property {@code PlacementGroupId}.
     */
    public HostInfoForCreate placementGroupId(String value) {
      return set("PlacementGroupId", Value.of(value));
    }

    /** Sets {@code PlacementGroupId} to this value; see {@link #placementGroupId(String)}. */
    public HostInfoForCreate placementGroupId(Value<String> value) {
      return set("PlacementGroupId", value);
    }
  }

  /**
   * An object that represents an initial VLAN subnet for the Amazon EVS environment. Amazon EVS
   * creates initial VLAN subnets when you first create the environment. Amazon EVS creates the
   * following 10 VLAN subnets: host management VLAN, vMotion VLAN, vSAN VLAN, VTEP VLAN, Edge VTEP
   * VLAN, Management VM VLAN, HCX uplink VLAN, NSX uplink VLAN, expansion VLAN 1, expansion VLAN 2.
   *
   * <p>For each Amazon EVS VLAN subnet, you must specify a non-overlapping CIDR block. Amazon EVS
   * VLAN subnets have a minimum CIDR block size of /28 and a maximum size of /24.
   *
   * <p>Property type {@code AWS::EVS::Environment.InitialVlanInfo}.
   */
  public static final class InitialVlanInfo extends Struct<InitialVlanInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::EVS::Environment.InitialVlanInfo")
        .required("Cidr")
        .constrain("Cidr", Constraint.of().pattern("^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)/(3[0-2]|[1-2][0-9]|[0-9])$").format("ipv4-network"))
        .build();

    public InitialVlanInfo() {
      super(SCHEMA);
    }

    /**
     * The CIDR block that you provide to create an Amazon EVS VLAN subnet. Amazon EVS VLAN subnets
     * have a minimum CIDR block size of /28 and a maximum size of /24. Amazon EVS VLAN subnet CIDR
     * blocks must not overlap with other subnets in the VPC.
     *
     * <p>Required. Pattern: {@code
     * ^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)&#92;.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)/(3[0-2]|[1-2][0-9]|[0-9])$}.
     * Format: {@code ipv4-network}. CloudFormation property {@code Cidr}.
     */
    public InitialVlanInfo cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public InitialVlanInfo cidr(Value<String> value) {
      return set("Cidr", value);
    }
  }

  /**
   * The initial VLAN subnets for the environment. Amazon EVS VLAN subnets have a minimum CIDR block
   * size of /28 and a maximum size of /24. Amazon EVS VLAN subnet CIDR blocks must not overlap with
   * other subnets in the VPC.
   *
   * <p>Property type {@code AWS::EVS::Environment.InitialVlans}.
   */
  public static final class InitialVlans extends Struct<InitialVlans> {
    private static final Schema SCHEMA = Schema.builder("AWS::EVS::Environment.InitialVlans")
        .required("EdgeVTep", "ExpansionVlan1", "ExpansionVlan2", "Hcx", "NsxUpLink", "VMotion",
            "VSan", "VTep", "VmManagement", "VmkManagement")
        .constrain("HcxNetworkAclId", Constraint.of().pattern("^acl-[a-zA-Z0-9_-]+$").minLength(4).maxLength(21))
        .build();

    public InitialVlans() {
      super(SCHEMA);
    }

    /**
     * The edge VTEP VLAN subnet. This VLAN subnet manages traffic flowing between the internal
     * network and external networks, including internet access and other site connections.
     *
     * <p>Required. CloudFormation property {@code EdgeVTep}.
     */
    public InitialVlans edgeVTep(Value<InitialVlanInfo> value) {
      return set("EdgeVTep", value);
    }

    /**
     * An additional VLAN subnet that can be used to extend VCF capabilities once configured. For
     * example, you can configure an expansion VLAN subnet to use NSX Federation for centralized
     * management and synchronization of multiple NSX deployments across different locations.
     *
     * <p>Required. CloudFormation property {@code ExpansionVlan1}.
     */
    public InitialVlans expansionVlan1(Value<InitialVlanInfo> value) {
      return set("ExpansionVlan1", value);
    }

    /**
     * An additional VLAN subnet that can be used to extend VCF capabilities once configured. For
     * example, you can configure an expansion VLAN subnet to use NSX Federation for centralized
     * management and synchronization of multiple NSX deployments across different locations.
     *
     * <p>Required. CloudFormation property {@code ExpansionVlan2}.
     */
    public InitialVlans expansionVlan2(Value<InitialVlanInfo> value) {
      return set("ExpansionVlan2", value);
    }

    /**
     * The HCX VLAN subnet. This VLAN subnet allows the HCX Interconnnect (IX) and HCX Network
     * Extension (NE) to reach their peers and enable HCX Service Mesh creation.
     *
     * <p>If you plan to use a public HCX VLAN subnet, the following requirements must be met:
     *
     * <ul> <li>Must have a /28 netmask and be allocated from the IPAM public pool. Required for HCX
     * internet access configuration. <li>The HCX public VLAN CIDR block must be added to the VPC as
     * a secondary CIDR block. <li>Must have at least two Elastic IP addresses to be allocated from
     * the public IPAM pool for HCX components. </ul>
     *
     * <p>Required. CloudFormation property {@code Hcx}.
     */
    public InitialVlans hcx(Value<InitialVlanInfo> value) {
      return set("Hcx", value);
    }

    /**
     * A unique ID for a network access control list that the HCX VLAN uses. Required when
     * <code>isHcxPublic</code> is set to <code>true</code> .
     *
     * <p>Length: 4 to 21 characters. Pattern: {@code ^acl-[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code HcxNetworkAclId}.
     */
    public InitialVlans hcxNetworkAclId(String value) {
      return set("HcxNetworkAclId", Value.of(value));
    }

    /** Sets {@code HcxNetworkAclId} to this value; see {@link #hcxNetworkAclId(String)}. */
    public InitialVlans hcxNetworkAclId(Value<String> value) {
      return set("HcxNetworkAclId", value);
    }

    /**
     * Determines if the HCX VLAN that Amazon EVS provisions is public or private.
     *
     * <p>CloudFormation property {@code IsHcxPublic}.
     */
    public InitialVlans isHcxPublic(boolean value) {
      return set("IsHcxPublic", Value.of(value));
    }

    /** Sets {@code IsHcxPublic} to this value; see {@link #isHcxPublic(boolean)}. */
    public InitialVlans isHcxPublic(Value<Boolean> value) {
      return set("IsHcxPublic", value);
    }

    /**
     * The NSX uplink VLAN subnet. This VLAN subnet allows connectivity to the NSX overlay network.
     *
     * <p>Required. CloudFormation property {@code NsxUpLink}.
     */
    public InitialVlans nsxUpLink(Value<InitialVlanInfo> value) {
      return set("NsxUpLink", value);
    }

    /**
     * The vMotion VLAN subnet. This VLAN subnet carries traffic for vSphere vMotion.
     *
     * <p>Required. CloudFormation property {@code VMotion}.
     */
    public InitialVlans vMotion(Value<InitialVlanInfo> value) {
      return set("VMotion", value);
    }

    /**
     * The vSAN VLAN subnet. This VLAN subnet carries the communication between ESXi hosts to
     * implement a vSAN shared storage pool.
     *
     * <p>Required. CloudFormation property {@code VSan}.
     */
    public InitialVlans vSan(Value<InitialVlanInfo> value) {
      return set("VSan", value);
    }

    /**
     * The VTEP VLAN subnet. This VLAN subnet handles internal network traffic between virtual
     * machines within a VCF instance.
     *
     * <p>Required. CloudFormation property {@code VTep}.
     */
    public InitialVlans vTep(Value<InitialVlanInfo> value) {
      return set("VTep", value);
    }

    /**
     * The VM management VLAN subnet. This VLAN subnet carries traffic for vSphere virtual machines.
     *
     * <p>Required. CloudFormation property {@code VmManagement}.
     */
    public InitialVlans vmManagement(Value<InitialVlanInfo> value) {
      return set("VmManagement", value);
    }

    /**
     * The host VMkernel management VLAN subnet. This VLAN subnet carries traffic for managing ESXi
     * hosts and communicating with VMware vCenter Server.
     *
     * <p>Required. CloudFormation property {@code VmkManagement}.
     */
    public InitialVlans vmkManagement(Value<InitialVlanInfo> value) {
      return set("VmkManagement", value);
    }
  }

  /**
   * The license information that Amazon EVS requires to create an environment. Amazon EVS requires
   * two license keys: a VCF solution key and a vSAN license key.
   *
   * <p>Property type {@code AWS::EVS::Environment.LicenseInfo}.
   */
  public static final class LicenseInfo extends Struct<LicenseInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::EVS::Environment.LicenseInfo")
        .required("SolutionKey", "VsanKey")
        .constrain("SolutionKey", Constraint.of().pattern("^[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}$"))
        .constrain("VsanKey", Constraint.of().pattern("^[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}$"))
        .build();

    public LicenseInfo() {
      super(SCHEMA);
    }

    /**
     * The VCF solution key. This license unlocks VMware VCF product features, including vSphere,
     * NSX, SDDC Manager, and vCenter Server. The VCF solution key must cover a minimum of 256
     * cores.
     *
     * <p>Required. Pattern: {@code
     * ^[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}$}. CloudFormation
     * property {@code SolutionKey}.
     */
    public LicenseInfo solutionKey(String value) {
      return set("SolutionKey", Value.of(value));
    }

    /** Sets {@code SolutionKey} to this value; see {@link #solutionKey(String)}. */
    public LicenseInfo solutionKey(Value<String> value) {
      return set("SolutionKey", value);
    }

    /**
     * The VSAN license key. This license unlocks vSAN features. The vSAN license key must provide
     * at least 110 TiB of vSAN capacity.
     *
     * <p>Required. Pattern: {@code
     * ^[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}$}. CloudFormation
     * property {@code VsanKey}.
     */
    public LicenseInfo vsanKey(String value) {
      return set("VsanKey", Value.of(value));
    }

    /** Sets {@code VsanKey} to this value; see {@link #vsanKey(String)}. */
    public LicenseInfo vsanKey(Value<String> value) {
      return set("VsanKey", value);
    }
  }

  /**
   * A managed secret that contains the credentials for installing vCenter Server, NSX, and SDDC
   * Manager. During environment creation, the Amazon EVS control plane uses AWS Secrets Manager to
   * create, encrypt, validate, and store secrets. If you choose to delete your environment, Amazon
   * EVS also deletes the secrets that are associated with your environment. Amazon EVS does not
   * provide managed rotation of secrets. We recommend that you rotate secrets regularly to ensure
   * that secrets are not long-lived.
   *
   * <p>Property type {@code AWS::EVS::Environment.Secret}.
   */
  public static final class Secret extends Struct<Secret> {
    private static final Schema SCHEMA = Schema.of("AWS::EVS::Environment.Secret");

    public Secret() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the secret.
     *
     * <p>CloudFormation property {@code SecretArn}.
     */
    public Secret secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public Secret secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * The security groups that allow traffic between the Amazon EVS control plane and your VPC for
   * Amazon EVS service access. If a security group is not specified, Amazon EVS uses the default
   * security group in your account for service access.
   *
   * <p>Property type {@code AWS::EVS::Environment.ServiceAccessSecurityGroups}.
   */
  public static final class ServiceAccessSecurityGroups extends Struct<ServiceAccessSecurityGroups> {
    private static final Schema SCHEMA = Schema.builder("AWS::EVS::Environment.ServiceAccessSecurityGroups")
        .constrain("SecurityGroups", Constraint.of().pattern("^sg-[0-9a-zA-Z]*$").minLength(3).maxLength(25).format("AWS::EC2::SecurityGroup.Id"))
        .build();

    public ServiceAccessSecurityGroups() {
      super(SCHEMA);
    }

    /**
     * The security groups that allow service access.
     *
     * <p>Length: 3 to 25 characters. Pattern: {@code ^sg-[0-9a-zA-Z]*$}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroups}.
     */
    public ServiceAccessSecurityGroups securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public ServiceAccessSecurityGroups securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }
  }

  /**
   * The DNS hostnames that Amazon EVS uses to install VMware vCenter Server, NSX, SDDC Manager, and
   * Cloud Builder. Each hostname must be unique, and resolve to a domain name that you've
   * registered in your DNS service of choice. Hostnames cannot be changed.
   *
   * <p>VMware VCF requires the deployment of two NSX Edge nodes, and three NSX Manager virtual
   * machines.
   *
   * <p>Property type {@code AWS::EVS::Environment.VcfHostnames}.
   */
  public static final class VcfHostnames extends Struct<VcfHostnames> {
    private static final Schema SCHEMA = Schema.builder("AWS::EVS::Environment.VcfHostnames")
        .required("CloudBuilder", "Nsx", "NsxEdge1", "NsxEdge2", "NsxManager1", "NsxManager2",
            "NsxManager3", "SddcManager", "VCenter")
        .constrain("CloudBuilder", Constraint.of().pattern("^([a-zA-Z0-9\\-]*)$"))
        .constrain("Nsx", Constraint.of().pattern("^([a-zA-Z0-9\\-]*)$"))
        .constrain("NsxEdge1", Constraint.of().pattern("^([a-zA-Z0-9\\-]*)$"))
        .constrain("NsxEdge2", Constraint.of().pattern("^([a-zA-Z0-9\\-]*)$"))
        .constrain("NsxManager1", Constraint.of().pattern("^([a-zA-Z0-9\\-]*)$"))
        .constrain("NsxManager2", Constraint.of().pattern("^([a-zA-Z0-9\\-]*)$"))
        .constrain("NsxManager3", Constraint.of().pattern("^([a-zA-Z0-9\\-]*)$"))
        .constrain("SddcManager", Constraint.of().pattern("^([a-zA-Z0-9\\-]*)$"))
        .constrain("VCenter", Constraint.of().pattern("^([a-zA-Z0-9\\-]*)$"))
        .build();

    public VcfHostnames() {
      super(SCHEMA);
    }

    /**
     * The hostname for VMware Cloud Builder.
     *
     * <p>Required. Pattern: {@code ^([a-zA-Z0-9&#92;-]*)$}. CloudFormation property {@code
     * CloudBuilder}.
     */
    public VcfHostnames cloudBuilder(String value) {
      return set("CloudBuilder", Value.of(value));
    }

    /** Sets {@code CloudBuilder} to this value; see {@link #cloudBuilder(String)}. */
    public VcfHostnames cloudBuilder(Value<String> value) {
      return set("CloudBuilder", value);
    }

    /**
     * The VMware NSX hostname.
     *
     * <p>Required. Pattern: {@code ^([a-zA-Z0-9&#92;-]*)$}. CloudFormation property {@code Nsx}.
     */
    public VcfHostnames nsx(String value) {
      return set("Nsx", Value.of(value));
    }

    /** Sets {@code Nsx} to this value; see {@link #nsx(String)}. */
    public VcfHostnames nsx(Value<String> value) {
      return set("Nsx", value);
    }

    /**
     * The hostname for the first NSX Edge node.
     *
     * <p>Required. Pattern: {@code ^([a-zA-Z0-9&#92;-]*)$}. CloudFormation property {@code
     * NsxEdge1}.
     */
    public VcfHostnames nsxEdge1(String value) {
      return set("NsxEdge1", Value.of(value));
    }

    /** Sets {@code NsxEdge1} to this value; see {@link #nsxEdge1(String)}. */
    public VcfHostnames nsxEdge1(Value<String> value) {
      return set("NsxEdge1", value);
    }

    /**
     * The hostname for the second NSX Edge node.
     *
     * <p>Required. Pattern: {@code ^([a-zA-Z0-9&#92;-]*)$}. CloudFormation property {@code
     * NsxEdge2}.
     */
    public VcfHostnames nsxEdge2(String value) {
      return set("NsxEdge2", Value.of(value));
    }

    /** Sets {@code NsxEdge2} to this value; see {@link #nsxEdge2(String)}. */
    public VcfHostnames nsxEdge2(Value<String> value) {
      return set("NsxEdge2", value);
    }

    /**
     * The hostname for the first VMware NSX Manager virtual machine (VM).
     *
     * <p>Required. Pattern: {@code ^([a-zA-Z0-9&#92;-]*)$}. CloudFormation property {@code
     * NsxManager1}.
     */
    public VcfHostnames nsxManager1(String value) {
      return set("NsxManager1", Value.of(value));
    }

    /** Sets {@code NsxManager1} to this value; see {@link #nsxManager1(String)}. */
    public VcfHostnames nsxManager1(Value<String> value) {
      return set("NsxManager1", value);
    }

    /**
     * The hostname for the second VMware NSX Manager virtual machine (VM).
     *
     * <p>Required. Pattern: {@code ^([a-zA-Z0-9&#92;-]*)$}. CloudFormation property {@code
     * NsxManager2}.
     */
    public VcfHostnames nsxManager2(String value) {
      return set("NsxManager2", Value.of(value));
    }

    /** Sets {@code NsxManager2} to this value; see {@link #nsxManager2(String)}. */
    public VcfHostnames nsxManager2(Value<String> value) {
      return set("NsxManager2", value);
    }

    /**
     * The hostname for the third VMware NSX Manager virtual machine (VM).
     *
     * <p>Required. Pattern: {@code ^([a-zA-Z0-9&#92;-]*)$}. CloudFormation property {@code
     * NsxManager3}.
     */
    public VcfHostnames nsxManager3(String value) {
      return set("NsxManager3", Value.of(value));
    }

    /** Sets {@code NsxManager3} to this value; see {@link #nsxManager3(String)}. */
    public VcfHostnames nsxManager3(Value<String> value) {
      return set("NsxManager3", value);
    }

    /**
     * The hostname for SDDC Manager.
     *
     * <p>Required. Pattern: {@code ^([a-zA-Z0-9&#92;-]*)$}. CloudFormation property {@code
     * SddcManager}.
     */
    public VcfHostnames sddcManager(String value) {
      return set("SddcManager", Value.of(value));
    }

    /** Sets {@code SddcManager} to this value; see {@link #sddcManager(String)}. */
    public VcfHostnames sddcManager(Value<String> value) {
      return set("SddcManager", value);
    }

    /**
     * The VMware vCenter hostname.
     *
     * <p>Required. Pattern: {@code ^([a-zA-Z0-9&#92;-]*)$}. CloudFormation property {@code
     * VCenter}.
     */
    public VcfHostnames vCenter(String value) {
      return set("VCenter", Value.of(value));
    }

    /** Sets {@code VCenter} to this value; see {@link #vCenter(String)}. */
    public VcfHostnames vCenter(Value<String> value) {
      return set("VCenter", value);
    }
  }
}
