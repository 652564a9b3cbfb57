// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::EC2}: {@link ApplicationStatusCheck}, {@link
 * CapacityManagerDataExport}, {@link CapacityReservation}, {@link CapacityReservationFleet}, {@link
 * CarrierGateway}, {@link ClientVpnAuthorizationRule}, {@link ClientVpnEndpoint}, {@link
 * ClientVpnRoute}, {@link ClientVpnTargetNetworkAssociation}, {@link CustomerGateway}, {@link
 * DHCPOptions}, {@link EC2Fleet}, {@link EIP}, {@link EIPAssociation}, {@link
 * EgressOnlyInternetGateway}, {@link EnclaveCertificateIamRoleAssociation}, {@link FlowLog}, {@link
 * FpgaImage}, {@link GatewayRouteTableAssociation}, {@link Host}, {@link IPAM}, {@link
 * IPAMAllocation}, {@link IPAMPool}, {@link IPAMPoolCidr}, {@link IPAMPrefixListResolver}, {@link
 * IPAMPrefixListResolverTarget}, {@link IPAMResourceDiscovery}, {@link
 * IPAMResourceDiscoveryAssociation}, {@link IPAMScope}, {@link IPv4Pool}, {@link Instance}, {@link
 * InstanceConnectEndpoint}, {@link InstanceEventWindow}, {@link InternetGateway}, {@link
 * IpPoolRouteTableAssociation}, {@link IpamExternalResourceVerificationToken}, {@link KeyPair},
 * {@link LaunchTemplate}, {@link LocalGatewayRoute}, {@link LocalGatewayRouteTable}, {@link
 * LocalGatewayRouteTableVPCAssociation}, {@link
 * LocalGatewayRouteTableVirtualInterfaceGroupAssociation}, {@link LocalGatewayVirtualInterface},
 * {@link LocalGatewayVirtualInterfaceGroup}, {@link NatGateway}, {@link NetworkAcl}, {@link
 * NetworkAclEntry}, {@link NetworkInsightsAccessScope}, {@link NetworkInsightsAccessScopeAnalysis},
 * {@link NetworkInsightsAnalysis}, {@link NetworkInsightsPath}, {@link NetworkInterface}, {@link
 * NetworkInterfaceAttachment}, {@link NetworkInterfacePermission}, {@link
 * NetworkPerformanceMetricSubscription}, {@link PlacementGroup}, {@link PrefixList}, {@link Route},
 * {@link RouteServer}, {@link RouteServerAssociation}, {@link RouteServerEndpoint}, {@link
 * RouteServerPeer}, {@link RouteServerPropagation}, {@link RouteTable}, {@link SecurityGroup},
 * {@link SecurityGroupEgress}, {@link SecurityGroupIngress}, {@link SecurityGroupVpcAssociation},
 * {@link SnapshotBlockPublicAccess}, {@link SpotFleet}, {@link SqlHaStandbyDetectedInstance},
 * {@link Subnet}, {@link SubnetCidrBlock}, {@link SubnetCidrReservation}, {@link
 * SubnetNetworkAclAssociation}, {@link SubnetRouteTableAssociation}, {@link TrafficMirrorFilter},
 * {@link TrafficMirrorFilterRule}, {@link TrafficMirrorSession}, {@link TrafficMirrorTarget},
 * {@link TransitGateway}, {@link TransitGatewayAttachment}, {@link TransitGatewayConnect}, {@link
 * TransitGatewayConnectPeer}, {@link TransitGatewayMeteringPolicy}, {@link
 * TransitGatewayMeteringPolicyEntry}, {@link TransitGatewayMulticastDomain}, {@link
 * TransitGatewayMulticastDomainAssociation}, {@link TransitGatewayMulticastGroupMember}, {@link
 * TransitGatewayMulticastGroupSource}, {@link TransitGatewayPeeringAttachment}, {@link
 * TransitGatewayPolicyTable}, {@link TransitGatewayPolicyTableAssociation}, {@link
 * TransitGatewayPolicyTableEntry}, {@link TransitGatewayRoute}, {@link TransitGatewayRouteTable},
 * {@link TransitGatewayRouteTableAssociation}, {@link TransitGatewayRouteTablePropagation}, {@link
 * TransitGatewayVpcAttachment}, {@link VPC}, {@link VPCBlockPublicAccessExclusion}, {@link
 * VPCBlockPublicAccessOptions}, {@link VPCCidrBlock}, {@link VPCDHCPOptionsAssociation}, {@link
 * VPCEncryptionControl}, {@link VPCEndpoint}, {@link VPCEndpointConnectionNotification}, {@link
 * VPCEndpointService}, {@link VPCEndpointServicePermissions}, {@link VPCGatewayAttachment}, {@link
 * VPCPeeringConnection}, {@link VPNConcentrator}, {@link VPNConnection}, {@link
 * VPNConnectionRoute}, {@link VPNGateway}, {@link VPNGatewayRoutePropagation}, {@link
 * VerifiedAccessEndpoint}, {@link VerifiedAccessGroup}, {@link VerifiedAccessInstance}, {@link
 * VerifiedAccessTrustProvider}, {@link Volume}, {@link VolumeAttachment}.
 */
package io.tropo4j.resources.ec2;
