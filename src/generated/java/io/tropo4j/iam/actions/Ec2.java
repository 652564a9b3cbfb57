// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon EC2 (prefix {@code ec2}), as the service authorization reference lists them.
 */
public final class Ec2 {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ec2";

  /** {@code ec2:AcceptAddressTransfer}: Write; on elastic-ip. */
  public static final Action ACCEPT_ADDRESS_TRANSFER = Action.of(PREFIX, "AcceptAddressTransfer");

  /** {@code ec2:AcceptCapacityReservationBillingOwnership}: Write; on capacity-reservation. */
  public static final Action ACCEPT_CAPACITY_RESERVATION_BILLING_OWNERSHIP = Action.of(PREFIX, "AcceptCapacityReservationBillingOwnership");

  /** {@code ec2:AcceptReservedInstancesExchangeQuote}: Write; on reserved-instances. */
  public static final Action ACCEPT_RESERVED_INSTANCES_EXCHANGE_QUOTE = Action.of(PREFIX, "AcceptReservedInstancesExchangeQuote");

  /** {@code ec2:AcceptTransitGatewayMulticastDomainAssociations}: Write; on transit-gateway-attachment, transit-gateway-multicast-domain. */
  public static final Action ACCEPT_TRANSIT_GATEWAY_MULTICAST_DOMAIN_ASSOCIATIONS = Action.of(PREFIX, "AcceptTransitGatewayMulticastDomainAssociations");

  /** {@code ec2:AcceptTransitGatewayPeeringAttachment}: Write; on transit-gateway-attachment. */
  public static final Action ACCEPT_TRANSIT_GATEWAY_PEERING_ATTACHMENT = Action.of(PREFIX, "AcceptTransitGatewayPeeringAttachment");

  /** {@code ec2:AcceptTransitGatewayVpcAttachment}: Write; on transit-gateway-attachment. */
  public static final Action ACCEPT_TRANSIT_GATEWAY_VPC_ATTACHMENT = Action.of(PREFIX, "AcceptTransitGatewayVpcAttachment");

  /** {@code ec2:AcceptVpcEndpointConnections}: Write; on vpc-endpoint-service. */
  public static final Action ACCEPT_VPC_ENDPOINT_CONNECTIONS = Action.of(PREFIX, "AcceptVpcEndpointConnections");

  /** {@code ec2:AcceptVpcPeeringConnection}: Write; on vpc, vpc-peering-connection. */
  public static final Action ACCEPT_VPC_PEERING_CONNECTION = Action.of(PREFIX, "AcceptVpcPeeringConnection");

  /** {@code ec2:AdvertiseByoipCidr}: Write; on no resource type (give {@code *}). */
  public static final Action ADVERTISE_BYOIP_CIDR = Action.of(PREFIX, "AdvertiseByoipCidr");

  /** {@code ec2:AllocateAddress}: Write; on elastic-ip, ipam-pool, ipv4pool-ec2. */
  public static final Action ALLOCATE_ADDRESS = Action.of(PREFIX, "AllocateAddress");

  /** {@code ec2:AllocateHosts}: Write; on dedicated-host. */
  public static final Action ALLOCATE_HOSTS = Action.of(PREFIX, "AllocateHosts");

  /** {@code ec2:AllocateIpamPoolCidr}: Write; on ipam-pool. */
  public static final Action ALLOCATE_IPAM_POOL_CIDR = Action.of(PREFIX, "AllocateIpamPoolCidr");

  /** {@code ec2:ApplySecurityGroupsToClientVpnTargetNetwork}: Write; on client-vpn-endpoint, security-group, vpc. */
  public static final Action APPLY_SECURITY_GROUPS_TO_CLIENT_VPN_TARGET_NETWORK = Action.of(PREFIX, "ApplySecurityGroupsToClientVpnTargetNetwork");

  /** {@code ec2:AssignIpv6Addresses}: Write; on network-interface. */
  public static final Action ASSIGN_IPV6_ADDRESSES = Action.of(PREFIX, "AssignIpv6Addresses");

  /** {@code ec2:AssignPrivateIpAddresses}: Write; on network-interface. */
  public static final Action ASSIGN_PRIVATE_IP_ADDRESSES = Action.of(PREFIX, "AssignPrivateIpAddresses");

  /** {@code ec2:AssignPrivateNatGatewayAddress}: Write; on natgateway. */
  public static final Action ASSIGN_PRIVATE_NAT_GATEWAY_ADDRESS = Action.of(PREFIX, "AssignPrivateNatGatewayAddress");

  /** {@code ec2:AssociateAddress}: Write; on elastic-ip, instance, network-interface. */
  public static final Action ASSOCIATE_ADDRESS = Action.of(PREFIX, "AssociateAddress");

  /** {@code ec2:AssociateCapacityReservationBillingOwner}: Write; on capacity-reservation. */
  public static final Action ASSOCIATE_CAPACITY_RESERVATION_BILLING_OWNER = Action.of(PREFIX, "AssociateCapacityReservationBillingOwner");

  /** {@code ec2:AssociateClientVpnTargetNetwork}: Write; on client-vpn-endpoint, subnet. */
  public static final Action ASSOCIATE_CLIENT_VPN_TARGET_NETWORK = Action.of(PREFIX, "AssociateClientVpnTargetNetwork");

  /** {@code ec2:AssociateDhcpOptions}: Write; on dhcp-options, vpc. */
  public static final Action ASSOCIATE_DHCP_OPTIONS = Action.of(PREFIX, "AssociateDhcpOptions");

  /** {@code ec2:AssociateEnclaveCertificateIamRole}: Write; on certificate, role. */
  public static final Action ASSOCIATE_ENCLAVE_CERTIFICATE_IAM_ROLE = Action.of(PREFIX, "AssociateEnclaveCertificateIamRole");

  /** {@code ec2:AssociateIamInstanceProfile}: Write; on instance. */
  public static final Action ASSOCIATE_IAM_INSTANCE_PROFILE = Action.of(PREFIX, "AssociateIamInstanceProfile");

  /** {@code ec2:AssociateInstanceEventWindow}: Write; on instance-event-window. */
  public static final Action ASSOCIATE_INSTANCE_EVENT_WINDOW = Action.of(PREFIX, "AssociateInstanceEventWindow");

  /** {@code ec2:AssociateIpamByoasn}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_IPAM_BYOASN = Action.of(PREFIX, "AssociateIpamByoasn");

  /** {@code ec2:AssociateIpamResourceDiscovery}: Write; on ipam, ipam-resource-discovery, ipam-resource-discovery-association. */
  public static final Action ASSOCIATE_IPAM_RESOURCE_DISCOVERY = Action.of(PREFIX, "AssociateIpamResourceDiscovery");

  /** {@code ec2:AssociateNatGatewayAddress}: Write; on elastic-ip, natgateway. */
  public static final Action ASSOCIATE_NAT_GATEWAY_ADDRESS = Action.of(PREFIX, "AssociateNatGatewayAddress");

  /** {@code ec2:AssociateRouteServer}: Write; on route-server, vpc. */
  public static final Action ASSOCIATE_ROUTE_SERVER = Action.of(PREFIX, "AssociateRouteServer");

  /** {@code ec2:AssociateRouteTable}: Write; on internet-gateway, ipv4pool-ec2, route-table, subnet, vpn-gateway. */
  public static final Action ASSOCIATE_ROUTE_TABLE = Action.of(PREFIX, "AssociateRouteTable");

  /** {@code ec2:AssociateSecurityGroupVpc}: Write; on security-group, vpc. */
  public static final Action ASSOCIATE_SECURITY_GROUP_VPC = Action.of(PREFIX, "AssociateSecurityGroupVpc");

  /** {@code ec2:AssociateSubnetCidrBlock}: Write; on ipam-pool, subnet. */
  public static final Action ASSOCIATE_SUBNET_CIDR_BLOCK = Action.of(PREFIX, "AssociateSubnetCidrBlock");

  /** {@code ec2:AssociateTransitGatewayMulticastDomain}: Write; on subnet, transit-gateway-attachment, transit-gateway-multicast-domain. */
  public static final Action ASSOCIATE_TRANSIT_GATEWAY_MULTICAST_DOMAIN = Action.of(PREFIX, "AssociateTransitGatewayMulticastDomain");

  /** {@code ec2:AssociateTransitGatewayPolicyTable}: Write; on transit-gateway-attachment, transit-gateway-policy-table. */
  public static final Action ASSOCIATE_TRANSIT_GATEWAY_POLICY_TABLE = Action.of(PREFIX, "AssociateTransitGatewayPolicyTable");

  /** {@code ec2:AssociateTransitGatewayRouteTable}: Write; on transit-gateway-attachment, transit-gateway-route-table. */
  public static final Action ASSOCIATE_TRANSIT_GATEWAY_ROUTE_TABLE = Action.of(PREFIX, "AssociateTransitGatewayRouteTable");

  /** {@code ec2:AssociateTrunkInterface}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_TRUNK_INTERFACE = Action.of(PREFIX, "AssociateTrunkInterface");

  /** {@code ec2:AssociateVerifiedAccessInstanceWebAcl}: Write; on verified-access-instance. */
  public static final Action ASSOCIATE_VERIFIED_ACCESS_INSTANCE_WEB_ACL = Action.of(PREFIX, "AssociateVerifiedAccessInstanceWebAcl");

  /** {@code ec2:AssociateVpcCidrBlock}: Write; on ipam-pool, ipv6pool-ec2, vpc. */
  public static final Action ASSOCIATE_VPC_CIDR_BLOCK = Action.of(PREFIX, "AssociateVpcCidrBlock");

  /** {@code ec2:AttachApplianceToNatGateway}: Permissions management; on natgateway. */
  public static final Action ATTACH_APPLIANCE_TO_NAT_GATEWAY = Action.of(PREFIX, "AttachApplianceToNatGateway");

  /** {@code ec2:AttachClassicLinkVpc}: Write; on instance, security-group, vpc. */
  public static final Action ATTACH_CLASSIC_LINK_VPC = Action.of(PREFIX, "AttachClassicLinkVpc");

  /** {@code ec2:AttachInternetGateway}: Write; on internet-gateway, vpc. */
  public static final Action ATTACH_INTERNET_GATEWAY = Action.of(PREFIX, "AttachInternetGateway");

  /** {@code ec2:AttachNetworkInterface}: Write; on instance, network-interface. */
  public static final Action ATTACH_NETWORK_INTERFACE = Action.of(PREFIX, "AttachNetworkInterface");

  /** {@code ec2:AttachResourcesToPlacementGroup}: Permissions management; on placement-group. */
  public static final Action ATTACH_RESOURCES_TO_PLACEMENT_GROUP = Action.of(PREFIX, "AttachResourcesToPlacementGroup");

  /** {@code ec2:AttachVerifiedAccessTrustProvider}: Write; on verified-access-instance, verified-access-trust-provider. */
  public static final Action ATTACH_VERIFIED_ACCESS_TRUST_PROVIDER = Action.of(PREFIX, "AttachVerifiedAccessTrustProvider");

  /** {@code ec2:AttachVolume}: Write; on instance, volume. */
  public static final Action ATTACH_VOLUME = Action.of(PREFIX, "AttachVolume");

  /** {@code ec2:AttachVpnGateway}: Write; on vpc, vpn-gateway. */
  public static final Action ATTACH_VPN_GATEWAY = Action.of(PREFIX, "AttachVpnGateway");

  /** {@code ec2:AuthorizeClientVpnIngress}: Write; on client-vpn-endpoint. */
  public static final Action AUTHORIZE_CLIENT_VPN_INGRESS = Action.of(PREFIX, "AuthorizeClientVpnIngress");

  /** {@code ec2:AuthorizeSecurityGroupEgress}: Write; on security-group, security-group-rule. */
  public static final Action AUTHORIZE_SECURITY_GROUP_EGRESS = Action.of(PREFIX, "AuthorizeSecurityGroupEgress");

  /** {@code ec2:AuthorizeSecurityGroupIngress}: Write; on security-group, security-group-rule. */
  public static final Action AUTHORIZE_SECURITY_GROUP_INGRESS = Action.of(PREFIX, "AuthorizeSecurityGroupIngress");

  /** {@code ec2:BundleInstance}: Write; on no resource type (give {@code *}). */
  public static final Action BUNDLE_INSTANCE = Action.of(PREFIX, "BundleInstance");

  /** {@code ec2:CancelBundleTask}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_BUNDLE_TASK = Action.of(PREFIX, "CancelBundleTask");

  /** {@code ec2:CancelCapacityReservation}: Write; on capacity-reservation. */
  public static final Action CANCEL_CAPACITY_RESERVATION = Action.of(PREFIX, "CancelCapacityReservation");

  /** {@code ec2:CancelCapacityReservationFleets}: Write; on capacity-reservation-fleet. */
  public static final Action CANCEL_CAPACITY_RESERVATION_FLEETS = Action.of(PREFIX, "CancelCapacityReservationFleets");

  /** {@code ec2:CancelConversionTask}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_CONVERSION_TASK = Action.of(PREFIX, "CancelConversionTask");

  /** {@code ec2:CancelDeclarativePoliciesReport}: Write; on declarative-policies-report. */
  public static final Action CANCEL_DECLARATIVE_POLICIES_REPORT = Action.of(PREFIX, "CancelDeclarativePoliciesReport");

  /** {@code ec2:CancelExportTask}: Write; on export-image-task, export-instance-task. */
  public static final Action CANCEL_EXPORT_TASK = Action.of(PREFIX, "CancelExportTask");

  /** {@code ec2:CancelImageLaunchPermission}: Permissions management; on image. */
  public static final Action CANCEL_IMAGE_LAUNCH_PERMISSION = Action.of(PREFIX, "CancelImageLaunchPermission");

  /** {@code ec2:CancelImportTask}: Write; on import-image-task, import-snapshot-task. */
  public static final Action CANCEL_IMPORT_TASK = Action.of(PREFIX, "CancelImportTask");

  /** {@code ec2:CancelReservedInstancesListing}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_RESERVED_INSTANCES_LISTING = Action.of(PREFIX, "CancelReservedInstancesListing");

  /** {@code ec2:CancelSpotFleetRequests}: Write; on spot-fleet-request. */
  public static final Action CANCEL_SPOT_FLEET_REQUESTS = Action.of(PREFIX, "CancelSpotFleetRequests");

  /** {@code ec2:CancelSpotInstanceRequests}: Write; on spot-instances-request. */
  public static final Action CANCEL_SPOT_INSTANCE_REQUESTS = Action.of(PREFIX, "CancelSpotInstanceRequests");

  /** {@code ec2:ConfirmProductInstance}: Write; on no resource type (give {@code *}). */
  public static final Action CONFIRM_PRODUCT_INSTANCE = Action.of(PREFIX, "ConfirmProductInstance");

  /** {@code ec2:CopyFpgaImage}: Write; on fpga-image. */
  public static final Action COPY_FPGA_IMAGE = Action.of(PREFIX, "CopyFpgaImage");

  /** {@code ec2:CopyImage}: Write; on image, snapshot. */
  public static final Action COPY_IMAGE = Action.of(PREFIX, "CopyImage");

  /** {@code ec2:CopySnapshot}: Write; on snapshot. */
  public static final Action COPY_SNAPSHOT = Action.of(PREFIX, "CopySnapshot");

  /** {@code ec2:CopyVolumes}: Write; on volume. */
  public static final Action COPY_VOLUMES = Action.of(PREFIX, "CopyVolumes");

  /** {@code ec2:CreateCapacityManagerDataExport}: Write; on capacity-manager-data-export. */
  public static final Action CREATE_CAPACITY_MANAGER_DATA_EXPORT = Action.of(PREFIX, "CreateCapacityManagerDataExport");

  /** {@code ec2:CreateCapacityReservation}: Write; on capacity-reservation. */
  public static final Action CREATE_CAPACITY_RESERVATION = Action.of(PREFIX, "CreateCapacityReservation");

  /** {@code ec2:CreateCapacityReservationBySplitting}: Write; on capacity-reservation. */
  public static final Action CREATE_CAPACITY_RESERVATION_BY_SPLITTING = Action.of(PREFIX, "CreateCapacityReservationBySplitting");

  /** {@code ec2:CreateCapacityReservationFleet}: Write; on capacity-reservation-fleet. */
  public static final Action CREATE_CAPACITY_RESERVATION_FLEET = Action.of(PREFIX, "CreateCapacityReservationFleet");

  /** {@code ec2:CreateCarrierGateway}: Write; on carrier-gateway, vpc. */
  public static final Action CREATE_CARRIER_GATEWAY = Action.of(PREFIX, "CreateCarrierGateway");

  /** {@code ec2:CreateClientVpnEndpoint}: Write; on client-vpn-endpoint, security-group, vpc. */
  public static final Action CREATE_CLIENT_VPN_ENDPOINT = Action.of(PREFIX, "CreateClientVpnEndpoint");

  /** {@code ec2:CreateClientVpnRoute}: Write; on client-vpn-endpoint, subnet. */
  public static final Action CREATE_CLIENT_VPN_ROUTE = Action.of(PREFIX, "CreateClientVpnRoute");

  /** {@code ec2:CreateCoipCidr}: Write; on coip-pool. */
  public static final Action CREATE_COIP_CIDR = Action.of(PREFIX, "CreateCoipCidr");

  /** {@code ec2:CreateCoipPool}: Write; on coip-pool, local-gateway-route-table. */
  public static final Action CREATE_COIP_POOL = Action.of(PREFIX, "CreateCoipPool");

  /** {@code ec2:CreateCoipPoolPermission}: Permissions management; on coip-pool. */
  public static final Action CREATE_COIP_POOL_PERMISSION = Action.of(PREFIX, "CreateCoipPoolPermission");

  /** {@code ec2:CreateCustomerGateway}: Write; on customer-gateway. */
  public static final Action CREATE_CUSTOMER_GATEWAY = Action.of(PREFIX, "CreateCustomerGateway");

  /** {@code ec2:CreateDefaultSubnet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DEFAULT_SUBNET = Action.of(PREFIX, "CreateDefaultSubnet");

  /** {@code ec2:CreateDefaultVpc}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DEFAULT_VPC = Action.of(PREFIX, "CreateDefaultVpc");

  /** {@code ec2:CreateDelegateMacVolumeOwnershipTask}: Write; on instance, mac-modification-task. */
  public static final Action CREATE_DELEGATE_MAC_VOLUME_OWNERSHIP_TASK = Action.of(PREFIX, "CreateDelegateMacVolumeOwnershipTask");

  /** {@code ec2:CreateDhcpOptions}: Write; on dhcp-options. */
  public static final Action CREATE_DHCP_OPTIONS = Action.of(PREFIX, "CreateDhcpOptions");

  /** {@code ec2:CreateEgressOnlyInternetGateway}: Write; on egress-only-internet-gateway, vpc. */
  public static final Action CREATE_EGRESS_ONLY_INTERNET_GATEWAY = Action.of(PREFIX, "CreateEgressOnlyInternetGateway");

  /** {@code ec2:CreateFleet}: Write; on fleet, image, instance, launch-template, placement-group, subnet, volume. */
  public static final Action CREATE_FLEET = Action.of(PREFIX, "CreateFleet");

  /** {@code ec2:CreateFlowLogs}: Write; on natgateway, network-interface, subnet, transit-gateway, transit-gateway-attachment, vpc, vpc-flow-log. */
  public static final Action CREATE_FLOW_LOGS = Action.of(PREFIX, "CreateFlowLogs");

  /** {@code ec2:CreateFpgaImage}: Write; on fpga-image. */
  public static final Action CREATE_FPGA_IMAGE = Action.of(PREFIX, "CreateFpgaImage");

  /** {@code ec2:CreateImage}: Write; on image, instance, snapshot. */
  public static final Action CREATE_IMAGE = Action.of(PREFIX, "CreateImage");

  /** {@code ec2:CreateImageUsageReport}: Write; on image, image-usage-report. */
  public static final Action CREATE_IMAGE_USAGE_REPORT = Action.of(PREFIX, "CreateImageUsageReport");

  /** {@code ec2:CreateInstanceConnectEndpoint}: Write; on instance-connect-endpoint, security-group, subnet. */
  public static final Action CREATE_INSTANCE_CONNECT_ENDPOINT = Action.of(PREFIX, "CreateInstanceConnectEndpoint");

  /** {@code ec2:CreateInstanceEventWindow}: Write; on instance-event-window. */
  public static final Action CREATE_INSTANCE_EVENT_WINDOW = Action.of(PREFIX, "CreateInstanceEventWindow");

  /** {@code ec2:CreateInstanceExportTask}: Write; on export-instance-task, instance. */
  public static final Action CREATE_INSTANCE_EXPORT_TASK = Action.of(PREFIX, "CreateInstanceExportTask");

  /** {@code ec2:CreateInternetGateway}: Write; on internet-gateway. */
  public static final Action CREATE_INTERNET_GATEWAY = Action.of(PREFIX, "CreateInternetGateway");

  /** {@code ec2:CreateInterruptibleCapacityReservationAllocation}: Write; on capacity-reservation. */
  public static final Action CREATE_INTERRUPTIBLE_CAPACITY_RESERVATION_ALLOCATION = Action.of(PREFIX, "CreateInterruptibleCapacityReservationAllocation");

  /** {@code ec2:CreateIpam}: Write; on ipam. */
  public static final Action CREATE_IPAM = Action.of(PREFIX, "CreateIpam");

  /** {@code ec2:CreateIpamExternalResourceVerificationToken}: Write; on ipam, ipam-external-resource-verification-token. */
  public static final Action CREATE_IPAM_EXTERNAL_RESOURCE_VERIFICATION_TOKEN = Action.of(PREFIX, "CreateIpamExternalResourceVerificationToken");

  /** {@code ec2:CreateIpamPolicy}: Write; on ipam, ipam-policy. */
  public static final Action CREATE_IPAM_POLICY = Action.of(PREFIX, "CreateIpamPolicy");

  /** {@code ec2:CreateIpamPool}: Write; on ipam-pool, ipam-scope. */
  public static final Action CREATE_IPAM_POOL = Action.of(PREFIX, "CreateIpamPool");

  /** {@code ec2:CreateIpamPrefixListResolver}: Write; on ipam, ipam-prefix-list-resolver, ipam-scope. */
  public static final Action CREATE_IPAM_PREFIX_LIST_RESOLVER = Action.of(PREFIX, "CreateIpamPrefixListResolver");

