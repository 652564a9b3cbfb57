// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon S3 (prefix {@code s3}), as the service authorization reference lists them.
 */
public final class S3 {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "s3";

  /** {@code s3:AbortMultipartUpload}: Write; on accesspointobject, object. */
  public static final Action ABORT_MULTIPART_UPLOAD = Action.of(PREFIX, "AbortMultipartUpload");

  /** {@code s3:AssociateAccessGrantsIdentityCenter}: Permissions management; on accessgrantsinstance. */
  public static final Action ASSOCIATE_ACCESS_GRANTS_IDENTITY_CENTER = Action.of(PREFIX, "AssociateAccessGrantsIdentityCenter");

  /** {@code s3:BypassGovernanceRetention}: Permissions management; on accesspointobject, object. */
  public static final Action BYPASS_GOVERNANCE_RETENTION = Action.of(PREFIX, "BypassGovernanceRetention");

  /** {@code s3:CreateAccessGrant}: Permissions management; on accessgrantslocation. */
  public static final Action CREATE_ACCESS_GRANT = Action.of(PREFIX, "CreateAccessGrant");

  /** {@code s3:CreateAccessGrantsInstance}: Permissions management; on accessgrantsinstance. */
  public static final Action CREATE_ACCESS_GRANTS_INSTANCE = Action.of(PREFIX, "CreateAccessGrantsInstance");

  /** {@code s3:CreateAccessGrantsLocation}: Permissions management; on accessgrantsinstance. */
  public static final Action CREATE_ACCESS_GRANTS_LOCATION = Action.of(PREFIX, "CreateAccessGrantsLocation");

  /** {@code s3:CreateAccessPoint}: Write; on accesspoint. */
  public static final Action CREATE_ACCESS_POINT = Action.of(PREFIX, "CreateAccessPoint");

  /** {@code s3:CreateAccessPointForObjectLambda}: Write; on objectlambdaaccesspoint. */
  public static final Action CREATE_ACCESS_POINT_FOR_OBJECT_LAMBDA = Action.of(PREFIX, "CreateAccessPointForObjectLambda");

  /** {@code s3:CreateBucket}: Write; on bucket. */
  public static final Action CREATE_BUCKET = Action.of(PREFIX, "CreateBucket");

  /** {@code s3:CreateBucketMetadataTableConfiguration}: Write; on bucket. */
  public static final Action CREATE_BUCKET_METADATA_TABLE_CONFIGURATION = Action.of(PREFIX, "CreateBucketMetadataTableConfiguration");

  /** {@code s3:CreateJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_JOB = Action.of(PREFIX, "CreateJob");

  /** {@code s3:CreateMultiRegionAccessPoint}: Write; on multiregionaccesspoint. */
  public static final Action CREATE_MULTI_REGION_ACCESS_POINT = Action.of(PREFIX, "CreateMultiRegionAccessPoint");

  /** {@code s3:CreateStorageLensGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_STORAGE_LENS_GROUP = Action.of(PREFIX, "CreateStorageLensGroup");

  /** {@code s3:DeleteAccessGrant}: Permissions management; on accessgrant. */
  public static final Action DELETE_ACCESS_GRANT = Action.of(PREFIX, "DeleteAccessGrant");

  /** {@code s3:DeleteAccessGrantsInstance}: Permissions management; on accessgrantsinstance. */
  public static final Action DELETE_ACCESS_GRANTS_INSTANCE = Action.of(PREFIX, "DeleteAccessGrantsInstance");

  /** {@code s3:DeleteAccessGrantsInstanceResourcePolicy}: Permissions management; on accessgrantsinstance. */
  public static final Action DELETE_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteAccessGrantsInstanceResourcePolicy");

  /** {@code s3:DeleteAccessGrantsLocation}: Permissions management; on accessgrantslocation. */
  public static final Action DELETE_ACCESS_GRANTS_LOCATION = Action.of(PREFIX, "DeleteAccessGrantsLocation");

  /** {@code s3:DeleteAccessPoint}: Write; on accesspoint. */
  public static final Action DELETE_ACCESS_POINT = Action.of(PREFIX, "DeleteAccessPoint");

  /** {@code s3:DeleteAccessPointForObjectLambda}: Write; on objectlambdaaccesspoint. */
  public static final Action DELETE_ACCESS_POINT_FOR_OBJECT_LAMBDA = Action.of(PREFIX, "DeleteAccessPointForObjectLambda");

