// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3objectlambda;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::S3ObjectLambda::AccessPoint</code> resource specifies an Object Lambda Access
 * Point used to access a bucket.
 *
 * <p>CloudFormation type {@code AWS::S3ObjectLambda::AccessPoint}.
 */
public final class AccessPoint extends Resource<AccessPoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3ObjectLambda::AccessPoint")
      .required("ObjectLambdaConfiguration")
      .constrain("Name", Constraint.of().pattern("^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$").minLength(3).maxLength(45))
      .refYields("Name")
      .attributes("Alias", "Alias.Status", "Alias.Value", "Arn", "CreationDate", "PolicyStatus",
          "PolicyStatus.IsPublic", "PublicAccessBlockConfiguration",
          "PublicAccessBlockConfiguration.BlockPublicAcls",
          "PublicAccessBlockConfiguration.BlockPublicPolicy",
          "PublicAccessBlockConfiguration.IgnorePublicAcls",
          "PublicAccessBlockConfiguration.RestrictPublicBuckets")
      .build();

  public AccessPoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of this access point.
   *
   * <p>Changing it replaces the resource. Length: 3 to 45 characters. Pattern: {@code
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
   * A configuration used when creating an Object Lambda Access Point.
   *
   * <p>Required. CloudFormation property {@code ObjectLambdaConfiguration}.
   */
  public AccessPoint objectLambdaConfiguration(Value<ObjectLambdaConfiguration> value) {
    return set("ObjectLambdaConfiguration", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Alias}. */
  public Value<Alias> alias() {
    return getAtt("Alias");
  }

  /**
   * The status of the Object Lambda Access Point alias. Valid Values: <code>PROVISIONING</code> |
   * <code>READY</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Alias.Status}.
   */
  public Value<String> aliasStatus() {
    return getAtt("Alias.Status");
  }

  /**
   * The alias name value of the Object Lambda Access Point. For example:
   * <code>myolap-1a4n8yjrb3kda96f67zwrwiiuse1a--ol-s3</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Alias.Value}.
   */
  public Value<String> aliasValue() {
    return getAtt("Alias.Value");
  }

  /**
   * Specifies the ARN for the Object Lambda Access Point.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time when the specified Object Lambda Access Point was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDate}.
   */
  public Value<String> creationDate() {
    return getAtt("CreationDate");
  }

  /** {@code Fn::GetAtt} attribute {@code PolicyStatus}. */
  public Value<PolicyStatus> policyStatus() {
    return getAtt("PolicyStatus");
  }

  /**
   * Specifies whether the Object lambda Access Point Policy is Public or not. Object lambda Access
   * Points are private by default.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyStatus.IsPublic}.
   */
  public Value<Boolean> policyStatusIsPublic() {
    return getAtt("PolicyStatus.IsPublic");
  }

  /**
   * The Public Access Block Configuration is used to block policies that would allow public access
   * to this Object lambda Access Point. All public access to Object lambda Access Points are
   * blocked by default, and any policy that would give public access to them will be also blocked.
   * This behavior cannot be changed for Object lambda Access Points.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublicAccessBlockConfiguration}.
   */
  public Value<PublicAccessBlockConfiguration> publicAccessBlockConfiguration() {
    return getAtt("PublicAccessBlockConfiguration");
  }

  /** {@code Fn::GetAtt} attribute {@code PublicAccessBlockConfiguration.BlockPublicAcls}. */
  public Value<Boolean> publicAccessBlockConfigurationBlockPublicAcls() {
    return getAtt("PublicAccessBlockConfiguration.BlockPublicAcls");
  }

  /** {@code Fn::GetAtt} attribute {@code PublicAccessBlockConfiguration.BlockPublicPolicy}. */
  public Value<Boolean> publicAccessBlockConfigurationBlockPublicPolicy() {
    return getAtt("PublicAccessBlockConfiguration.BlockPublicPolicy");
  }

  /** {@code Fn::GetAtt} attribute {@code PublicAccessBlockConfiguration.IgnorePublicAcls}. */
  public Value<Boolean> publicAccessBlockConfigurationIgnorePublicAcls() {
    return getAtt("PublicAccessBlockConfiguration.IgnorePublicAcls");
  }

  /** {@code Fn::GetAtt} attribute {@code PublicAccessBlockConfiguration.RestrictPublicBuckets}. */
  public Value<Boolean> publicAccessBlockConfigurationRestrictPublicBuckets() {
    return getAtt("PublicAccessBlockConfiguration.RestrictPublicBuckets");
  }

  /**
   * The alias of an Object Lambda Access Point. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-use.html#ol-access-points-alias">How
   * to use a bucket-style alias for your S3 bucket Object Lambda Access Point</a> .
   *
   * <p>Property type {@code AWS::S3ObjectLambda::AccessPoint.Alias}.
   */
  public static final class Alias extends Struct<Alias> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3ObjectLambda::AccessPoint.Alias")
        .required("Value")
        .build();

    public Alias() {
      super(SCHEMA);
    }

    /**
     * The status of the Object Lambda Access Point alias. If the status is
     * <code>PROVISIONING</code> , the Object Lambda Access Point is provisioning the alias and the
     * alias is not ready for use yet. If the status is <code>READY</code> , the Object Lambda
     * Access Point alias is successfully provisioned and ready for use.
     *
     * <p>CloudFormation property {@code Status}.
     */
    public Alias status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public Alias status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The alias value of the Object Lambda Access Point.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public Alias value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Alias value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::S3ObjectLambda::AccessPoint.AwsLambda}. */
  public static final class AwsLambda extends Struct<AwsLambda> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3ObjectLambda::AccessPoint.AwsLambda")
        .required("FunctionArn")
        .build();

    public AwsLambda() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code FunctionArn}. */
    public AwsLambda functionArn(String value) {
      return set("FunctionArn", Value.of(value));
    }

    /** Sets {@code FunctionArn} to this value; see {@link #functionArn(String)}. */
    public AwsLambda functionArn(Value<String> value) {
      return set("FunctionArn", value);
    }

    /** CloudFormation property {@code FunctionPayload}. */
    public AwsLambda functionPayload(String value) {
      return set("FunctionPayload", Value.of(value));
    }

    /** Sets {@code FunctionPayload} to this value; see {@link #functionPayload(String)}. */
    public AwsLambda functionPayload(Value<String> value) {
      return set("FunctionPayload", value);
    }
  }

  /** Property type {@code AWS::S3ObjectLambda::AccessPoint.ContentTransformation}. */
  public static final class ContentTransformation extends Struct<ContentTransformation> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3ObjectLambda::AccessPoint.ContentTransformation")
        .required("AwsLambda")
        .build();

    public ContentTransformation() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AwsLambda}. */
    public ContentTransformation awsLambda(Value<AwsLambda> value) {
      return set("AwsLambda", value);
    }
  }

  /**
   * A configuration used when creating an Object Lambda Access Point.
   *
   * <p>Property type {@code AWS::S3ObjectLambda::AccessPoint.ObjectLambdaConfiguration}.
   */
  public static final class ObjectLambdaConfiguration extends Struct<ObjectLambdaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3ObjectLambda::AccessPoint.ObjectLambdaConfiguration")
        .required("SupportingAccessPoint", "TransformationConfigurations")
        .constrain("SupportingAccessPoint", Constraint.of().minLength(1).maxLength(2048))
        .references("SupportingAccessPoint", "AWS::S3::AccessPoint.Arn")
        .build();

    public ObjectLambdaConfiguration() {
      super(SCHEMA);
    }

    /**
     * A container for allowed features. Valid inputs are <code>GetObject-Range</code> ,
     * <code>GetObject-PartNumber</code> , <code>HeadObject-Range</code> , and
     * <code>HeadObject-PartNumber</code> .
     *
     * <p>CloudFormation property {@code AllowedFeatures}.
     */
    public ObjectLambdaConfiguration allowedFeatures(List<String> value) {
      return set("AllowedFeatures", Value.listOf(value));
    }

    /** Sets {@code AllowedFeatures} to this value; see {@link #allowedFeatures(List)}. */
    public ObjectLambdaConfiguration allowedFeatures(Value<List<String>> value) {
      return set("AllowedFeatures", value);
    }

    /**
     * A container for whether the CloudWatch metrics configuration is enabled.
     *
     * <p>CloudFormation property {@code CloudWatchMetricsEnabled}.
     */
    public ObjectLambdaConfiguration cloudWatchMetricsEnabled(boolean value) {
      return set("CloudWatchMetricsEnabled", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchMetricsEnabled} to this value; see {@link
     * #cloudWatchMetricsEnabled(boolean)}.
     */
    public ObjectLambdaConfiguration cloudWatchMetricsEnabled(Value<Boolean> value) {
      return set("CloudWatchMetricsEnabled", value);
    }

    /**
     * Standard access point associated with the Object Lambda Access Point.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code
     * SupportingAccessPoint}.
     */
    public ObjectLambdaConfiguration supportingAccessPoint(String value) {
      return set("SupportingAccessPoint", Value.of(value));
    }

    /**
     * Sets {@code SupportingAccessPoint} to this value; see {@link #supportingAccessPoint(String)}.
     */
    public ObjectLambdaConfiguration supportingAccessPoint(Value<String> value) {
      return set("SupportingAccessPoint", value);
    }

    /**
     * Sets {@code SupportingAccessPoint} to the Arn of {@code AWS::S3::AccessPoint}; see {@link
     * #supportingAccessPoint(String)}.
     */
    public ObjectLambdaConfiguration supportingAccessPoint(io.tropo4j.resources.s3.AccessPoint resource) {
      return set("SupportingAccessPoint", resource.arn());
    }

    /**
     * A container for transformation configurations for an Object Lambda Access Point.
     *
     * <p>Required. CloudFormation property {@code TransformationConfigurations}.
     */
    public ObjectLambdaConfiguration transformationConfigurations(List<TransformationConfiguration> value) {
      return set("TransformationConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code TransformationConfigurations} to this value; see {@link
     * #transformationConfigurations(List)}.
     */
    public ObjectLambdaConfiguration transformationConfigurations(Value<List<TransformationConfiguration>> value) {
      return set("TransformationConfigurations", value);
    }

    /**
     * Sets {@code TransformationConfigurations} to a list of these; see {@link
     * #transformationConfigurations(List)}.
     */
    public ObjectLambdaConfiguration transformationConfigurations(TransformationConfiguration... values) {
      return set("TransformationConfigurations", Value.list(values));
    }
  }

  /** Property type {@code AWS::S3ObjectLambda::AccessPoint.PolicyStatus}. */
  public static final class PolicyStatus extends Struct<PolicyStatus> {
    private static final Schema SCHEMA = Schema.of("AWS::S3ObjectLambda::AccessPoint.PolicyStatus");

    public PolicyStatus() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the Object lambda Access Point Policy is Public or not. Object lambda
     * Access Points are private by default.
     *
     * <p>CloudFormation property {@code IsPublic}.
     */
    public PolicyStatus isPublic(boolean value) {
      return set("IsPublic", Value.of(value));
    }

    /** Sets {@code IsPublic} to this value; see {@link #isPublic(boolean)}. */
    public PolicyStatus isPublic(Value<Boolean> value) {
      return set("IsPublic", value);
    }
  }

  /**
   * The <code>PublicAccessBlock</code> configuration that you want to apply to this Amazon S3
   * account. You can enable the configuration options in any combination. For more information
   * about when Amazon S3 considers a bucket or object public, see <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status">The
   * Meaning of "Public"</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>This data type is not supported for Amazon S3 on Outposts.
   *
   * <p>Property type {@code AWS::S3ObjectLambda::AccessPoint.PublicAccessBlockConfiguration}.
   */
  public static final class PublicAccessBlockConfiguration extends Struct<PublicAccessBlockConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::S3ObjectLambda::AccessPoint.PublicAccessBlockConfiguration");

    public PublicAccessBlockConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether Amazon S3 should block public access control lists (ACLs) for buckets in
     * this account. Setting this element to <code>TRUE</code> causes the following behavior:
     *
     * <ul> <li><code>PutBucketAcl</code> and <code>PutObjectAcl</code> calls fail if the specified
     * ACL is public. <li>PUT Object calls fail if the request includes a public ACL. <li>PUT Bucket
     * calls fail if the request includes a public ACL. </ul>
     *
     * <p>Enabling this setting doesn't affect existing policies or ACLs.
     *
     * <p>This property is not supported for Amazon S3 on Outposts.
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
     * Specifies whether Amazon S3 should block public bucket policies for buckets in this account.
     * Setting this element to <code>TRUE</code> causes Amazon S3 to reject calls to PUT Bucket
     * policy if the specified bucket policy allows public access.
     *
     * <p>Enabling this setting doesn't affect existing bucket policies.
     *
     * <p>This property is not supported for Amazon S3 on Outposts.
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
     * Specifies whether Amazon S3 should ignore public ACLs for buckets in this account. Setting
     * this element to <code>TRUE</code> causes Amazon S3 to ignore all public ACLs on buckets in
     * this account and any objects that they contain.
     *
     * <p>Enabling this setting doesn't affect the persistence of any existing ACLs and doesn't
     * prevent new public ACLs from being set.
     *
     * <p>This property is not supported for Amazon S3 on Outposts.
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
     * Specifies whether Amazon S3 should restrict public bucket policies for buckets in this
     * account. Setting this element to <code>TRUE</code> restricts access to buckets with public
     * policies to only AWS service principals and authorized users within this account.
     *
     * <p>Enabling this setting doesn't affect previously stored bucket policies, except that public
     * and cross-account access within any public bucket policy, including non-public delegation to
     * specific accounts, is blocked.
     *
     * <p>This property is not supported for Amazon S3 on Outposts.
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
   * A configuration used when creating an Object Lambda Access Point transformation.
   *
   * <p>Property type {@code AWS::S3ObjectLambda::AccessPoint.TransformationConfiguration}.
   */
  public static final class TransformationConfiguration extends Struct<TransformationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3ObjectLambda::AccessPoint.TransformationConfiguration")
        .required("Actions", "ContentTransformation")
        .build();

    public TransformationConfiguration() {
      super(SCHEMA);
    }

    /**
     * A container for the action of an Object Lambda Access Point configuration. Valid inputs are
     * <code>GetObject</code> , <code>HeadObject</code> , <code>ListObject</code> , and
     * <code>ListObjectV2</code> .
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public TransformationConfiguration actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public TransformationConfiguration actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /**
     * A container for the content transformation of an Object Lambda Access Point configuration.
     * Can include the FunctionArn and FunctionPayload. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_AwsLambdaTransformation.html">AwsLambdaTransformation</a>
     * in the <em>Amazon S3 API Reference</em> .
     *
     * <p>Required. CloudFormation property {@code ContentTransformation}.
     */
    public TransformationConfiguration contentTransformation(Value<ContentTransformation> value) {
      return set("ContentTransformation", value);
    }
  }
}