  /** {@code ec2:CreateIpamPrefixListResolverTarget}: Write; on ipam-prefix-list-resolver, ipam-prefix-list-resolver-target. */
  public static final Action CREATE_IPAM_PREFIX_LIST_RESOLVER_TARGET = Action.of(PREFIX, "CreateIpamPrefixListResolverTarget");

  /** {@code ec2:CreateIpamResourceDiscovery}: Write; on ipam-resource-discovery. */
  public static final Action CREATE_IPAM_RESOURCE_DISCOVERY = Action.of(PREFIX, "CreateIpamResourceDiscovery");

  /** {@code ec2:CreateIpamScope}: Write; on ipam, ipam-scope. */
  public static final Action CREATE_IPAM_SCOPE = Action.of(PREFIX, "CreateIpamScope");

  /** {@code ec2:CreateKeyPair}: Write; on key-pair. */
  public static final Action CREATE_KEY_PAIR = Action.of(PREFIX, "CreateKeyPair");

  /** {@code ec2:CreateLaunchTemplate}: Write; on launch-template. */
  public static final Action CREATE_LAUNCH_TEMPLATE = Action.of(PREFIX, "CreateLaunchTemplate");

  /** {@code ec2:CreateLaunchTemplateVersion}: Write; on launch-template. */
  public static final Action CREATE_LAUNCH_TEMPLATE_VERSION = Action.of(PREFIX, "CreateLaunchTemplateVersion");

  /** {@code ec2:CreateLocalGatewayRoute}: Write; on local-gateway-route-table, local-gateway-virtual-interface-group, network-interface, prefix-list. */
  public static final Action CREATE_LOCAL_GATEWAY_ROUTE = Action.of(PREFIX, "CreateLocalGatewayRoute");

  /** {@code ec2:CreateLocalGatewayRouteTable}: Write; on local-gateway, local-gateway-route-table. */
  public static final Action CREATE_LOCAL_GATEWAY_ROUTE_TABLE = Action.of(PREFIX, "CreateLocalGatewayRouteTable");

  /** {@code ec2:CreateLocalGatewayRouteTablePermission}: Permissions management; on local-gateway-route-table. */
  public static final Action CREATE_LOCAL_GATEWAY_ROUTE_TABLE_PERMISSION = Action.of(PREFIX, "CreateLocalGatewayRouteTablePermission");

  /** {@code ec2:CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation}: Write; on local-gateway-route-table, local-gateway-route-table-virtual-interface-group-association, local-gateway-virtual-interface-group. */
  public static final Action CREATE_LOCAL_GATEWAY_ROUTE_TABLE_VIRTUAL_INTERFACE_GROUP_ASSOCIATION = Action.of(PREFIX, "CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation");

  /** {@code ec2:CreateLocalGatewayRouteTableVpcAssociation}: Write; on local-gateway-route-table, local-gateway-route-table-vpc-association, vpc. */
  public static final Action CREATE_LOCAL_GATEWAY_ROUTE_TABLE_VPC_ASSOCIATION = Action.of(PREFIX, "CreateLocalGatewayRouteTableVpcAssociation");

  /** {@code ec2:CreateLocalGatewayVirtualInterface}: Write; on local-gateway-virtual-interface, local-gateway-virtual-interface-group, outpost-lag. */
  public static final Action CREATE_LOCAL_GATEWAY_VIRTUAL_INTERFACE = Action.of(PREFIX, "CreateLocalGatewayVirtualInterface");

  /** {@code ec2:CreateLocalGatewayVirtualInterfaceGroup}: Write; on local-gateway, local-gateway-virtual-interface-group. */
  public static final Action CREATE_LOCAL_GATEWAY_VIRTUAL_INTERFACE_GROUP = Action.of(PREFIX, "CreateLocalGatewayVirtualInterfaceGroup");

  /** {@code ec2:CreateMacSystemIntegrityProtectionModificationTask}: Write; on instance, mac-modification-task. */
  public static final Action CREATE_MAC_SYSTEM_INTEGRITY_PROTECTION_MODIFICATION_TASK = Action.of(PREFIX, "CreateMacSystemIntegrityProtectionModificationTask");

  /** {@code ec2:CreateManagedPrefixList}: Write; on prefix-list. */
  public static final Action CREATE_MANAGED_PREFIX_LIST = Action.of(PREFIX, "CreateManagedPrefixList");

  /** {@code ec2:CreateNatGateway}: Write; on elastic-ip, natgateway, subnet, vpc. */
  public static final Action CREATE_NAT_GATEWAY = Action.of(PREFIX, "CreateNatGateway");

  /** {@code ec2:CreateNetworkAcl}: Write; on network-acl, vpc. */
  public static final Action CREATE_NETWORK_ACL = Action.of(PREFIX, "CreateNetworkAcl");

  /** {@code ec2:CreateNetworkAclEntry}: Write; on network-acl. */
  public static final Action CREATE_NETWORK_ACL_ENTRY = Action.of(PREFIX, "CreateNetworkAclEntry");

  /** {@code ec2:CreateNetworkInsightsAccessScope}: Write; on network-insights-access-scope. */
  public static final Action CREATE_NETWORK_INSIGHTS_ACCESS_SCOPE = Action.of(PREFIX, "CreateNetworkInsightsAccessScope");

  /** {@code ec2:CreateNetworkInsightsPath}: Write; on instance, internet-gateway, network-insights-path, network-interface, transit-gateway, vpc-endpoint, vpc-endpoint-service, vpc-peering-connection, vpn-gateway. */
  public static final Action CREATE_NETWORK_INSIGHTS_PATH = Action.of(PREFIX, "CreateNetworkInsightsPath");

  /** {@code ec2:CreateNetworkInterface}: Write; on network-interface, security-group, subnet. */
  public static final Action CREATE_NETWORK_INTERFACE = Action.of(PREFIX, "CreateNetworkInterface");

  /** {@code ec2:CreateNetworkInterfacePermission}: Permissions management; on network-interface. */
  public static final Action CREATE_NETWORK_INTERFACE_PERMISSION = Action.of(PREFIX, "CreateNetworkInterfacePermission");

  /** {@code ec2:CreateOdbNetworkPeering}: Permissions management; on vpc. */
  public static final Action CREATE_ODB_NETWORK_PEERING = Action.of(PREFIX, "CreateOdbNetworkPeering");

  /** {@code ec2:CreatePlacementGroup}: Write; on placement-group. */
  public static final Action CREATE_PLACEMENT_GROUP = Action.of(PREFIX, "CreatePlacementGroup");

  /** {@code ec2:CreatePublicIpv4Pool}: Write; on ipv4pool-ec2. */
  public static final Action CREATE_PUBLIC_IPV4_POOL = Action.of(PREFIX, "CreatePublicIpv4Pool");

  /** {@code ec2:CreateReplaceRootVolumeTask}: Write; on image, instance, replace-root-volume-task, snapshot, volume. */
  public static final Action CREATE_REPLACE_ROOT_VOLUME_TASK = Action.of(PREFIX, "CreateReplaceRootVolumeTask");

  /** {@code ec2:CreateReservedInstancesListing}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RESERVED_INSTANCES_LISTING = Action.of(PREFIX, "CreateReservedInstancesListing");

  /** {@code ec2:CreateRestoreImageTask}: Write; on image. */
  public static final Action CREATE_RESTORE_IMAGE_TASK = Action.of(PREFIX, "CreateRestoreImageTask");

  /** {@code ec2:CreateRoute}: Write; on route-table. */
  public static final Action CREATE_ROUTE = Action.of(PREFIX, "CreateRoute");

  /** {@code ec2:CreateRouteServer}: Write; on route-server. */
  public static final Action CREATE_ROUTE_SERVER = Action.of(PREFIX, "CreateRouteServer");

  /** {@code ec2:CreateRouteServerEndpoint}: Write; on route-server, route-server-endpoint, subnet. */
  public static final Action CREATE_ROUTE_SERVER_ENDPOINT = Action.of(PREFIX, "CreateRouteServerEndpoint");

  /** {@code ec2:CreateRouteServerPeer}: Write; on route-server-endpoint, route-server-peer. */
  public static final Action CREATE_ROUTE_SERVER_PEER = Action.of(PREFIX, "CreateRouteServerPeer");

  /** {@code ec2:CreateRouteTable}: Write; on route-table, vpc. */
  public static final Action CREATE_ROUTE_TABLE = Action.of(PREFIX, "CreateRouteTable");

  /** {@code ec2:CreateSecondaryNetwork}: Write; on secondary-network. */
  public static final Action CREATE_SECONDARY_NETWORK = Action.of(PREFIX, "CreateSecondaryNetwork");

  /** {@code ec2:CreateSecondarySubnet}: Write; on secondary-network, secondary-subnet. */
  public static final Action CREATE_SECONDARY_SUBNET = Action.of(PREFIX, "CreateSecondarySubnet");

  /** {@code ec2:CreateSecurityGroup}: Write; on security-group, vpc. */
  public static final Action CREATE_SECURITY_GROUP = Action.of(PREFIX, "CreateSecurityGroup");

  /** {@code ec2:CreateSnapshot}: Write; on snapshot, volume. */
  public static final Action CREATE_SNAPSHOT = Action.of(PREFIX, "CreateSnapshot");

  /** {@code ec2:CreateSnapshots}: Write; on instance, snapshot, volume. */
  public static final Action CREATE_SNAPSHOTS = Action.of(PREFIX, "CreateSnapshots");

  /** {@code ec2:CreateSpotDatafeedSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SPOT_DATAFEED_SUBSCRIPTION = Action.of(PREFIX, "CreateSpotDatafeedSubscription");

  /** {@code ec2:CreateStoreImageTask}: Write; on image. */
  public static final Action CREATE_STORE_IMAGE_TASK = Action.of(PREFIX, "CreateStoreImageTask");

  /** {@code ec2:CreateSubnet}: Write; on ipam-pool, subnet, vpc. */
  public static final Action CREATE_SUBNET = Action.of(PREFIX, "CreateSubnet");

  /** {@code ec2:CreateSubnetCidrReservation}: Write; on subnet. */
  public static final Action CREATE_SUBNET_CIDR_RESERVATION = Action.of(PREFIX, "CreateSubnetCidrReservation");

  /** {@code ec2:CreateTags}: Tagging; on capacity-block, capacity-manager-data-export, capacity-reservation, capacity-reservation-fleet, carrier-gateway, client-vpn-endpoint, coip-pool, customer-gateway, declarative-policies-report, dedicated-host, dhcp-options, egress-only-internet-gateway, elastic-gpu, elastic-ip, export-image-task, export-instance-task, fleet, fpga-image, host-reservation, image, image-usage-report, import-image-task, import-snapshot-task, instance, instance-connect-endpoint, instance-event-window, internet-gateway, ipam, ipam-external-resource-verification-token, ipam-policy, ipam-pool, ipam-prefix-list-resolver, ipam-prefix-list-resolver-target, ipam-resource-discovery, ipam-resource-discovery-association, ipam-scope, ipv4pool-ec2, ipv6pool-ec2, key-pair, launch-template, local-gateway, local-gateway-route-table, local-gateway-route-table-virtual-interface-group-association, local-gateway-route-table-vpc-association, local-gateway-virtual-interface, local-gateway-virtual-interface-group, natgateway, network-acl, network-insights-access-scope, network-insights-access-scope-analysis, network-insights-analysis, network-insights-path, network-interface, placement-group, prefix-list, replace-root-volume-task, reserved-instances, route-server, route-server-endpoint, route-server-peer, route-table, secondary-interface, secondary-network, secondary-subnet, security-group, security-group-rule, snapshot, spot-fleet-request, spot-instances-request, subnet, subnet-cidr-reservation, traffic-mirror-filter, traffic-mirror-filter-rule, traffic-mirror-session, traffic-mirror-target, transit-gateway, transit-gateway-attachment, transit-gateway-connect-peer, transit-gateway-metering-policy, transit-gateway-multicast-domain, transit-gateway-policy-table, transit-gateway-route-table, transit-gateway-route-table-announcement, verified-access-endpoint, verified-access-endpoint-target, verified-access-group, verified-access-instance, verified-access-policy, verified-access-trust-provider, volume, vpc, vpc-block-public-access-exclusion, vpc-encryption-control, vpc-endpoint, vpc-endpoint-connection, vpc-endpoint-service, vpc-endpoint-service-permission, vpc-flow-log, vpc-peering-connection, vpn-concentrator, vpn-connection, vpn-gateway. */
  public static final Action CREATE_TAGS = Action.of(PREFIX, "CreateTags");

  /** {@code ec2:CreateTrafficMirrorFilter}: Write; on traffic-mirror-filter. */
  public static final Action CREATE_TRAFFIC_MIRROR_FILTER = Action.of(PREFIX, "CreateTrafficMirrorFilter");

  /** {@code ec2:CreateTrafficMirrorFilterRule}: Write; on traffic-mirror-filter, traffic-mirror-filter-rule. */
  public static final Action CREATE_TRAFFIC_MIRROR_FILTER_RULE = Action.of(PREFIX, "CreateTrafficMirrorFilterRule");

  /** {@code ec2:CreateTrafficMirrorSession}: Write; on network-interface, traffic-mirror-filter, traffic-mirror-session, traffic-mirror-target. */
  public static final Action CREATE_TRAFFIC_MIRROR_SESSION = Action.of(PREFIX, "CreateTrafficMirrorSession");

  /** {@code ec2:CreateTrafficMirrorTarget}: Write; on network-interface, traffic-mirror-target, vpc-endpoint. */
  public static final Action CREATE_TRAFFIC_MIRROR_TARGET = Action.of(PREFIX, "CreateTrafficMirrorTarget");

  /** {@code ec2:CreateTransitGateway}: Write; on transit-gateway. */
  public static final Action CREATE_TRANSIT_GATEWAY = Action.of(PREFIX, "CreateTransitGateway");

  /** {@code ec2:CreateTransitGatewayConnect}: Write; on transit-gateway-attachment. */
  public static final Action CREATE_TRANSIT_GATEWAY_CONNECT = Action.of(PREFIX, "CreateTransitGatewayConnect");

  /** {@code ec2:CreateTransitGatewayConnectPeer}: Write; on transit-gateway-attachment, transit-gateway-connect-peer. */
  public static final Action CREATE_TRANSIT_GATEWAY_CONNECT_PEER = Action.of(PREFIX, "CreateTransitGatewayConnectPeer");

  /** {@code ec2:CreateTransitGatewayMeteringPolicy}: Write; on transit-gateway, transit-gateway-attachment, transit-gateway-metering-policy. */
  public static final Action CREATE_TRANSIT_GATEWAY_METERING_POLICY = Action.of(PREFIX, "CreateTransitGatewayMeteringPolicy");

  /** {@code ec2:CreateTransitGatewayMeteringPolicyEntry}: Write; on transit-gateway-attachment, transit-gateway-metering-policy. */
  public static final Action CREATE_TRANSIT_GATEWAY_METERING_POLICY_ENTRY = Action.of(PREFIX, "CreateTransitGatewayMeteringPolicyEntry");

  /** {@code ec2:CreateTransitGatewayMulticastDomain}: Write; on transit-gateway, transit-gateway-multicast-domain. */
  public static final Action CREATE_TRANSIT_GATEWAY_MULTICAST_DOMAIN = Action.of(PREFIX, "CreateTransitGatewayMulticastDomain");

  /** {@code ec2:CreateTransitGatewayPeeringAttachment}: Write; on transit-gateway, transit-gateway-attachment. */
  public static final Action CREATE_TRANSIT_GATEWAY_PEERING_ATTACHMENT = Action.of(PREFIX, "CreateTransitGatewayPeeringAttachment");

  /** {@code ec2:CreateTransitGatewayPolicyTable}: Write; on transit-gateway, transit-gateway-policy-table. */
  public static final Action CREATE_TRANSIT_GATEWAY_POLICY_TABLE = Action.of(PREFIX, "CreateTransitGatewayPolicyTable");

  /** {@code ec2:CreateTransitGatewayPrefixListReference}: Write; on prefix-list, transit-gateway-attachment, transit-gateway-route-table. */
  public static final Action CREATE_TRANSIT_GATEWAY_PREFIX_LIST_REFERENCE = Action.of(PREFIX, "CreateTransitGatewayPrefixListReference");

  /** {@code ec2:CreateTransitGatewayRoute}: Write; on transit-gateway-attachment, transit-gateway-route-table. */
  public static final Action CREATE_TRANSIT_GATEWAY_ROUTE = Action.of(PREFIX, "CreateTransitGatewayRoute");

  /** {@code ec2:CreateTransitGatewayRouteTable}: Write; on transit-gateway, transit-gateway-route-table. */
  public static final Action CREATE_TRANSIT_GATEWAY_ROUTE_TABLE = Action.of(PREFIX, "CreateTransitGatewayRouteTable");

  /** {@code ec2:CreateTransitGatewayRouteTableAnnouncement}: Write; on transit-gateway-attachment, transit-gateway-route-table, transit-gateway-route-table-announcement. */
  public static final Action CREATE_TRANSIT_GATEWAY_ROUTE_TABLE_ANNOUNCEMENT = Action.of(PREFIX, "CreateTransitGatewayRouteTableAnnouncement");

  /** {@code ec2:CreateTransitGatewayVpcAttachment}: Write; on subnet, transit-gateway, transit-gateway-attachment, vpc. */
  public static final Action CREATE_TRANSIT_GATEWAY_VPC_ATTACHMENT = Action.of(PREFIX, "CreateTransitGatewayVpcAttachment");

  /** {@code ec2:CreateVerifiedAccessEndpoint}: Write; on network-interface, security-group, subnet, verified-access-endpoint, verified-access-group. */
  public static final Action CREATE_VERIFIED_ACCESS_ENDPOINT = Action.of(PREFIX, "CreateVerifiedAccessEndpoint");

  /** {@code ec2:CreateVerifiedAccessGroup}: Write; on verified-access-group, verified-access-instance. */
  public static final Action CREATE_VERIFIED_ACCESS_GROUP = Action.of(PREFIX, "CreateVerifiedAccessGroup");

  /** {@code ec2:CreateVerifiedAccessInstance}: Write; on verified-access-instance. */
  public static final Action CREATE_VERIFIED_ACCESS_INSTANCE = Action.of(PREFIX, "CreateVerifiedAccessInstance");

  /** {@code ec2:CreateVerifiedAccessTrustProvider}: Write; on verified-access-trust-provider. */
  public static final Action CREATE_VERIFIED_ACCESS_TRUST_PROVIDER = Action.of(PREFIX, "CreateVerifiedAccessTrustProvider");

  /** {@code ec2:CreateVolume}: Write; on snapshot, volume. */
  public static final Action CREATE_VOLUME = Action.of(PREFIX, "CreateVolume");

  /** {@code ec2:CreateVpc}: Write; on ipam-pool, ipv6pool-ec2, vpc. */
  public static final Action CREATE_VPC = Action.of(PREFIX, "CreateVpc");

  /** {@code ec2:CreateVpcBlockPublicAccessExclusion}: Write; on subnet, vpc, vpc-block-public-access-exclusion. */
  public static final Action CREATE_VPC_BLOCK_PUBLIC_ACCESS_EXCLUSION = Action.of(PREFIX, "CreateVpcBlockPublicAccessExclusion");

  /** {@code ec2:CreateVpcEncryptionControl}: Write; on vpc, vpc-encryption-control. */
  public static final Action CREATE_VPC_ENCRYPTION_CONTROL = Action.of(PREFIX, "CreateVpcEncryptionControl");

  /** {@code ec2:CreateVpcEndpoint}: Write; on route-table, security-group, subnet, vpc, vpc-endpoint. */
  public static final Action CREATE_VPC_ENDPOINT = Action.of(PREFIX, "CreateVpcEndpoint");

  /** {@code ec2:CreateVpcEndpointConnectionNotification}: Write; on vpc-endpoint, vpc-endpoint-service. */
  public static final Action CREATE_VPC_ENDPOINT_CONNECTION_NOTIFICATION = Action.of(PREFIX, "CreateVpcEndpointConnectionNotification");

  /** {@code ec2:CreateVpcEndpointServiceConfiguration}: Write; on vpc-endpoint-service. */
  public static final Action CREATE_VPC_ENDPOINT_SERVICE_CONFIGURATION = Action.of(PREFIX, "CreateVpcEndpointServiceConfiguration");

  /** {@code ec2:CreateVpcPeeringConnection}: Write; on vpc, vpc-peering-connection. */
  public static final Action CREATE_VPC_PEERING_CONNECTION = Action.of(PREFIX, "CreateVpcPeeringConnection");

  /** {@code ec2:CreateVpnConcentrator}: Write; on transit-gateway, vpn-concentrator. */
  public static final Action CREATE_VPN_CONCENTRATOR = Action.of(PREFIX, "CreateVpnConcentrator");

  /** {@code ec2:CreateVpnConnection}: Write; on customer-gateway, transit-gateway, transit-gateway-attachment, vpn-concentrator, vpn-connection, vpn-gateway. */
  public static final Action CREATE_VPN_CONNECTION = Action.of(PREFIX, "CreateVpnConnection");

  /** {@code ec2:CreateVpnConnectionRoute}: Write; on vpn-connection. */
  public static final Action CREATE_VPN_CONNECTION_ROUTE = Action.of(PREFIX, "CreateVpnConnectionRoute");

  /** {@code ec2:CreateVpnGateway}: Write; on vpn-gateway. */
  public static final Action CREATE_VPN_GATEWAY = Action.of(PREFIX, "CreateVpnGateway");

  /** {@code ec2:DeleteCapacityManagerDataExport}: Write; on capacity-manager-data-export. */
  public static final Action DELETE_CAPACITY_MANAGER_DATA_EXPORT = Action.of(PREFIX, "DeleteCapacityManagerDataExport");

  /** {@code ec2:DeleteCarrierGateway}: Write; on carrier-gateway. */
  public static final Action DELETE_CARRIER_GATEWAY = Action.of(PREFIX, "DeleteCarrierGateway");

  /** {@code ec2:DeleteClientVpnEndpoint}: Write; on client-vpn-endpoint. */
  public static final Action DELETE_CLIENT_VPN_ENDPOINT = Action.of(PREFIX, "DeleteClientVpnEndpoint");

  /** {@code ec2:DeleteClientVpnRoute}: Write; on client-vpn-endpoint, subnet. */
  public static final Action DELETE_CLIENT_VPN_ROUTE = Action.of(PREFIX, "DeleteClientVpnRoute");