  /** {@code s3:DeleteAccessPointPolicy}: Permissions management; on accesspoint. */
  public static final Action DELETE_ACCESS_POINT_POLICY = Action.of(PREFIX, "DeleteAccessPointPolicy");

  /** {@code s3:DeleteAccessPointPolicyForObjectLambda}: Permissions management; on objectlambdaaccesspoint. */
  public static final Action DELETE_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA = Action.of(PREFIX, "DeleteAccessPointPolicyForObjectLambda");

  /** {@code s3:DeleteBucket}: Write; on bucket. */
  public static final Action DELETE_BUCKET = Action.of(PREFIX, "DeleteBucket");

  /** {@code s3:DeleteBucketMetadataTableConfiguration}: Write; on bucket. */
  public static final Action DELETE_BUCKET_METADATA_TABLE_CONFIGURATION = Action.of(PREFIX, "DeleteBucketMetadataTableConfiguration");

  /** {@code s3:DeleteBucketPolicy}: Permissions management; on bucket. */
  public static final Action DELETE_BUCKET_POLICY = Action.of(PREFIX, "DeleteBucketPolicy");

  /** {@code s3:DeleteBucketWebsite}: Write; on bucket. */
  public static final Action DELETE_BUCKET_WEBSITE = Action.of(PREFIX, "DeleteBucketWebsite");

  /** {@code s3:DeleteJobTagging}: Tagging; on job. */
  public static final Action DELETE_JOB_TAGGING = Action.of(PREFIX, "DeleteJobTagging");

  /** {@code s3:DeleteMultiRegionAccessPoint}: Write; on multiregionaccesspoint. */
  public static final Action DELETE_MULTI_REGION_ACCESS_POINT = Action.of(PREFIX, "DeleteMultiRegionAccessPoint");

  /** {@code s3:DeleteObject}: Write; on accesspointobject, object. */
  public static final Action DELETE_OBJECT = Action.of(PREFIX, "DeleteObject");

  /** {@code s3:DeleteObjectTagging}: Tagging; on accesspointobject, object. */
  public static final Action DELETE_OBJECT_TAGGING = Action.of(PREFIX, "DeleteObjectTagging");

  /** {@code s3:DeleteObjectVersion}: Write; on accesspointobject, object. */
  public static final Action DELETE_OBJECT_VERSION = Action.of(PREFIX, "DeleteObjectVersion");

  /** {@code s3:DeleteObjectVersionTagging}: Tagging; on accesspointobject, object. */
  public static final Action DELETE_OBJECT_VERSION_TAGGING = Action.of(PREFIX, "DeleteObjectVersionTagging");

  /** {@code s3:DeleteStorageLensConfiguration}: Write; on storagelensconfiguration. */
  public static final Action DELETE_STORAGE_LENS_CONFIGURATION = Action.of(PREFIX, "DeleteStorageLensConfiguration");

  /** {@code s3:DeleteStorageLensConfigurationTagging}: Tagging; on storagelensconfiguration. */
  public static final Action DELETE_STORAGE_LENS_CONFIGURATION_TAGGING = Action.of(PREFIX, "DeleteStorageLensConfigurationTagging");

  /** {@code s3:DeleteStorageLensGroup}: Write; on storagelensgroup. */
  public static final Action DELETE_STORAGE_LENS_GROUP = Action.of(PREFIX, "DeleteStorageLensGroup");

  /** {@code s3:DescribeJob}: Read; on job. */
  public static final Action DESCRIBE_JOB = Action.of(PREFIX, "DescribeJob");

  /** {@code s3:DescribeMultiRegionAccessPointOperation}: Read; on multiregionaccesspointrequestarn. */
  public static final Action DESCRIBE_MULTI_REGION_ACCESS_POINT_OPERATION = Action.of(PREFIX, "DescribeMultiRegionAccessPointOperation");

  /** {@code s3:DissociateAccessGrantsIdentityCenter}: Permissions management; on accessgrantsinstance. */
  public static final Action DISSOCIATE_ACCESS_GRANTS_IDENTITY_CENTER = Action.of(PREFIX, "DissociateAccessGrantsIdentityCenter");

  /** {@code s3:GetAccelerateConfiguration}: Read; on bucket. */
  public static final Action GET_ACCELERATE_CONFIGURATION = Action.of(PREFIX, "GetAccelerateConfiguration");

  /** {@code s3:GetAccessGrant}: Read; on accessgrant. */
  public static final Action GET_ACCESS_GRANT = Action.of(PREFIX, "GetAccessGrant");

