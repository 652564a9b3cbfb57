// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Lightsail (prefix {@code lightsail}), as the service authorization reference lists them.
 */
public final class Lightsail {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "lightsail";

  /** {@code lightsail:AllocateStaticIp}: Write; on no resource type (give {@code *}). */
  public static final Action ALLOCATE_STATIC_IP = Action.of(PREFIX, "AllocateStaticIp");

  /** {@code lightsail:AttachCertificateToDistribution}: Write; on Certificate, Distribution. */
  public static final Action ATTACH_CERTIFICATE_TO_DISTRIBUTION = Action.of(PREFIX, "AttachCertificateToDistribution");

  /** {@code lightsail:AttachDisk}: Write; on Disk. */
  public static final Action ATTACH_DISK = Action.of(PREFIX, "AttachDisk");

  /** {@code lightsail:AttachInstancesToLoadBalancer}: Write; on LoadBalancer. */
  public static final Action ATTACH_INSTANCES_TO_LOAD_BALANCER = Action.of(PREFIX, "AttachInstancesToLoadBalancer");

  /** {@code lightsail:AttachLoadBalancerTlsCertificate}: Write; on LoadBalancer. */
  public static final Action ATTACH_LOAD_BALANCER_TLS_CERTIFICATE = Action.of(PREFIX, "AttachLoadBalancerTlsCertificate");

  /** {@code lightsail:AttachStaticIp}: Write; on Instance, StaticIp. */
  public static final Action ATTACH_STATIC_IP = Action.of(PREFIX, "AttachStaticIp");

  /** {@code lightsail:CloseInstancePublicPorts}: Write; on Instance. */
  public static final Action CLOSE_INSTANCE_PUBLIC_PORTS = Action.of(PREFIX, "CloseInstancePublicPorts");

  /** {@code lightsail:CopySnapshot}: Write; on no resource type (give {@code *}). */
  public static final Action COPY_SNAPSHOT = Action.of(PREFIX, "CopySnapshot");

  /** {@code lightsail:CreateBucket}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BUCKET = Action.of(PREFIX, "CreateBucket");

  /** {@code lightsail:CreateBucketAccessKey}: Write; on Bucket. */
  public static final Action CREATE_BUCKET_ACCESS_KEY = Action.of(PREFIX, "CreateBucketAccessKey");

  /** {@code lightsail:CreateCertificate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CERTIFICATE = Action.of(PREFIX, "CreateCertificate");

  /** {@code lightsail:CreateCloudFormationStack}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CLOUD_FORMATION_STACK = Action.of(PREFIX, "CreateCloudFormationStack");

  /** {@code lightsail:CreateContactMethod}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONTACT_METHOD = Action.of(PREFIX, "CreateContactMethod");

  /** {@code lightsail:CreateContainerService}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONTAINER_SERVICE = Action.of(PREFIX, "CreateContainerService");

  /** {@code lightsail:CreateContainerServiceDeployment}: Write; on ContainerService. */
  public static final Action CREATE_CONTAINER_SERVICE_DEPLOYMENT = Action.of(PREFIX, "CreateContainerServiceDeployment");

  /** {@code lightsail:CreateContainerServiceRegistryLogin}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONTAINER_SERVICE_REGISTRY_LOGIN = Action.of(PREFIX, "CreateContainerServiceRegistryLogin");

  /** {@code lightsail:CreateDisk}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DISK = Action.of(PREFIX, "CreateDisk");

  /** {@code lightsail:CreateDiskFromSnapshot}: Write; on DiskSnapshot. */
  public static final Action CREATE_DISK_FROM_SNAPSHOT = Action.of(PREFIX, "CreateDiskFromSnapshot");

  /** {@code lightsail:CreateDiskSnapshot}: Write; on Disk, Instance. */
  public static final Action CREATE_DISK_SNAPSHOT = Action.of(PREFIX, "CreateDiskSnapshot");

  /** {@code lightsail:CreateDistribution}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DISTRIBUTION = Action.of(PREFIX, "CreateDistribution");

  /** {@code lightsail:CreateDomain}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DOMAIN = Action.of(PREFIX, "CreateDomain");

  /** {@code lightsail:CreateDomainEntry}: Write; on Domain. */
  public static final Action CREATE_DOMAIN_ENTRY = Action.of(PREFIX, "CreateDomainEntry");