  /** {@code ec2:DeleteCoipCidr}: Write; on coip-pool. */
  public static final Action DELETE_COIP_CIDR = Action.of(PREFIX, "DeleteCoipCidr");

  /** {@code ec2:DeleteCoipPool}: Write; on coip-pool. */
  public static final Action DELETE_COIP_POOL = Action.of(PREFIX, "DeleteCoipPool");

  /** {@code ec2:DeleteCoipPoolPermission}: Permissions management; on coip-pool. */
  public static final Action DELETE_COIP_POOL_PERMISSION = Action.of(PREFIX, "DeleteCoipPoolPermission");

  /** {@code ec2:DeleteCustomerGateway}: Write; on customer-gateway. */
  public static final Action DELETE_CUSTOMER_GATEWAY = Action.of(PREFIX, "DeleteCustomerGateway");

  /** {@code ec2:DeleteDhcpOptions}: Write; on dhcp-options. */
  public static final Action DELETE_DHCP_OPTIONS = Action.of(PREFIX, "DeleteDhcpOptions");

  /** {@code ec2:DeleteEgressOnlyInternetGateway}: Write; on egress-only-internet-gateway. */
  public static final Action DELETE_EGRESS_ONLY_INTERNET_GATEWAY = Action.of(PREFIX, "DeleteEgressOnlyInternetGateway");

  /** {@code ec2:DeleteFleets}: Write; on fleet. */
  public static final Action DELETE_FLEETS = Action.of(PREFIX, "DeleteFleets");

  /** {@code ec2:DeleteFlowLogs}: Write; on vpc-flow-log. */
  public static final Action DELETE_FLOW_LOGS = Action.of(PREFIX, "DeleteFlowLogs");

  /** {@code ec2:DeleteFpgaImage}: Write; on fpga-image. */
  public static final Action DELETE_FPGA_IMAGE = Action.of(PREFIX, "DeleteFpgaImage");

  /** {@code ec2:DeleteImageUsageReport}: Write; on image-usage-report. */
  public static final Action DELETE_IMAGE_USAGE_REPORT = Action.of(PREFIX, "DeleteImageUsageReport");

  /** {@code ec2:DeleteInstanceConnectEndpoint}: Write; on instance-connect-endpoint. */
  public static final Action DELETE_INSTANCE_CONNECT_ENDPOINT = Action.of(PREFIX, "DeleteInstanceConnectEndpoint");

  /** {@code ec2:DeleteInstanceEventWindow}: Write; on instance-event-window. */
  public static final Action DELETE_INSTANCE_EVENT_WINDOW = Action.of(PREFIX, "DeleteInstanceEventWindow");

  /** {@code ec2:DeleteInternetGateway}: Write; on internet-gateway. */
  public static final Action DELETE_INTERNET_GATEWAY = Action.of(PREFIX, "DeleteInternetGateway");

  /** {@code ec2:DeleteIpam}: Write; on ipam. */
  public static final Action DELETE_IPAM = Action.of(PREFIX, "DeleteIpam");

  /** {@code ec2:DeleteIpamExternalResourceVerificationToken}: Write; on ipam-external-resource-verification-token. */
  public static final Action DELETE_IPAM_EXTERNAL_RESOURCE_VERIFICATION_TOKEN = Action.of(PREFIX, "DeleteIpamExternalResourceVerificationToken");

  /** {@code ec2:DeleteIpamPolicy}: Write; on ipam-policy. */
  public static final Action DELETE_IPAM_POLICY = Action.of(PREFIX, "DeleteIpamPolicy");

  /** {@code ec2:DeleteIpamPool}: Write; on ipam-pool. */
  public static final Action DELETE_IPAM_POOL = Action.of(PREFIX, "DeleteIpamPool");

  /** {@code ec2:DeleteIpamPrefixListResolver}: Write; on ipam-prefix-list-resolver. */
  public static final Action DELETE_IPAM_PREFIX_LIST_RESOLVER = Action.of(PREFIX, "DeleteIpamPrefixListResolver");

  /** {@code ec2:DeleteIpamPrefixListResolverTarget}: Write; on ipam-prefix-list-resolver-target. */
  public static final Action DELETE_IPAM_PREFIX_LIST_RESOLVER_TARGET = Action.of(PREFIX, "DeleteIpamPrefixListResolverTarget");

  /** {@code ec2:DeleteIpamResourceDiscovery}: Write; on ipam-resource-discovery. */
  public static final Action DELETE_IPAM_RESOURCE_DISCOVERY = Action.of(PREFIX, "DeleteIpamResourceDiscovery");

  /** {@code ec2:DeleteIpamScope}: Write; on ipam-scope. */
  public static final Action DELETE_IPAM_SCOPE = Action.of(PREFIX, "DeleteIpamScope");

  /** {@code ec2:DeleteKeyPair}: Write; on key-pair. */
  public static final Action DELETE_KEY_PAIR = Action.of(PREFIX, "DeleteKeyPair");

  /** {@code ec2:DeleteLaunchTemplate}: Write; on launch-template. */
  public static final Action DELETE_LAUNCH_TEMPLATE = Action.of(PREFIX, "DeleteLaunchTemplate");

  /** {@code ec2:DeleteLaunchTemplateVersions}: Write; on launch-template. */
  public static final Action DELETE_LAUNCH_TEMPLATE_VERSIONS = Action.of(PREFIX, "DeleteLaunchTemplateVersions");

  /** {@code ec2:DeleteLocalGatewayRoute}: Write; on local-gateway-route-table, prefix-list. */
  public static final Action DELETE_LOCAL_GATEWAY_ROUTE = Action.of(PREFIX, "DeleteLocalGatewayRoute");

  /** {@code ec2:DeleteLocalGatewayRouteTable}: Write; on local-gateway-route-table. */
  public static final Action DELETE_LOCAL_GATEWAY_ROUTE_TABLE = Action.of(PREFIX, "DeleteLocalGatewayRouteTable");

  /** {@code ec2:DeleteLocalGatewayRouteTablePermission}: Permissions management; on local-gateway-route-table. */
  public static final Action DELETE_LOCAL_GATEWAY_ROUTE_TABLE_PERMISSION = Action.of(PREFIX, "DeleteLocalGatewayRouteTablePermission");

  /** {@code ec2:DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation}: Write; on local-gateway-route-table-virtual-interface-group-association. */
  public static final Action DELETE_LOCAL_GATEWAY_ROUTE_TABLE_VIRTUAL_INTERFACE_GROUP_ASSOCIATION = Action.of(PREFIX, "DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation");

  /** {@code ec2:DeleteLocalGatewayRouteTableVpcAssociation}: Write; on local-gateway-route-table-vpc-association. */
  public static final Action DELETE_LOCAL_GATEWAY_ROUTE_TABLE_VPC_ASSOCIATION = Action.of(PREFIX, "DeleteLocalGatewayRouteTableVpcAssociation");

  /** {@code ec2:DeleteLocalGatewayVirtualInterface}: Write; on local-gateway-virtual-interface. */
  public static final Action DELETE_LOCAL_GATEWAY_VIRTUAL_INTERFACE = Action.of(PREFIX, "DeleteLocalGatewayVirtualInterface");

  /** {@code ec2:DeleteLocalGatewayVirtualInterfaceGroup}: Write; on local-gateway-virtual-interface-group. */
  public static final Action DELETE_LOCAL_GATEWAY_VIRTUAL_INTERFACE_GROUP = Action.of(PREFIX, "DeleteLocalGatewayVirtualInterfaceGroup");

  /** {@code ec2:DeleteManagedPrefixList}: Write; on prefix-list. */
  public static final Action DELETE_MANAGED_PREFIX_LIST = Action.of(PREFIX, "DeleteManagedPrefixList");

  /** {@code ec2:DeleteNatGateway}: Write; on natgateway. */
  public static final Action DELETE_NAT_GATEWAY = Action.of(PREFIX, "DeleteNatGateway");

  /** {@code ec2:DeleteNetworkAcl}: Write; on network-acl. */
  public static final Action DELETE_NETWORK_ACL = Action.of(PREFIX, "DeleteNetworkAcl");

  /** {@code ec2:DeleteNetworkAclEntry}: Write; on network-acl. */
  public static final Action DELETE_NETWORK_ACL_ENTRY = Action.of(PREFIX, "DeleteNetworkAclEntry");

  /** {@code ec2:DeleteNetworkInsightsAccessScope}: Write; on network-insights-access-scope. */
  public static final Action DELETE_NETWORK_INSIGHTS_ACCESS_SCOPE = Action.of(PREFIX, "DeleteNetworkInsightsAccessScope");

  /** {@code ec2:DeleteNetworkInsightsAccessScopeAnalysis}: Write; on network-insights-access-scope-analysis. */
  public static final Action DELETE_NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSIS = Action.of(PREFIX, "DeleteNetworkInsightsAccessScopeAnalysis");

  /** {@code ec2:DeleteNetworkInsightsAnalysis}: Write; on network-insights-analysis. */
  public static final Action DELETE_NETWORK_INSIGHTS_ANALYSIS = Action.of(PREFIX, "DeleteNetworkInsightsAnalysis");

  /** {@code ec2:DeleteNetworkInsightsPath}: Write; on network-insights-path. */
  public static final Action DELETE_NETWORK_INSIGHTS_PATH = Action.of(PREFIX, "DeleteNetworkInsightsPath");

  /** {@code ec2:DeleteNetworkInterface}: Write; on network-interface. */
  public static final Action DELETE_NETWORK_INTERFACE = Action.of(PREFIX, "DeleteNetworkInterface");

  /** {@code ec2:DeleteNetworkInterfacePermission}: Permissions management; on network-interface. */
  public static final Action DELETE_NETWORK_INTERFACE_PERMISSION = Action.of(PREFIX, "DeleteNetworkInterfacePermission");

  /** {@code ec2:DeleteOdbNetworkPeering}: Permissions management; on vpc. */
  public static final Action DELETE_ODB_NETWORK_PEERING = Action.of(PREFIX, "DeleteOdbNetworkPeering");

  /** {@code ec2:DeletePlacementGroup}: Write; on placement-group. */
  public static final Action DELETE_PLACEMENT_GROUP = Action.of(PREFIX, "DeletePlacementGroup");

  /** {@code ec2:DeletePublicIpv4Pool}: Write; on ipv4pool-ec2. */
  public static final Action DELETE_PUBLIC_IPV4_POOL = Action.of(PREFIX, "DeletePublicIpv4Pool");

  /** {@code ec2:DeleteQueuedReservedInstances}: Write; on reserved-instances. */
  public static final Action DELETE_QUEUED_RESERVED_INSTANCES = Action.of(PREFIX, "DeleteQueuedReservedInstances");

  /** {@code ec2:DeleteResourcePolicy}: Permissions management; on ipam-pool, placement-group, verified-access-group. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code ec2:DeleteRoute}: Write; on route-table. */
  public static final Action DELETE_ROUTE = Action.of(PREFIX, "DeleteRoute");

  /** {@code ec2:DeleteRouteServer}: Write; on route-server. */
  public static final Action DELETE_ROUTE_SERVER = Action.of(PREFIX, "DeleteRouteServer");

  /** {@code ec2:DeleteRouteServerEndpoint}: Write; on route-server-endpoint. */
  public static final Action DELETE_ROUTE_SERVER_ENDPOINT = Action.of(PREFIX, "DeleteRouteServerEndpoint");

  /** {@code ec2:DeleteRouteServerPeer}: Write; on route-server-peer. */
  public static final Action DELETE_ROUTE_SERVER_PEER = Action.of(PREFIX, "DeleteRouteServerPeer");

  /** {@code ec2:DeleteRouteTable}: Write; on route-table. */
  public static final Action DELETE_ROUTE_TABLE = Action.of(PREFIX, "DeleteRouteTable");

  /** {@code ec2:DeleteSecondaryNetwork}: Write; on secondary-network. */
  public static final Action DELETE_SECONDARY_NETWORK = Action.of(PREFIX, "DeleteSecondaryNetwork");

  /** {@code ec2:DeleteSecondarySubnet}: Write; on secondary-subnet. */
  public static final Action DELETE_SECONDARY_SUBNET = Action.of(PREFIX, "DeleteSecondarySubnet");

  /** {@code ec2:DeleteSecurityGroup}: Write; on security-group. */
  public static final Action DELETE_SECURITY_GROUP = Action.of(PREFIX, "DeleteSecurityGroup");

  /** {@code ec2:DeleteSnapshot}: Write; on snapshot. */
  public static final Action DELETE_SNAPSHOT = Action.of(PREFIX, "DeleteSnapshot");

  /** {@code ec2:DeleteSpotDatafeedSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SPOT_DATAFEED_SUBSCRIPTION = Action.of(PREFIX, "DeleteSpotDatafeedSubscription");

  /** {@code ec2:DeleteSubnet}: Write; on subnet. */
  public static final Action DELETE_SUBNET = Action.of(PREFIX, "DeleteSubnet");

  /** {@code ec2:DeleteSubnetCidrReservation}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SUBNET_CIDR_RESERVATION = Action.of(PREFIX, "DeleteSubnetCidrReservation");

  /** {@code ec2:DeleteTags}: Tagging; on capacity-block, capacity-manager-data-export, capacity-reservation, capacity-reservation-fleet, carrier-gateway, client-vpn-endpoint, coip-pool, customer-gateway, declarative-policies-report, dedicated-host, dhcp-options, egress-only-internet-gateway, elastic-gpu, elastic-ip, export-image-task, export-instance-task, fleet, fpga-image, host-reservation, image, image-usage-report, import-image-task, import-snapshot-task, instance, instance-connect-endpoint, instance-event-window, internet-gateway, ipam, ipam-external-resource-verification-token, ipam-policy, ipam-pool, ipam-prefix-list-resolver, ipam-prefix-list-resolver-target, ipam-resource-discovery, ipam-resource-discovery-association, ipam-scope, ipv4pool-ec2, ipv6pool-ec2, key-pair, launch-template, local-gateway, local-gateway-route-table, local-gateway-route-table-virtual-interface-group-association, local-gateway-route-table-vpc-association, local-gateway-virtual-interface, local-gateway-virtual-interface-group, natgateway, network-acl, network-insights-access-scope, network-insights-access-scope-analysis, network-insights-analysis, network-insights-path, network-interface, placement-group, prefix-list, replace-root-volume-task, reserved-instances, route-server, route-server-endpoint, route-server-peer, route-table, secondary-interface, secondary-network, secondary-subnet, security-group, security-group-rule, snapshot, spot-fleet-request, spot-instances-request, subnet, subnet-cidr-reservation, traffic-mirror-filter, traffic-mirror-filter-rule, traffic-mirror-session, traffic-mirror-target, transit-gateway, transit-gateway-attachment, transit-gateway-connect-peer, transit-gateway-metering-policy, transit-gateway-multicast-domain, transit-gateway-policy-table, transit-gateway-route-table, transit-gateway-route-table-announcement, verified-access-endpoint, verified-access-endpoint-target, verified-access-group, verified-access-instance, verified-access-policy, verified-access-trust-provider, volume, vpc, vpc-block-public-access-exclusion, vpc-encryption-control, vpc-endpoint, vpc-endpoint-connection, vpc-endpoint-service, vpc-endpoint-service-permission, vpc-flow-log, vpc-peering-connection, vpn-concentrator, vpn-connection, vpn-gateway. */
  public static final Action DELETE_TAGS = Action.of(PREFIX, "DeleteTags");

  /** {@code ec2:DeleteTrafficMirrorFilter}: Write; on traffic-mirror-filter. */
  public static final Action DELETE_TRAFFIC_MIRROR_FILTER = Action.of(PREFIX, "DeleteTrafficMirrorFilter");

  /** {@code ec2:DeleteTrafficMirrorFilterRule}: Write; on traffic-mirror-filter, traffic-mirror-filter-rule. */
  public static final Action DELETE_TRAFFIC_MIRROR_FILTER_RULE = Action.of(PREFIX, "DeleteTrafficMirrorFilterRule");

  /** {@code ec2:DeleteTrafficMirrorSession}: Write; on traffic-mirror-session. */
  public static final Action DELETE_TRAFFIC_MIRROR_SESSION = Action.of(PREFIX, "DeleteTrafficMirrorSession");

  /** {@code ec2:DeleteTrafficMirrorTarget}: Write; on traffic-mirror-target. */
  public static final Action DELETE_TRAFFIC_MIRROR_TARGET = Action.of(PREFIX, "DeleteTrafficMirrorTarget");

  /** {@code ec2:DeleteTransitGateway}: Write; on transit-gateway. */
  public static final Action DELETE_TRANSIT_GATEWAY = Action.of(PREFIX, "DeleteTransitGateway");

  /** {@code ec2:DeleteTransitGatewayConnect}: Write; on transit-gateway-attachment. */
  public static final Action DELETE_TRANSIT_GATEWAY_CONNECT = Action.of(PREFIX, "DeleteTransitGatewayConnect");

  /** {@code ec2:DeleteTransitGatewayConnectPeer}: Write; on transit-gateway-connect-peer. */
  public static final Action DELETE_TRANSIT_GATEWAY_CONNECT_PEER = Action.of(PREFIX, "DeleteTransitGatewayConnectPeer");

  /** {@code ec2:DeleteTransitGatewayMeteringPolicy}: Write; on transit-gateway-metering-policy. */
  public static final Action DELETE_TRANSIT_GATEWAY_METERING_POLICY = Action.of(PREFIX, "DeleteTransitGatewayMeteringPolicy");

  /** {@code ec2:DeleteTransitGatewayMeteringPolicyEntry}: Write; on transit-gateway-metering-policy. */
  public static final Action DELETE_TRANSIT_GATEWAY_METERING_POLICY_ENTRY = Action.of(PREFIX, "DeleteTransitGatewayMeteringPolicyEntry");

  /** {@code ec2:DeleteTransitGatewayMulticastDomain}: Write; on transit-gateway-multicast-domain. */
  public static final Action DELETE_TRANSIT_GATEWAY_MULTICAST_DOMAIN = Action.of(PREFIX, "DeleteTransitGatewayMulticastDomain");

  /** {@code ec2:DeleteTransitGatewayPeeringAttachment}: Write; on transit-gateway-attachment. */
  public static final Action DELETE_TRANSIT_GATEWAY_PEERING_ATTACHMENT = Action.of(PREFIX, "DeleteTransitGatewayPeeringAttachment");

  /** {@code ec2:DeleteTransitGatewayPolicyTable}: Write; on transit-gateway-policy-table. */
  public static final Action DELETE_TRANSIT_GATEWAY_POLICY_TABLE = Action.of(PREFIX, "DeleteTransitGatewayPolicyTable");

  /** {@code ec2:DeleteTransitGatewayPrefixListReference}: Write; on prefix-list, transit-gateway-route-table. */
  public static final Action DELETE_TRANSIT_GATEWAY_PREFIX_LIST_REFERENCE = Action.of(PREFIX, "DeleteTransitGatewayPrefixListReference");

  /** {@code ec2:DeleteTransitGatewayRoute}: Write; on transit-gateway-route-table. */
  public static final Action DELETE_TRANSIT_GATEWAY_ROUTE = Action.of(PREFIX, "DeleteTransitGatewayRoute");

  /** {@code ec2:DeleteTransitGatewayRouteTable}: Write; on transit-gateway-route-table. */
  public static final Action DELETE_TRANSIT_GATEWAY_ROUTE_TABLE = Action.of(PREFIX, "DeleteTransitGatewayRouteTable");

  /** {@code ec2:DeleteTransitGatewayRouteTableAnnouncement}: Write; on transit-gateway-route-table-announcement. */
  public static final Action DELETE_TRANSIT_GATEWAY_ROUTE_TABLE_ANNOUNCEMENT = Action.of(PREFIX, "DeleteTransitGatewayRouteTableAnnouncement");

  /** {@code ec2:DeleteTransitGatewayVpcAttachment}: Write; on transit-gateway-attachment. */
  public static final Action DELETE_TRANSIT_GATEWAY_VPC_ATTACHMENT = Action.of(PREFIX, "DeleteTransitGatewayVpcAttachment");

  /** {@code ec2:DeleteVerifiedAccessEndpoint}: Write; on verified-access-endpoint. */
  public static final Action DELETE_VERIFIED_ACCESS_ENDPOINT = Action.of(PREFIX, "DeleteVerifiedAccessEndpoint");

  /** {@code ec2:DeleteVerifiedAccessGroup}: Write; on verified-access-group. */
  public static final Action DELETE_VERIFIED_ACCESS_GROUP = Action.of(PREFIX, "DeleteVerifiedAccessGroup");

  /** {@code ec2:DeleteVerifiedAccessInstance}: Write; on verified-access-instance. */
  public static final Action DELETE_VERIFIED_ACCESS_INSTANCE = Action.of(PREFIX, "DeleteVerifiedAccessInstance");

  /** {@code ec2:DeleteVerifiedAccessTrustProvider}: Write; on verified-access-trust-provider. */
  public static final Action DELETE_VERIFIED_ACCESS_TRUST_PROVIDER = Action.of(PREFIX, "DeleteVerifiedAccessTrustProvider");

  /** {@code ec2:DeleteVolume}: Write; on volume. */
  public static final Action DELETE_VOLUME = Action.of(PREFIX, "DeleteVolume");

  /** {@code ec2:DeleteVpc}: Write; on vpc. */
  public static final Action DELETE_VPC = Action.of(PREFIX, "DeleteVpc");

  /** {@code ec2:DeleteVpcBlockPublicAccessExclusion}: Write; on vpc-block-public-access-exclusion. */
  public static final Action DELETE_VPC_BLOCK_PUBLIC_ACCESS_EXCLUSION = Action.of(PREFIX, "DeleteVpcBlockPublicAccessExclusion");

  /** {@code ec2:DeleteVpcEncryptionControl}: Write; on vpc-encryption-control. */
  public static final Action DELETE_VPC_ENCRYPTION_CONTROL = Action.of(PREFIX, "DeleteVpcEncryptionControl");

  /** {@code ec2:DeleteVpcEndpointConnectionNotifications}: Write; on vpc-endpoint, vpc-endpoint-service. */
  public static final Action DELETE_VPC_ENDPOINT_CONNECTION_NOTIFICATIONS = Action.of(PREFIX, "DeleteVpcEndpointConnectionNotifications");