  /** {@code s3:GetAccessGrantsInstance}: Read; on accessgrantsinstance. */
  public static final Action GET_ACCESS_GRANTS_INSTANCE = Action.of(PREFIX, "GetAccessGrantsInstance");

  /** {@code s3:GetAccessGrantsInstanceForPrefix}: Read; on accessgrantsinstance. */
  public static final Action GET_ACCESS_GRANTS_INSTANCE_FOR_PREFIX = Action.of(PREFIX, "GetAccessGrantsInstanceForPrefix");

  /** {@code s3:GetAccessGrantsInstanceResourcePolicy}: Read; on accessgrantsinstance. */
  public static final Action GET_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY = Action.of(PREFIX, "GetAccessGrantsInstanceResourcePolicy");

  /** {@code s3:GetAccessGrantsLocation}: Read; on accessgrantslocation. */
  public static final Action GET_ACCESS_GRANTS_LOCATION = Action.of(PREFIX, "GetAccessGrantsLocation");

  /** {@code s3:GetAccessPoint}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCESS_POINT = Action.of(PREFIX, "GetAccessPoint");

  /** {@code s3:GetAccessPointConfigurationForObjectLambda}: Read; on objectlambdaaccesspoint. */
  public static final Action GET_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA = Action.of(PREFIX, "GetAccessPointConfigurationForObjectLambda");

  /** {@code s3:GetAccessPointForObjectLambda}: Read; on objectlambdaaccesspoint. */
  public static final Action GET_ACCESS_POINT_FOR_OBJECT_LAMBDA = Action.of(PREFIX, "GetAccessPointForObjectLambda");

  /** {@code s3:GetAccessPointPolicy}: Read; on accesspoint. */
  public static final Action GET_ACCESS_POINT_POLICY = Action.of(PREFIX, "GetAccessPointPolicy");

  /** {@code s3:GetAccessPointPolicyForObjectLambda}: Read; on objectlambdaaccesspoint. */
  public static final Action GET_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA = Action.of(PREFIX, "GetAccessPointPolicyForObjectLambda");

  /** {@code s3:GetAccessPointPolicyStatus}: Read; on accesspoint. */
  public static final Action GET_ACCESS_POINT_POLICY_STATUS = Action.of(PREFIX, "GetAccessPointPolicyStatus");

  /** {@code s3:GetAccessPointPolicyStatusForObjectLambda}: Read; on objectlambdaaccesspoint. */
  public static final Action GET_ACCESS_POINT_POLICY_STATUS_FOR_OBJECT_LAMBDA = Action.of(PREFIX, "GetAccessPointPolicyStatusForObjectLambda");

  /** {@code s3:GetAccountPublicAccessBlock}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_PUBLIC_ACCESS_BLOCK = Action.of(PREFIX, "GetAccountPublicAccessBlock");

  /** {@code s3:GetAnalyticsConfiguration}: Read; on bucket. */
  public static final Action GET_ANALYTICS_CONFIGURATION = Action.of(PREFIX, "GetAnalyticsConfiguration");

  /** {@code s3:GetBucketAbac}: Read; on bucket. */
  public static final Action GET_BUCKET_ABAC = Action.of(PREFIX, "GetBucketAbac");

  /** {@code s3:GetBucketAcl}: Read; on accesspoint, bucket. */
  public static final Action GET_BUCKET_ACL = Action.of(PREFIX, "GetBucketAcl");

  /** {@code s3:GetBucketCORS}: Read; on accesspoint, bucket. */
  public static final Action GET_BUCKET_CORS = Action.of(PREFIX, "GetBucketCORS");

  /** {@code s3:GetBucketLocation}: Read; on accesspoint, bucket. */
  public static final Action GET_BUCKET_LOCATION = Action.of(PREFIX, "GetBucketLocation");

  /** {@code s3:GetBucketLogging}: Read; on bucket. */
  public static final Action GET_BUCKET_LOGGING = Action.of(PREFIX, "GetBucketLogging");

  /** {@code s3:GetBucketMetadataTableConfiguration}: Read; on bucket. */
  public static final Action GET_BUCKET_METADATA_TABLE_CONFIGURATION = Action.of(PREFIX, "GetBucketMetadataTableConfiguration");

  /** {@code s3:GetBucketNotification}: Read; on accesspoint, bucket. */
  public static final Action GET_BUCKET_NOTIFICATION = Action.of(PREFIX, "GetBucketNotification");

  /** {@code s3:GetBucketObjectLockConfiguration}: Read; on bucket. */
  public static final Action GET_BUCKET_OBJECT_LOCK_CONFIGURATION = Action.of(PREFIX, "GetBucketObjectLockConfiguration");

