// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The <code>AWS::SSM::ResourceDataSync</code> resource creates, updates, or deletes a resource data
 * sync for AWS Systems Manager . A resource data sync helps you view data from multiple sources in
 * a single location. Systems Manager offers two types of resource data sync:
 * <code>SyncToDestination</code> and <code>SyncFromSource</code> .
 *
 * <p>You can configure Systems Manager Inventory to use the <code>SyncToDestination</code> type to
 * synchronize Inventory data from multiple AWS Regions to a single Amazon S3 bucket.
 *
 * <p>You can configure Systems Manager Explorer to use the <code>SyncFromSource</code> type to
 * synchronize operational work items (OpsItems) and operational data (OpsData) from multiple AWS
 * Regions . This type can synchronize OpsItems and OpsData from multiple AWS accounts and Regions
 * or from an <code>EntireOrganization</code> by using AWS Organizations .
 *
 * <p>A resource data sync is an asynchronous operation that returns immediately. After a successful
 * initial sync is completed, the system continuously syncs data.
 *
 * <p>By default, data is not encrypted in Amazon S3 . We strongly recommend that you enable
 * encryption in Amazon S3 to ensure secure data storage. We also recommend that you secure access
 * to the Amazon S3 bucket by creating a restrictive bucket policy.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-inventory-configuring.html#sysman-inventory-datasync">Configuring
 * Inventory Collection</a> and <a
 * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/Explorer-resource-data-sync.html">Setting
 * Up Systems Manager Explorer to Display Data from Multiple Accounts and Regions</a> in the <em>AWS
 * Systems Manager User Guide</em> .
 *
 * <p>The following <em>Syntax</em> section shows all fields that are supported for a resource data
 * sync. The <em>Examples</em> section below shows the recommended way to specify configurations for
 * each sync type. Refer to the <em>Examples</em> section when you create your resource data sync.
 *
 * <p>CloudFormation type {@code AWS::SSM::ResourceDataSync}.
 */
