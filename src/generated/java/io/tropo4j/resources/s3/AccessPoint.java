// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.VPC;
import java.util.List;

/**
 * The AWS::S3::AccessPoint resource is an Amazon S3 resource type that you can use to access
 * buckets.
 *
 * <p>CloudFormation type {@code AWS::S3::AccessPoint}.
 */
public final class AccessPoint extends Resource<AccessPoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3::AccessPoint")
      .required("Bucket")
      .constrain("Bucket", Constraint.of().minLength(3).maxLength(255))
      .references("Bucket", "AWS::S3::Bucket.Ref")
      .constrain("BucketAccountId", Constraint.of().pattern("^\\d{12}$").maxLength(64))
      .constrain("Name", Constraint.of().pattern("^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$").minLength(3).maxLength(50))
      .constrain("Policy", Constraint.of().format("json"))
      .refYields("Name")
      .attributes("Alias", "Arn", "Name", "NetworkOrigin")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AccessPoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the bucket associated with this access point.
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

  /** Sets {@code Bucket} to the Ref of {@code AWS::S3::Bucket}; see {@link #bucket(String)}. */
  public AccessPoint bucket(Bucket resource) {
    return set("Bucket", resource.ref());
  }

  /**
   * The AWS account ID associated with the S3 bucket associated with this access point.
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
   * The name of this access point. If you don't specify a name, AWS CloudFormation generates a
   * unique ID and uses that ID for the access point name.
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
   * The access point policy associated with this access point.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Policy}.
   */
  public AccessPoint policy(Value<Json> value) {
    return set("Policy", value);
  }

  /**
   * The PublicAccessBlock configuration that you want to apply to this Amazon S3 bucket. You can
   * enable the configuration options in any combination. For more information about when Amazon S3
   * considers a bucket or object public, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status">The
   * Meaning of "Public"</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>CloudFormation property {@code PublicAccessBlockConfiguration}.
   */
  public AccessPoint publicAccessBlockConfiguration(Value<PublicAccessBlockConfiguration> value) {
    return set("PublicAccessBlockConfiguration", value);
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
   * The Virtual Private Cloud (VPC) configuration for this access point, if one exists.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpcConfiguration}.
   */
  public AccessPoint vpcConfiguration(Value<VpcConfiguration> value) {
    return set("VpcConfiguration", value);
  }

  /**
   * The alias for this access point.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Alias}.
   */
  public Value<String> alias() {
    return getAtt("Alias");
  }

  /**
   * This property contains the details of the ARN for the access point.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of this access point.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Indicates whether this access point allows access from the internet. If
   * <code>VpcConfiguration</code> is specified for this access point, then
   * <code>NetworkOrigin</code> is <code>VPC</code> , and the access point doesn't allow access from
   * the internet. Otherwise, <code>NetworkOrigin</code> is <code>Internet</code> , and the access
   * point allows access from the internet, subject to the access point and bucket access policies.
   *
   * <p><em>Allowed values</em> : <code>VPC</code> | <code>Internet</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkOrigin}.
   */
  public Value<String> networkOrigin() {
    return getAtt("NetworkOrigin");
  }

  /**
   * The PublicAccessBlock configuration that you want to apply to this Amazon S3 bucket. You can
   * enable the configuration options in any combination. Bucket-level settings work alongside
   * account-level settings (which may inherit from organization-level policies). For more
   * information about when Amazon S3 considers a bucket or object public, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status">The
   * Meaning of "Public"</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Property type {@code AWS::S3::AccessPoint.PublicAccessBlockConfiguration}.
   */
  public static final class PublicAccessBlockConfiguration extends Struct<PublicAccessBlockConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::S3::AccessPoint.PublicAccessBlockConfiguration");

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
   * The Virtual Private Cloud (VPC) configuration for this access point.
   *
   * <p>Property type {@code AWS::S3::AccessPoint.VpcConfiguration}.
   */
  public static final class VpcConfiguration extends Struct<VpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::AccessPoint.VpcConfiguration")
        .constrain("VpcId", Constraint.of().minLength(1).maxLength(1024).format("AWS::EC2::VPC.Id"))
        .references("VpcId", "AWS::EC2::VPC.Ref")
        .build();

    public VpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * If this field is specified, the access point will only allow connections from the specified
     * VPC ID.
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. Format: {@code
     * AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
     */
    public VpcConfiguration vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcConfiguration vpcId(Value<String> value) {
      return set("VpcId", value);
    }

    /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
    public VpcConfiguration vpcId(VPC resource) {
      return set("VpcId", resource.ref());
    }
  }
}
