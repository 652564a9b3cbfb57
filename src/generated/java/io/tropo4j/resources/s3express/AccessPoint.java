// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3express;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Access points simplify managing data access at scale for shared datasets in Amazon S3 . Access
 * points are unique hostnames you create to enforce distinct permissions and network controls for
 * all requests made through an access point. You can create hundreds of access points per bucket,
 * each with a distinct name and permissions customized for each application. Each access point
 * works in conjunction with the bucket policy that is attached to the underlying bucket. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-directory-buckets.html">Managing
 * access to shared datasets in directory buckets with access points</a> .
 *
 * <p>CloudFormation type {@code AWS::S3Express::AccessPoint}.
 */
public final class AccessPoint extends Resource<AccessPoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Express::AccessPoint")
      .required("Bucket")
      .constrain("Bucket", Constraint.of().minLength(3).maxLength(255))
      .constrain("BucketAccountId", Constraint.of().pattern("^\\d{12}$").maxLength(64))
      .constrain("Name", Constraint.of().pattern("^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$").minLength(3).maxLength(50))
      .refYields("Name")
      .attributes("Arn", "NetworkOrigin")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AccessPoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the bucket that you want to associate the access point with.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 255 characters. CloudFormation
   * property {@code Bucket}.
   */
  public AccessPoint bucket(String value) {
    return set("Bucket", Value.of(value));
  }

  /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
  public AccessPoint bucket(Value<String> value) {
    return set("Bucket", value);
  }

  /**
   * The AWS account ID that owns the bucket associated with this access point.
   *
   * <p>Changing it replaces the resource. Length: at most 64 characters. Pattern: {@code
   * ^&#92;d{12}$}. CloudFormation property {@code BucketAccountId}.
   */
  public AccessPoint bucketAccountId(String value) {
    return set("BucketAccountId", Value.of(value));
  }

  /** Sets {@code BucketAccountId} to this value; see {@link #bucketAccountId(String)}. */
  public AccessPoint bucketAccountId(Value<String> value) {
    return set("BucketAccountId", value);
  }

  /**
   * An access point name consists of a base name you provide, followed by the zoneID ( AWS Local
   * Zone) followed by the prefix <code>--xa-s3</code> . For example,
   * accesspointname--zoneID--xa-s3.
   *
   * <p>Changing it replaces the resource. Length: 3 to 50 characters. Pattern: {@code
   * ^[a-z0-9]([a-z0-9&#92;-]*[a-z0-9])?$}. CloudFormation property {@code Name}.
   */
  public AccessPoint name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AccessPoint name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The access point policy associated with the specified access point.
   *
   * <p>CloudFormation property {@code Policy}.
   */
  public AccessPoint policy(Value<Json> value) {
    return set("Policy", value);
  }

  /**
   * Public access is blocked by default to access points for directory buckets.
   *
   * <p>CloudFormation property {@code PublicAccessBlockConfiguration}.
   */
  public AccessPoint publicAccessBlockConfiguration(Value<PublicAccessBlockConfiguration> value) {
    return set("PublicAccessBlockConfiguration", value);
  }

  /**
   * You can use the access point scope to restrict access to specific prefixes, API operations, or
   * a combination of both.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-directory-buckets-manage-scope.html">Manage
   * the scope of your access points for directory buckets.</a>
   *
   * <p>CloudFormation property {@code Scope}.
   */
  public AccessPoint scope(Value<Scope> value) {
    return set("Scope", value);
  }

  /**
   * An array of tags that you can apply to access points. Tags are key-value pairs of metadata used
   * to categorize your access points and control access. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/tagging.html#using-tags-for-abac">Using
   * tags for attribute-based access control (ABAC)</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AccessPoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AccessPoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AccessPoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * If you include this field, Amazon S3 restricts access to this access point to requests from the
   * specified virtual private cloud (VPC).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpcConfiguration}.
   */
  public AccessPoint vpcConfiguration(Value<VpcConfiguration> value) {
    return set("VpcConfiguration", value);
  }

  /**
   * The ARN of the access point.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The network configuration of the access point.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkOrigin}.
   */
  public Value<String> networkOrigin() {
    return getAtt("NetworkOrigin");
  }

  /**
   * Public access is blocked by default to access points for directory buckets.
   *
   * <p>Property type {@code AWS::S3Express::AccessPoint.PublicAccessBlockConfiguration}.
   */
  public static final class PublicAccessBlockConfiguration extends Struct<PublicAccessBlockConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::S3Express::AccessPoint.PublicAccessBlockConfiguration");

    public PublicAccessBlockConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether Amazon S3 should block public access control lists (ACLs) for this bucket
     * and objects in this bucket. Setting this element to <code>TRUE</code> causes the following
     * behavior:
     *
     * <ul> <li>PUT Bucket ACL and PUT Object ACL calls fail if the specified ACL is public. <li>PUT
     * Object calls fail if the request includes a public ACL. <li>PUT Bucket calls fail if the
     * request includes a public ACL. </ul>
     *
     * <p>Enabling this setting doesn't affect existing policies or ACLs.
     *
     * <p>CloudFormation property {@code BlockPublicAcls}.
     */
    public PublicAccessBlockConfiguration blockPublicAcls(boolean value) {
      return set("BlockPublicAcls", Value.of(value));
    }

    /** Sets {@code BlockPublicAcls} to this value; see {@link #blockPublicAcls(boolean)}. */
    public PublicAccessBlockConfiguration blockPublicAcls(Value<Boolean> value) {
      return set("BlockPublicAcls", value);
    }

    /**
     * Specifies whether Amazon S3 should block public bucket policies for this bucket. Setting this
     * element to <code>TRUE</code> causes Amazon S3 to reject calls to PUT Bucket policy if the
     * specified bucket policy allows public access.
     *
     * <p>Enabling this setting doesn't affect existing bucket policies.
     *
     * <p>CloudFormation property {@code BlockPublicPolicy}.
     */
    public PublicAccessBlockConfiguration blockPublicPolicy(boolean value) {
      return set("BlockPublicPolicy", Value.of(value));
    }

    /** Sets {@code BlockPublicPolicy} to this value; see {@link #blockPublicPolicy(boolean)}. */
    public PublicAccessBlockConfiguration blockPublicPolicy(Value<Boolean> value) {
      return set("BlockPublicPolicy", value);
    }

    /**
     * Specifies whether Amazon S3 should ignore public ACLs for this bucket and objects in this
     * bucket. Setting this element to <code>TRUE</code> causes Amazon S3 to ignore all public ACLs
     * on this bucket and objects in this bucket.
     *
     * <p>Enabling this setting doesn't affect the persistence of any existing ACLs and doesn't
     * prevent new public ACLs from being set.
     *
     * <p>CloudFormation property {@code IgnorePublicAcls}.
     */
    public PublicAccessBlockConfiguration ignorePublicAcls(boolean value) {
      return set("IgnorePublicAcls", Value.of(value));
    }

    /** Sets {@code IgnorePublicAcls} to this value; see {@link #ignorePublicAcls(boolean)}. */
    public PublicAccessBlockConfiguration ignorePublicAcls(Value<Boolean> value) {
      return set("IgnorePublicAcls", value);
    }

    /**
     * Specifies whether Amazon S3 should restrict public bucket policies for this bucket. Setting
     * this element to <code>TRUE</code> restricts access to this bucket to only AWS service
     * principals and authorized users within this account if the bucket has a public policy.
     *
     * <p>Enabling this setting doesn't affect previously stored bucket policies, except that public
     * and cross-account access within any public bucket policy, including non-public delegation to
     * specific accounts, is blocked.
     *
     * <p>CloudFormation property {@code RestrictPublicBuckets}.
     */
    public PublicAccessBlockConfiguration restrictPublicBuckets(boolean value) {
      return set("RestrictPublicBuckets", Value.of(value));
    }

    /**
     * Sets {@code RestrictPublicBuckets} to this value; see {@link
     * #restrictPublicBuckets(boolean)}.
     */
    public PublicAccessBlockConfiguration restrictPublicBuckets(Value<Boolean> value) {
      return set("RestrictPublicBuckets", value);
    }
  }

  /**
   * You can use the access point scope to restrict access to specific prefixes, API operations, or
   * a combination of both.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-directory-buckets-manage-scope.html">Manage
   * the scope of your access points for directory buckets.</a>
   *
   * <p>Property type {@code AWS::S3Express::AccessPoint.Scope}.
   */
  public static final class Scope extends Struct<Scope> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Express::AccessPoint.Scope")
        .allowed("Permissions", "GetObject", "GetObjectAttributes", "ListMultipartUploadParts",
            "ListBucket", "ListBucketMultipartUploads", "PutObject", "DeleteObject",
            "AbortMultipartUpload")
        .build();

    public Scope() {
      super(SCHEMA);
    }

    /**
     * You can include one or more API operations as permissions.
     *
     * <p>Allowed values: {@code GetObject}, {@code GetObjectAttributes}, {@code
     * ListMultipartUploadParts}, {@code ListBucket}, {@code ListBucketMultipartUploads}, {@code
     * PutObject}, {@code DeleteObject}, {@code AbortMultipartUpload}. CloudFormation property
     * {@code Permissions}.
     */
    public Scope permissions(List<String> value) {
      return set("Permissions", Value.listOf(value));
    }

    /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
    public Scope permissions(Value<List<String>> value) {
      return set("Permissions", value);
    }

    /**
     * You can specify any amount of prefixes, but the total length of characters of all prefixes
     * must be less than 256 bytes in size.
     *
     * <p>CloudFormation property {@code Prefixes}.
     */
    public Scope prefixes(List<String> value) {
      return set("Prefixes", Value.listOf(value));
    }

    /** Sets {@code Prefixes} to this value; see {@link #prefixes(List)}. */
    public Scope prefixes(Value<List<String>> value) {
      return set("Prefixes", value);
    }
  }

  /**
   * The Virtual Private Cloud (VPC) configuration for a bucket access point.
   *
   * <p>Property type {@code AWS::S3Express::AccessPoint.VpcConfiguration}.
   */
  public static final class VpcConfiguration extends Struct<VpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Express::AccessPoint.VpcConfiguration")
        .constrain("VpcId", Constraint.of().minLength(1).maxLength(1024).format("AWS::EC2::VPC.Id"))
        .build();

    public VpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * If this field is specified, this access point will only allow connections from the specified
     * VPC ID.
     *
     * <p>Length: 1 to 1024 characters. Format: {@code AWS::EC2::VPC.Id}. CloudFormation property
     * {@code VpcId}.
     */
    public VpcConfiguration vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcConfiguration vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