  /** {@code lightsail:CreateGUISessionAccessDetails}: Write; on Instance. */
  public static final Action CREATE_GUI_SESSION_ACCESS_DETAILS = Action.of(PREFIX, "CreateGUISessionAccessDetails");

  /** {@code lightsail:CreateInstanceSnapshot}: Write; on Instance. */
  public static final Action CREATE_INSTANCE_SNAPSHOT = Action.of(PREFIX, "CreateInstanceSnapshot");

  /** {@code lightsail:CreateInstances}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INSTANCES = Action.of(PREFIX, "CreateInstances");

  /** {@code lightsail:CreateInstancesFromSnapshot}: Write; on InstanceSnapshot. */
  public static final Action CREATE_INSTANCES_FROM_SNAPSHOT = Action.of(PREFIX, "CreateInstancesFromSnapshot");

  /** {@code lightsail:CreateKeyPair}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_KEY_PAIR = Action.of(PREFIX, "CreateKeyPair");

  /** {@code lightsail:CreateLoadBalancer}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOAD_BALANCER = Action.of(PREFIX, "CreateLoadBalancer");

  /** {@code lightsail:CreateLoadBalancerTlsCertificate}: Write; on LoadBalancer. */
  public static final Action CREATE_LOAD_BALANCER_TLS_CERTIFICATE = Action.of(PREFIX, "CreateLoadBalancerTlsCertificate");

  /** {@code lightsail:CreateRelationalDatabase}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RELATIONAL_DATABASE = Action.of(PREFIX, "CreateRelationalDatabase");

  /** {@code lightsail:CreateRelationalDatabaseFromSnapshot}: Write; on RelationalDatabaseSnapshot. */
  public static final Action CREATE_RELATIONAL_DATABASE_FROM_SNAPSHOT = Action.of(PREFIX, "CreateRelationalDatabaseFromSnapshot");

  /** {@code lightsail:CreateRelationalDatabaseSnapshot}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RELATIONAL_DATABASE_SNAPSHOT = Action.of(PREFIX, "CreateRelationalDatabaseSnapshot");

  /** {@code lightsail:DeleteAlarm}: Write; on Alarm. */
  public static final Action DELETE_ALARM = Action.of(PREFIX, "DeleteAlarm");

  /** {@code lightsail:DeleteAutoSnapshot}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_AUTO_SNAPSHOT = Action.of(PREFIX, "DeleteAutoSnapshot");

  /** {@code lightsail:DeleteBucket}: Write; on Bucket. */
  public static final Action DELETE_BUCKET = Action.of(PREFIX, "DeleteBucket");

  /** {@code lightsail:DeleteBucketAccessKey}: Write; on Bucket. */
  public static final Action DELETE_BUCKET_ACCESS_KEY = Action.of(PREFIX, "DeleteBucketAccessKey");

  /** {@code lightsail:DeleteCertificate}: Write; on Certificate. */
  public static final Action DELETE_CERTIFICATE = Action.of(PREFIX, "DeleteCertificate");

  /** {@code lightsail:DeleteContactMethod}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CONTACT_METHOD = Action.of(PREFIX, "DeleteContactMethod");

  /** {@code lightsail:DeleteContainerImage}: Write; on ContainerService. */
  public static final Action DELETE_CONTAINER_IMAGE = Action.of(PREFIX, "DeleteContainerImage");

  /** {@code lightsail:DeleteContainerService}: Write; on ContainerService. */
  public static final Action DELETE_CONTAINER_SERVICE = Action.of(PREFIX, "DeleteContainerService");

  /** {@code lightsail:DeleteDisk}: Write; on Disk. */
  public static final Action DELETE_DISK = Action.of(PREFIX, "DeleteDisk");

  /** {@code lightsail:DeleteDiskSnapshot}: Write; on DiskSnapshot. */
  public static final Action DELETE_DISK_SNAPSHOT = Action.of(PREFIX, "DeleteDiskSnapshot");

  /** {@code lightsail:DeleteDistribution}: Write; on Distribution. */
  public static final Action DELETE_DISTRIBUTION = Action.of(PREFIX, "DeleteDistribution");