  /** {@code s3:GetBucketOwnershipControls}: Read; on bucket. */
  public static final Action GET_BUCKET_OWNERSHIP_CONTROLS = Action.of(PREFIX, "GetBucketOwnershipControls");

  /** {@code s3:GetBucketPolicy}: Read; on accesspoint, bucket. */
  public static final Action GET_BUCKET_POLICY = Action.of(PREFIX, "GetBucketPolicy");

  /** {@code s3:GetBucketPolicyStatus}: Read; on bucket. */
  public static final Action GET_BUCKET_POLICY_STATUS = Action.of(PREFIX, "GetBucketPolicyStatus");

  /** {@code s3:GetBucketPublicAccessBlock}: Read; on bucket. */
  public static final Action GET_BUCKET_PUBLIC_ACCESS_BLOCK = Action.of(PREFIX, "GetBucketPublicAccessBlock");

  /** {@code s3:GetBucketRequestPayment}: Read; on bucket. */
  public static final Action GET_BUCKET_REQUEST_PAYMENT = Action.of(PREFIX, "GetBucketRequestPayment");

  /** {@code s3:GetBucketTagging}: Read; on bucket. */
  public static final Action GET_BUCKET_TAGGING = Action.of(PREFIX, "GetBucketTagging");

  /** {@code s3:GetBucketVersioning}: Read; on bucket. */
  public static final Action GET_BUCKET_VERSIONING = Action.of(PREFIX, "GetBucketVersioning");

  /** {@code s3:GetBucketWebsite}: Read; on bucket. */
  public static final Action GET_BUCKET_WEBSITE = Action.of(PREFIX, "GetBucketWebsite");

  /** {@code s3:GetDataAccess}: Read; on accessgrantsinstance. */
  public static final Action GET_DATA_ACCESS = Action.of(PREFIX, "GetDataAccess");