  /** {@code ec2:DeleteVpcEndpointServiceConfigurations}: Write; on vpc-endpoint-service. */
  public static final Action DELETE_VPC_ENDPOINT_SERVICE_CONFIGURATIONS = Action.of(PREFIX, "DeleteVpcEndpointServiceConfigurations");

  /** {@code ec2:DeleteVpcEndpoints}: Write; on vpc-endpoint. */
  public static final Action DELETE_VPC_ENDPOINTS = Action.of(PREFIX, "DeleteVpcEndpoints");

  /** {@code ec2:DeleteVpcPeeringConnection}: Write; on vpc-peering-connection. */
  public static final Action DELETE_VPC_PEERING_CONNECTION = Action.of(PREFIX, "DeleteVpcPeeringConnection");

  /** {@code ec2:DeleteVpnConcentrator}: Write; on vpn-concentrator. */
  public static final Action DELETE_VPN_CONCENTRATOR = Action.of(PREFIX, "DeleteVpnConcentrator");

  /** {@code ec2:DeleteVpnConnection}: Write; on vpn-connection. */
  public static final Action DELETE_VPN_CONNECTION = Action.of(PREFIX, "DeleteVpnConnection");

  /** {@code ec2:DeleteVpnConnectionRoute}: Write; on vpn-connection. */
  public static final Action DELETE_VPN_CONNECTION_ROUTE = Action.of(PREFIX, "DeleteVpnConnectionRoute");

  /** {@code ec2:DeleteVpnGateway}: Write; on vpn-gateway. */
  public static final Action DELETE_VPN_GATEWAY = Action.of(PREFIX, "DeleteVpnGateway");

  /** {@code ec2:DeprovisionByoipCidr}: Write; on no resource type (give {@code *}). */
  public static final Action DEPROVISION_BYOIP_CIDR = Action.of(PREFIX, "DeprovisionByoipCidr");

  /** {@code ec2:DeprovisionIpamByoasn}: Write; on ipam. */
  public static final Action DEPROVISION_IPAM_BYOASN = Action.of(PREFIX, "DeprovisionIpamByoasn");

  /** {@code ec2:DeprovisionIpamPoolCidr}: Write; on ipam-pool. */
  public static final Action DEPROVISION_IPAM_POOL_CIDR = Action.of(PREFIX, "DeprovisionIpamPoolCidr");

  /** {@code ec2:DeprovisionPublicIpv4PoolCidr}: Write; on ipv4pool-ec2. */
  public static final Action DEPROVISION_PUBLIC_IPV4_POOL_CIDR = Action.of(PREFIX, "DeprovisionPublicIpv4PoolCidr");

  /** {@code ec2:DeregisterImage}: Write; on image. */
  public static final Action DEREGISTER_IMAGE = Action.of(PREFIX, "DeregisterImage");

  /** {@code ec2:DeregisterInstanceEventNotificationAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_INSTANCE_EVENT_NOTIFICATION_ATTRIBUTES = Action.of(PREFIX, "DeregisterInstanceEventNotificationAttributes");

  /** {@code ec2:DeregisterTransitGatewayMulticastGroupMembers}: Write; on network-interface, transit-gateway-multicast-domain. */
  public static final Action DEREGISTER_TRANSIT_GATEWAY_MULTICAST_GROUP_MEMBERS = Action.of(PREFIX, "DeregisterTransitGatewayMulticastGroupMembers");

  /** {@code ec2:DeregisterTransitGatewayMulticastGroupSources}: Write; on network-interface, transit-gateway-multicast-domain. */
  public static final Action DEREGISTER_TRANSIT_GATEWAY_MULTICAST_GROUP_SOURCES = Action.of(PREFIX, "DeregisterTransitGatewayMulticastGroupSources");

  /** {@code ec2:DescribeAccountAttributes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_ATTRIBUTES = Action.of(PREFIX, "DescribeAccountAttributes");

  /** {@code ec2:DescribeAddressTransfers}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ADDRESS_TRANSFERS = Action.of(PREFIX, "DescribeAddressTransfers");

  /** {@code ec2:DescribeAddresses}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ADDRESSES = Action.of(PREFIX, "DescribeAddresses");

  /** {@code ec2:DescribeAddressesAttribute}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ADDRESSES_ATTRIBUTE = Action.of(PREFIX, "DescribeAddressesAttribute");

  /** {@code ec2:DescribeAggregateIdFormat}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AGGREGATE_ID_FORMAT = Action.of(PREFIX, "DescribeAggregateIdFormat");

  /** {@code ec2:DescribeAvailabilityZones}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AVAILABILITY_ZONES = Action.of(PREFIX, "DescribeAvailabilityZones");

  /** {@code ec2:DescribeAwsNetworkPerformanceMetricSubscriptions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AWS_NETWORK_PERFORMANCE_METRIC_SUBSCRIPTIONS = Action.of(PREFIX, "DescribeAwsNetworkPerformanceMetricSubscriptions");

  /** {@code ec2:DescribeBundleTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BUNDLE_TASKS = Action.of(PREFIX, "DescribeBundleTasks");

  /** {@code ec2:DescribeByoipCidrs}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BYOIP_CIDRS = Action.of(PREFIX, "DescribeByoipCidrs");

  /** {@code ec2:DescribeCapacityBlockExtensionHistory}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CAPACITY_BLOCK_EXTENSION_HISTORY = Action.of(PREFIX, "DescribeCapacityBlockExtensionHistory");

  /** {@code ec2:DescribeCapacityBlockExtensionOfferings}: List; on capacity-reservation. */
  public static final Action DESCRIBE_CAPACITY_BLOCK_EXTENSION_OFFERINGS = Action.of(PREFIX, "DescribeCapacityBlockExtensionOfferings");

  /** {@code ec2:DescribeCapacityBlockOfferings}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CAPACITY_BLOCK_OFFERINGS = Action.of(PREFIX, "DescribeCapacityBlockOfferings");

  /** {@code ec2:DescribeCapacityBlockStatus}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CAPACITY_BLOCK_STATUS = Action.of(PREFIX, "DescribeCapacityBlockStatus");

  /** {@code ec2:DescribeCapacityBlocks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CAPACITY_BLOCKS = Action.of(PREFIX, "DescribeCapacityBlocks");

  /** {@code ec2:DescribeCapacityManagerDataExports}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CAPACITY_MANAGER_DATA_EXPORTS = Action.of(PREFIX, "DescribeCapacityManagerDataExports");

  /** {@code ec2:DescribeCapacityReservationBillingRequests}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CAPACITY_RESERVATION_BILLING_REQUESTS = Action.of(PREFIX, "DescribeCapacityReservationBillingRequests");

  /** {@code ec2:DescribeCapacityReservationFleets}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CAPACITY_RESERVATION_FLEETS = Action.of(PREFIX, "DescribeCapacityReservationFleets");

  /** {@code ec2:DescribeCapacityReservationTopology}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CAPACITY_RESERVATION_TOPOLOGY = Action.of(PREFIX, "DescribeCapacityReservationTopology");

  /** {@code ec2:DescribeCapacityReservations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CAPACITY_RESERVATIONS = Action.of(PREFIX, "DescribeCapacityReservations");

  /** {@code ec2:DescribeCarrierGateways}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CARRIER_GATEWAYS = Action.of(PREFIX, "DescribeCarrierGateways");

  /** {@code ec2:DescribeClassicLinkInstances}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLASSIC_LINK_INSTANCES = Action.of(PREFIX, "DescribeClassicLinkInstances");

  /** {@code ec2:DescribeClientVpnAuthorizationRules}: List; on client-vpn-endpoint. */
  public static final Action DESCRIBE_CLIENT_VPN_AUTHORIZATION_RULES = Action.of(PREFIX, "DescribeClientVpnAuthorizationRules");

  /** {@code ec2:DescribeClientVpnConnections}: List; on client-vpn-endpoint. */
  public static final Action DESCRIBE_CLIENT_VPN_CONNECTIONS = Action.of(PREFIX, "DescribeClientVpnConnections");

  /** {@code ec2:DescribeClientVpnEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CLIENT_VPN_ENDPOINTS = Action.of(PREFIX, "DescribeClientVpnEndpoints");

  /** {@code ec2:DescribeClientVpnRoutes}: List; on client-vpn-endpoint. */
  public static final Action DESCRIBE_CLIENT_VPN_ROUTES = Action.of(PREFIX, "DescribeClientVpnRoutes");

  /** {@code ec2:DescribeClientVpnTargetNetworks}: List; on client-vpn-endpoint. */
  public static final Action DESCRIBE_CLIENT_VPN_TARGET_NETWORKS = Action.of(PREFIX, "DescribeClientVpnTargetNetworks");

  /** {@code ec2:DescribeCoipPools}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COIP_POOLS = Action.of(PREFIX, "DescribeCoipPools");

  /** {@code ec2:DescribeConversionTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONVERSION_TASKS = Action.of(PREFIX, "DescribeConversionTasks");

  /** {@code ec2:DescribeCustomerGateways}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CUSTOMER_GATEWAYS = Action.of(PREFIX, "DescribeCustomerGateways");

  /** {@code ec2:DescribeDeclarativePoliciesReports}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DECLARATIVE_POLICIES_REPORTS = Action.of(PREFIX, "DescribeDeclarativePoliciesReports");

  /** {@code ec2:DescribeDhcpOptions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DHCP_OPTIONS = Action.of(PREFIX, "DescribeDhcpOptions");

  /** {@code ec2:DescribeEgressOnlyInternetGateways}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EGRESS_ONLY_INTERNET_GATEWAYS = Action.of(PREFIX, "DescribeEgressOnlyInternetGateways");

  /** {@code ec2:DescribeElasticGpus}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ELASTIC_GPUS = Action.of(PREFIX, "DescribeElasticGpus");

  /** {@code ec2:DescribeExportImageTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EXPORT_IMAGE_TASKS = Action.of(PREFIX, "DescribeExportImageTasks");

  /** {@code ec2:DescribeExportTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EXPORT_TASKS = Action.of(PREFIX, "DescribeExportTasks");

  /** {@code ec2:DescribeFastLaunchImages}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FAST_LAUNCH_IMAGES = Action.of(PREFIX, "DescribeFastLaunchImages");

  /** {@code ec2:DescribeFastSnapshotRestores}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FAST_SNAPSHOT_RESTORES = Action.of(PREFIX, "DescribeFastSnapshotRestores");

  /** {@code ec2:DescribeFleetHistory}: List; on fleet. */
  public static final Action DESCRIBE_FLEET_HISTORY = Action.of(PREFIX, "DescribeFleetHistory");

  /** {@code ec2:DescribeFleetInstances}: List; on fleet. */
  public static final Action DESCRIBE_FLEET_INSTANCES = Action.of(PREFIX, "DescribeFleetInstances");

  /** {@code ec2:DescribeFleets}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FLEETS = Action.of(PREFIX, "DescribeFleets");

  /** {@code ec2:DescribeFlowLogs}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FLOW_LOGS = Action.of(PREFIX, "DescribeFlowLogs");

  /** {@code ec2:DescribeFpgaImageAttribute}: List; on fpga-image. */
  public static final Action DESCRIBE_FPGA_IMAGE_ATTRIBUTE = Action.of(PREFIX, "DescribeFpgaImageAttribute");

  /** {@code ec2:DescribeFpgaImages}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FPGA_IMAGES = Action.of(PREFIX, "DescribeFpgaImages");

  /** {@code ec2:DescribeHostReservationOfferings}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_HOST_RESERVATION_OFFERINGS = Action.of(PREFIX, "DescribeHostReservationOfferings");

  /** {@code ec2:DescribeHostReservations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_HOST_RESERVATIONS = Action.of(PREFIX, "DescribeHostReservations");

  /** {@code ec2:DescribeHosts}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_HOSTS = Action.of(PREFIX, "DescribeHosts");

  /** {@code ec2:DescribeIamInstanceProfileAssociations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IAM_INSTANCE_PROFILE_ASSOCIATIONS = Action.of(PREFIX, "DescribeIamInstanceProfileAssociations");

  /** {@code ec2:DescribeIdFormat}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ID_FORMAT = Action.of(PREFIX, "DescribeIdFormat");

  /** {@code ec2:DescribeIdentityIdFormat}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IDENTITY_ID_FORMAT = Action.of(PREFIX, "DescribeIdentityIdFormat");

  /** {@code ec2:DescribeImageAttribute}: List; on image. */
  public static final Action DESCRIBE_IMAGE_ATTRIBUTE = Action.of(PREFIX, "DescribeImageAttribute");

  /** {@code ec2:DescribeImageReferences}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IMAGE_REFERENCES = Action.of(PREFIX, "DescribeImageReferences");

  /** {@code ec2:DescribeImageUsageReportEntries}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IMAGE_USAGE_REPORT_ENTRIES = Action.of(PREFIX, "DescribeImageUsageReportEntries");

  /** {@code ec2:DescribeImageUsageReports}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IMAGE_USAGE_REPORTS = Action.of(PREFIX, "DescribeImageUsageReports");

  /** {@code ec2:DescribeImages}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IMAGES = Action.of(PREFIX, "DescribeImages");

  /** {@code ec2:DescribeImportImageTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IMPORT_IMAGE_TASKS = Action.of(PREFIX, "DescribeImportImageTasks");

  /** {@code ec2:DescribeImportSnapshotTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IMPORT_SNAPSHOT_TASKS = Action.of(PREFIX, "DescribeImportSnapshotTasks");

  /** {@code ec2:DescribeInstanceAttribute}: List; on instance. */
  public static final Action DESCRIBE_INSTANCE_ATTRIBUTE = Action.of(PREFIX, "DescribeInstanceAttribute");

  /** {@code ec2:DescribeInstanceConnectEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_CONNECT_ENDPOINTS = Action.of(PREFIX, "DescribeInstanceConnectEndpoints");

  /** {@code ec2:DescribeInstanceCreditSpecifications}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_CREDIT_SPECIFICATIONS = Action.of(PREFIX, "DescribeInstanceCreditSpecifications");

  /** {@code ec2:DescribeInstanceEventNotificationAttributes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_EVENT_NOTIFICATION_ATTRIBUTES = Action.of(PREFIX, "DescribeInstanceEventNotificationAttributes");

  /** {@code ec2:DescribeInstanceEventWindows}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_EVENT_WINDOWS = Action.of(PREFIX, "DescribeInstanceEventWindows");

  /** {@code ec2:DescribeInstanceImageMetadata}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_IMAGE_METADATA = Action.of(PREFIX, "DescribeInstanceImageMetadata");

  /** {@code ec2:DescribeInstanceSqlHaHistoryStates}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_SQL_HA_HISTORY_STATES = Action.of(PREFIX, "DescribeInstanceSqlHaHistoryStates");

  /** {@code ec2:DescribeInstanceSqlHaStates}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_SQL_HA_STATES = Action.of(PREFIX, "DescribeInstanceSqlHaStates");

  /** {@code ec2:DescribeInstanceStatus}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_STATUS = Action.of(PREFIX, "DescribeInstanceStatus");

  /** {@code ec2:DescribeInstanceTopology}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_TOPOLOGY = Action.of(PREFIX, "DescribeInstanceTopology");

  /** {@code ec2:DescribeInstanceTypeOfferings}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_TYPE_OFFERINGS = Action.of(PREFIX, "DescribeInstanceTypeOfferings");

  /** {@code ec2:DescribeInstanceTypes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCE_TYPES = Action.of(PREFIX, "DescribeInstanceTypes");

  /** {@code ec2:DescribeInstances}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INSTANCES = Action.of(PREFIX, "DescribeInstances");

  /** {@code ec2:DescribeInternetGateways}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INTERNET_GATEWAYS = Action.of(PREFIX, "DescribeInternetGateways");

  /** {@code ec2:DescribeIpamByoasn}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IPAM_BYOASN = Action.of(PREFIX, "DescribeIpamByoasn");

  /** {@code ec2:DescribeIpamExternalResourceVerificationTokens}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IPAM_EXTERNAL_RESOURCE_VERIFICATION_TOKENS = Action.of(PREFIX, "DescribeIpamExternalResourceVerificationTokens");

  /** {@code ec2:DescribeIpamPolicies}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IPAM_POLICIES = Action.of(PREFIX, "DescribeIpamPolicies");

  /** {@code ec2:DescribeIpamPools}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IPAM_POOLS = Action.of(PREFIX, "DescribeIpamPools");

  /** {@code ec2:DescribeIpamPrefixListResolverTargets}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IPAM_PREFIX_LIST_RESOLVER_TARGETS = Action.of(PREFIX, "DescribeIpamPrefixListResolverTargets");

  /** {@code ec2:DescribeIpamPrefixListResolvers}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IPAM_PREFIX_LIST_RESOLVERS = Action.of(PREFIX, "DescribeIpamPrefixListResolvers");

  /** {@code ec2:DescribeIpamResourceDiscoveries}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IPAM_RESOURCE_DISCOVERIES = Action.of(PREFIX, "DescribeIpamResourceDiscoveries");

  /** {@code ec2:DescribeIpamResourceDiscoveryAssociations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IPAM_RESOURCE_DISCOVERY_ASSOCIATIONS = Action.of(PREFIX, "DescribeIpamResourceDiscoveryAssociations");

  /** {@code ec2:DescribeIpamScopes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IPAM_SCOPES = Action.of(PREFIX, "DescribeIpamScopes");

  /** {@code ec2:DescribeIpams}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IPAMS = Action.of(PREFIX, "DescribeIpams");

  /** {@code ec2:DescribeIpv6Pools}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IPV6_POOLS = Action.of(PREFIX, "DescribeIpv6Pools");

  /** {@code ec2:DescribeKeyPairs}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_KEY_PAIRS = Action.of(PREFIX, "DescribeKeyPairs");

  /** {@code ec2:DescribeLaunchTemplateVersions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LAUNCH_TEMPLATE_VERSIONS = Action.of(PREFIX, "DescribeLaunchTemplateVersions");

  /** {@code ec2:DescribeLaunchTemplates}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LAUNCH_TEMPLATES = Action.of(PREFIX, "DescribeLaunchTemplates");

  /** {@code ec2:DescribeLocalGatewayRouteTablePermissions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOCAL_GATEWAY_ROUTE_TABLE_PERMISSIONS = Action.of(PREFIX, "DescribeLocalGatewayRouteTablePermissions");

  /** {@code ec2:DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOCAL_GATEWAY_ROUTE_TABLE_VIRTUAL_INTERFACE_GROUP_ASSOCIATIONS = Action.of(PREFIX, "DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations");

  /** {@code ec2:DescribeLocalGatewayRouteTableVpcAssociations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOCAL_GATEWAY_ROUTE_TABLE_VPC_ASSOCIATIONS = Action.of(PREFIX, "DescribeLocalGatewayRouteTableVpcAssociations");

  /** {@code ec2:DescribeLocalGatewayRouteTables}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOCAL_GATEWAY_ROUTE_TABLES = Action.of(PREFIX, "DescribeLocalGatewayRouteTables");

  /** {@code ec2:DescribeLocalGatewayVirtualInterfaceGroups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOCAL_GATEWAY_VIRTUAL_INTERFACE_GROUPS = Action.of(PREFIX, "DescribeLocalGatewayVirtualInterfaceGroups");

  /** {@code ec2:DescribeLocalGatewayVirtualInterfaces}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOCAL_GATEWAY_VIRTUAL_INTERFACES = Action.of(PREFIX, "DescribeLocalGatewayVirtualInterfaces");

  /** {@code ec2:DescribeLocalGateways}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOCAL_GATEWAYS = Action.of(PREFIX, "DescribeLocalGateways");

  /** {@code ec2:DescribeLockedSnapshots}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOCKED_SNAPSHOTS = Action.of(PREFIX, "DescribeLockedSnapshots");

  /** {@code ec2:DescribeMacHosts}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MAC_HOSTS = Action.of(PREFIX, "DescribeMacHosts");

  /** {@code ec2:DescribeMacModificationTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MAC_MODIFICATION_TASKS = Action.of(PREFIX, "DescribeMacModificationTasks");

  /** {@code ec2:DescribeManagedPrefixLists}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MANAGED_PREFIX_LISTS = Action.of(PREFIX, "DescribeManagedPrefixLists");

  /** {@code ec2:DescribeMovingAddresses}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_MOVING_ADDRESSES = Action.of(PREFIX, "DescribeMovingAddresses");

  /** {@code ec2:DescribeNatGateways}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NAT_GATEWAYS = Action.of(PREFIX, "DescribeNatGateways");

  /** {@code ec2:DescribeNetworkAcls}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NETWORK_ACLS = Action.of(PREFIX, "DescribeNetworkAcls");

  /** {@code ec2:DescribeNetworkInsightsAccessScopeAnalyses}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSES = Action.of(PREFIX, "DescribeNetworkInsightsAccessScopeAnalyses");

  /** {@code ec2:DescribeNetworkInsightsAccessScopes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NETWORK_INSIGHTS_ACCESS_SCOPES = Action.of(PREFIX, "DescribeNetworkInsightsAccessScopes");

  /** {@code ec2:DescribeNetworkInsightsAnalyses}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NETWORK_INSIGHTS_ANALYSES = Action.of(PREFIX, "DescribeNetworkInsightsAnalyses");

  /** {@code ec2:DescribeNetworkInsightsPaths}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NETWORK_INSIGHTS_PATHS = Action.of(PREFIX, "DescribeNetworkInsightsPaths");

  /** {@code ec2:DescribeNetworkInterfaceAttribute}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NETWORK_INTERFACE_ATTRIBUTE = Action.of(PREFIX, "DescribeNetworkInterfaceAttribute");

  /** {@code ec2:DescribeNetworkInterfacePermissions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NETWORK_INTERFACE_PERMISSIONS = Action.of(PREFIX, "DescribeNetworkInterfacePermissions");

  /** {@code ec2:DescribeNetworkInterfaces}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_NETWORK_INTERFACES = Action.of(PREFIX, "DescribeNetworkInterfaces");

  /** {@code ec2:DescribeOutpostLags}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_OUTPOST_LAGS = Action.of(PREFIX, "DescribeOutpostLags");

  /** {@code ec2:DescribePlacementGroups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PLACEMENT_GROUPS = Action.of(PREFIX, "DescribePlacementGroups");

  /** {@code ec2:DescribePrefixLists}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PREFIX_LISTS = Action.of(PREFIX, "DescribePrefixLists");

  /** {@code ec2:DescribePrincipalIdFormat}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PRINCIPAL_ID_FORMAT = Action.of(PREFIX, "DescribePrincipalIdFormat");

  /** {@code ec2:DescribePublicIpv4Pools}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PUBLIC_IPV4_POOLS = Action.of(PREFIX, "DescribePublicIpv4Pools");

  /** {@code ec2:DescribeRegions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REGIONS = Action.of(PREFIX, "DescribeRegions");

  /** {@code ec2:DescribeReplaceRootVolumeTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPLACE_ROOT_VOLUME_TASKS = Action.of(PREFIX, "DescribeReplaceRootVolumeTasks");

  /** {@code ec2:DescribeReservedInstances}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_INSTANCES = Action.of(PREFIX, "DescribeReservedInstances");

  /** {@code ec2:DescribeReservedInstancesListings}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_INSTANCES_LISTINGS = Action.of(PREFIX, "DescribeReservedInstancesListings");

  /** {@code ec2:DescribeReservedInstancesModifications}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_INSTANCES_MODIFICATIONS = Action.of(PREFIX, "DescribeReservedInstancesModifications");

  /** {@code ec2:DescribeReservedInstancesOfferings}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_INSTANCES_OFFERINGS = Action.of(PREFIX, "DescribeReservedInstancesOfferings");

  /** {@code ec2:DescribeRouteServerEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ROUTE_SERVER_ENDPOINTS = Action.of(PREFIX, "DescribeRouteServerEndpoints");

  /** {@code ec2:DescribeRouteServerPeers}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ROUTE_SERVER_PEERS = Action.of(PREFIX, "DescribeRouteServerPeers");

  /** {@code ec2:DescribeRouteServers}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ROUTE_SERVERS = Action.of(PREFIX, "DescribeRouteServers");

  /** {@code ec2:DescribeRouteTables}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ROUTE_TABLES = Action.of(PREFIX, "DescribeRouteTables");

  /** {@code ec2:DescribeScheduledInstanceAvailability}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCHEDULED_INSTANCE_AVAILABILITY = Action.of(PREFIX, "DescribeScheduledInstanceAvailability");

  /** {@code ec2:DescribeScheduledInstances}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SCHEDULED_INSTANCES = Action.of(PREFIX, "DescribeScheduledInstances");

  /** {@code ec2:DescribeSecondaryInterfaces}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SECONDARY_INTERFACES = Action.of(PREFIX, "DescribeSecondaryInterfaces");

  /** {@code ec2:DescribeSecondaryNetworks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SECONDARY_NETWORKS = Action.of(PREFIX, "DescribeSecondaryNetworks");

  /** {@code ec2:DescribeSecondarySubnets}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SECONDARY_SUBNETS = Action.of(PREFIX, "DescribeSecondarySubnets");

  /** {@code ec2:DescribeSecurityGroupReferences}: List; on security-group. */
  public static final Action DESCRIBE_SECURITY_GROUP_REFERENCES = Action.of(PREFIX, "DescribeSecurityGroupReferences");