public final class ResourceDataSync extends Resource<ResourceDataSync> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSM::ResourceDataSync")
      .required("SyncName")
      .constrain("BucketName", Constraint.of().minLength(1).maxLength(2048).format("AWS::S3::Bucket.Name"))
      .references("BucketName", "AWS::S3::Bucket.Ref")
      .constrain("BucketPrefix", Constraint.of().minLength(0).maxLength(64))
      .constrain("BucketRegion", Constraint.of().minLength(1).maxLength(64))
      .constrain("KMSKeyArn", Constraint.of().minLength(0).maxLength(512).format("AWS::KMS::Key.Arn"))
      .constrain("SyncFormat", Constraint.of().minLength(0).maxLength(1024))
      .constrain("SyncName", Constraint.of().minLength(1).maxLength(64))
      .constrain("SyncType", Constraint.of().minLength(1).maxLength(64))
      .refYields("SyncName")
      .attributes("SyncName")
      .build();

  public ResourceDataSync(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the S3 bucket where the aggregated data is stored.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Format: {@code
   * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
   */
  public ResourceDataSync bucketName(String value) {
    return set("BucketName", Value.of(value));
  }

  /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
  public ResourceDataSync bucketName(Value<String> value) {
    return set("BucketName", value);
  }

  /**
   * Sets {@code BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link #bucketName(String)}.
   */
  public ResourceDataSync bucketName(Bucket resource) {
    return set("BucketName", resource.ref());
  }

  /**
   * An Amazon S3 prefix for the bucket.
   *
   * <p>Changing it replaces the resource. Length: 0 to 64 characters. CloudFormation property
   * {@code BucketPrefix}.
   */
  public ResourceDataSync bucketPrefix(String value) {
    return set("BucketPrefix", Value.of(value));
  }

  /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
  public ResourceDataSync bucketPrefix(Value<String> value) {
    return set("BucketPrefix", value);
  }

  /**
   * The AWS Region with the S3 bucket targeted by the resource data sync.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
   * {@code BucketRegion}.
   */
  public ResourceDataSync bucketRegion(String value) {
    return set("BucketRegion", Value.of(value));
  }

  /** Sets {@code BucketRegion} to this value; see {@link #bucketRegion(String)}. */
  public ResourceDataSync bucketRegion(Value<String> value) {
    return set("BucketRegion", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an encryption key for a destination in Amazon S3 . You can
   * use a KMS key to encrypt inventory data in Amazon S3 . You must specify a key that exist in the
   * same AWS Region as the destination Amazon S3 bucket.
   *
   * <p>Changing it replaces the resource. Length: 0 to 512 characters. Format: {@code
   * AWS::KMS::Key.Arn}. CloudFormation property {@code KMSKeyArn}.
   */
  public ResourceDataSync kmsKeyArn(String value) {
    return set("KMSKeyArn", Value.of(value));
  }

  /** Sets {@code KMSKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public ResourceDataSync kmsKeyArn(Value<String> value) {
    return set("KMSKeyArn", value);
  }

  /**
   * Configuration information for the target S3 bucket.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code S3Destination}.
   */
  public ResourceDataSync s3Destination(Value<S3Destination> value) {
    return set("S3Destination", value);
  }

  /**
   * A supported sync format. The following format is currently supported: JsonSerDe
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. CloudFormation property
   * {@code SyncFormat}.
   */
  public ResourceDataSync syncFormat(String value) {
    return set("SyncFormat", Value.of(value));
  }

  /** Sets {@code SyncFormat} to this value; see {@link #syncFormat(String)}. */
  public ResourceDataSync syncFormat(Value<String> value) {
    return set("SyncFormat", value);
  }

  /**
   * A name for the resource data sync.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
   * property {@code SyncName}.
   */
  public ResourceDataSync syncName(String value) {
    return set("SyncName", Value.of(value));
  }

  /** Sets {@code SyncName} to this value; see {@link #syncName(String)}. */
  public ResourceDataSync syncName(Value<String> value) {
    return set("SyncName", value);
  }

  /**
   * Information about the source where the data was synchronized.
   *
   * <p>CloudFormation property {@code SyncSource}.
   */
  public ResourceDataSync syncSource(Value<SyncSource> value) {
    return set("SyncSource", value);
  }

  /**
   * The type of resource data sync. If <code>SyncType</code> is <code>SyncToDestination</code> ,
   * then the resource data sync synchronizes data to an S3 bucket. If the <code>SyncType</code> is
   * <code>SyncFromSource</code> then the resource data sync synchronizes data from AWS
   * Organizations or from multiple AWS Regions .
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
   * {@code SyncType}.
   */
  public ResourceDataSync syncType(String value) {
    return set("SyncType", Value.of(value));
  }

  /** Sets {@code SyncType} to this value; see {@link #syncType(String)}. */
  public ResourceDataSync syncType(Value<String> value) {
    return set("SyncType", value);
  }

  /** {@code Fn::GetAtt} attribute {@code SyncName}. */
  public Value<String> syncName() {
    return getAtt("SyncName");
  }

  /**
   * Information about the <code>AwsOrganizationsSource</code> resource data sync source. A sync
   * source of this type can synchronize data from AWS Organizations or, if an AWS organization
   * isn't present, from multiple AWS Regions .
   *
   * <p>Property type {@code AWS::SSM::ResourceDataSync.AwsOrganizationsSource}.
   */
  public static final class AwsOrganizationsSource extends Struct<AwsOrganizationsSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::ResourceDataSync.AwsOrganizationsSource")
        .required("OrganizationSourceType")
        .constrain("OrganizationSourceType", Constraint.of().minLength(1).maxLength(64))
        .build();

    public AwsOrganizationsSource() {
      super(SCHEMA);
    }

    /**
     * If an AWS organization is present, this is either <code>OrganizationalUnits</code> or
     * <code>EntireOrganization</code> . For <code>OrganizationalUnits</code> , the data is
     * aggregated from a set of organization units. For <code>EntireOrganization</code> , the data
     * is aggregated from the entire AWS organization.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code
     * OrganizationSourceType}.
     */
    public AwsOrganizationsSource organizationSourceType(String value) {
      return set("OrganizationSourceType", Value.of(value));
    }

    /**
     * Sets {@code OrganizationSourceType} to this value; see {@link
     * #organizationSourceType(String)}.
     */
    public AwsOrganizationsSource organizationSourceType(Value<String> value) {
      return set("OrganizationSourceType", value);
    }

    /**
     * The AWS Organizations organization units included in the sync.
     *
     * <p>CloudFormation property {@code OrganizationalUnits}.
     */
    public AwsOrganizationsSource organizationalUnits(List<String> value) {
      return set("OrganizationalUnits", Value.listOf(value));
    }

    /** Sets {@code OrganizationalUnits} to this value; see {@link #organizationalUnits(List)}. */
    public AwsOrganizationsSource organizationalUnits(Value<List<String>> value) {
      return set("OrganizationalUnits", value);
    }
  }

  /**
   * Information about the target S3 bucket for the resource data sync.
   *
   * <p>Property type {@code AWS::SSM::ResourceDataSync.S3Destination}.
   */
  public static final class S3Destination extends Struct<S3Destination> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::ResourceDataSync.S3Destination")
        .required("BucketName", "BucketRegion", "SyncFormat")
        .constrain("BucketName", Constraint.of().minLength(1).maxLength(2048).format("AWS::S3::Bucket.Name"))
        .constrain("BucketPrefix", Constraint.of().minLength(1).maxLength(256))
        .constrain("BucketRegion", Constraint.of().minLength(1).maxLength(64))
        .constrain("KMSKeyArn", Constraint.of().minLength(1).maxLength(512).format("AWS::KMS::Key.Arn"))
        .allowed("SyncFormat", "JsonSerDe")
        .constrain("SyncFormat", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3Destination() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket where the aggregated data is stored.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3Destination bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Destination bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * An Amazon S3 prefix for the bucket.
     *
     * <p>Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation property
     * {@code BucketPrefix}.
     */
    public S3Destination bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public S3Destination bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }

    /**
     * The AWS Region with the S3 bucket targeted by the resource data sync.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation
     * property {@code BucketRegion}.
     */
    public S3Destination bucketRegion(String value) {
      return set("BucketRegion", Value.of(value));
    }

    /** Sets {@code BucketRegion} to this value; see {@link #bucketRegion(String)}. */
    public S3Destination bucketRegion(Value<String> value) {
      return set("BucketRegion", value);
    }

    /**
     * The ARN of an encryption key for a destination in Amazon S3. Must belong to the same Region
     * as the destination S3 bucket.
     *
     * <p>Changing it replaces the resource. Length: 1 to 512 characters. Format: {@code
     * AWS::KMS::Key.Arn}. CloudFormation property {@code KMSKeyArn}.
     */
    public S3Destination kmsKeyArn(String value) {
      return set("KMSKeyArn", Value.of(value));
    }

    /** Sets {@code KMSKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public S3Destination kmsKeyArn(Value<String> value) {
      return set("KMSKeyArn", value);
    }

    /**
     * A supported sync format. The following format is currently supported: JsonSerDe
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code JsonSerDe}. Length: 1
     * to 1024 characters. CloudFormation property {@code SyncFormat}.
     */
    public S3Destination syncFormat(String value) {
      return set("SyncFormat", Value.of(value));
    }

    /** Sets {@code SyncFormat} to this value; see {@link #syncFormat(String)}. */
    public S3Destination syncFormat(Value<String> value) {
      return set("SyncFormat", value);
    }
  }

  /**
   * Information about the source of the data included in the resource data sync.
   *
   * <p>Property type {@code AWS::SSM::ResourceDataSync.SyncSource}.
   */
  public static final class SyncSource extends Struct<SyncSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::ResourceDataSync.SyncSource")
        .required("SourceRegions", "SourceType")
        .constrain("SourceRegions", Constraint.of().minLength(1).maxLength(64))
        .constrain("SourceType", Constraint.of().minLength(1).maxLength(64))
        .build();

    public SyncSource() {
      super(SCHEMA);
    }

    /**
     * Information about the AwsOrganizationsSource resource data sync source. A sync source of this
     * type can synchronize data from AWS Organizations .
     *
     * <p>CloudFormation property {@code AwsOrganizationsSource}.
     */
    public SyncSource awsOrganizationsSource(Value<AwsOrganizationsSource> value) {
      return set("AwsOrganizationsSource", value);
    }

    /**
     * Whether to automatically synchronize and aggregate data from new AWS Regions when those
     * Regions come online.
     *
     * <p>CloudFormation property {@code IncludeFutureRegions}.
     */
    public SyncSource includeFutureRegions(boolean value) {
      return set("IncludeFutureRegions", Value.of(value));
    }

    /**
     * Sets {@code IncludeFutureRegions} to this value; see {@link #includeFutureRegions(boolean)}.
     */
    public SyncSource includeFutureRegions(Value<Boolean> value) {
      return set("IncludeFutureRegions", value);
    }

    /**
     * The <code>SyncSource</code> AWS Regions included in the resource data sync.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code SourceRegions}.
     */
    public SyncSource sourceRegions(List<String> value) {
      return set("SourceRegions", Value.listOf(value));
    }

    /** Sets {@code SourceRegions} to this value; see {@link #sourceRegions(List)}. */
    public SyncSource sourceRegions(Value<List<String>> value) {
      return set("SourceRegions", value);
    }

    /**
     * The type of data source for the resource data sync. <code>SourceType</code> is either
     * <code>AwsOrganizations</code> (if an organization is present in AWS Organizations ) or
     * <code>SingleAccountMultiRegions</code> .
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code SourceType}.
     */
    public SyncSource sourceType(String value) {
      return set("SourceType", Value.of(value));
    }

    /** Sets {@code SourceType} to this value; see {@link #sourceType(String)}. */
    public SyncSource sourceType(Value<String> value) {
      return set("SourceType", value);
    }
  }
}
