// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Lightsail::Bucket</code> resource specifies a bucket.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::Bucket}.
 */
public final class Bucket extends Resource<Bucket> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Bucket")
      .required("BucketName", "BundleId")
      .constrain("BucketName", Constraint.of().pattern("^[a-z0-9][a-z0-9-]{1,52}[a-z0-9]$").minLength(3).maxLength(54))
      .constrain("BundleId", Constraint.of().pattern("\\S"))
      .refYields("BucketName")
      .attributes("AbleToUpdateBundle", "BucketArn", "Url")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Bucket(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An object that describes the access rules for the bucket.
   *
   * <p>CloudFormation property {@code AccessRules}.
   */
  public Bucket accessRules(Value<AccessRules> value) {
    return set("AccessRules", value);
  }

  /**
   * The name of the bucket.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 54 characters. Pattern: {@code
   * ^[a-z0-9][a-z0-9-]{1,52}[a-z0-9]$}. CloudFormation property {@code BucketName}.
   */
  public Bucket bucketName(String value) {
    return set("BucketName", Value.of(value));
  }

  /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
  public Bucket bucketName(Value<String> value) {
    return set("BucketName", value);
  }

  /**
   * The bundle ID for the bucket (for example, <code>small_1_0</code> ).
   *
   * <p>A bucket bundle specifies the monthly cost, storage space, and data transfer quota for a
   * bucket.
   *
   * <p>Required. Pattern: {@code &#92;S}. CloudFormation property {@code BundleId}.
   */
  public Bucket bundleId(String value) {
    return set("BundleId", Value.of(value));
  }

  /** Sets {@code BundleId} to this value; see {@link #bundleId(String)}. */
  public Bucket bundleId(Value<String> value) {
    return set("BundleId", value);
  }

  /**
   * Indicates whether object versioning is enabled for the bucket.
   *
   * <p>The following options can be configured:
   *
   * <ul> <li><code>Enabled</code> - Object versioning is enabled. <li><code>Suspended</code> -
   * Object versioning was previously enabled but is currently suspended. Existing object versions
   * are retained. <li><code>NeverEnabled</code> - Object versioning has never been enabled. </ul>
   *
   * <p>CloudFormation property {@code ObjectVersioning}.
   */
  public Bucket objectVersioning(boolean value) {
    return set("ObjectVersioning", Value.of(value));
  }

  /** Sets {@code ObjectVersioning} to this value; see {@link #objectVersioning(boolean)}. */
  public Bucket objectVersioning(Value<Boolean> value) {
    return set("ObjectVersioning", value);
  }

  /**
   * An array of AWS account IDs that have read-only access to the bucket.
   *
   * <p>CloudFormation property {@code ReadOnlyAccessAccounts}.
   */
  public Bucket readOnlyAccessAccounts(List<String> value) {
    return set("ReadOnlyAccessAccounts", Value.listOf(value));
  }

  /**
   * Sets {@code ReadOnlyAccessAccounts} to this value; see {@link #readOnlyAccessAccounts(List)}.
   */
  public Bucket readOnlyAccessAccounts(Value<List<String>> value) {
    return set("ReadOnlyAccessAccounts", value);
  }

  /**
   * An array of Lightsail instances that have access to the bucket.
   *
   * <p>CloudFormation property {@code ResourcesReceivingAccess}.
   */
  public Bucket resourcesReceivingAccess(List<String> value) {
    return set("ResourcesReceivingAccess", Value.listOf(value));
  }

  /**
   * Sets {@code ResourcesReceivingAccess} to this value; see {@link
   * #resourcesReceivingAccess(List)}.
   */
  public Bucket resourcesReceivingAccess(Value<List<String>> value) {
    return set("ResourcesReceivingAccess", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * in the <em>AWS CloudFormation User Guide</em> .
   *
   * <p>The <code>Value</code> of <code>Tags</code> is optional for Lightsail resources.
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
   * A Boolean value indicating whether the bundle that is currently applied to your distribution
   * can be changed to another bundle.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AbleToUpdateBundle}.
   */
  public Value<Boolean> ableToUpdateBundle() {
    return getAtt("AbleToUpdateBundle");
  }

  /**
   * The Amazon Resource Name (ARN) of the bucket.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BucketArn}.
   */
  public Value<String> bucketArn() {
    return getAtt("BucketArn");
  }

  /**
   * The URL of the bucket.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Url}.
   */
  public Value<String> url() {
    return getAtt("Url");
  }

  /**
   * <code>AccessRules</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-bucket.html">AWS::Lightsail::Bucket</a>
   * resource. It describes access rules for a bucket.
   *
   * <p>Property type {@code AWS::Lightsail::Bucket.AccessRules}.
   */
  public static final class AccessRules extends Struct<AccessRules> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Bucket.AccessRules");

    public AccessRules() {
      super(SCHEMA);
    }

    /**
     * A Boolean value indicating whether the access control list (ACL) permissions that are applied
     * to individual objects override the <code>GetObject</code> option that is currently specified.
     *
     * <p>When this is true, you can use the <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectAcl.html">PutObjectAcl</a>
     * Amazon S3 API operation to set individual objects to public (read-only) or private, using
     * either the <code>public-read</code> ACL or the <code>private</code> ACL.
     *
     * <p>CloudFormation property {@code AllowPublicOverrides}.
     */
    public AccessRules allowPublicOverrides(boolean value) {
      return set("AllowPublicOverrides", Value.of(value));
    }

    /**
     * Sets {@code AllowPublicOverrides} to this value; see {@link #allowPublicOverrides(boolean)}.
     */
    public AccessRules allowPublicOverrides(Value<Boolean> value) {
      return set("AllowPublicOverrides", value);
    }

    /**
     * Specifies the anonymous access to all objects in a bucket.
     *
     * <p>The following options can be specified:
     *
     * <ul> <li><code>public</code> - Sets all objects in the bucket to public (read-only), making
     * them readable by everyone on the internet. </ul>
     *
     * <p>If the <code>GetObject</code> value is set to <code>public</code> , then all objects in
     * the bucket default to public regardless of the <code>allowPublicOverrides</code> value.
     *
     * <ul> <li><code>private</code> - Sets all objects in the bucket to private, making them
     * readable only by you and anyone that you grant access to. </ul>
     *
     * <p>If the <code>GetObject</code> value is set to <code>private</code> , and the
     * <code>allowPublicOverrides</code> value is set to <code>true</code> , then all objects in the
     * bucket default to private unless they are configured with a <code>public-read</code> ACL.
     * Individual objects with a <code>public-read</code> ACL are readable by everyone on the
     * internet.
     *
     * <p>CloudFormation property {@code GetObject}.
     */
    public AccessRules getObject(String value) {
      return set("GetObject", Value.of(value));
    }

    /** Sets {@code GetObject} to this value; see {@link #getObject(String)}. */
    public AccessRules getObject(Value<String> value) {
      return set("GetObject", value);
    }
  }
}