  /** {@code ec2:DescribeSecurityGroupRules}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SECURITY_GROUP_RULES = Action.of(PREFIX, "DescribeSecurityGroupRules");

  /** {@code ec2:DescribeSecurityGroupVpcAssociations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SECURITY_GROUP_VPC_ASSOCIATIONS = Action.of(PREFIX, "DescribeSecurityGroupVpcAssociations");

  /** {@code ec2:DescribeSecurityGroups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SECURITY_GROUPS = Action.of(PREFIX, "DescribeSecurityGroups");

  /** {@code ec2:DescribeServiceLinkVirtualInterfaces}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SERVICE_LINK_VIRTUAL_INTERFACES = Action.of(PREFIX, "DescribeServiceLinkVirtualInterfaces");

  /** {@code ec2:DescribeSnapshotAttribute}: List; on snapshot. */
  public static final Action DESCRIBE_SNAPSHOT_ATTRIBUTE = Action.of(PREFIX, "DescribeSnapshotAttribute");

  /** {@code ec2:DescribeSnapshotTierStatus}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SNAPSHOT_TIER_STATUS = Action.of(PREFIX, "DescribeSnapshotTierStatus");

  /** {@code ec2:DescribeSnapshots}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SNAPSHOTS = Action.of(PREFIX, "DescribeSnapshots");

  /** {@code ec2:DescribeSpotDatafeedSubscription}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SPOT_DATAFEED_SUBSCRIPTION = Action.of(PREFIX, "DescribeSpotDatafeedSubscription");

  /** {@code ec2:DescribeSpotFleetInstances}: List; on spot-fleet-request. */
  public static final Action DESCRIBE_SPOT_FLEET_INSTANCES = Action.of(PREFIX, "DescribeSpotFleetInstances");

  /** {@code ec2:DescribeSpotFleetRequestHistory}: List; on spot-fleet-request. */
  public static final Action DESCRIBE_SPOT_FLEET_REQUEST_HISTORY = Action.of(PREFIX, "DescribeSpotFleetRequestHistory");

  /** {@code ec2:DescribeSpotFleetRequests}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SPOT_FLEET_REQUESTS = Action.of(PREFIX, "DescribeSpotFleetRequests");

  /** {@code ec2:DescribeSpotInstanceRequests}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SPOT_INSTANCE_REQUESTS = Action.of(PREFIX, "DescribeSpotInstanceRequests");

  /** {@code ec2:DescribeSpotPriceHistory}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SPOT_PRICE_HISTORY = Action.of(PREFIX, "DescribeSpotPriceHistory");

  /** {@code ec2:DescribeStaleSecurityGroups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_STALE_SECURITY_GROUPS = Action.of(PREFIX, "DescribeStaleSecurityGroups");

  /** {@code ec2:DescribeStoreImageTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_STORE_IMAGE_TASKS = Action.of(PREFIX, "DescribeStoreImageTasks");

  /** {@code ec2:DescribeSubnets}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SUBNETS = Action.of(PREFIX, "DescribeSubnets");

  /** {@code ec2:DescribeTags}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TAGS = Action.of(PREFIX, "DescribeTags");

  /** {@code ec2:DescribeTrafficMirrorFilterRules}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRAFFIC_MIRROR_FILTER_RULES = Action.of(PREFIX, "DescribeTrafficMirrorFilterRules");

  /** {@code ec2:DescribeTrafficMirrorFilters}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRAFFIC_MIRROR_FILTERS = Action.of(PREFIX, "DescribeTrafficMirrorFilters");

  /** {@code ec2:DescribeTrafficMirrorSessions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRAFFIC_MIRROR_SESSIONS = Action.of(PREFIX, "DescribeTrafficMirrorSessions");

  /** {@code ec2:DescribeTrafficMirrorTargets}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRAFFIC_MIRROR_TARGETS = Action.of(PREFIX, "DescribeTrafficMirrorTargets");

  /** {@code ec2:DescribeTransitGatewayAttachments}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRANSIT_GATEWAY_ATTACHMENTS = Action.of(PREFIX, "DescribeTransitGatewayAttachments");

  /** {@code ec2:DescribeTransitGatewayConnectPeers}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRANSIT_GATEWAY_CONNECT_PEERS = Action.of(PREFIX, "DescribeTransitGatewayConnectPeers");

  /** {@code ec2:DescribeTransitGatewayConnects}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRANSIT_GATEWAY_CONNECTS = Action.of(PREFIX, "DescribeTransitGatewayConnects");

  /** {@code ec2:DescribeTransitGatewayMeteringPolicies}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRANSIT_GATEWAY_METERING_POLICIES = Action.of(PREFIX, "DescribeTransitGatewayMeteringPolicies");

  /** {@code ec2:DescribeTransitGatewayMulticastDomains}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRANSIT_GATEWAY_MULTICAST_DOMAINS = Action.of(PREFIX, "DescribeTransitGatewayMulticastDomains");

  /** {@code ec2:DescribeTransitGatewayPeeringAttachments}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRANSIT_GATEWAY_PEERING_ATTACHMENTS = Action.of(PREFIX, "DescribeTransitGatewayPeeringAttachments");

  /** {@code ec2:DescribeTransitGatewayPolicyTables}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRANSIT_GATEWAY_POLICY_TABLES = Action.of(PREFIX, "DescribeTransitGatewayPolicyTables");

  /** {@code ec2:DescribeTransitGatewayRouteTableAnnouncements}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRANSIT_GATEWAY_ROUTE_TABLE_ANNOUNCEMENTS = Action.of(PREFIX, "DescribeTransitGatewayRouteTableAnnouncements");

  /** {@code ec2:DescribeTransitGatewayRouteTables}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRANSIT_GATEWAY_ROUTE_TABLES = Action.of(PREFIX, "DescribeTransitGatewayRouteTables");

  /** {@code ec2:DescribeTransitGatewayVpcAttachments}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRANSIT_GATEWAY_VPC_ATTACHMENTS = Action.of(PREFIX, "DescribeTransitGatewayVpcAttachments");

  /** {@code ec2:DescribeTransitGateways}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRANSIT_GATEWAYS = Action.of(PREFIX, "DescribeTransitGateways");

  /** {@code ec2:DescribeTrunkInterfaceAssociations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TRUNK_INTERFACE_ASSOCIATIONS = Action.of(PREFIX, "DescribeTrunkInterfaceAssociations");

  /** {@code ec2:DescribeVerifiedAccessEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VERIFIED_ACCESS_ENDPOINTS = Action.of(PREFIX, "DescribeVerifiedAccessEndpoints");

  /** {@code ec2:DescribeVerifiedAccessGroups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VERIFIED_ACCESS_GROUPS = Action.of(PREFIX, "DescribeVerifiedAccessGroups");

  /** {@code ec2:DescribeVerifiedAccessInstanceLoggingConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VERIFIED_ACCESS_INSTANCE_LOGGING_CONFIGURATIONS = Action.of(PREFIX, "DescribeVerifiedAccessInstanceLoggingConfigurations");

  /** {@code ec2:DescribeVerifiedAccessInstanceWebAclAssociations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VERIFIED_ACCESS_INSTANCE_WEB_ACL_ASSOCIATIONS = Action.of(PREFIX, "DescribeVerifiedAccessInstanceWebAclAssociations");

  /** {@code ec2:DescribeVerifiedAccessInstances}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VERIFIED_ACCESS_INSTANCES = Action.of(PREFIX, "DescribeVerifiedAccessInstances");

  /** {@code ec2:DescribeVerifiedAccessTrustProviders}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VERIFIED_ACCESS_TRUST_PROVIDERS = Action.of(PREFIX, "DescribeVerifiedAccessTrustProviders");

  /** {@code ec2:DescribeVolumeAttribute}: List; on volume. */
  public static final Action DESCRIBE_VOLUME_ATTRIBUTE = Action.of(PREFIX, "DescribeVolumeAttribute");

  /** {@code ec2:DescribeVolumeStatus}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VOLUME_STATUS = Action.of(PREFIX, "DescribeVolumeStatus");

  /** {@code ec2:DescribeVolumes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VOLUMES = Action.of(PREFIX, "DescribeVolumes");

  /** {@code ec2:DescribeVolumesModifications}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VOLUMES_MODIFICATIONS = Action.of(PREFIX, "DescribeVolumesModifications");

  /** {@code ec2:DescribeVpcAttribute}: List; on vpc. */
  public static final Action DESCRIBE_VPC_ATTRIBUTE = Action.of(PREFIX, "DescribeVpcAttribute");

  /** {@code ec2:DescribeVpcBlockPublicAccessExclusions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_BLOCK_PUBLIC_ACCESS_EXCLUSIONS = Action.of(PREFIX, "DescribeVpcBlockPublicAccessExclusions");

  /** {@code ec2:DescribeVpcBlockPublicAccessOptions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_BLOCK_PUBLIC_ACCESS_OPTIONS = Action.of(PREFIX, "DescribeVpcBlockPublicAccessOptions");

  /** {@code ec2:DescribeVpcClassicLink}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_CLASSIC_LINK = Action.of(PREFIX, "DescribeVpcClassicLink");

  /** {@code ec2:DescribeVpcClassicLinkDnsSupport}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_CLASSIC_LINK_DNS_SUPPORT = Action.of(PREFIX, "DescribeVpcClassicLinkDnsSupport");

  /** {@code ec2:DescribeVpcEncryptionControls}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_ENCRYPTION_CONTROLS = Action.of(PREFIX, "DescribeVpcEncryptionControls");

  /** {@code ec2:DescribeVpcEndpointAssociations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_ENDPOINT_ASSOCIATIONS = Action.of(PREFIX, "DescribeVpcEndpointAssociations");

  /** {@code ec2:DescribeVpcEndpointConnectionNotifications}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_ENDPOINT_CONNECTION_NOTIFICATIONS = Action.of(PREFIX, "DescribeVpcEndpointConnectionNotifications");

  /** {@code ec2:DescribeVpcEndpointConnections}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_ENDPOINT_CONNECTIONS = Action.of(PREFIX, "DescribeVpcEndpointConnections");

  /** {@code ec2:DescribeVpcEndpointServiceConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_ENDPOINT_SERVICE_CONFIGURATIONS = Action.of(PREFIX, "DescribeVpcEndpointServiceConfigurations");

  /** {@code ec2:DescribeVpcEndpointServicePermissions}: List; on vpc-endpoint-service. */
  public static final Action DESCRIBE_VPC_ENDPOINT_SERVICE_PERMISSIONS = Action.of(PREFIX, "DescribeVpcEndpointServicePermissions");

  /** {@code ec2:DescribeVpcEndpointServices}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_ENDPOINT_SERVICES = Action.of(PREFIX, "DescribeVpcEndpointServices");

  /** {@code ec2:DescribeVpcEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_ENDPOINTS = Action.of(PREFIX, "DescribeVpcEndpoints");

  /** {@code ec2:DescribeVpcPeeringConnections}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPC_PEERING_CONNECTIONS = Action.of(PREFIX, "DescribeVpcPeeringConnections");

  /** {@code ec2:DescribeVpcs}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPCS = Action.of(PREFIX, "DescribeVpcs");

  /** {@code ec2:DescribeVpnConcentrators}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPN_CONCENTRATORS = Action.of(PREFIX, "DescribeVpnConcentrators");

  /** {@code ec2:DescribeVpnConnections}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPN_CONNECTIONS = Action.of(PREFIX, "DescribeVpnConnections");

  /** {@code ec2:DescribeVpnGateways}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VPN_GATEWAYS = Action.of(PREFIX, "DescribeVpnGateways");

  /** {@code ec2:DetachApplianceFromNatGateway}: Permissions management; on natgateway. */
  public static final Action DETACH_APPLIANCE_FROM_NAT_GATEWAY = Action.of(PREFIX, "DetachApplianceFromNatGateway");

  /** {@code ec2:DetachClassicLinkVpc}: Write; on instance, vpc. */
  public static final Action DETACH_CLASSIC_LINK_VPC = Action.of(PREFIX, "DetachClassicLinkVpc");

  /** {@code ec2:DetachInternetGateway}: Write; on internet-gateway, vpc. */
  public static final Action DETACH_INTERNET_GATEWAY = Action.of(PREFIX, "DetachInternetGateway");

  /** {@code ec2:DetachNetworkInterface}: Write; on instance, network-interface. */
  public static final Action DETACH_NETWORK_INTERFACE = Action.of(PREFIX, "DetachNetworkInterface");

  /** {@code ec2:DetachResourcesFromPlacementGroup}: Permissions management; on placement-group. */
  public static final Action DETACH_RESOURCES_FROM_PLACEMENT_GROUP = Action.of(PREFIX, "DetachResourcesFromPlacementGroup");

  /** {@code ec2:DetachVerifiedAccessTrustProvider}: Write; on verified-access-instance, verified-access-trust-provider. */
  public static final Action DETACH_VERIFIED_ACCESS_TRUST_PROVIDER = Action.of(PREFIX, "DetachVerifiedAccessTrustProvider");

  /** {@code ec2:DetachVolume}: Write; on instance, volume. */
  public static final Action DETACH_VOLUME = Action.of(PREFIX, "DetachVolume");

  /** {@code ec2:DetachVpnGateway}: Write; on vpc, vpn-gateway. */
  public static final Action DETACH_VPN_GATEWAY = Action.of(PREFIX, "DetachVpnGateway");

  /** {@code ec2:DisableAddressTransfer}: Write; on elastic-ip. */
  public static final Action DISABLE_ADDRESS_TRANSFER = Action.of(PREFIX, "DisableAddressTransfer");

  /** {@code ec2:DisableAllowedImagesSettings}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_ALLOWED_IMAGES_SETTINGS = Action.of(PREFIX, "DisableAllowedImagesSettings");

  /** {@code ec2:DisableAwsNetworkPerformanceMetricSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_AWS_NETWORK_PERFORMANCE_METRIC_SUBSCRIPTION = Action.of(PREFIX, "DisableAwsNetworkPerformanceMetricSubscription");

  /** {@code ec2:DisableCapacityManager}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_CAPACITY_MANAGER = Action.of(PREFIX, "DisableCapacityManager");

  /** {@code ec2:DisableEbsEncryptionByDefault}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_EBS_ENCRYPTION_BY_DEFAULT = Action.of(PREFIX, "DisableEbsEncryptionByDefault");

  /** {@code ec2:DisableFastLaunch}: Write; on image. */
  public static final Action DISABLE_FAST_LAUNCH = Action.of(PREFIX, "DisableFastLaunch");

  /** {@code ec2:DisableFastSnapshotRestores}: Write; on snapshot. */
  public static final Action DISABLE_FAST_SNAPSHOT_RESTORES = Action.of(PREFIX, "DisableFastSnapshotRestores");

  /** {@code ec2:DisableImage}: Write; on image. */
  public static final Action DISABLE_IMAGE = Action.of(PREFIX, "DisableImage");

  /** {@code ec2:DisableImageBlockPublicAccess}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DISABLE_IMAGE_BLOCK_PUBLIC_ACCESS = Action.of(PREFIX, "DisableImageBlockPublicAccess");

  /** {@code ec2:DisableImageDeprecation}: Write; on image. */
  public static final Action DISABLE_IMAGE_DEPRECATION = Action.of(PREFIX, "DisableImageDeprecation");

  /** {@code ec2:DisableImageDeregistrationProtection}: Write; on image. */
  public static final Action DISABLE_IMAGE_DEREGISTRATION_PROTECTION = Action.of(PREFIX, "DisableImageDeregistrationProtection");

  /** {@code ec2:DisableInstanceSqlHaStandbyDetections}: Write; on instance. */
  public static final Action DISABLE_INSTANCE_SQL_HA_STANDBY_DETECTIONS = Action.of(PREFIX, "DisableInstanceSqlHaStandbyDetections");

  /** {@code ec2:DisableIpamOrganizationAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_IPAM_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "DisableIpamOrganizationAdminAccount");

  /** {@code ec2:DisableIpamPolicy}: Write; on ipam-policy. */
  public static final Action DISABLE_IPAM_POLICY = Action.of(PREFIX, "DisableIpamPolicy");

  /** {@code ec2:DisableRouteServerPropagation}: Write; on route-server, route-table. */
  public static final Action DISABLE_ROUTE_SERVER_PROPAGATION = Action.of(PREFIX, "DisableRouteServerPropagation");

  /** {@code ec2:DisableSerialConsoleAccess}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_SERIAL_CONSOLE_ACCESS = Action.of(PREFIX, "DisableSerialConsoleAccess");

  /** {@code ec2:DisableSnapshotBlockPublicAccess}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DISABLE_SNAPSHOT_BLOCK_PUBLIC_ACCESS = Action.of(PREFIX, "DisableSnapshotBlockPublicAccess");

  /** {@code ec2:DisableTransitGatewayRouteTablePropagation}: Write; on transit-gateway-attachment, transit-gateway-route-table, transit-gateway-route-table-announcement. */
  public static final Action DISABLE_TRANSIT_GATEWAY_ROUTE_TABLE_PROPAGATION = Action.of(PREFIX, "DisableTransitGatewayRouteTablePropagation");

  /** {@code ec2:DisableVgwRoutePropagation}: Write; on route-table, vpn-gateway. */
  public static final Action DISABLE_VGW_ROUTE_PROPAGATION = Action.of(PREFIX, "DisableVgwRoutePropagation");

  /** {@code ec2:DisableVpcClassicLink}: Write; on vpc. */
  public static final Action DISABLE_VPC_CLASSIC_LINK = Action.of(PREFIX, "DisableVpcClassicLink");

  /** {@code ec2:DisableVpcClassicLinkDnsSupport}: Write; on vpc. */
  public static final Action DISABLE_VPC_CLASSIC_LINK_DNS_SUPPORT = Action.of(PREFIX, "DisableVpcClassicLinkDnsSupport");

  /** {@code ec2:DisassociateAddress}: Write; on elastic-ip, network-interface. */
  public static final Action DISASSOCIATE_ADDRESS = Action.of(PREFIX, "DisassociateAddress");

  /** {@code ec2:DisassociateCapacityReservationBillingOwner}: Write; on capacity-reservation. */
  public static final Action DISASSOCIATE_CAPACITY_RESERVATION_BILLING_OWNER = Action.of(PREFIX, "DisassociateCapacityReservationBillingOwner");

  /** {@code ec2:DisassociateClientVpnTargetNetwork}: Write; on client-vpn-endpoint. */
  public static final Action DISASSOCIATE_CLIENT_VPN_TARGET_NETWORK = Action.of(PREFIX, "DisassociateClientVpnTargetNetwork");

  /** {@code ec2:DisassociateEnclaveCertificateIamRole}: Write; on certificate, role. */
  public static final Action DISASSOCIATE_ENCLAVE_CERTIFICATE_IAM_ROLE = Action.of(PREFIX, "DisassociateEnclaveCertificateIamRole");

  /** {@code ec2:DisassociateIamInstanceProfile}: Write; on instance. */
  public static final Action DISASSOCIATE_IAM_INSTANCE_PROFILE = Action.of(PREFIX, "DisassociateIamInstanceProfile");

  /** {@code ec2:DisassociateInstanceEventWindow}: Write; on instance-event-window. */
  public static final Action DISASSOCIATE_INSTANCE_EVENT_WINDOW = Action.of(PREFIX, "DisassociateInstanceEventWindow");

  /** {@code ec2:DisassociateIpamByoasn}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_IPAM_BYOASN = Action.of(PREFIX, "DisassociateIpamByoasn");

  /** {@code ec2:DisassociateIpamResourceDiscovery}: Write; on ipam-resource-discovery-association. */
  public static final Action DISASSOCIATE_IPAM_RESOURCE_DISCOVERY = Action.of(PREFIX, "DisassociateIpamResourceDiscovery");