  /** {@code lightsail:DeleteDomain}: Write; on Domain. */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code lightsail:DeleteDomainEntry}: Write; on Domain. */
  public static final Action DELETE_DOMAIN_ENTRY = Action.of(PREFIX, "DeleteDomainEntry");

  /** {@code lightsail:DeleteInstance}: Write; on Instance. */
  public static final Action DELETE_INSTANCE = Action.of(PREFIX, "DeleteInstance");

  /** {@code lightsail:DeleteInstanceSnapshot}: Write; on InstanceSnapshot. */
  public static final Action DELETE_INSTANCE_SNAPSHOT = Action.of(PREFIX, "DeleteInstanceSnapshot");

  /** {@code lightsail:DeleteKeyPair}: Write; on KeyPair. */
  public static final Action DELETE_KEY_PAIR = Action.of(PREFIX, "DeleteKeyPair");

  /** {@code lightsail:DeleteKnownHostKeys}: Write; on Instance. */
  public static final Action DELETE_KNOWN_HOST_KEYS = Action.of(PREFIX, "DeleteKnownHostKeys");

  /** {@code lightsail:DeleteLoadBalancer}: Write; on LoadBalancer. */
  public static final Action DELETE_LOAD_BALANCER = Action.of(PREFIX, "DeleteLoadBalancer");

  /** {@code lightsail:DeleteLoadBalancerTlsCertificate}: Write; on LoadBalancer. */
  public static final Action DELETE_LOAD_BALANCER_TLS_CERTIFICATE = Action.of(PREFIX, "DeleteLoadBalancerTlsCertificate");

  /** {@code lightsail:DeleteRelationalDatabase}: Write; on RelationalDatabase. */
  public static final Action DELETE_RELATIONAL_DATABASE = Action.of(PREFIX, "DeleteRelationalDatabase");

  /** {@code lightsail:DeleteRelationalDatabaseSnapshot}: Write; on RelationalDatabaseSnapshot. */
  public static final Action DELETE_RELATIONAL_DATABASE_SNAPSHOT = Action.of(PREFIX, "DeleteRelationalDatabaseSnapshot");

  /** {@code lightsail:DetachCertificateFromDistribution}: Write; on Distribution. */
  public static final Action DETACH_CERTIFICATE_FROM_DISTRIBUTION = Action.of(PREFIX, "DetachCertificateFromDistribution");

  /** {@code lightsail:DetachDisk}: Write; on Disk. */
  public static final Action DETACH_DISK = Action.of(PREFIX, "DetachDisk");

  /** {@code lightsail:DetachInstancesFromLoadBalancer}: Write; on LoadBalancer. */
  public static final Action DETACH_INSTANCES_FROM_LOAD_BALANCER = Action.of(PREFIX, "DetachInstancesFromLoadBalancer");

  /** {@code lightsail:DetachStaticIp}: Write; on StaticIp. */
  public static final Action DETACH_STATIC_IP = Action.of(PREFIX, "DetachStaticIp");

  /** {@code lightsail:DisableAddOn}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_ADD_ON = Action.of(PREFIX, "DisableAddOn");

  /** {@code lightsail:DownloadDefaultKeyPair}: Write; on no resource type (give {@code *}). */
  public static final Action DOWNLOAD_DEFAULT_KEY_PAIR = Action.of(PREFIX, "DownloadDefaultKeyPair");

  /** {@code lightsail:EnableAddOn}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_ADD_ON = Action.of(PREFIX, "EnableAddOn");

  /** {@code lightsail:ExportSnapshot}: Write; on DiskSnapshot, InstanceSnapshot. */
  public static final Action EXPORT_SNAPSHOT = Action.of(PREFIX, "ExportSnapshot");

  /** {@code lightsail:GetActiveNames}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACTIVE_NAMES = Action.of(PREFIX, "GetActiveNames");

  /** {@code lightsail:GetAlarms}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ALARMS = Action.of(PREFIX, "GetAlarms");

  /** {@code lightsail:GetAutoSnapshots}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AUTO_SNAPSHOTS = Action.of(PREFIX, "GetAutoSnapshots");

  /** {@code lightsail:GetBlueprints}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BLUEPRINTS = Action.of(PREFIX, "GetBlueprints");

  /** {@code lightsail:GetBucketAccessKeys}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BUCKET_ACCESS_KEYS = Action.of(PREFIX, "GetBucketAccessKeys");

  /** {@code lightsail:GetBucketBundles}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BUCKET_BUNDLES = Action.of(PREFIX, "GetBucketBundles");

  /** {@code lightsail:GetBucketMetricData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BUCKET_METRIC_DATA = Action.of(PREFIX, "GetBucketMetricData");

  /** {@code lightsail:GetBuckets}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BUCKETS = Action.of(PREFIX, "GetBuckets");

  /** {@code lightsail:GetBundles}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BUNDLES = Action.of(PREFIX, "GetBundles");

  /** {@code lightsail:GetCertificates}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CERTIFICATES = Action.of(PREFIX, "GetCertificates");

  /** {@code lightsail:GetCloudFormationStackRecords}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CLOUD_FORMATION_STACK_RECORDS = Action.of(PREFIX, "GetCloudFormationStackRecords");

  /** {@code lightsail:GetContactMethods}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTACT_METHODS = Action.of(PREFIX, "GetContactMethods");

  /** {@code lightsail:GetContainerAPIMetadata}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTAINER_API_METADATA = Action.of(PREFIX, "GetContainerAPIMetadata");

  /** {@code lightsail:GetContainerImages}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTAINER_IMAGES = Action.of(PREFIX, "GetContainerImages");

  /** {@code lightsail:GetContainerLog}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTAINER_LOG = Action.of(PREFIX, "GetContainerLog");

  /** {@code lightsail:GetContainerServiceDeployments}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTAINER_SERVICE_DEPLOYMENTS = Action.of(PREFIX, "GetContainerServiceDeployments");

  /** {@code lightsail:GetContainerServiceMetricData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTAINER_SERVICE_METRIC_DATA = Action.of(PREFIX, "GetContainerServiceMetricData");

  /** {@code lightsail:GetContainerServicePowers}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTAINER_SERVICE_POWERS = Action.of(PREFIX, "GetContainerServicePowers");

  /** {@code lightsail:GetContainerServices}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONTAINER_SERVICES = Action.of(PREFIX, "GetContainerServices");

  /** {@code lightsail:GetCostEstimate}: Read; on Disk, Instance. */
  public static final Action GET_COST_ESTIMATE = Action.of(PREFIX, "GetCostEstimate");

  /** {@code lightsail:GetDisk}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DISK = Action.of(PREFIX, "GetDisk");

  /** {@code lightsail:GetDiskSnapshot}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DISK_SNAPSHOT = Action.of(PREFIX, "GetDiskSnapshot");

  /** {@code lightsail:GetDiskSnapshots}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DISK_SNAPSHOTS = Action.of(PREFIX, "GetDiskSnapshots");

  /** {@code lightsail:GetDisks}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DISKS = Action.of(PREFIX, "GetDisks");

  /** {@code lightsail:GetDistributionBundles}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DISTRIBUTION_BUNDLES = Action.of(PREFIX, "GetDistributionBundles");

  /** {@code lightsail:GetDistributionLatestCacheReset}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DISTRIBUTION_LATEST_CACHE_RESET = Action.of(PREFIX, "GetDistributionLatestCacheReset");

  /** {@code lightsail:GetDistributionMetricData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DISTRIBUTION_METRIC_DATA = Action.of(PREFIX, "GetDistributionMetricData");

  /** {@code lightsail:GetDistributions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DISTRIBUTIONS = Action.of(PREFIX, "GetDistributions");

  /** {@code lightsail:GetDomain}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOMAIN = Action.of(PREFIX, "GetDomain");

  /** {@code lightsail:GetDomains}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOMAINS = Action.of(PREFIX, "GetDomains");

  /** {@code lightsail:GetExportSnapshotRecords}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EXPORT_SNAPSHOT_RECORDS = Action.of(PREFIX, "GetExportSnapshotRecords");

  /** {@code lightsail:GetInstance}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSTANCE = Action.of(PREFIX, "GetInstance");

  /** {@code lightsail:GetInstanceAccessDetails}: Write; on Instance. */
  public static final Action GET_INSTANCE_ACCESS_DETAILS = Action.of(PREFIX, "GetInstanceAccessDetails");

  /** {@code lightsail:GetInstanceMetricData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSTANCE_METRIC_DATA = Action.of(PREFIX, "GetInstanceMetricData");

  /** {@code lightsail:GetInstancePortStates}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSTANCE_PORT_STATES = Action.of(PREFIX, "GetInstancePortStates");

  /** {@code lightsail:GetInstanceSnapshot}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSTANCE_SNAPSHOT = Action.of(PREFIX, "GetInstanceSnapshot");

  /** {@code lightsail:GetInstanceSnapshots}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSTANCE_SNAPSHOTS = Action.of(PREFIX, "GetInstanceSnapshots");

  /** {@code lightsail:GetInstanceState}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSTANCE_STATE = Action.of(PREFIX, "GetInstanceState");

  /** {@code lightsail:GetInstances}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSTANCES = Action.of(PREFIX, "GetInstances");

  /** {@code lightsail:GetKeyPair}: Read; on no resource type (give {@code *}). */
  public static final Action GET_KEY_PAIR = Action.of(PREFIX, "GetKeyPair");

  /** {@code lightsail:GetKeyPairs}: Read; on no resource type (give {@code *}). */
  public static final Action GET_KEY_PAIRS = Action.of(PREFIX, "GetKeyPairs");

  /** {@code lightsail:GetLoadBalancer}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LOAD_BALANCER = Action.of(PREFIX, "GetLoadBalancer");

  /** {@code lightsail:GetLoadBalancerMetricData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LOAD_BALANCER_METRIC_DATA = Action.of(PREFIX, "GetLoadBalancerMetricData");

  /** {@code lightsail:GetLoadBalancerTlsCertificates}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LOAD_BALANCER_TLS_CERTIFICATES = Action.of(PREFIX, "GetLoadBalancerTlsCertificates");

  /** {@code lightsail:GetLoadBalancerTlsPolicies}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LOAD_BALANCER_TLS_POLICIES = Action.of(PREFIX, "GetLoadBalancerTlsPolicies");

  /** {@code lightsail:GetLoadBalancers}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LOAD_BALANCERS = Action.of(PREFIX, "GetLoadBalancers");

  /** {@code lightsail:GetOperation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_OPERATION = Action.of(PREFIX, "GetOperation");

  /** {@code lightsail:GetOperations}: Read; on no resource type (give {@code *}). */
  public static final Action GET_OPERATIONS = Action.of(PREFIX, "GetOperations");

  /** {@code lightsail:GetOperationsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action GET_OPERATIONS_FOR_RESOURCE = Action.of(PREFIX, "GetOperationsForResource");

  /** {@code lightsail:GetRegions}: Read; on no resource type (give {@code *}). */
  public static final Action GET_REGIONS = Action.of(PREFIX, "GetRegions");

  /** {@code lightsail:GetRelationalDatabase}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RELATIONAL_DATABASE = Action.of(PREFIX, "GetRelationalDatabase");

  /** {@code lightsail:GetRelationalDatabaseBlueprints}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RELATIONAL_DATABASE_BLUEPRINTS = Action.of(PREFIX, "GetRelationalDatabaseBlueprints");

  /** {@code lightsail:GetRelationalDatabaseBundles}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RELATIONAL_DATABASE_BUNDLES = Action.of(PREFIX, "GetRelationalDatabaseBundles");

  /** {@code lightsail:GetRelationalDatabaseEvents}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RELATIONAL_DATABASE_EVENTS = Action.of(PREFIX, "GetRelationalDatabaseEvents");

  /** {@code lightsail:GetRelationalDatabaseLogEvents}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RELATIONAL_DATABASE_LOG_EVENTS = Action.of(PREFIX, "GetRelationalDatabaseLogEvents");

  /** {@code lightsail:GetRelationalDatabaseLogStreams}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RELATIONAL_DATABASE_LOG_STREAMS = Action.of(PREFIX, "GetRelationalDatabaseLogStreams");

  /** {@code lightsail:GetRelationalDatabaseMasterUserPassword}: Permissions management; on RelationalDatabase. */
  public static final Action GET_RELATIONAL_DATABASE_MASTER_USER_PASSWORD = Action.of(PREFIX, "GetRelationalDatabaseMasterUserPassword");

  /** {@code lightsail:GetRelationalDatabaseMetricData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RELATIONAL_DATABASE_METRIC_DATA = Action.of(PREFIX, "GetRelationalDatabaseMetricData");

  /** {@code lightsail:GetRelationalDatabaseParameters}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RELATIONAL_DATABASE_PARAMETERS = Action.of(PREFIX, "GetRelationalDatabaseParameters");

  /** {@code lightsail:GetRelationalDatabaseSnapshot}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RELATIONAL_DATABASE_SNAPSHOT = Action.of(PREFIX, "GetRelationalDatabaseSnapshot");

  /** {@code lightsail:GetRelationalDatabaseSnapshots}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RELATIONAL_DATABASE_SNAPSHOTS = Action.of(PREFIX, "GetRelationalDatabaseSnapshots");

  /** {@code lightsail:GetRelationalDatabases}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RELATIONAL_DATABASES = Action.of(PREFIX, "GetRelationalDatabases");

  /** {@code lightsail:GetSetupHistory}: Read; on Instance. */
  public static final Action GET_SETUP_HISTORY = Action.of(PREFIX, "GetSetupHistory");

  /** {@code lightsail:GetStaticIp}: Read; on no resource type (give {@code *}). */
  public static final Action GET_STATIC_IP = Action.of(PREFIX, "GetStaticIp");

  /** {@code lightsail:GetStaticIps}: Read; on no resource type (give {@code *}). */
  public static final Action GET_STATIC_IPS = Action.of(PREFIX, "GetStaticIps");

  /** {@code lightsail:ImportKeyPair}: Write; on no resource type (give {@code *}). */
  public static final Action IMPORT_KEY_PAIR = Action.of(PREFIX, "ImportKeyPair");

  /** {@code lightsail:IsVpcPeered}: Read; on no resource type (give {@code *}). */
  public static final Action IS_VPC_PEERED = Action.of(PREFIX, "IsVpcPeered");

  /** {@code lightsail:OpenInstancePublicPorts}: Write; on Instance. */
  public static final Action OPEN_INSTANCE_PUBLIC_PORTS = Action.of(PREFIX, "OpenInstancePublicPorts");

  /** {@code lightsail:PeerVpc}: Write; on no resource type (give {@code *}). */
  public static final Action PEER_VPC = Action.of(PREFIX, "PeerVpc");

  /** {@code lightsail:PutAlarm}: Write; on Alarm. */
  public static final Action PUT_ALARM = Action.of(PREFIX, "PutAlarm");

  /** {@code lightsail:PutInstancePublicPorts}: Write; on Instance. */
  public static final Action PUT_INSTANCE_PUBLIC_PORTS = Action.of(PREFIX, "PutInstancePublicPorts");

  /** {@code lightsail:RebootInstance}: Write; on Instance. */
  public static final Action REBOOT_INSTANCE = Action.of(PREFIX, "RebootInstance");

  /** {@code lightsail:RebootRelationalDatabase}: Write; on RelationalDatabase. */
  public static final Action REBOOT_RELATIONAL_DATABASE = Action.of(PREFIX, "RebootRelationalDatabase");

  /** {@code lightsail:RegisterContainerImage}: Write; on ContainerService. */
  public static final Action REGISTER_CONTAINER_IMAGE = Action.of(PREFIX, "RegisterContainerImage");

  /** {@code lightsail:ReleaseStaticIp}: Write; on StaticIp. */
  public static final Action RELEASE_STATIC_IP = Action.of(PREFIX, "ReleaseStaticIp");

  /** {@code lightsail:ResetDistributionCache}: Write; on Distribution. */
  public static final Action RESET_DISTRIBUTION_CACHE = Action.of(PREFIX, "ResetDistributionCache");

  /** {@code lightsail:SendContactMethodVerification}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CONTACT_METHOD_VERIFICATION = Action.of(PREFIX, "SendContactMethodVerification");

  /** {@code lightsail:SetIpAddressType}: Write; on Distribution, Instance, LoadBalancer. */
  public static final Action SET_IP_ADDRESS_TYPE = Action.of(PREFIX, "SetIpAddressType");

  /** {@code lightsail:SetResourceAccessForBucket}: Write; on Bucket, Instance. */
  public static final Action SET_RESOURCE_ACCESS_FOR_BUCKET = Action.of(PREFIX, "SetResourceAccessForBucket");

  /** {@code lightsail:SetupInstanceHttps}: Write; on Instance. */
  public static final Action SETUP_INSTANCE_HTTPS = Action.of(PREFIX, "SetupInstanceHttps");

  /** {@code lightsail:StartGUISession}: Write; on Instance. */
  public static final Action START_GUI_SESSION = Action.of(PREFIX, "StartGUISession");

  /** {@code lightsail:StartInstance}: Write; on Instance. */
  public static final Action START_INSTANCE = Action.of(PREFIX, "StartInstance");

  /** {@code lightsail:StartRelationalDatabase}: Write; on RelationalDatabase. */
  public static final Action START_RELATIONAL_DATABASE = Action.of(PREFIX, "StartRelationalDatabase");

  /** {@code lightsail:StopGUISession}: Write; on Instance. */
  public static final Action STOP_GUI_SESSION = Action.of(PREFIX, "StopGUISession");

  /** {@code lightsail:StopInstance}: Write; on Instance. */
  public static final Action STOP_INSTANCE = Action.of(PREFIX, "StopInstance");

  /** {@code lightsail:StopRelationalDatabase}: Write; on RelationalDatabase. */
  public static final Action STOP_RELATIONAL_DATABASE = Action.of(PREFIX, "StopRelationalDatabase");

  /** {@code lightsail:TagResource}: Tagging; on Bucket, Certificate, ContactMethod, ContainerService, Disk, DiskSnapshot, Distribution, Domain, Instance, InstanceSnapshot, KeyPair, LoadBalancer, RelationalDatabase, RelationalDatabaseSnapshot, StaticIp. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code lightsail:TestAlarm}: Write; on Alarm. */
  public static final Action TEST_ALARM = Action.of(PREFIX, "TestAlarm");

  /** {@code lightsail:UnpeerVpc}: Write; on no resource type (give {@code *}). */
  public static final Action UNPEER_VPC = Action.of(PREFIX, "UnpeerVpc");

  /** {@code lightsail:UntagResource}: Tagging; on Bucket, Certificate, ContactMethod, ContainerService, Disk, DiskSnapshot, Distribution, Domain, Instance, InstanceSnapshot, KeyPair, LoadBalancer, RelationalDatabase, RelationalDatabaseSnapshot, StaticIp. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code lightsail:UpdateBucket}: Write; on Bucket. */
  public static final Action UPDATE_BUCKET = Action.of(PREFIX, "UpdateBucket");

  /** {@code lightsail:UpdateBucketBundle}: Write; on Bucket. */
  public static final Action UPDATE_BUCKET_BUNDLE = Action.of(PREFIX, "UpdateBucketBundle");

  /** {@code lightsail:UpdateContainerService}: Write; on ContainerService. */
  public static final Action UPDATE_CONTAINER_SERVICE = Action.of(PREFIX, "UpdateContainerService");

  /** {@code lightsail:UpdateDistribution}: Write; on Distribution. */
  public static final Action UPDATE_DISTRIBUTION = Action.of(PREFIX, "UpdateDistribution");

  /** {@code lightsail:UpdateDistributionBundle}: Write; on Distribution. */
  public static final Action UPDATE_DISTRIBUTION_BUNDLE = Action.of(PREFIX, "UpdateDistributionBundle");

  /** {@code lightsail:UpdateDomainEntry}: Write; on Domain. */
  public static final Action UPDATE_DOMAIN_ENTRY = Action.of(PREFIX, "UpdateDomainEntry");

  /** {@code lightsail:UpdateInstanceMetadataOptions}: Write; on Instance. */
  public static final Action UPDATE_INSTANCE_METADATA_OPTIONS = Action.of(PREFIX, "UpdateInstanceMetadataOptions");

  /** {@code lightsail:UpdateLoadBalancerAttribute}: Write; on LoadBalancer. */
  public static final Action UPDATE_LOAD_BALANCER_ATTRIBUTE = Action.of(PREFIX, "UpdateLoadBalancerAttribute");

  /** {@code lightsail:UpdateRelationalDatabase}: Write; on RelationalDatabase. */
  public static final Action UPDATE_RELATIONAL_DATABASE = Action.of(PREFIX, "UpdateRelationalDatabase");

  /** {@code lightsail:UpdateRelationalDatabaseParameters}: Write; on RelationalDatabase. */
  public static final Action UPDATE_RELATIONAL_DATABASE_PARAMETERS = Action.of(PREFIX, "UpdateRelationalDatabaseParameters");

  private Lightsail() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