  /** {@code s3:GetEncryptionConfiguration}: Read; on bucket. */
  public static final Action GET_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "GetEncryptionConfiguration");

  /** {@code s3:GetIntelligentTieringConfiguration}: Read; on bucket. */
  public static final Action GET_INTELLIGENT_TIERING_CONFIGURATION = Action.of(PREFIX, "GetIntelligentTieringConfiguration");

  /** {@code s3:GetInventoryConfiguration}: Read; on bucket. */
  public static final Action GET_INVENTORY_CONFIGURATION = Action.of(PREFIX, "GetInventoryConfiguration");

  /** {@code s3:GetJobTagging}: Read; on job. */
  public static final Action GET_JOB_TAGGING = Action.of(PREFIX, "GetJobTagging");

  /** {@code s3:GetLifecycleConfiguration}: Read; on bucket. */
  public static final Action GET_LIFECYCLE_CONFIGURATION = Action.of(PREFIX, "GetLifecycleConfiguration");

  /** {@code s3:GetMetricsConfiguration}: Read; on bucket. */
  public static final Action GET_METRICS_CONFIGURATION = Action.of(PREFIX, "GetMetricsConfiguration");

  /** {@code s3:GetMultiRegionAccessPoint}: Read; on multiregionaccesspoint. */
  public static final Action GET_MULTI_REGION_ACCESS_POINT = Action.of(PREFIX, "GetMultiRegionAccessPoint");

  /** {@code s3:GetMultiRegionAccessPointPolicy}: Read; on multiregionaccesspoint. */
  public static final Action GET_MULTI_REGION_ACCESS_POINT_POLICY = Action.of(PREFIX, "GetMultiRegionAccessPointPolicy");

  /** {@code s3:GetMultiRegionAccessPointPolicyStatus}: Read; on multiregionaccesspoint. */
  public static final Action GET_MULTI_REGION_ACCESS_POINT_POLICY_STATUS = Action.of(PREFIX, "GetMultiRegionAccessPointPolicyStatus");

  /** {@code s3:GetMultiRegionAccessPointRoutes}: Read; on multiregionaccesspoint. */
  public static final Action GET_MULTI_REGION_ACCESS_POINT_ROUTES = Action.of(PREFIX, "GetMultiRegionAccessPointRoutes");

  /** {@code s3:GetObject}: Read; on accesspointobject, object. */
  public static final Action GET_OBJECT = Action.of(PREFIX, "GetObject");

  /** {@code s3:GetObjectAcl}: Read; on accesspointobject, object. */
  public static final Action GET_OBJECT_ACL = Action.of(PREFIX, "GetObjectAcl");

  /** {@code s3:GetObjectAttributes}: Read; on accesspointobject, object. */
  public static final Action GET_OBJECT_ATTRIBUTES = Action.of(PREFIX, "GetObjectAttributes");

  /** {@code s3:GetObjectLegalHold}: Read; on accesspointobject, object. */
  public static final Action GET_OBJECT_LEGAL_HOLD = Action.of(PREFIX, "GetObjectLegalHold");

  /** {@code s3:GetObjectRetention}: Read; on accesspointobject, object. */
  public static final Action GET_OBJECT_RETENTION = Action.of(PREFIX, "GetObjectRetention");

  /** {@code s3:GetObjectTagging}: Read; on accesspointobject, object. */
  public static final Action GET_OBJECT_TAGGING = Action.of(PREFIX, "GetObjectTagging");

  /** {@code s3:GetObjectTorrent}: Read; on object. */
  public static final Action GET_OBJECT_TORRENT = Action.of(PREFIX, "GetObjectTorrent");

  /** {@code s3:GetObjectVersion}: Read; on accesspointobject, object. */
  public static final Action GET_OBJECT_VERSION = Action.of(PREFIX, "GetObjectVersion");

  /** {@code s3:GetObjectVersionAcl}: Read; on accesspointobject, object. */
  public static final Action GET_OBJECT_VERSION_ACL = Action.of(PREFIX, "GetObjectVersionAcl");

  /** {@code s3:GetObjectVersionAttributes}: Read; on accesspointobject, object. */
  public static final Action GET_OBJECT_VERSION_ATTRIBUTES = Action.of(PREFIX, "GetObjectVersionAttributes");

  /** {@code s3:GetObjectVersionForReplication}: Read; on object. */
  public static final Action GET_OBJECT_VERSION_FOR_REPLICATION = Action.of(PREFIX, "GetObjectVersionForReplication");

  /** {@code s3:GetObjectVersionTagging}: Read; on accesspointobject, object. */
  public static final Action GET_OBJECT_VERSION_TAGGING = Action.of(PREFIX, "GetObjectVersionTagging");

  /** {@code s3:GetObjectVersionTorrent}: Read; on object. */
  public static final Action GET_OBJECT_VERSION_TORRENT = Action.of(PREFIX, "GetObjectVersionTorrent");

  /** {@code s3:GetReplicationConfiguration}: Read; on bucket. */
  public static final Action GET_REPLICATION_CONFIGURATION = Action.of(PREFIX, "GetReplicationConfiguration");

  /** {@code s3:GetStorageLensConfiguration}: Read; on storagelensconfiguration. */
  public static final Action GET_STORAGE_LENS_CONFIGURATION = Action.of(PREFIX, "GetStorageLensConfiguration");

  /** {@code s3:GetStorageLensConfigurationTagging}: Read; on storagelensconfiguration. */
  public static final Action GET_STORAGE_LENS_CONFIGURATION_TAGGING = Action.of(PREFIX, "GetStorageLensConfigurationTagging");

  /** {@code s3:GetStorageLensDashboard}: Read; on storagelensconfiguration. */
  public static final Action GET_STORAGE_LENS_DASHBOARD = Action.of(PREFIX, "GetStorageLensDashboard");

  /** {@code s3:GetStorageLensGroup}: Read; on storagelensgroup. */
  public static final Action GET_STORAGE_LENS_GROUP = Action.of(PREFIX, "GetStorageLensGroup");

  /** {@code s3:InitiateReplication}: Write; on object. */
  public static final Action INITIATE_REPLICATION = Action.of(PREFIX, "InitiateReplication");

  /** {@code s3:ListAccessGrants}: List; on accessgrantsinstance. */
  public static final Action LIST_ACCESS_GRANTS = Action.of(PREFIX, "ListAccessGrants");

  /** {@code s3:ListAccessGrantsInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCESS_GRANTS_INSTANCES = Action.of(PREFIX, "ListAccessGrantsInstances");

  /** {@code s3:ListAccessGrantsLocations}: List; on accessgrantsinstance. */
  public static final Action LIST_ACCESS_GRANTS_LOCATIONS = Action.of(PREFIX, "ListAccessGrantsLocations");

  /** {@code s3:ListAccessPoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCESS_POINTS = Action.of(PREFIX, "ListAccessPoints");

  /** {@code s3:ListAccessPointsForObjectLambda}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCESS_POINTS_FOR_OBJECT_LAMBDA = Action.of(PREFIX, "ListAccessPointsForObjectLambda");

  /** {@code s3:ListAllMyBuckets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ALL_MY_BUCKETS = Action.of(PREFIX, "ListAllMyBuckets");

  /** {@code s3:ListBucket}: List; on accesspoint, bucket. */
  public static final Action LIST_BUCKET = Action.of(PREFIX, "ListBucket");

  /** {@code s3:ListBucketMultipartUploads}: List; on bucket. */
  public static final Action LIST_BUCKET_MULTIPART_UPLOADS = Action.of(PREFIX, "ListBucketMultipartUploads");

  /** {@code s3:ListBucketVersions}: List; on accesspoint, bucket. */
  public static final Action LIST_BUCKET_VERSIONS = Action.of(PREFIX, "ListBucketVersions");

  /** {@code s3:ListCallerAccessGrants}: List; on accessgrantsinstance. */
  public static final Action LIST_CALLER_ACCESS_GRANTS = Action.of(PREFIX, "ListCallerAccessGrants");

  /** {@code s3:ListJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code s3:ListMultiRegionAccessPoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MULTI_REGION_ACCESS_POINTS = Action.of(PREFIX, "ListMultiRegionAccessPoints");

  /** {@code s3:ListMultipartUploadParts}: List; on accesspointobject, object. */
  public static final Action LIST_MULTIPART_UPLOAD_PARTS = Action.of(PREFIX, "ListMultipartUploadParts");

  /** {@code s3:ListStorageLensConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STORAGE_LENS_CONFIGURATIONS = Action.of(PREFIX, "ListStorageLensConfigurations");

  /** {@code s3:ListStorageLensGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STORAGE_LENS_GROUPS = Action.of(PREFIX, "ListStorageLensGroups");

  /** {@code s3:ListTagsForResource}: List; on accessgrant, accessgrantsinstance, accessgrantslocation, accesspoint, bucket, storagelensgroup. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code s3:ObjectOwnerOverrideToBucketOwner}: Permissions management; on object. */
  public static final Action OBJECT_OWNER_OVERRIDE_TO_BUCKET_OWNER = Action.of(PREFIX, "ObjectOwnerOverrideToBucketOwner");

  /** {@code s3:PauseReplication}: Write; on bucket. */
  public static final Action PAUSE_REPLICATION = Action.of(PREFIX, "PauseReplication");

  /** {@code s3:PutAccelerateConfiguration}: Write; on bucket. */
  public static final Action PUT_ACCELERATE_CONFIGURATION = Action.of(PREFIX, "PutAccelerateConfiguration");

  /** {@code s3:PutAccessGrantsInstanceResourcePolicy}: Permissions management; on accessgrantsinstance. */
  public static final Action PUT_ACCESS_GRANTS_INSTANCE_RESOURCE_POLICY = Action.of(PREFIX, "PutAccessGrantsInstanceResourcePolicy");

  /** {@code s3:PutAccessPointConfigurationForObjectLambda}: Write; on objectlambdaaccesspoint. */
  public static final Action PUT_ACCESS_POINT_CONFIGURATION_FOR_OBJECT_LAMBDA = Action.of(PREFIX, "PutAccessPointConfigurationForObjectLambda");

  /** {@code s3:PutAccessPointPolicy}: Permissions management; on accesspoint. */
  public static final Action PUT_ACCESS_POINT_POLICY = Action.of(PREFIX, "PutAccessPointPolicy");

  /** {@code s3:PutAccessPointPolicyForObjectLambda}: Permissions management; on objectlambdaaccesspoint. */
  public static final Action PUT_ACCESS_POINT_POLICY_FOR_OBJECT_LAMBDA = Action.of(PREFIX, "PutAccessPointPolicyForObjectLambda");

  /** {@code s3:PutAccessPointPublicAccessBlock}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_ACCESS_POINT_PUBLIC_ACCESS_BLOCK = Action.of(PREFIX, "PutAccessPointPublicAccessBlock");

  /** {@code s3:PutAccountPublicAccessBlock}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_PUBLIC_ACCESS_BLOCK = Action.of(PREFIX, "PutAccountPublicAccessBlock");

  /** {@code s3:PutAnalyticsConfiguration}: Write; on bucket. */
  public static final Action PUT_ANALYTICS_CONFIGURATION = Action.of(PREFIX, "PutAnalyticsConfiguration");

  /** {@code s3:PutBucketAbac}: Write; on bucket. */
  public static final Action PUT_BUCKET_ABAC = Action.of(PREFIX, "PutBucketAbac");

  /** {@code s3:PutBucketAcl}: Permissions management; on bucket. */
  public static final Action PUT_BUCKET_ACL = Action.of(PREFIX, "PutBucketAcl");

  /** {@code s3:PutBucketCORS}: Write; on bucket. */
  public static final Action PUT_BUCKET_CORS = Action.of(PREFIX, "PutBucketCORS");

  /** {@code s3:PutBucketLogging}: Write; on bucket. */
  public static final Action PUT_BUCKET_LOGGING = Action.of(PREFIX, "PutBucketLogging");

  /** {@code s3:PutBucketNotification}: Write; on bucket. */
  public static final Action PUT_BUCKET_NOTIFICATION = Action.of(PREFIX, "PutBucketNotification");

  /** {@code s3:PutBucketObjectLockConfiguration}: Write; on bucket. */
  public static final Action PUT_BUCKET_OBJECT_LOCK_CONFIGURATION = Action.of(PREFIX, "PutBucketObjectLockConfiguration");

  /** {@code s3:PutBucketOwnershipControls}: Permissions management; on bucket. */
  public static final Action PUT_BUCKET_OWNERSHIP_CONTROLS = Action.of(PREFIX, "PutBucketOwnershipControls");

  /** {@code s3:PutBucketPolicy}: Permissions management; on bucket. */
  public static final Action PUT_BUCKET_POLICY = Action.of(PREFIX, "PutBucketPolicy");

  /** {@code s3:PutBucketPublicAccessBlock}: Permissions management; on bucket. */
  public static final Action PUT_BUCKET_PUBLIC_ACCESS_BLOCK = Action.of(PREFIX, "PutBucketPublicAccessBlock");

  /** {@code s3:PutBucketRequestPayment}: Write; on bucket. */
  public static final Action PUT_BUCKET_REQUEST_PAYMENT = Action.of(PREFIX, "PutBucketRequestPayment");

  /** {@code s3:PutBucketTagging}: Tagging; on bucket. */
  public static final Action PUT_BUCKET_TAGGING = Action.of(PREFIX, "PutBucketTagging");

  /** {@code s3:PutBucketVersioning}: Write; on bucket. */
  public static final Action PUT_BUCKET_VERSIONING = Action.of(PREFIX, "PutBucketVersioning");

  /** {@code s3:PutBucketWebsite}: Write; on bucket. */
  public static final Action PUT_BUCKET_WEBSITE = Action.of(PREFIX, "PutBucketWebsite");

  /** {@code s3:PutEncryptionConfiguration}: Write; on bucket. */
  public static final Action PUT_ENCRYPTION_CONFIGURATION = Action.of(PREFIX, "PutEncryptionConfiguration");

  /** {@code s3:PutIntelligentTieringConfiguration}: Write; on bucket. */
  public static final Action PUT_INTELLIGENT_TIERING_CONFIGURATION = Action.of(PREFIX, "PutIntelligentTieringConfiguration");

  /** {@code s3:PutInventoryConfiguration}: Write; on bucket. */
  public static final Action PUT_INVENTORY_CONFIGURATION = Action.of(PREFIX, "PutInventoryConfiguration");

  /** {@code s3:PutJobTagging}: Tagging; on job. */
  public static final Action PUT_JOB_TAGGING = Action.of(PREFIX, "PutJobTagging");

  /** {@code s3:PutLifecycleConfiguration}: Write; on bucket. */
  public static final Action PUT_LIFECYCLE_CONFIGURATION = Action.of(PREFIX, "PutLifecycleConfiguration");

  /** {@code s3:PutMetricsConfiguration}: Write; on bucket. */
  public static final Action PUT_METRICS_CONFIGURATION = Action.of(PREFIX, "PutMetricsConfiguration");

  /** {@code s3:PutMultiRegionAccessPointPolicy}: Permissions management; on multiregionaccesspoint. */
  public static final Action PUT_MULTI_REGION_ACCESS_POINT_POLICY = Action.of(PREFIX, "PutMultiRegionAccessPointPolicy");

  /** {@code s3:PutObject}: Write; on accesspointobject, object. */
  public static final Action PUT_OBJECT = Action.of(PREFIX, "PutObject");

  /** {@code s3:PutObjectAcl}: Permissions management; on accesspointobject, object. */
  public static final Action PUT_OBJECT_ACL = Action.of(PREFIX, "PutObjectAcl");

  /** {@code s3:PutObjectLegalHold}: Write; on accesspointobject, object. */
  public static final Action PUT_OBJECT_LEGAL_HOLD = Action.of(PREFIX, "PutObjectLegalHold");

  /** {@code s3:PutObjectRetention}: Write; on accesspointobject, object. */
  public static final Action PUT_OBJECT_RETENTION = Action.of(PREFIX, "PutObjectRetention");

  /** {@code s3:PutObjectTagging}: Tagging; on accesspointobject, object. */
  public static final Action PUT_OBJECT_TAGGING = Action.of(PREFIX, "PutObjectTagging");

  /** {@code s3:PutObjectVersionAcl}: Permissions management; on accesspointobject, object. */
  public static final Action PUT_OBJECT_VERSION_ACL = Action.of(PREFIX, "PutObjectVersionAcl");

  /** {@code s3:PutObjectVersionTagging}: Tagging; on accesspointobject, object. */
  public static final Action PUT_OBJECT_VERSION_TAGGING = Action.of(PREFIX, "PutObjectVersionTagging");

  /** {@code s3:PutReplicationConfiguration}: Write; on bucket. */
  public static final Action PUT_REPLICATION_CONFIGURATION = Action.of(PREFIX, "PutReplicationConfiguration");

  /** {@code s3:PutStorageLensConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_STORAGE_LENS_CONFIGURATION = Action.of(PREFIX, "PutStorageLensConfiguration");

  /** {@code s3:PutStorageLensConfigurationTagging}: Tagging; on storagelensconfiguration. */
  public static final Action PUT_STORAGE_LENS_CONFIGURATION_TAGGING = Action.of(PREFIX, "PutStorageLensConfigurationTagging");

  /** {@code s3:ReplicateDelete}: Write; on object. */
  public static final Action REPLICATE_DELETE = Action.of(PREFIX, "ReplicateDelete");

  /** {@code s3:ReplicateObject}: Write; on object. */
  public static final Action REPLICATE_OBJECT = Action.of(PREFIX, "ReplicateObject");

  /** {@code s3:ReplicateTags}: Tagging; on object. */
  public static final Action REPLICATE_TAGS = Action.of(PREFIX, "ReplicateTags");

  /** {@code s3:RestoreObject}: Write; on accesspointobject, object. */
  public static final Action RESTORE_OBJECT = Action.of(PREFIX, "RestoreObject");

  /** {@code s3:SubmitMultiRegionAccessPointRoutes}: Write; on multiregionaccesspoint. */
  public static final Action SUBMIT_MULTI_REGION_ACCESS_POINT_ROUTES = Action.of(PREFIX, "SubmitMultiRegionAccessPointRoutes");

  /** {@code s3:TagResource}: Tagging; on accessgrant, accessgrantsinstance, accessgrantslocation, accesspoint, bucket, storagelensgroup. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code s3:UntagResource}: Tagging; on accessgrant, accessgrantsinstance, accessgrantslocation, accesspoint, bucket, storagelensgroup. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code s3:UpdateAccessGrantsLocation}: Permissions management; on accessgrantslocation. */
  public static final Action UPDATE_ACCESS_GRANTS_LOCATION = Action.of(PREFIX, "UpdateAccessGrantsLocation");

  /** {@code s3:UpdateBucketMetadataInventoryTableConfiguration}: Write; on bucket. */
  public static final Action UPDATE_BUCKET_METADATA_INVENTORY_TABLE_CONFIGURATION = Action.of(PREFIX, "UpdateBucketMetadataInventoryTableConfiguration");

  /** {@code s3:UpdateBucketMetadataJournalTableConfiguration}: Write; on bucket. */
  public static final Action UPDATE_BUCKET_METADATA_JOURNAL_TABLE_CONFIGURATION = Action.of(PREFIX, "UpdateBucketMetadataJournalTableConfiguration");

  /** {@code s3:UpdateJobPriority}: Write; on job. */
  public static final Action UPDATE_JOB_PRIORITY = Action.of(PREFIX, "UpdateJobPriority");

  /** {@code s3:UpdateJobStatus}: Write; on job. */
  public static final Action UPDATE_JOB_STATUS = Action.of(PREFIX, "UpdateJobStatus");

  /** {@code s3:UpdateObjectEncryption}: Write; on accesspointobject, object. */
  public static final Action UPDATE_OBJECT_ENCRYPTION = Action.of(PREFIX, "UpdateObjectEncryption");

  /** {@code s3:UpdateStorageLensGroup}: Write; on storagelensgroup. */
  public static final Action UPDATE_STORAGE_LENS_GROUP = Action.of(PREFIX, "UpdateStorageLensGroup");

  private S3() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