  /** {@code ec2:DisassociateNatGatewayAddress}: Write; on elastic-ip, natgateway, network-interface. */
  public static final Action DISASSOCIATE_NAT_GATEWAY_ADDRESS = Action.of(PREFIX, "DisassociateNatGatewayAddress");

  /** {@code ec2:DisassociateRouteServer}: Write; on route-server, vpc. */
  public static final Action DISASSOCIATE_ROUTE_SERVER = Action.of(PREFIX, "DisassociateRouteServer");

  /** {@code ec2:DisassociateRouteTable}: Write; on internet-gateway, ipv4pool-ec2, ipv6pool-ec2, route-table, subnet, vpn-gateway. */
  public static final Action DISASSOCIATE_ROUTE_TABLE = Action.of(PREFIX, "DisassociateRouteTable");

  /** {@code ec2:DisassociateSecurityGroupVpc}: Write; on security-group, vpc. */
  public static final Action DISASSOCIATE_SECURITY_GROUP_VPC = Action.of(PREFIX, "DisassociateSecurityGroupVpc");

  /** {@code ec2:DisassociateSubnetCidrBlock}: Write; on subnet. */
  public static final Action DISASSOCIATE_SUBNET_CIDR_BLOCK = Action.of(PREFIX, "DisassociateSubnetCidrBlock");

  /** {@code ec2:DisassociateTransitGatewayMulticastDomain}: Write; on subnet, transit-gateway-attachment, transit-gateway-multicast-domain. */
  public static final Action DISASSOCIATE_TRANSIT_GATEWAY_MULTICAST_DOMAIN = Action.of(PREFIX, "DisassociateTransitGatewayMulticastDomain");

  /** {@code ec2:DisassociateTransitGatewayPolicyTable}: Write; on transit-gateway-attachment, transit-gateway-policy-table. */
  public static final Action DISASSOCIATE_TRANSIT_GATEWAY_POLICY_TABLE = Action.of(PREFIX, "DisassociateTransitGatewayPolicyTable");

  /** {@code ec2:DisassociateTransitGatewayRouteTable}: Write; on transit-gateway-attachment, transit-gateway-route-table. */
  public static final Action DISASSOCIATE_TRANSIT_GATEWAY_ROUTE_TABLE = Action.of(PREFIX, "DisassociateTransitGatewayRouteTable");

  /** {@code ec2:DisassociateTrunkInterface}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_TRUNK_INTERFACE = Action.of(PREFIX, "DisassociateTrunkInterface");

  /** {@code ec2:DisassociateVerifiedAccessInstanceWebAcl}: Write; on verified-access-instance. */
  public static final Action DISASSOCIATE_VERIFIED_ACCESS_INSTANCE_WEB_ACL = Action.of(PREFIX, "DisassociateVerifiedAccessInstanceWebAcl");

  /** {@code ec2:DisassociateVpcCidrBlock}: Write; on vpc. */
  public static final Action DISASSOCIATE_VPC_CIDR_BLOCK = Action.of(PREFIX, "DisassociateVpcCidrBlock");

  /** {@code ec2:EnableAddressTransfer}: Write; on elastic-ip. */
  public static final Action ENABLE_ADDRESS_TRANSFER = Action.of(PREFIX, "EnableAddressTransfer");

  /** {@code ec2:EnableAllowedImagesSettings}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_ALLOWED_IMAGES_SETTINGS = Action.of(PREFIX, "EnableAllowedImagesSettings");

  /** {@code ec2:EnableAwsNetworkPerformanceMetricSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_AWS_NETWORK_PERFORMANCE_METRIC_SUBSCRIPTION = Action.of(PREFIX, "EnableAwsNetworkPerformanceMetricSubscription");

  /** {@code ec2:EnableCapacityManager}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_CAPACITY_MANAGER = Action.of(PREFIX, "EnableCapacityManager");

  /** {@code ec2:EnableEbsEncryptionByDefault}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_EBS_ENCRYPTION_BY_DEFAULT = Action.of(PREFIX, "EnableEbsEncryptionByDefault");

  /** {@code ec2:EnableFastLaunch}: Write; on image, launch-template. */
  public static final Action ENABLE_FAST_LAUNCH = Action.of(PREFIX, "EnableFastLaunch");

  /** {@code ec2:EnableFastSnapshotRestores}: Write; on snapshot. */
  public static final Action ENABLE_FAST_SNAPSHOT_RESTORES = Action.of(PREFIX, "EnableFastSnapshotRestores");

  /** {@code ec2:EnableImage}: Write; on image. */
  public static final Action ENABLE_IMAGE = Action.of(PREFIX, "EnableImage");

  /** {@code ec2:EnableImageBlockPublicAccess}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ENABLE_IMAGE_BLOCK_PUBLIC_ACCESS = Action.of(PREFIX, "EnableImageBlockPublicAccess");

  /** {@code ec2:EnableImageDeprecation}: Write; on image. */
  public static final Action ENABLE_IMAGE_DEPRECATION = Action.of(PREFIX, "EnableImageDeprecation");

  /** {@code ec2:EnableImageDeregistrationProtection}: Write; on image. */
  public static final Action ENABLE_IMAGE_DEREGISTRATION_PROTECTION = Action.of(PREFIX, "EnableImageDeregistrationProtection");

  /** {@code ec2:EnableInstanceSqlHaStandbyDetections}: Write; on instance. */
  public static final Action ENABLE_INSTANCE_SQL_HA_STANDBY_DETECTIONS = Action.of(PREFIX, "EnableInstanceSqlHaStandbyDetections");

  /** {@code ec2:EnableIpamOrganizationAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_IPAM_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "EnableIpamOrganizationAdminAccount");

  /** {@code ec2:EnableIpamPolicy}: Write; on ipam-policy. */
  public static final Action ENABLE_IPAM_POLICY = Action.of(PREFIX, "EnableIpamPolicy");

  /** {@code ec2:EnableReachabilityAnalyzerOrganizationSharing}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_REACHABILITY_ANALYZER_ORGANIZATION_SHARING = Action.of(PREFIX, "EnableReachabilityAnalyzerOrganizationSharing");

  /** {@code ec2:EnableRouteServerPropagation}: Write; on route-server, route-table. */
  public static final Action ENABLE_ROUTE_SERVER_PROPAGATION = Action.of(PREFIX, "EnableRouteServerPropagation");

  /** {@code ec2:EnableSerialConsoleAccess}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_SERIAL_CONSOLE_ACCESS = Action.of(PREFIX, "EnableSerialConsoleAccess");

  /** {@code ec2:EnableSnapshotBlockPublicAccess}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ENABLE_SNAPSHOT_BLOCK_PUBLIC_ACCESS = Action.of(PREFIX, "EnableSnapshotBlockPublicAccess");

  /** {@code ec2:EnableTransitGatewayRouteTablePropagation}: Write; on transit-gateway-attachment, transit-gateway-route-table, transit-gateway-route-table-announcement. */
  public static final Action ENABLE_TRANSIT_GATEWAY_ROUTE_TABLE_PROPAGATION = Action.of(PREFIX, "EnableTransitGatewayRouteTablePropagation");

  /** {@code ec2:EnableVgwRoutePropagation}: Write; on route-table, vpn-gateway. */
  public static final Action ENABLE_VGW_ROUTE_PROPAGATION = Action.of(PREFIX, "EnableVgwRoutePropagation");

  /** {@code ec2:EnableVolumeIO}: Write; on volume. */
  public static final Action ENABLE_VOLUME_IO = Action.of(PREFIX, "EnableVolumeIO");

  /** {@code ec2:EnableVpcClassicLink}: Write; on vpc. */
  public static final Action ENABLE_VPC_CLASSIC_LINK = Action.of(PREFIX, "EnableVpcClassicLink");

  /** {@code ec2:EnableVpcClassicLinkDnsSupport}: Write; on vpc. */
  public static final Action ENABLE_VPC_CLASSIC_LINK_DNS_SUPPORT = Action.of(PREFIX, "EnableVpcClassicLinkDnsSupport");

  /** {@code ec2:ExportClientVpnClientCertificateRevocationList}: Read; on client-vpn-endpoint. */
  public static final Action EXPORT_CLIENT_VPN_CLIENT_CERTIFICATE_REVOCATION_LIST = Action.of(PREFIX, "ExportClientVpnClientCertificateRevocationList");

  /** {@code ec2:ExportClientVpnClientConfiguration}: Read; on client-vpn-endpoint. */
  public static final Action EXPORT_CLIENT_VPN_CLIENT_CONFIGURATION = Action.of(PREFIX, "ExportClientVpnClientConfiguration");

  /** {@code ec2:ExportImage}: Write; on export-image-task, image. */
  public static final Action EXPORT_IMAGE = Action.of(PREFIX, "ExportImage");

  /** {@code ec2:ExportTransitGatewayRoutes}: Write; on no resource type (give {@code *}). */
  public static final Action EXPORT_TRANSIT_GATEWAY_ROUTES = Action.of(PREFIX, "ExportTransitGatewayRoutes");

  /** {@code ec2:ExportVerifiedAccessInstanceClientConfiguration}: Read; on verified-access-instance. */
  public static final Action EXPORT_VERIFIED_ACCESS_INSTANCE_CLIENT_CONFIGURATION = Action.of(PREFIX, "ExportVerifiedAccessInstanceClientConfiguration");

  /** {@code ec2:GetActiveVpnTunnelStatus}: Read; on vpn-connection. */
  public static final Action GET_ACTIVE_VPN_TUNNEL_STATUS = Action.of(PREFIX, "GetActiveVpnTunnelStatus");

  /** {@code ec2:GetAllowedImagesSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ALLOWED_IMAGES_SETTINGS = Action.of(PREFIX, "GetAllowedImagesSettings");

  /** {@code ec2:GetAssociatedEnclaveCertificateIamRoles}: Read; on certificate. */
  public static final Action GET_ASSOCIATED_ENCLAVE_CERTIFICATE_IAM_ROLES = Action.of(PREFIX, "GetAssociatedEnclaveCertificateIamRoles");

  /** {@code ec2:GetAssociatedIpv6PoolCidrs}: Read; on ipv6pool-ec2. */
  public static final Action GET_ASSOCIATED_IPV6_POOL_CIDRS = Action.of(PREFIX, "GetAssociatedIpv6PoolCidrs");

  /** {@code ec2:GetAwsNetworkPerformanceData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AWS_NETWORK_PERFORMANCE_DATA = Action.of(PREFIX, "GetAwsNetworkPerformanceData");

  /** {@code ec2:GetCapacityManagerAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CAPACITY_MANAGER_ATTRIBUTES = Action.of(PREFIX, "GetCapacityManagerAttributes");

  /** {@code ec2:GetCapacityManagerMetricData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CAPACITY_MANAGER_METRIC_DATA = Action.of(PREFIX, "GetCapacityManagerMetricData");

  /** {@code ec2:GetCapacityManagerMetricDimensions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CAPACITY_MANAGER_METRIC_DIMENSIONS = Action.of(PREFIX, "GetCapacityManagerMetricDimensions");

  /** {@code ec2:GetCapacityReservationUsage}: Read; on capacity-reservation. */
  public static final Action GET_CAPACITY_RESERVATION_USAGE = Action.of(PREFIX, "GetCapacityReservationUsage");

  /** {@code ec2:GetCoipPoolUsage}: Read; on coip-pool. */
  public static final Action GET_COIP_POOL_USAGE = Action.of(PREFIX, "GetCoipPoolUsage");

  /** {@code ec2:GetConsoleOutput}: Read; on instance. */
  public static final Action GET_CONSOLE_OUTPUT = Action.of(PREFIX, "GetConsoleOutput");

  /** {@code ec2:GetConsoleScreenshot}: Read; on instance. */
  public static final Action GET_CONSOLE_SCREENSHOT = Action.of(PREFIX, "GetConsoleScreenshot");

  /** {@code ec2:GetDeclarativePoliciesReportSummary}: Read; on declarative-policies-report. */
  public static final Action GET_DECLARATIVE_POLICIES_REPORT_SUMMARY = Action.of(PREFIX, "GetDeclarativePoliciesReportSummary");

  /** {@code ec2:GetDefaultCreditSpecification}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEFAULT_CREDIT_SPECIFICATION = Action.of(PREFIX, "GetDefaultCreditSpecification");

  /** {@code ec2:GetEbsDefaultKmsKeyId}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EBS_DEFAULT_KMS_KEY_ID = Action.of(PREFIX, "GetEbsDefaultKmsKeyId");

  /** {@code ec2:GetEbsEncryptionByDefault}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EBS_ENCRYPTION_BY_DEFAULT = Action.of(PREFIX, "GetEbsEncryptionByDefault");

  /** {@code ec2:GetEnabledIpamPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENABLED_IPAM_POLICY = Action.of(PREFIX, "GetEnabledIpamPolicy");

  /** {@code ec2:GetFlowLogsIntegrationTemplate}: Read; on vpc-flow-log. */
  public static final Action GET_FLOW_LOGS_INTEGRATION_TEMPLATE = Action.of(PREFIX, "GetFlowLogsIntegrationTemplate");

  /** {@code ec2:GetGroupsForCapacityReservation}: List; on capacity-reservation. */
  public static final Action GET_GROUPS_FOR_CAPACITY_RESERVATION = Action.of(PREFIX, "GetGroupsForCapacityReservation");

  /** {@code ec2:GetHostReservationPurchasePreview}: Read; on no resource type (give {@code *}). */
  public static final Action GET_HOST_RESERVATION_PURCHASE_PREVIEW = Action.of(PREFIX, "GetHostReservationPurchasePreview");

  /** {@code ec2:GetImageAncestry}: Read; on image. */
  public static final Action GET_IMAGE_ANCESTRY = Action.of(PREFIX, "GetImageAncestry");

  /** {@code ec2:GetImageBlockPublicAccessState}: Read; on no resource type (give {@code *}). */
  public static final Action GET_IMAGE_BLOCK_PUBLIC_ACCESS_STATE = Action.of(PREFIX, "GetImageBlockPublicAccessState");

  /** {@code ec2:GetInstanceMetadataDefaults}: List; on no resource type (give {@code *}). */
  public static final Action GET_INSTANCE_METADATA_DEFAULTS = Action.of(PREFIX, "GetInstanceMetadataDefaults");

  /** {@code ec2:GetInstanceTpmEkPub}: Read; on instance. */
  public static final Action GET_INSTANCE_TPM_EK_PUB = Action.of(PREFIX, "GetInstanceTpmEkPub");

  /** {@code ec2:GetInstanceTypesFromInstanceRequirements}: List; on no resource type (give {@code *}). */
  public static final Action GET_INSTANCE_TYPES_FROM_INSTANCE_REQUIREMENTS = Action.of(PREFIX, "GetInstanceTypesFromInstanceRequirements");

  /** {@code ec2:GetInstanceUefiData}: Read; on instance. */
  public static final Action GET_INSTANCE_UEFI_DATA = Action.of(PREFIX, "GetInstanceUefiData");

  /** {@code ec2:GetIpamAddressHistory}: Read; on ipam-scope. */
  public static final Action GET_IPAM_ADDRESS_HISTORY = Action.of(PREFIX, "GetIpamAddressHistory");

  /** {@code ec2:GetIpamDiscoveredAccounts}: Read; on ipam-resource-discovery. */
  public static final Action GET_IPAM_DISCOVERED_ACCOUNTS = Action.of(PREFIX, "GetIpamDiscoveredAccounts");

  /** {@code ec2:GetIpamDiscoveredPublicAddresses}: Read; on ipam-resource-discovery. */
  public static final Action GET_IPAM_DISCOVERED_PUBLIC_ADDRESSES = Action.of(PREFIX, "GetIpamDiscoveredPublicAddresses");

  /** {@code ec2:GetIpamDiscoveredResourceCidrs}: Read; on ipam-resource-discovery. */
  public static final Action GET_IPAM_DISCOVERED_RESOURCE_CIDRS = Action.of(PREFIX, "GetIpamDiscoveredResourceCidrs");

  /** {@code ec2:GetIpamPolicyAllocationRules}: List; on ipam-policy. */
  public static final Action GET_IPAM_POLICY_ALLOCATION_RULES = Action.of(PREFIX, "GetIpamPolicyAllocationRules");

  /** {@code ec2:GetIpamPolicyOrganizationTargets}: List; on ipam-policy. */
  public static final Action GET_IPAM_POLICY_ORGANIZATION_TARGETS = Action.of(PREFIX, "GetIpamPolicyOrganizationTargets");

  /** {@code ec2:GetIpamPoolAllocations}: List; on ipam-pool. */
  public static final Action GET_IPAM_POOL_ALLOCATIONS = Action.of(PREFIX, "GetIpamPoolAllocations");

  /** {@code ec2:GetIpamPoolCidrs}: Read; on ipam-pool. */
  public static final Action GET_IPAM_POOL_CIDRS = Action.of(PREFIX, "GetIpamPoolCidrs");

  /** {@code ec2:GetIpamPrefixListResolverRules}: Read; on ipam-prefix-list-resolver. */
  public static final Action GET_IPAM_PREFIX_LIST_RESOLVER_RULES = Action.of(PREFIX, "GetIpamPrefixListResolverRules");

  /** {@code ec2:GetIpamPrefixListResolverVersionEntries}: Read; on ipam-prefix-list-resolver. */
  public static final Action GET_IPAM_PREFIX_LIST_RESOLVER_VERSION_ENTRIES = Action.of(PREFIX, "GetIpamPrefixListResolverVersionEntries");

  /** {@code ec2:GetIpamPrefixListResolverVersions}: Read; on ipam-prefix-list-resolver. */
  public static final Action GET_IPAM_PREFIX_LIST_RESOLVER_VERSIONS = Action.of(PREFIX, "GetIpamPrefixListResolverVersions");

  /** {@code ec2:GetIpamResourceCidrs}: Read; on ipam-pool, ipam-scope. */
  public static final Action GET_IPAM_RESOURCE_CIDRS = Action.of(PREFIX, "GetIpamResourceCidrs");

  /** {@code ec2:GetLaunchTemplateData}: Read; on instance. */
  public static final Action GET_LAUNCH_TEMPLATE_DATA = Action.of(PREFIX, "GetLaunchTemplateData");

  /** {@code ec2:GetManagedPrefixListAssociations}: Read; on prefix-list. */
  public static final Action GET_MANAGED_PREFIX_LIST_ASSOCIATIONS = Action.of(PREFIX, "GetManagedPrefixListAssociations");

  /** {@code ec2:GetManagedPrefixListEntries}: Read; on prefix-list. */
  public static final Action GET_MANAGED_PREFIX_LIST_ENTRIES = Action.of(PREFIX, "GetManagedPrefixListEntries");

  /** {@code ec2:GetNetworkInsightsAccessScopeAnalysisFindings}: Read; on network-insights-access-scope-analysis. */
  public static final Action GET_NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSIS_FINDINGS = Action.of(PREFIX, "GetNetworkInsightsAccessScopeAnalysisFindings");

  /** {@code ec2:GetNetworkInsightsAccessScopeContent}: Read; on network-insights-access-scope. */
  public static final Action GET_NETWORK_INSIGHTS_ACCESS_SCOPE_CONTENT = Action.of(PREFIX, "GetNetworkInsightsAccessScopeContent");

  /** {@code ec2:GetPasswordData}: Read; on instance. */
  public static final Action GET_PASSWORD_DATA = Action.of(PREFIX, "GetPasswordData");

  /** {@code ec2:GetReservedInstancesExchangeQuote}: Read; on reserved-instances. */
  public static final Action GET_RESERVED_INSTANCES_EXCHANGE_QUOTE = Action.of(PREFIX, "GetReservedInstancesExchangeQuote");

  /** {@code ec2:GetResourcePolicy}: Read; on ipam-pool, placement-group, verified-access-group. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code ec2:GetRouteServerAssociations}: Read; on route-server. */
  public static final Action GET_ROUTE_SERVER_ASSOCIATIONS = Action.of(PREFIX, "GetRouteServerAssociations");

  /** {@code ec2:GetRouteServerPropagations}: Read; on route-server, route-table. */
  public static final Action GET_ROUTE_SERVER_PROPAGATIONS = Action.of(PREFIX, "GetRouteServerPropagations");

  /** {@code ec2:GetRouteServerRoutingDatabase}: Read; on route-server. */
  public static final Action GET_ROUTE_SERVER_ROUTING_DATABASE = Action.of(PREFIX, "GetRouteServerRoutingDatabase");

  /** {@code ec2:GetSecurityGroupsForVpc}: Read; on vpc. */
  public static final Action GET_SECURITY_GROUPS_FOR_VPC = Action.of(PREFIX, "GetSecurityGroupsForVpc");

  /** {@code ec2:GetSerialConsoleAccessStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERIAL_CONSOLE_ACCESS_STATUS = Action.of(PREFIX, "GetSerialConsoleAccessStatus");

  /** {@code ec2:GetSnapshotBlockPublicAccessState}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SNAPSHOT_BLOCK_PUBLIC_ACCESS_STATE = Action.of(PREFIX, "GetSnapshotBlockPublicAccessState");

  /** {@code ec2:GetSpotPlacementScores}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SPOT_PLACEMENT_SCORES = Action.of(PREFIX, "GetSpotPlacementScores");

  /** {@code ec2:GetSubnetCidrReservations}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUBNET_CIDR_RESERVATIONS = Action.of(PREFIX, "GetSubnetCidrReservations");

  /** {@code ec2:GetTransitGatewayAttachmentPropagations}: List; on no resource type (give {@code *}). */
  public static final Action GET_TRANSIT_GATEWAY_ATTACHMENT_PROPAGATIONS = Action.of(PREFIX, "GetTransitGatewayAttachmentPropagations");

  /** {@code ec2:GetTransitGatewayMeteringPolicyEntries}: List; on transit-gateway-metering-policy. */
  public static final Action GET_TRANSIT_GATEWAY_METERING_POLICY_ENTRIES = Action.of(PREFIX, "GetTransitGatewayMeteringPolicyEntries");

  /** {@code ec2:GetTransitGatewayMulticastDomainAssociations}: List; on transit-gateway-multicast-domain. */
  public static final Action GET_TRANSIT_GATEWAY_MULTICAST_DOMAIN_ASSOCIATIONS = Action.of(PREFIX, "GetTransitGatewayMulticastDomainAssociations");

