// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3outposts;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::S3Outposts::Bucket resource specifies a new Amazon S3 on Outposts bucket. To create an
 * S3 on Outposts bucket, you must have S3 on Outposts capacity provisioned on your Outpost. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html">Using Amazon S3 on
 * Outposts</a> .
 *
 * <p>S3 on Outposts buckets support the following:
 *
 * <ul> <li>Tags <li>Lifecycle configuration rules for deleting expired objects </ul>
 *
 * <p>For a complete list of restrictions and Amazon S3 feature limitations on S3 on Outposts, see
 * <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3OnOutpostsRestrictionsLimitations.html">Amazon
 * S3 on Outposts Restrictions and Limitations</a> .
 *
 * <p>CloudFormation type {@code AWS::S3Outposts::Bucket}.
 */
public final class Bucket extends Resource<Bucket> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Outposts::Bucket")
      .required("BucketName", "OutpostId")
      .constrain("BucketName", Constraint.of().pattern("(?=^.{3,63}$)(?!^(\\d+\\.)+\\d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])$)").minLength(3).maxLength(63))
      .constrain("OutpostId", Constraint.of().pattern("^(op-[a-f0-9]{17}|\\d{12}|ec2)$"))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Bucket(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A name for the S3 on Outposts bucket. If you don't specify a name, AWS CloudFormation generates
   * a unique ID and uses that ID for the bucket name. The bucket name must contain only lowercase
   * letters, numbers, periods (.), and dashes (-) and must follow <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html">Amazon S3
   * bucket restrictions and limitations</a> . For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html#bucketnamingrules">Bucket
   * naming rules</a> .
   *
   * <p>If you specify a name, you can't perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you need to replace the
   * resource, specify a new name.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
   * (?=^.{3,63}$)(?!^(&#92;d+&#92;.)+&#92;d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9&#92;-]*[a-z0-9])&#92;.)*([a-z0-9]|[a-z0-9][a-z0-9&#92;-]*[a-z0-9])$)}.
   * CloudFormation property {@code BucketName}.
   */
  public Bucket bucketName(String value) {
    return set("BucketName", Value.of(value));
  }

  /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
  public Bucket bucketName(Value<String> value) {
    return set("BucketName", value);
  }

  /**
   * Creates a new lifecycle configuration for the S3 on Outposts bucket or replaces an existing
   * lifecycle configuration. Outposts buckets only support lifecycle configurations that
   * delete/expire objects after a certain period of time and abort incomplete multipart uploads.
   *
   * <p>CloudFormation property {@code LifecycleConfiguration}.
   */
  public Bucket lifecycleConfiguration(Value<LifecycleConfiguration> value) {
    return set("LifecycleConfiguration", value);
  }

  /**
   * The ID of the Outpost of the specified bucket.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(op-[a-f0-9]{17}|&#92;d{12}|ec2)$}. CloudFormation property {@code OutpostId}.
   */
  public Bucket outpostId(String value) {
    return set("OutpostId", Value.of(value));
  }

  /** Sets {@code OutpostId} to this value; see {@link #outpostId(String)}. */
  public Bucket outpostId(Value<String> value) {
    return set("OutpostId", value);
  }

  /**
   * Sets the tags for an S3 on Outposts bucket. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/S3onOutposts.html">Using Amazon S3
   * on Outposts</a> .
   *
   * <p>Use tags to organize your AWS bill to reflect your own cost structure. To do this, sign up
   * to get your AWS account bill with tag key values included. Then, to see the cost of combined
   * resources, organize your billing information according to resources with the same tag key
   * values. For example, you can tag several resources with a specific application name, and then
   * organize your billing information to see the total cost of that application across several
   * services. For more information, see <a
   * href="https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html">Cost
   * allocation and tags</a> .
   *
   * <p>Within a bucket, if you add a tag that has the same key as an existing tag, the new value
   * overwrites the old value. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/CostAllocTagging.html">Using cost
   * allocation and bucket tags</a> .
   *
   * <p>To use this resource, you must have permissions to perform the
   * <code>s3-outposts:PutBucketTagging</code> . The S3 on Outposts bucket owner has this permission
   * by default and can grant this permission to others. For more information about permissions, see
   * <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-actions.html#using-with-s3-actions-related-to-bucket-subresources">Permissions
   * Related to Bucket Subresource Operations</a> and <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-access-control.html">Managing
   * access permissions to your Amazon S3 resources</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Bucket tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Bucket tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Bucket tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the ARN of the specified bucket.
   *
   * <p>Example: <code>arn:aws:s3Outposts:::DOC-EXAMPLE-BUCKET</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 on
   * Outposts waits before permanently removing all parts of the upload. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config">Aborting
   * Incomplete Multipart Uploads Using a Bucket Lifecycle Policy</a> .
   *
   * <p>Property type {@code AWS::S3Outposts::Bucket.AbortIncompleteMultipartUpload}.
   */
  public static final class AbortIncompleteMultipartUpload extends Struct<AbortIncompleteMultipartUpload> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Outposts::Bucket.AbortIncompleteMultipartUpload")
        .required("DaysAfterInitiation")
        .constrain("DaysAfterInitiation", Constraint.of().minimum(0))
        .build();

    public AbortIncompleteMultipartUpload() {
      super(SCHEMA);
    }

    /**
     * Specifies the number of days after initiation that Amazon S3 on Outposts aborts an incomplete
     * multipart upload.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code DaysAfterInitiation}.
     */
    public AbortIncompleteMultipartUpload daysAfterInitiation(int value) {
      return set("DaysAfterInitiation", Value.of(value));
    }

    /** Sets {@code DaysAfterInitiation} to this value; see {@link #daysAfterInitiation(int)}. */
    public AbortIncompleteMultipartUpload daysAfterInitiation(Value<Integer> value) {
      return set("DaysAfterInitiation", value);
    }
  }

  /**
   * The container for the filter of the lifecycle rule.
   *
   * <p>Property type {@code AWS::S3Outposts::Bucket.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.of("AWS::S3Outposts::Bucket.Filter");

    public Filter() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AndOperator}. */
    public Filter andOperator(Value<FilterAndOperator> value) {
      return set("AndOperator", value);
    }

    /**
     * Prefix identifies one or more objects to which the rule applies.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public Filter prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public Filter prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * Tag used to identify a subset of objects for an Amazon S3Outposts bucket.
     *
     * <p>CloudFormation property {@code Tag}.
     */
    public Filter tag(Value<FilterTag> value) {
      return set("Tag", value);
    }
  }

  /** Property type {@code AWS::S3Outposts::Bucket.FilterAndOperator}. */
  public static final class FilterAndOperator extends Struct<FilterAndOperator> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Outposts::Bucket.FilterAndOperator")
        .required("Tags")
        .build();

    public FilterAndOperator() {
      super(SCHEMA);
    }

    /**
     * Prefix identifies one or more objects to which the rule applies.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public FilterAndOperator prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public FilterAndOperator prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * All of these tags must exist in the object's tag set in order for the rule to apply.
     *
     * <p>Required. CloudFormation property {@code Tags}.
     */
    public FilterAndOperator tags(List<FilterTag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public FilterAndOperator tags(Value<List<FilterTag>> value) {
      return set("Tags", value);
    }

    /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
    public FilterAndOperator tags(FilterTag... values) {
      return set("Tags", Value.list(values));
    }
  }

  /**
   * Tag used to identify a subset of objects for an Amazon S3Outposts bucket.
   *
   * <p>Property type {@code AWS::S3Outposts::Bucket.FilterTag}.
   */
  public static final class FilterTag extends Struct<FilterTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Outposts::Bucket.FilterTag")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:=+\\/\\-@%]*)$").minLength(1).maxLength(1024))
        .constrain("Value", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:=+\\/\\-@%]*)$").minLength(1).maxLength(1024))
        .build();

    public FilterTag() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 1024 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:=+&#92;/&#92;-&#64;%]*)$}. CloudFormation property {@code
     * Key}.
     */
    public FilterTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public FilterTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Required. Length: 1 to 1024 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:=+&#92;/&#92;-&#64;%]*)$}. CloudFormation property {@code
     * Value}.
     */
    public FilterTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public FilterTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The container for the lifecycle configuration for the objects stored in an S3 on Outposts
   * bucket.
   *
   * <p>Property type {@code AWS::S3Outposts::Bucket.LifecycleConfiguration}.
   */
  public static final class LifecycleConfiguration extends Struct<LifecycleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Outposts::Bucket.LifecycleConfiguration")
        .required("Rules")
        .build();

    public LifecycleConfiguration() {
      super(SCHEMA);
    }

    /**
     * The container for the lifecycle configuration rules for the objects stored in the S3 on
     * Outposts bucket.
     *
     * <p>Required. CloudFormation property {@code Rules}.
     */
    public LifecycleConfiguration rules(List<Rule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public LifecycleConfiguration rules(Value<List<Rule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public LifecycleConfiguration rules(Rule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /**
   * A container for an Amazon S3 on Outposts bucket lifecycle rule.
   *
   * <p>Property type {@code AWS::S3Outposts::Bucket.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Outposts::Bucket.Rule")
        .required("Status")
        .constrain("ExpirationDate", Constraint.of().pattern("^([0-2]\\d{3})-(0[0-9]|1[0-2])-([0-2]\\d|3[01])T([01]\\d|2[0-4]):([0-5]\\d):([0-6]\\d)((\\.\\d{3})?)Z$"))
        .constrain("ExpirationInDays", Constraint.of().minimum(1))
        .constrain("Id", Constraint.of().maxLength(255))
        .allowed("Status", "Enabled", "Disabled")
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * The container for the abort incomplete multipart upload rule.
     *
     * <p>CloudFormation property {@code AbortIncompleteMultipartUpload}.
     */
    public Rule abortIncompleteMultipartUpload(Value<AbortIncompleteMultipartUpload> value) {
      return set("AbortIncompleteMultipartUpload", value);
    }

    /**
     * Specifies the expiration for the lifecycle of the object by specifying an expiry date.
     *
     * <p>Pattern: {@code
     * ^([0-2]&#92;d{3})-(0[0-9]|1[0-2])-([0-2]&#92;d|3[01])T([01]&#92;d|2[0-4]):([0-5]&#92;d):([0-6]&#92;d)((&#92;.&#92;d{3})?)Z$}.
     * CloudFormation property {@code ExpirationDate}.
     */
    public Rule expirationDate(String value) {
      return set("ExpirationDate", Value.of(value));
    }

    /** Sets {@code ExpirationDate} to this value; see {@link #expirationDate(String)}. */
    public Rule expirationDate(Value<String> value) {
      return set("ExpirationDate", value);
    }

    /**
     * Specifies the expiration for the lifecycle of the object in the form of days that the object
     * has been in the S3 on Outposts bucket.
     *
     * <p>Range: at least 1. CloudFormation property {@code ExpirationInDays}.
     */
    public Rule expirationInDays(int value) {
      return set("ExpirationInDays", Value.of(value));
    }

    /** Sets {@code ExpirationInDays} to this value; see {@link #expirationInDays(int)}. */
    public Rule expirationInDays(Value<Integer> value) {
      return set("ExpirationInDays", value);
    }

    /**
     * The container for the filter of the lifecycle rule.
     *
     * <p>CloudFormation property {@code Filter}.
     */
    public Rule filter(Value<Filter> value) {
      return set("Filter", value);
    }

    /**
     * Unique identifier for the lifecycle rule. The value can't be longer than 255 characters.
     *
     * <p>Length: at most 255 characters. CloudFormation property {@code Id}.
     */
    public Rule id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public Rule id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * If <code>Enabled</code> , the rule is currently being applied. If <code>Disabled</code> , the
     * rule is not currently being applied.
     *
     * <p>Required. Allowed values: {@code Enabled}, {@code Disabled}. CloudFormation property
     * {@code Status}.
     */
    public Rule status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public Rule status(Value<String> value) {
      return set("Status", value);
    }
  }
}
