// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The details of the repository creation template associated with the request.
 *
 * <p>CloudFormation type {@code AWS::ECR::RepositoryCreationTemplate}.
 */
public final class RepositoryCreationTemplate extends Resource<RepositoryCreationTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECR::RepositoryCreationTemplate")
      .required("AppliedFor", "Prefix")
      .allowed("AppliedFor", "REPLICATION", "PULL_THROUGH_CACHE", "CREATE_ON_PUSH")
      .constrain("CustomRoleArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,-.@_]*$").minLength(0).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .allowed("ImageTagMutability", "MUTABLE", "IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION",
          "MUTABLE_WITH_EXCLUSION")
      .constrain("LifecyclePolicy", Constraint.of().minLength(100).maxLength(30720))
      .constrain("Prefix", Constraint.of().pattern("^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$").minLength(1).maxLength(256))
      .constrain("RepositoryPolicy", Constraint.of().minLength(0).maxLength(10240))
      .refYields("Prefix")
      .attributes("CreatedAt", "UpdatedAt")
      .build();

  public RepositoryCreationTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of enumerable Strings representing the repository creation scenarios that this template
   * will apply towards. The supported scenarios are PULL_THROUGH_CACHE, REPLICATION, and
   * CREATE_ON_PUSH
   *
   * <p>Required. Allowed values: {@code REPLICATION}, {@code PULL_THROUGH_CACHE}, {@code
   * CREATE_ON_PUSH}. CloudFormation property {@code AppliedFor}.
   */
  public RepositoryCreationTemplate appliedFor(List<String> value) {
    return set("AppliedFor", Value.listOf(value));
  }

  /** Sets {@code AppliedFor} to this value; see {@link #appliedFor(List)}. */
  public RepositoryCreationTemplate appliedFor(Value<List<String>> value) {
    return set("AppliedFor", value);
  }

  /**
   * The ARN of the role to be assumed by Amazon ECR. Amazon ECR will assume your supplied role when
   * the customRoleArn is specified. When this field isn't specified, Amazon ECR will use the
   * service-linked role for the repository creation template.
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,-.&#64;_]*$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code CustomRoleArn}.
   */
  public RepositoryCreationTemplate customRoleArn(String value) {
    return set("CustomRoleArn", Value.of(value));
  }

  /** Sets {@code CustomRoleArn} to this value; see {@link #customRoleArn(String)}. */
  public RepositoryCreationTemplate customRoleArn(Value<String> value) {
    return set("CustomRoleArn", value);
  }

  /**
   * The description associated with the repository creation template.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
   */
  public RepositoryCreationTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public RepositoryCreationTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The encryption configuration associated with the repository creation template.
   *
   * <p>CloudFormation property {@code EncryptionConfiguration}.
   */
  public RepositoryCreationTemplate encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * The tag mutability setting for the repository. If this parameter is omitted, the default
   * setting of <code>MUTABLE</code> will be used which will allow image tags to be overwritten. If
   * <code>IMMUTABLE</code> is specified, all image tags within the repository will be immutable
   * which will prevent them from being overwritten.
   *
   * <p>Allowed values: {@code MUTABLE}, {@code IMMUTABLE}, {@code IMMUTABLE_WITH_EXCLUSION}, {@code
   * MUTABLE_WITH_EXCLUSION}. CloudFormation property {@code ImageTagMutability}.
   */
  public RepositoryCreationTemplate imageTagMutability(String value) {
    return set("ImageTagMutability", Value.of(value));
  }

  /** Sets {@code ImageTagMutability} to this value; see {@link #imageTagMutability(String)}. */
  public RepositoryCreationTemplate imageTagMutability(Value<String> value) {
    return set("ImageTagMutability", value);
  }

  /**
   * A list of filters that specify which image tags are excluded from the repository creation
   * template's image tag mutability setting.
   *
   * <p>CloudFormation property {@code ImageTagMutabilityExclusionFilters}.
   */
  public RepositoryCreationTemplate imageTagMutabilityExclusionFilters(List<ImageTagMutabilityExclusionFilter> value) {
    return set("ImageTagMutabilityExclusionFilters", Value.listOf(value));
  }

  /**
   * Sets {@code ImageTagMutabilityExclusionFilters} to this value; see {@link
   * #imageTagMutabilityExclusionFilters(List)}.
   */
  public RepositoryCreationTemplate imageTagMutabilityExclusionFilters(Value<List<ImageTagMutabilityExclusionFilter>> value) {
    return set("ImageTagMutabilityExclusionFilters", value);
  }

  /**
   * Sets {@code ImageTagMutabilityExclusionFilters} to a list of these; see {@link
   * #imageTagMutabilityExclusionFilters(List)}.
   */
  public RepositoryCreationTemplate imageTagMutabilityExclusionFilters(ImageTagMutabilityExclusionFilter... values) {
    return set("ImageTagMutabilityExclusionFilters", Value.list(values));
  }

  /**
   * The lifecycle policy to use for repositories created using the template.
   *
   * <p>Length: 100 to 30720 characters. CloudFormation property {@code LifecyclePolicy}.
   */
  public RepositoryCreationTemplate lifecyclePolicy(String value) {
    return set("LifecyclePolicy", Value.of(value));
  }

  /** Sets {@code LifecyclePolicy} to this value; see {@link #lifecyclePolicy(String)}. */
  public RepositoryCreationTemplate lifecyclePolicy(Value<String> value) {
    return set("LifecyclePolicy", value);
  }

  /**
   * The repository namespace prefix associated with the repository creation template.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^([a-z0-9]+((&#92;.|_|__|-+)[a-z0-9]+)*(&#92;/[a-z0-9]+((&#92;.|_|__|-+)[a-z0-9]+)*)*&#92;/?|ROOT)$}.
   * CloudFormation property {@code Prefix}.
   */
  public RepositoryCreationTemplate prefix(String value) {
    return set("Prefix", Value.of(value));
  }

  /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
  public RepositoryCreationTemplate prefix(Value<String> value) {
    return set("Prefix", value);
  }

  /**
   * The repository policy to apply to repositories created using the template. A repository policy
   * is a permissions policy associated with a repository to control access permissions.
   *
   * <p>Length: 0 to 10240 characters. CloudFormation property {@code RepositoryPolicy}.
   */
  public RepositoryCreationTemplate repositoryPolicy(String value) {
    return set("RepositoryPolicy", Value.of(value));
  }

  /** Sets {@code RepositoryPolicy} to this value; see {@link #repositoryPolicy(String)}. */
  public RepositoryCreationTemplate repositoryPolicy(Value<String> value) {
    return set("RepositoryPolicy", value);
  }

  /**
   * The metadata to apply to the repository to help you categorize and organize. Each tag consists
   * of a key and an optional value, both of which you define. Tag keys can have a maximum character
   * length of 128 characters, and tag values can have a maximum length of 256 characters.
   *
   * <p>CloudFormation property {@code ResourceTags}.
   */
  public RepositoryCreationTemplate resourceTags(List<Tag> value) {
    return set("ResourceTags", Value.listOf(value));
  }

  /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
  public RepositoryCreationTemplate resourceTags(Value<List<Tag>> value) {
    return set("ResourceTags", value);
  }

  /**
   * The date and time, in JavaScript date format, when the repository creation template was
   * created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The date and time, in JavaScript date format, when the repository creation template was last
   * updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The encryption configuration for the repository. This determines how the contents of your
   * repository are encrypted at rest.
   *
   * <p>By default, when no encryption configuration is set or the <code>AES256</code> encryption
   * type is used, Amazon ECR uses server-side encryption with Amazon S3-managed encryption keys
   * which encrypts your data at rest using an AES256 encryption algorithm. This does not require
   * any action on your part.
   *
   * <p>For more control over the encryption of the contents of your repository, you can use
   * server-side encryption with AWS Key Management Service key stored in AWS Key Management Service
   * ( AWS ) to encrypt your images. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html">Amazon
   * ECR encryption at rest</a> in the <em>Amazon Elastic Container Registry User Guide</em> .
   *
   * <p>Property type {@code AWS::ECR::RepositoryCreationTemplate.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::RepositoryCreationTemplate.EncryptionConfiguration")
        .required("EncryptionType")
        .allowed("EncryptionType", "AES256", "KMS", "KMS_DSSE")
        .constrain("KmsKey", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The encryption type to use.
     *
     * <p>If you use the <code>KMS</code> encryption type, the contents of the repository will be
     * encrypted using server-side encryption with AWS Key Management Service key stored in AWS .
     * When you use AWS to encrypt your data, you can either use the default AWS managed AWS key for
     * Amazon ECR, or specify your own AWS key, which you already created.
     *
     * <p>If you use the <code>KMS_DSSE</code> encryption type, the contents of the repository will
     * be encrypted with two layers of encryption using server-side encryption with the AWS
     * Management Service key stored in AWS . Similar to the <code>KMS</code> encryption type, you
     * can either use the default AWS managed AWS key for Amazon ECR, or specify your own AWS key,
     * which you've already created.
     *
     * <p>If you use the <code>AES256</code> encryption type, Amazon ECR uses server-side encryption
     * with Amazon S3-managed encryption keys which encrypts the images in the repository using an
     * AES256 encryption algorithm.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html">Amazon
     * ECR encryption at rest</a> in the <em>Amazon Elastic Container Registry User Guide</em> .
     *
     * <p>Required. Allowed values: {@code AES256}, {@code KMS}, {@code KMS_DSSE}. CloudFormation
     * property {@code EncryptionType}.
     */
    public EncryptionConfiguration encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public EncryptionConfiguration encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }

    /**
     * If you use the <code>KMS</code> encryption type, specify the AWS key to use for encryption.
     * The alias, key ID, or full ARN of the AWS key can be specified. The key must exist in the
     * same Region as the repository. If no key is specified, the default AWS managed AWS key for
     * Amazon ECR will be used.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code KmsKey}.
     */
    public EncryptionConfiguration kmsKey(String value) {
      return set("KmsKey", Value.of(value));
    }

    /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
    public EncryptionConfiguration kmsKey(Value<String> value) {
      return set("KmsKey", value);
    }
  }

  /**
   * A filter that specifies which image tags should be excluded from the repository's image tag
   * mutability setting.
   *
   * <p>Property type {@code
   * AWS::ECR::RepositoryCreationTemplate.ImageTagMutabilityExclusionFilter}.
   */
  public static final class ImageTagMutabilityExclusionFilter extends Struct<ImageTagMutabilityExclusionFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::RepositoryCreationTemplate.ImageTagMutabilityExclusionFilter")
        .required("ImageTagMutabilityExclusionFilterType", "ImageTagMutabilityExclusionFilterValue")
        .allowed("ImageTagMutabilityExclusionFilterType", "WILDCARD")
        .constrain("ImageTagMutabilityExclusionFilterValue", Constraint.of().pattern("^[0-9a-zA-Z._*-]{1,128}").minLength(1).maxLength(128))
        .build();

    public ImageTagMutabilityExclusionFilter() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code WILDCARD}. CloudFormation property {@code
     * ImageTagMutabilityExclusionFilterType}.
     */
    public ImageTagMutabilityExclusionFilter imageTagMutabilityExclusionFilterType(String value) {
      return set("ImageTagMutabilityExclusionFilterType", Value.of(value));
    }

    /**
     * Sets {@code ImageTagMutabilityExclusionFilterType} to this value; see {@link
     * #imageTagMutabilityExclusionFilterType(String)}.
     */
    public ImageTagMutabilityExclusionFilter imageTagMutabilityExclusionFilterType(Value<String> value) {
      return set("ImageTagMutabilityExclusionFilterType", value);
    }

    /**
     * Required. Length: 1 to 128 characters. Pattern: {@code ^[0-9a-zA-Z._*-]{1,128}}.
     * CloudFormation property {@code ImageTagMutabilityExclusionFilterValue}.
     */
    public ImageTagMutabilityExclusionFilter imageTagMutabilityExclusionFilterValue(String value) {
      return set("ImageTagMutabilityExclusionFilterValue", Value.of(value));
    }

    /**
     * Sets {@code ImageTagMutabilityExclusionFilterValue} to this value; see {@link
     * #imageTagMutabilityExclusionFilterValue(String)}.
     */
    public ImageTagMutabilityExclusionFilter imageTagMutabilityExclusionFilterValue(Value<String> value) {
      return set("ImageTagMutabilityExclusionFilterValue", value);
    }
  }
}