  /** {@code ec2:GetTransitGatewayPolicyTableAssociations}: List; on transit-gateway-policy-table. */
  public static final Action GET_TRANSIT_GATEWAY_POLICY_TABLE_ASSOCIATIONS = Action.of(PREFIX, "GetTransitGatewayPolicyTableAssociations");

  /** {@code ec2:GetTransitGatewayPolicyTableEntries}: List; on transit-gateway-policy-table. */
  public static final Action GET_TRANSIT_GATEWAY_POLICY_TABLE_ENTRIES = Action.of(PREFIX, "GetTransitGatewayPolicyTableEntries");

  /** {@code ec2:GetTransitGatewayPrefixListReferences}: List; on no resource type (give {@code *}). */
  public static final Action GET_TRANSIT_GATEWAY_PREFIX_LIST_REFERENCES = Action.of(PREFIX, "GetTransitGatewayPrefixListReferences");

  /** {@code ec2:GetTransitGatewayRouteTableAssociations}: List; on no resource type (give {@code *}). */
  public static final Action GET_TRANSIT_GATEWAY_ROUTE_TABLE_ASSOCIATIONS = Action.of(PREFIX, "GetTransitGatewayRouteTableAssociations");

  /** {@code ec2:GetTransitGatewayRouteTablePropagations}: List; on no resource type (give {@code *}). */
  public static final Action GET_TRANSIT_GATEWAY_ROUTE_TABLE_PROPAGATIONS = Action.of(PREFIX, "GetTransitGatewayRouteTablePropagations");

  /** {@code ec2:GetVerifiedAccessEndpointPolicy}: List; on verified-access-endpoint. */
  public static final Action GET_VERIFIED_ACCESS_ENDPOINT_POLICY = Action.of(PREFIX, "GetVerifiedAccessEndpointPolicy");

  /** {@code ec2:GetVerifiedAccessEndpointTargets}: List; on verified-access-endpoint. */
  public static final Action GET_VERIFIED_ACCESS_ENDPOINT_TARGETS = Action.of(PREFIX, "GetVerifiedAccessEndpointTargets");

  /** {@code ec2:GetVerifiedAccessGroupPolicy}: List; on verified-access-group. */
  public static final Action GET_VERIFIED_ACCESS_GROUP_POLICY = Action.of(PREFIX, "GetVerifiedAccessGroupPolicy");

  /** {@code ec2:GetVerifiedAccessInstanceWebAcl}: List; on verified-access-instance. */
  public static final Action GET_VERIFIED_ACCESS_INSTANCE_WEB_ACL = Action.of(PREFIX, "GetVerifiedAccessInstanceWebAcl");

  /** {@code ec2:GetVpcResourcesBlockingEncryptionEnforcement}: List; on vpc. */
  public static final Action GET_VPC_RESOURCES_BLOCKING_ENCRYPTION_ENFORCEMENT = Action.of(PREFIX, "GetVpcResourcesBlockingEncryptionEnforcement");

  /** {@code ec2:GetVpnConnectionDeviceSampleConfiguration}: List; on vpn-connection, vpn-connection-device-type. */
  public static final Action GET_VPN_CONNECTION_DEVICE_SAMPLE_CONFIGURATION = Action.of(PREFIX, "GetVpnConnectionDeviceSampleConfiguration");

  /** {@code ec2:GetVpnConnectionDeviceTypes}: List; on no resource type (give {@code *}). */
  public static final Action GET_VPN_CONNECTION_DEVICE_TYPES = Action.of(PREFIX, "GetVpnConnectionDeviceTypes");

  /** {@code ec2:GetVpnTunnelReplacementStatus}: List; on vpn-connection. */
  public static final Action GET_VPN_TUNNEL_REPLACEMENT_STATUS = Action.of(PREFIX, "GetVpnTunnelReplacementStatus");

  /** {@code ec2:ImportByoipCidrToIpam}: Write; on ipam-pool. */
  public static final Action IMPORT_BYOIP_CIDR_TO_IPAM = Action.of(PREFIX, "ImportByoipCidrToIpam");

  /** {@code ec2:ImportClientVpnClientCertificateRevocationList}: Write; on client-vpn-endpoint. */
  public static final Action IMPORT_CLIENT_VPN_CLIENT_CERTIFICATE_REVOCATION_LIST = Action.of(PREFIX, "ImportClientVpnClientCertificateRevocationList");

  /** {@code ec2:ImportImage}: Write; on image, import-image-task, snapshot. */
  public static final Action IMPORT_IMAGE = Action.of(PREFIX, "ImportImage");

  /** {@code ec2:ImportInstance}: Write; on instance, security-group, subnet, volume. */
  public static final Action IMPORT_INSTANCE = Action.of(PREFIX, "ImportInstance");

  /** {@code ec2:ImportKeyPair}: Write; on key-pair. */
  public static final Action IMPORT_KEY_PAIR = Action.of(PREFIX, "ImportKeyPair");

  /** {@code ec2:ImportSnapshot}: Write; on import-snapshot-task, snapshot. */
  public static final Action IMPORT_SNAPSHOT = Action.of(PREFIX, "ImportSnapshot");

  /** {@code ec2:ImportVolume}: Write; on volume. */
  public static final Action IMPORT_VOLUME = Action.of(PREFIX, "ImportVolume");

  /** {@code ec2:InjectApiError}: Write; on no resource type (give {@code *}). */
  public static final Action INJECT_API_ERROR = Action.of(PREFIX, "InjectApiError");

  /** {@code ec2:InjectVolumeIOLatency}: Write; on volume. */
  public static final Action INJECT_VOLUME_IO_LATENCY = Action.of(PREFIX, "InjectVolumeIOLatency");

  /** {@code ec2:ListImagesInRecycleBin}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMAGES_IN_RECYCLE_BIN = Action.of(PREFIX, "ListImagesInRecycleBin");

  /** {@code ec2:ListSnapshotsInRecycleBin}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SNAPSHOTS_IN_RECYCLE_BIN = Action.of(PREFIX, "ListSnapshotsInRecycleBin");

  /** {@code ec2:ListVolumesInRecycleBin}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VOLUMES_IN_RECYCLE_BIN = Action.of(PREFIX, "ListVolumesInRecycleBin");

  /** {@code ec2:LockSnapshot}: Write; on snapshot. */
  public static final Action LOCK_SNAPSHOT = Action.of(PREFIX, "LockSnapshot");

  /** {@code ec2:ModifyAddressAttribute}: Write; on elastic-ip. */
  public static final Action MODIFY_ADDRESS_ATTRIBUTE = Action.of(PREFIX, "ModifyAddressAttribute");

  /** {@code ec2:ModifyAvailabilityZoneGroup}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_AVAILABILITY_ZONE_GROUP = Action.of(PREFIX, "ModifyAvailabilityZoneGroup");

  /** {@code ec2:ModifyCapacityReservation}: Write; on capacity-reservation. */
  public static final Action MODIFY_CAPACITY_RESERVATION = Action.of(PREFIX, "ModifyCapacityReservation");

  /** {@code ec2:ModifyCapacityReservationFleet}: Write; on capacity-reservation-fleet. */
  public static final Action MODIFY_CAPACITY_RESERVATION_FLEET = Action.of(PREFIX, "ModifyCapacityReservationFleet");

  /** {@code ec2:ModifyClientVpnEndpoint}: Write; on client-vpn-endpoint, security-group, vpc. */
  public static final Action MODIFY_CLIENT_VPN_ENDPOINT = Action.of(PREFIX, "ModifyClientVpnEndpoint");

  /** {@code ec2:ModifyDefaultCreditSpecification}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_DEFAULT_CREDIT_SPECIFICATION = Action.of(PREFIX, "ModifyDefaultCreditSpecification");

  /** {@code ec2:ModifyEbsDefaultKmsKeyId}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_EBS_DEFAULT_KMS_KEY_ID = Action.of(PREFIX, "ModifyEbsDefaultKmsKeyId");

  /** {@code ec2:ModifyFleet}: Write; on fleet, image, launch-template, subnet. */
  public static final Action MODIFY_FLEET = Action.of(PREFIX, "ModifyFleet");

  /** {@code ec2:ModifyFpgaImageAttribute}: Write; on fpga-image. */
  public static final Action MODIFY_FPGA_IMAGE_ATTRIBUTE = Action.of(PREFIX, "ModifyFpgaImageAttribute");

  /** {@code ec2:ModifyHosts}: Write; on dedicated-host. */
  public static final Action MODIFY_HOSTS = Action.of(PREFIX, "ModifyHosts");

  /** {@code ec2:ModifyIdFormat}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_ID_FORMAT = Action.of(PREFIX, "ModifyIdFormat");

  /** {@code ec2:ModifyIdentityIdFormat}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_IDENTITY_ID_FORMAT = Action.of(PREFIX, "ModifyIdentityIdFormat");

  /** {@code ec2:ModifyImageAttribute}: Write; on image. */
  public static final Action MODIFY_IMAGE_ATTRIBUTE = Action.of(PREFIX, "ModifyImageAttribute");

  /** {@code ec2:ModifyInstanceAttribute}: Write; on instance, security-group, volume. */
  public static final Action MODIFY_INSTANCE_ATTRIBUTE = Action.of(PREFIX, "ModifyInstanceAttribute");

  /** {@code ec2:ModifyInstanceCapacityReservationAttributes}: Write; on capacity-reservation, instance. */
  public static final Action MODIFY_INSTANCE_CAPACITY_RESERVATION_ATTRIBUTES = Action.of(PREFIX, "ModifyInstanceCapacityReservationAttributes");

  /** {@code ec2:ModifyInstanceConnectEndpoint}: Write; on instance-connect-endpoint, security-group. */
  public static final Action MODIFY_INSTANCE_CONNECT_ENDPOINT = Action.of(PREFIX, "ModifyInstanceConnectEndpoint");

  /** {@code ec2:ModifyInstanceCpuOptions}: Write; on instance. */
  public static final Action MODIFY_INSTANCE_CPU_OPTIONS = Action.of(PREFIX, "ModifyInstanceCpuOptions");

  /** {@code ec2:ModifyInstanceCreditSpecification}: Write; on instance. */
  public static final Action MODIFY_INSTANCE_CREDIT_SPECIFICATION = Action.of(PREFIX, "ModifyInstanceCreditSpecification");

  /** {@code ec2:ModifyInstanceEventStartTime}: Write; on instance. */
  public static final Action MODIFY_INSTANCE_EVENT_START_TIME = Action.of(PREFIX, "ModifyInstanceEventStartTime");

  /** {@code ec2:ModifyInstanceEventWindow}: Write; on instance-event-window. */
  public static final Action MODIFY_INSTANCE_EVENT_WINDOW = Action.of(PREFIX, "ModifyInstanceEventWindow");

  /** {@code ec2:ModifyInstanceMaintenanceOptions}: Write; on instance. */
  public static final Action MODIFY_INSTANCE_MAINTENANCE_OPTIONS = Action.of(PREFIX, "ModifyInstanceMaintenanceOptions");

  /** {@code ec2:ModifyInstanceMetadataDefaults}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_INSTANCE_METADATA_DEFAULTS = Action.of(PREFIX, "ModifyInstanceMetadataDefaults");

  /** {@code ec2:ModifyInstanceMetadataOptions}: Write; on instance. */
  public static final Action MODIFY_INSTANCE_METADATA_OPTIONS = Action.of(PREFIX, "ModifyInstanceMetadataOptions");

  /** {@code ec2:ModifyInstanceNetworkPerformanceOptions}: Write; on instance. */
  public static final Action MODIFY_INSTANCE_NETWORK_PERFORMANCE_OPTIONS = Action.of(PREFIX, "ModifyInstanceNetworkPerformanceOptions");

  /** {@code ec2:ModifyInstancePlacement}: Write; on dedicated-host, instance, placement-group. */
  public static final Action MODIFY_INSTANCE_PLACEMENT = Action.of(PREFIX, "ModifyInstancePlacement");

  /** {@code ec2:ModifyIpam}: Write; on ipam. */
  public static final Action MODIFY_IPAM = Action.of(PREFIX, "ModifyIpam");

  /** {@code ec2:ModifyIpamPolicyAllocationRules}: Write; on ipam-policy, ipam-pool. */
  public static final Action MODIFY_IPAM_POLICY_ALLOCATION_RULES = Action.of(PREFIX, "ModifyIpamPolicyAllocationRules");

  /** {@code ec2:ModifyIpamPool}: Write; on ipam-pool. */
  public static final Action MODIFY_IPAM_POOL = Action.of(PREFIX, "ModifyIpamPool");

  /** {@code ec2:ModifyIpamPrefixListResolver}: Write; on ipam-prefix-list-resolver, ipam-scope. */
  public static final Action MODIFY_IPAM_PREFIX_LIST_RESOLVER = Action.of(PREFIX, "ModifyIpamPrefixListResolver");

  /** {@code ec2:ModifyIpamPrefixListResolverTarget}: Write; on ipam-prefix-list-resolver-target. */
  public static final Action MODIFY_IPAM_PREFIX_LIST_RESOLVER_TARGET = Action.of(PREFIX, "ModifyIpamPrefixListResolverTarget");

  /** {@code ec2:ModifyIpamResourceCidr}: Write; on ipam-scope. */
  public static final Action MODIFY_IPAM_RESOURCE_CIDR = Action.of(PREFIX, "ModifyIpamResourceCidr");

  /** {@code ec2:ModifyIpamResourceDiscovery}: Write; on ipam-resource-discovery. */
  public static final Action MODIFY_IPAM_RESOURCE_DISCOVERY = Action.of(PREFIX, "ModifyIpamResourceDiscovery");

  /** {@code ec2:ModifyIpamScope}: Write; on ipam-scope. */
  public static final Action MODIFY_IPAM_SCOPE = Action.of(PREFIX, "ModifyIpamScope");

  /** {@code ec2:ModifyLaunchTemplate}: Write; on launch-template. */
  public static final Action MODIFY_LAUNCH_TEMPLATE = Action.of(PREFIX, "ModifyLaunchTemplate");

  /** {@code ec2:ModifyLocalGatewayRoute}: Write; on local-gateway-route-table, local-gateway-virtual-interface-group, network-interface, prefix-list. */
  public static final Action MODIFY_LOCAL_GATEWAY_ROUTE = Action.of(PREFIX, "ModifyLocalGatewayRoute");

  /** {@code ec2:ModifyManagedPrefixList}: Write; on prefix-list. */
  public static final Action MODIFY_MANAGED_PREFIX_LIST = Action.of(PREFIX, "ModifyManagedPrefixList");

  /** {@code ec2:ModifyNetworkInterfaceAttribute}: Write; on instance, network-interface, security-group, subnet. */
  public static final Action MODIFY_NETWORK_INTERFACE_ATTRIBUTE = Action.of(PREFIX, "ModifyNetworkInterfaceAttribute");

  /** {@code ec2:ModifyOdbNetworkPeering}: Permissions management; on vpc. */
  public static final Action MODIFY_ODB_NETWORK_PEERING = Action.of(PREFIX, "ModifyOdbNetworkPeering");

  /** {@code ec2:ModifyPrivateDnsNameOptions}: Write; on instance. */
  public static final Action MODIFY_PRIVATE_DNS_NAME_OPTIONS = Action.of(PREFIX, "ModifyPrivateDnsNameOptions");

  /** {@code ec2:ModifyPublicIpDnsNameOptions}: Write; on network-interface. */
  public static final Action MODIFY_PUBLIC_IP_DNS_NAME_OPTIONS = Action.of(PREFIX, "ModifyPublicIpDnsNameOptions");

  /** {@code ec2:ModifyReservedInstances}: Write; on reserved-instances. */
  public static final Action MODIFY_RESERVED_INSTANCES = Action.of(PREFIX, "ModifyReservedInstances");

  /** {@code ec2:ModifyRouteServer}: Write; on route-server. */
  public static final Action MODIFY_ROUTE_SERVER = Action.of(PREFIX, "ModifyRouteServer");

  /** {@code ec2:ModifySecurityGroupRules}: Write; on prefix-list, security-group, security-group-rule. */
  public static final Action MODIFY_SECURITY_GROUP_RULES = Action.of(PREFIX, "ModifySecurityGroupRules");

  /** {@code ec2:ModifySnapshotAttribute}: Permissions management; on snapshot. */
  public static final Action MODIFY_SNAPSHOT_ATTRIBUTE = Action.of(PREFIX, "ModifySnapshotAttribute");

  /** {@code ec2:ModifySnapshotTier}: Write; on snapshot. */
  public static final Action MODIFY_SNAPSHOT_TIER = Action.of(PREFIX, "ModifySnapshotTier");

  /** {@code ec2:ModifySpotFleetRequest}: Write; on launch-template, spot-fleet-request, subnet. */
  public static final Action MODIFY_SPOT_FLEET_REQUEST = Action.of(PREFIX, "ModifySpotFleetRequest");

  /** {@code ec2:ModifySubnetAttribute}: Write; on subnet. */
  public static final Action MODIFY_SUBNET_ATTRIBUTE = Action.of(PREFIX, "ModifySubnetAttribute");

  /** {@code ec2:ModifyTrafficMirrorFilterNetworkServices}: Write; on traffic-mirror-filter. */
  public static final Action MODIFY_TRAFFIC_MIRROR_FILTER_NETWORK_SERVICES = Action.of(PREFIX, "ModifyTrafficMirrorFilterNetworkServices");

  /** {@code ec2:ModifyTrafficMirrorFilterRule}: Write; on traffic-mirror-filter, traffic-mirror-filter-rule. */
  public static final Action MODIFY_TRAFFIC_MIRROR_FILTER_RULE = Action.of(PREFIX, "ModifyTrafficMirrorFilterRule");

  /** {@code ec2:ModifyTrafficMirrorSession}: Write; on traffic-mirror-filter, traffic-mirror-session, traffic-mirror-target. */
  public static final Action MODIFY_TRAFFIC_MIRROR_SESSION = Action.of(PREFIX, "ModifyTrafficMirrorSession");

  /** {@code ec2:ModifyTransitGateway}: Write; on transit-gateway, transit-gateway-route-table. */
  public static final Action MODIFY_TRANSIT_GATEWAY = Action.of(PREFIX, "ModifyTransitGateway");

  /** {@code ec2:ModifyTransitGatewayMeteringPolicy}: Write; on transit-gateway-attachment, transit-gateway-metering-policy. */
  public static final Action MODIFY_TRANSIT_GATEWAY_METERING_POLICY = Action.of(PREFIX, "ModifyTransitGatewayMeteringPolicy");

  /** {@code ec2:ModifyTransitGatewayPrefixListReference}: Write; on prefix-list, transit-gateway-attachment, transit-gateway-route-table. */
  public static final Action MODIFY_TRANSIT_GATEWAY_PREFIX_LIST_REFERENCE = Action.of(PREFIX, "ModifyTransitGatewayPrefixListReference");

  /** {@code ec2:ModifyTransitGatewayVpcAttachment}: Write; on subnet, transit-gateway-attachment. */
  public static final Action MODIFY_TRANSIT_GATEWAY_VPC_ATTACHMENT = Action.of(PREFIX, "ModifyTransitGatewayVpcAttachment");

  /** {@code ec2:ModifyVerifiedAccessEndpoint}: Write; on subnet, verified-access-endpoint, verified-access-group. */
  public static final Action MODIFY_VERIFIED_ACCESS_ENDPOINT = Action.of(PREFIX, "ModifyVerifiedAccessEndpoint");

  /** {@code ec2:ModifyVerifiedAccessEndpointPolicy}: Write; on verified-access-endpoint. */
  public static final Action MODIFY_VERIFIED_ACCESS_ENDPOINT_POLICY = Action.of(PREFIX, "ModifyVerifiedAccessEndpointPolicy");

  /** {@code ec2:ModifyVerifiedAccessGroup}: Write; on verified-access-group, verified-access-instance. */
  public static final Action MODIFY_VERIFIED_ACCESS_GROUP = Action.of(PREFIX, "ModifyVerifiedAccessGroup");

  /** {@code ec2:ModifyVerifiedAccessGroupPolicy}: Write; on verified-access-group. */
  public static final Action MODIFY_VERIFIED_ACCESS_GROUP_POLICY = Action.of(PREFIX, "ModifyVerifiedAccessGroupPolicy");

  /** {@code ec2:ModifyVerifiedAccessInstance}: Write; on verified-access-instance. */
  public static final Action MODIFY_VERIFIED_ACCESS_INSTANCE = Action.of(PREFIX, "ModifyVerifiedAccessInstance");

  /** {@code ec2:ModifyVerifiedAccessInstanceLoggingConfiguration}: Write; on verified-access-instance. */
  public static final Action MODIFY_VERIFIED_ACCESS_INSTANCE_LOGGING_CONFIGURATION = Action.of(PREFIX, "ModifyVerifiedAccessInstanceLoggingConfiguration");

  /** {@code ec2:ModifyVerifiedAccessTrustProvider}: Write; on verified-access-trust-provider. */
  public static final Action MODIFY_VERIFIED_ACCESS_TRUST_PROVIDER = Action.of(PREFIX, "ModifyVerifiedAccessTrustProvider");

  /** {@code ec2:ModifyVolume}: Write; on volume. */
  public static final Action MODIFY_VOLUME = Action.of(PREFIX, "ModifyVolume");

  /** {@code ec2:ModifyVolumeAttribute}: Write; on volume. */
  public static final Action MODIFY_VOLUME_ATTRIBUTE = Action.of(PREFIX, "ModifyVolumeAttribute");

  /** {@code ec2:ModifyVpcAttribute}: Write; on vpc. */
  public static final Action MODIFY_VPC_ATTRIBUTE = Action.of(PREFIX, "ModifyVpcAttribute");

  /** {@code ec2:ModifyVpcBlockPublicAccessExclusion}: Write; on vpc-block-public-access-exclusion. */
  public static final Action MODIFY_VPC_BLOCK_PUBLIC_ACCESS_EXCLUSION = Action.of(PREFIX, "ModifyVpcBlockPublicAccessExclusion");

  /** {@code ec2:ModifyVpcBlockPublicAccessOptions}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_VPC_BLOCK_PUBLIC_ACCESS_OPTIONS = Action.of(PREFIX, "ModifyVpcBlockPublicAccessOptions");

  /** {@code ec2:ModifyVpcEncryptionControl}: Write; on vpc-encryption-control. */
  public static final Action MODIFY_VPC_ENCRYPTION_CONTROL = Action.of(PREFIX, "ModifyVpcEncryptionControl");

