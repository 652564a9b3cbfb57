// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::S3::MultiRegionAccessPoint</code> resource creates an Amazon S3 Multi-Region
 * Access Point. To learn more about Multi-Region Access Points, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiRegionAccessPoints.html">Multi-Region
 * Access Points in Amazon S3</a> in the in the <em>Amazon S3 User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::S3::MultiRegionAccessPoint}.
 */
public final class MultiRegionAccessPoint extends Resource<MultiRegionAccessPoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3::MultiRegionAccessPoint")
      .required("Regions")
      .constrain("Name", Constraint.of().pattern("^[a-z0-9][-a-z0-9]{1,48}[a-z0-9]$").minLength(3).maxLength(50))
      .refYields("Name")
      .attributes("Alias", "CreatedAt")
      .build();

  public MultiRegionAccessPoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Multi-Region Access Point.
   *
   * <p>Changing it replaces the resource. Length: 3 to 50 characters. Pattern: {@code
   * ^[a-z0-9][-a-z0-9]{1,48}[a-z0-9]$}. CloudFormation property {@code Name}.
   */
  public MultiRegionAccessPoint name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MultiRegionAccessPoint name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The PublicAccessBlock configuration that you want to apply to this Multi-Region Access Point.
   * You can enable the configuration options in any combination. For more information about when
   * Amazon S3 considers an object public, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status">The
   * Meaning of "Public"</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * PublicAccessBlockConfiguration}.
   */
  public MultiRegionAccessPoint publicAccessBlockConfiguration(Value<PublicAccessBlockConfiguration> value) {
    return set("PublicAccessBlockConfiguration", value);
  }

  /**
   * A collection of the Regions and buckets associated with the Multi-Region Access Point.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Regions}.
   */
  public MultiRegionAccessPoint regions(List<Region> value) {
    return set("Regions", Value.listOf(value));
  }

  /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
  public MultiRegionAccessPoint regions(Value<List<Region>> value) {
    return set("Regions", value);
  }

  /** Sets {@code Regions} to a list of these; see {@link #regions(List)}. */
  public MultiRegionAccessPoint regions(Region... values) {
    return set("Regions", Value.list(values));
  }

  /**
   * The alias for the Multi-Region Access Point. For more information about the distinction between
   * the name and the alias of an Multi-Region Access Point, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/CreatingMultiRegionAccessPoints.html#multi-region-access-point-naming">Managing
   * Multi-Region Access Points</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Alias}.
   */
  public Value<String> alias() {
    return getAtt("Alias");
  }

  /**
   * The timestamp of when the Multi-Region Access Point is created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The PublicAccessBlock configuration that you want to apply to this Amazon S3 Multi-Region
   * Access Point. You can enable the configuration options in any combination. For more information
   * about when Amazon S3 considers an object public, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status">The
   * Meaning of "Public"</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::MultiRegionAccessPoint.PublicAccessBlockConfiguration}.
   */
  public static final class PublicAccessBlockConfiguration extends Struct<PublicAccessBlockConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::MultiRegionAccessPoint.PublicAccessBlockConfiguration");

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
     * <p>Changing it replaces the resource. CloudFormation property {@code BlockPublicAcls}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code BlockPublicPolicy}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code IgnorePublicAcls}.
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
     * <p>Changing it replaces the resource. CloudFormation property {@code RestrictPublicBuckets}.
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
   * A bucket associated with a specific Region when creating Multi-Region Access Points.
   *
   * <p>Property type {@code AWS::S3::MultiRegionAccessPoint.Region}.
   */
  public static final class Region extends Struct<Region> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::MultiRegionAccessPoint.Region")
        .required("Bucket")
        .constrain("Bucket", Constraint.of().pattern("^[a-z0-9][a-z0-9//.//-]*[a-z0-9]$").minLength(3).maxLength(63))
        .constrain("BucketAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .build();

    public Region() {
      super(SCHEMA);
    }

    /**
     * The name of the associated bucket for the Region.
     *
     * <p>Required. Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
     * ^[a-z0-9][a-z0-9//.//-]*[a-z0-9]$}. CloudFormation property {@code Bucket}.
     */
    public Region bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public Region bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The AWS account ID that owns the Amazon S3 bucket that's associated with this Multi-Region
     * Access Point.
     *
     * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
     * ^[0-9]{12}$}. CloudFormation property {@code BucketAccountId}.
     */
    public Region bucketAccountId(String value) {
      return set("BucketAccountId", Value.of(value));
    }

    /** Sets {@code BucketAccountId} to this value; see {@link #bucketAccountId(String)}. */
    public Region bucketAccountId(Value<String> value) {
      return set("BucketAccountId", value);
    }
  }
}