  /** {@code ec2:ModifyVpcEndpoint}: Write; on route-table, security-group, subnet, vpc-endpoint. */
  public static final Action MODIFY_VPC_ENDPOINT = Action.of(PREFIX, "ModifyVpcEndpoint");

  /** {@code ec2:ModifyVpcEndpointConnectionNotification}: Write; on vpc-endpoint, vpc-endpoint-service. */
  public static final Action MODIFY_VPC_ENDPOINT_CONNECTION_NOTIFICATION = Action.of(PREFIX, "ModifyVpcEndpointConnectionNotification");

  /** {@code ec2:ModifyVpcEndpointServiceConfiguration}: Write; on vpc-endpoint-service. */
  public static final Action MODIFY_VPC_ENDPOINT_SERVICE_CONFIGURATION = Action.of(PREFIX, "ModifyVpcEndpointServiceConfiguration");

  /** {@code ec2:ModifyVpcEndpointServicePayerResponsibility}: Write; on vpc-endpoint-service. */
  public static final Action MODIFY_VPC_ENDPOINT_SERVICE_PAYER_RESPONSIBILITY = Action.of(PREFIX, "ModifyVpcEndpointServicePayerResponsibility");

  /** {@code ec2:ModifyVpcEndpointServicePermissions}: Permissions management; on vpc-endpoint-service. */
  public static final Action MODIFY_VPC_ENDPOINT_SERVICE_PERMISSIONS = Action.of(PREFIX, "ModifyVpcEndpointServicePermissions");

  /** {@code ec2:ModifyVpcPeeringConnectionOptions}: Write; on vpc-peering-connection. */
  public static final Action MODIFY_VPC_PEERING_CONNECTION_OPTIONS = Action.of(PREFIX, "ModifyVpcPeeringConnectionOptions");

  /** {@code ec2:ModifyVpcTenancy}: Write; on vpc. */
  public static final Action MODIFY_VPC_TENANCY = Action.of(PREFIX, "ModifyVpcTenancy");

  /** {@code ec2:ModifyVpnConnection}: Write; on vpn-connection. */
  public static final Action MODIFY_VPN_CONNECTION = Action.of(PREFIX, "ModifyVpnConnection");

  /** {@code ec2:ModifyVpnConnectionOptions}: Write; on vpn-connection. */
  public static final Action MODIFY_VPN_CONNECTION_OPTIONS = Action.of(PREFIX, "ModifyVpnConnectionOptions");

  /** {@code ec2:ModifyVpnTunnelCertificate}: Write; on vpn-connection. */
  public static final Action MODIFY_VPN_TUNNEL_CERTIFICATE = Action.of(PREFIX, "ModifyVpnTunnelCertificate");

  /** {@code ec2:ModifyVpnTunnelOptions}: Write; on vpn-connection. */
  public static final Action MODIFY_VPN_TUNNEL_OPTIONS = Action.of(PREFIX, "ModifyVpnTunnelOptions");

  /** {@code ec2:MonitorInstances}: Write; on instance. */
  public static final Action MONITOR_INSTANCES = Action.of(PREFIX, "MonitorInstances");

  /** {@code ec2:MoveAddressToVpc}: Write; on no resource type (give {@code *}). */
  public static final Action MOVE_ADDRESS_TO_VPC = Action.of(PREFIX, "MoveAddressToVpc");

  /** {@code ec2:MoveByoipCidrToIpam}: Write; on ipam-pool. */
  public static final Action MOVE_BYOIP_CIDR_TO_IPAM = Action.of(PREFIX, "MoveByoipCidrToIpam");

  /** {@code ec2:MoveCapacityReservationInstances}: Write; on capacity-reservation. */
  public static final Action MOVE_CAPACITY_RESERVATION_INSTANCES = Action.of(PREFIX, "MoveCapacityReservationInstances");

  /** {@code ec2:PauseVolumeIO}: Write; on instance, volume. */
  public static final Action PAUSE_VOLUME_IO = Action.of(PREFIX, "PauseVolumeIO");

  /** {@code ec2:ProvisionByoipCidr}: Write; on no resource type (give {@code *}). */
  public static final Action PROVISION_BYOIP_CIDR = Action.of(PREFIX, "ProvisionByoipCidr");

  /** {@code ec2:ProvisionIpamByoasn}: Write; on ipam. */
  public static final Action PROVISION_IPAM_BYOASN = Action.of(PREFIX, "ProvisionIpamByoasn");

  /** {@code ec2:ProvisionIpamPoolCidr}: Write; on ipam-external-resource-verification-token, ipam-pool. */
  public static final Action PROVISION_IPAM_POOL_CIDR = Action.of(PREFIX, "ProvisionIpamPoolCidr");

  /** {@code ec2:ProvisionPublicIpv4PoolCidr}: Write; on ipam-pool, ipv4pool-ec2. */
  public static final Action PROVISION_PUBLIC_IPV4_POOL_CIDR = Action.of(PREFIX, "ProvisionPublicIpv4PoolCidr");

  /** {@code ec2:PurchaseCapacityBlock}: Write; on capacity-reservation. */
  public static final Action PURCHASE_CAPACITY_BLOCK = Action.of(PREFIX, "PurchaseCapacityBlock");

  /** {@code ec2:PurchaseCapacityBlockExtension}: Write; on capacity-reservation. */
  public static final Action PURCHASE_CAPACITY_BLOCK_EXTENSION = Action.of(PREFIX, "PurchaseCapacityBlockExtension");

  /** {@code ec2:PurchaseHostReservation}: Write; on dedicated-host. */
  public static final Action PURCHASE_HOST_RESERVATION = Action.of(PREFIX, "PurchaseHostReservation");

  /** {@code ec2:PurchaseReservedInstancesOffering}: Write; on no resource type (give {@code *}). */
  public static final Action PURCHASE_RESERVED_INSTANCES_OFFERING = Action.of(PREFIX, "PurchaseReservedInstancesOffering");

  /** {@code ec2:PurchaseScheduledInstances}: Write; on no resource type (give {@code *}). */
  public static final Action PURCHASE_SCHEDULED_INSTANCES = Action.of(PREFIX, "PurchaseScheduledInstances");

  /** {@code ec2:PutResourcePolicy}: Permissions management; on ipam-pool, placement-group, verified-access-group. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code ec2:RebootInstances}: Write; on instance. */
  public static final Action REBOOT_INSTANCES = Action.of(PREFIX, "RebootInstances");

  /** {@code ec2:RegisterImage}: Write; on image, snapshot. */
  public static final Action REGISTER_IMAGE = Action.of(PREFIX, "RegisterImage");

  /** {@code ec2:RegisterInstanceEventNotificationAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_INSTANCE_EVENT_NOTIFICATION_ATTRIBUTES = Action.of(PREFIX, "RegisterInstanceEventNotificationAttributes");

  /** {@code ec2:RegisterTransitGatewayMulticastGroupMembers}: Write; on network-interface, transit-gateway-multicast-domain. */
  public static final Action REGISTER_TRANSIT_GATEWAY_MULTICAST_GROUP_MEMBERS = Action.of(PREFIX, "RegisterTransitGatewayMulticastGroupMembers");

  /** {@code ec2:RegisterTransitGatewayMulticastGroupSources}: Write; on network-interface, transit-gateway-multicast-domain. */
  public static final Action REGISTER_TRANSIT_GATEWAY_MULTICAST_GROUP_SOURCES = Action.of(PREFIX, "RegisterTransitGatewayMulticastGroupSources");

  /** {@code ec2:RejectCapacityReservationBillingOwnership}: Write; on capacity-reservation. */
  public static final Action REJECT_CAPACITY_RESERVATION_BILLING_OWNERSHIP = Action.of(PREFIX, "RejectCapacityReservationBillingOwnership");

  /** {@code ec2:RejectTransitGatewayMulticastDomainAssociations}: Write; on transit-gateway-attachment, transit-gateway-multicast-domain. */
  public static final Action REJECT_TRANSIT_GATEWAY_MULTICAST_DOMAIN_ASSOCIATIONS = Action.of(PREFIX, "RejectTransitGatewayMulticastDomainAssociations");

  /** {@code ec2:RejectTransitGatewayPeeringAttachment}: Write; on transit-gateway-attachment. */
  public static final Action REJECT_TRANSIT_GATEWAY_PEERING_ATTACHMENT = Action.of(PREFIX, "RejectTransitGatewayPeeringAttachment");

  /** {@code ec2:RejectTransitGatewayVpcAttachment}: Write; on transit-gateway-attachment. */
  public static final Action REJECT_TRANSIT_GATEWAY_VPC_ATTACHMENT = Action.of(PREFIX, "RejectTransitGatewayVpcAttachment");

  /** {@code ec2:RejectVpcEndpointConnections}: Write; on vpc-endpoint-service. */
  public static final Action REJECT_VPC_ENDPOINT_CONNECTIONS = Action.of(PREFIX, "RejectVpcEndpointConnections");

  /** {@code ec2:RejectVpcPeeringConnection}: Write; on vpc-peering-connection. */
  public static final Action REJECT_VPC_PEERING_CONNECTION = Action.of(PREFIX, "RejectVpcPeeringConnection");

  /** {@code ec2:ReleaseAddress}: Write; on elastic-ip. */
  public static final Action RELEASE_ADDRESS = Action.of(PREFIX, "ReleaseAddress");

  /** {@code ec2:ReleaseHosts}: Write; on dedicated-host. */
  public static final Action RELEASE_HOSTS = Action.of(PREFIX, "ReleaseHosts");

  /** {@code ec2:ReleaseIpamPoolAllocation}: Write; on ipam-pool. */
  public static final Action RELEASE_IPAM_POOL_ALLOCATION = Action.of(PREFIX, "ReleaseIpamPoolAllocation");

  /** {@code ec2:ReplaceIamInstanceProfileAssociation}: Write; on instance. */
  public static final Action REPLACE_IAM_INSTANCE_PROFILE_ASSOCIATION = Action.of(PREFIX, "ReplaceIamInstanceProfileAssociation");

  /** {@code ec2:ReplaceImageCriteriaInAllowedImagesSettings}: Write; on no resource type (give {@code *}). */
  public static final Action REPLACE_IMAGE_CRITERIA_IN_ALLOWED_IMAGES_SETTINGS = Action.of(PREFIX, "ReplaceImageCriteriaInAllowedImagesSettings");

  /** {@code ec2:ReplaceNetworkAclAssociation}: Write; on network-acl, subnet. */
  public static final Action REPLACE_NETWORK_ACL_ASSOCIATION = Action.of(PREFIX, "ReplaceNetworkAclAssociation");

  /** {@code ec2:ReplaceNetworkAclEntry}: Write; on network-acl. */
  public static final Action REPLACE_NETWORK_ACL_ENTRY = Action.of(PREFIX, "ReplaceNetworkAclEntry");

  /** {@code ec2:ReplaceRoute}: Write; on route-table. */
  public static final Action REPLACE_ROUTE = Action.of(PREFIX, "ReplaceRoute");

  /** {@code ec2:ReplaceRouteTableAssociation}: Write; on internet-gateway, ipv4pool-ec2, ipv6pool-ec2, route-table, subnet, vpn-gateway. */
  public static final Action REPLACE_ROUTE_TABLE_ASSOCIATION = Action.of(PREFIX, "ReplaceRouteTableAssociation");

  /** {@code ec2:ReplaceTransitGatewayRoute}: Write; on transit-gateway-attachment, transit-gateway-route-table. */
  public static final Action REPLACE_TRANSIT_GATEWAY_ROUTE = Action.of(PREFIX, "ReplaceTransitGatewayRoute");

  /** {@code ec2:ReplaceVpnTunnel}: Write; on vpn-connection. */
  public static final Action REPLACE_VPN_TUNNEL = Action.of(PREFIX, "ReplaceVpnTunnel");

  /** {@code ec2:ReportInstanceStatus}: Write; on instance. */
  public static final Action REPORT_INSTANCE_STATUS = Action.of(PREFIX, "ReportInstanceStatus");

  /** {@code ec2:RequestSpotFleet}: Write; on image, key-pair, launch-template, placement-group, security-group, snapshot, spot-fleet-request, subnet. */
  public static final Action REQUEST_SPOT_FLEET = Action.of(PREFIX, "RequestSpotFleet");

  /** {@code ec2:RequestSpotInstances}: Write; on image, key-pair, network-interface, placement-group, security-group, snapshot, spot-instances-request, subnet. */
  public static final Action REQUEST_SPOT_INSTANCES = Action.of(PREFIX, "RequestSpotInstances");

  /** {@code ec2:ResetAddressAttribute}: Write; on elastic-ip. */
  public static final Action RESET_ADDRESS_ATTRIBUTE = Action.of(PREFIX, "ResetAddressAttribute");

  /** {@code ec2:ResetEbsDefaultKmsKeyId}: Write; on no resource type (give {@code *}). */
  public static final Action RESET_EBS_DEFAULT_KMS_KEY_ID = Action.of(PREFIX, "ResetEbsDefaultKmsKeyId");

  /** {@code ec2:ResetFpgaImageAttribute}: Write; on fpga-image. */
  public static final Action RESET_FPGA_IMAGE_ATTRIBUTE = Action.of(PREFIX, "ResetFpgaImageAttribute");

  /** {@code ec2:ResetImageAttribute}: Write; on image. */
  public static final Action RESET_IMAGE_ATTRIBUTE = Action.of(PREFIX, "ResetImageAttribute");

  /** {@code ec2:ResetInstanceAttribute}: Write; on instance. */
  public static final Action RESET_INSTANCE_ATTRIBUTE = Action.of(PREFIX, "ResetInstanceAttribute");

  /** {@code ec2:ResetNetworkInterfaceAttribute}: Write; on network-interface. */
  public static final Action RESET_NETWORK_INTERFACE_ATTRIBUTE = Action.of(PREFIX, "ResetNetworkInterfaceAttribute");

  /** {@code ec2:ResetSnapshotAttribute}: Permissions management; on snapshot. */
  public static final Action RESET_SNAPSHOT_ATTRIBUTE = Action.of(PREFIX, "ResetSnapshotAttribute");

  /** {@code ec2:RestoreAddressToClassic}: Write; on no resource type (give {@code *}). */
  public static final Action RESTORE_ADDRESS_TO_CLASSIC = Action.of(PREFIX, "RestoreAddressToClassic");

  /** {@code ec2:RestoreImageFromRecycleBin}: Write; on image. */
  public static final Action RESTORE_IMAGE_FROM_RECYCLE_BIN = Action.of(PREFIX, "RestoreImageFromRecycleBin");

  /** {@code ec2:RestoreManagedPrefixListVersion}: Write; on prefix-list. */
  public static final Action RESTORE_MANAGED_PREFIX_LIST_VERSION = Action.of(PREFIX, "RestoreManagedPrefixListVersion");

  /** {@code ec2:RestoreSnapshotFromRecycleBin}: Write; on snapshot. */
  public static final Action RESTORE_SNAPSHOT_FROM_RECYCLE_BIN = Action.of(PREFIX, "RestoreSnapshotFromRecycleBin");

  /** {@code ec2:RestoreSnapshotTier}: Write; on snapshot. */
  public static final Action RESTORE_SNAPSHOT_TIER = Action.of(PREFIX, "RestoreSnapshotTier");

  /** {@code ec2:RestoreVolumeFromRecycleBin}: Write; on volume. */
  public static final Action RESTORE_VOLUME_FROM_RECYCLE_BIN = Action.of(PREFIX, "RestoreVolumeFromRecycleBin");

  /** {@code ec2:RevokeClientVpnIngress}: Write; on client-vpn-endpoint. */
  public static final Action REVOKE_CLIENT_VPN_INGRESS = Action.of(PREFIX, "RevokeClientVpnIngress");

  /** {@code ec2:RevokeSecurityGroupEgress}: Write; on security-group. */
  public static final Action REVOKE_SECURITY_GROUP_EGRESS = Action.of(PREFIX, "RevokeSecurityGroupEgress");

  /** {@code ec2:RevokeSecurityGroupIngress}: Write; on security-group. */
  public static final Action REVOKE_SECURITY_GROUP_INGRESS = Action.of(PREFIX, "RevokeSecurityGroupIngress");

  /** {@code ec2:RunInstances}: Write; on capacity-reservation, elastic-gpu, elastic-inference, group, image, instance, key-pair, launch-template, license-configuration, network-interface, placement-group, secondary-subnet, security-group, snapshot, subnet, volume. */
  public static final Action RUN_INSTANCES = Action.of(PREFIX, "RunInstances");

  /** {@code ec2:RunScheduledInstances}: Write; on no resource type (give {@code *}). */
  public static final Action RUN_SCHEDULED_INSTANCES = Action.of(PREFIX, "RunScheduledInstances");

  /** {@code ec2:SearchLocalGatewayRoutes}: List; on local-gateway-route-table. */
  public static final Action SEARCH_LOCAL_GATEWAY_ROUTES = Action.of(PREFIX, "SearchLocalGatewayRoutes");

  /** {@code ec2:SearchTransitGatewayMulticastGroups}: List; on transit-gateway-multicast-domain. */
  public static final Action SEARCH_TRANSIT_GATEWAY_MULTICAST_GROUPS = Action.of(PREFIX, "SearchTransitGatewayMulticastGroups");

  /** {@code ec2:SearchTransitGatewayRoutes}: List; on transit-gateway-route-table. */
  public static final Action SEARCH_TRANSIT_GATEWAY_ROUTES = Action.of(PREFIX, "SearchTransitGatewayRoutes");

  /** {@code ec2:SendDiagnosticInterrupt}: Write; on instance. */
  public static final Action SEND_DIAGNOSTIC_INTERRUPT = Action.of(PREFIX, "SendDiagnosticInterrupt");

  /** {@code ec2:SendSpotInstanceInterruptions}: Write; on instance. */
  public static final Action SEND_SPOT_INSTANCE_INTERRUPTIONS = Action.of(PREFIX, "SendSpotInstanceInterruptions");

  /** {@code ec2:StartDeclarativePoliciesReport}: Read; on no resource type (give {@code *}). */
  public static final Action START_DECLARATIVE_POLICIES_REPORT = Action.of(PREFIX, "StartDeclarativePoliciesReport");

  /** {@code ec2:StartInstances}: Write; on instance, license-configuration. */
  public static final Action START_INSTANCES = Action.of(PREFIX, "StartInstances");

  /** {@code ec2:StartNetworkInsightsAccessScopeAnalysis}: Write; on network-insights-access-scope, network-insights-access-scope-analysis. */
  public static final Action START_NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSIS = Action.of(PREFIX, "StartNetworkInsightsAccessScopeAnalysis");

  /** {@code ec2:StartNetworkInsightsAnalysis}: Write; on network-insights-analysis, network-insights-path. */
  public static final Action START_NETWORK_INSIGHTS_ANALYSIS = Action.of(PREFIX, "StartNetworkInsightsAnalysis");

  /** {@code ec2:StartVpcEndpointServicePrivateDnsVerification}: Write; on vpc-endpoint-service. */
  public static final Action START_VPC_ENDPOINT_SERVICE_PRIVATE_DNS_VERIFICATION = Action.of(PREFIX, "StartVpcEndpointServicePrivateDnsVerification");

  /** {@code ec2:StopInstances}: Write; on instance. */
  public static final Action STOP_INSTANCES = Action.of(PREFIX, "StopInstances");

  /** {@code ec2:TerminateClientVpnConnections}: Write; on client-vpn-endpoint. */
  public static final Action TERMINATE_CLIENT_VPN_CONNECTIONS = Action.of(PREFIX, "TerminateClientVpnConnections");

  /** {@code ec2:TerminateInstances}: Write; on instance. */
  public static final Action TERMINATE_INSTANCES = Action.of(PREFIX, "TerminateInstances");

  /** {@code ec2:UnassignIpv6Addresses}: Write; on network-interface. */
  public static final Action UNASSIGN_IPV6_ADDRESSES = Action.of(PREFIX, "UnassignIpv6Addresses");

  /** {@code ec2:UnassignPrivateIpAddresses}: Write; on network-interface. */
  public static final Action UNASSIGN_PRIVATE_IP_ADDRESSES = Action.of(PREFIX, "UnassignPrivateIpAddresses");

  /** {@code ec2:UnassignPrivateNatGatewayAddress}: Write; on natgateway. */
  public static final Action UNASSIGN_PRIVATE_NAT_GATEWAY_ADDRESS = Action.of(PREFIX, "UnassignPrivateNatGatewayAddress");

  /** {@code ec2:UnlockSnapshot}: Write; on snapshot. */
  public static final Action UNLOCK_SNAPSHOT = Action.of(PREFIX, "UnlockSnapshot");

  /** {@code ec2:UnmonitorInstances}: Write; on instance. */
  public static final Action UNMONITOR_INSTANCES = Action.of(PREFIX, "UnmonitorInstances");

  /** {@code ec2:UpdateCapacityManagerOrganizationsAccess}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CAPACITY_MANAGER_ORGANIZATIONS_ACCESS = Action.of(PREFIX, "UpdateCapacityManagerOrganizationsAccess");

  /** {@code ec2:UpdateInterruptibleCapacityReservationAllocation}: Write; on capacity-reservation. */
  public static final Action UPDATE_INTERRUPTIBLE_CAPACITY_RESERVATION_ALLOCATION = Action.of(PREFIX, "UpdateInterruptibleCapacityReservationAllocation");

  /** {@code ec2:UpdateSecurityGroupRuleDescriptionsEgress}: Write; on security-group. */
  public static final Action UPDATE_SECURITY_GROUP_RULE_DESCRIPTIONS_EGRESS = Action.of(PREFIX, "UpdateSecurityGroupRuleDescriptionsEgress");

  /** {@code ec2:UpdateSecurityGroupRuleDescriptionsIngress}: Write; on security-group. */
  public static final Action UPDATE_SECURITY_GROUP_RULE_DESCRIPTIONS_INGRESS = Action.of(PREFIX, "UpdateSecurityGroupRuleDescriptionsIngress");

  /** {@code ec2:WithdrawByoipCidr}: Write; on no resource type (give {@code *}). */
  public static final Action WITHDRAW_BYOIP_CIDR = Action.of(PREFIX, "WithdrawByoipCidr");

  private Ec2() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
