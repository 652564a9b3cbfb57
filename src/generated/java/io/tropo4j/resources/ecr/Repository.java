// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * The <code>AWS::ECR::Repository</code> resource specifies an Amazon Elastic Container Registry
 * (Amazon ECR) repository, where users can push and pull Docker images, Open Container Initiative
 * (OCI) images, and OCI compatible artifacts. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonECR/latest/userguide/Repositories.html">Amazon ECR
 * private repositories</a> in the <em>Amazon ECR User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ECR::Repository}.
 */
public final class Repository extends Resource<Repository> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECR::Repository")
      .allowed("ImageTagMutability", "MUTABLE", "IMMUTABLE", "MUTABLE_WITH_EXCLUSION",
          "IMMUTABLE_WITH_EXCLUSION")
      .constrain("RepositoryName", Constraint.of().pattern("^(?=.{2,256}$)([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*)$").minLength(2).maxLength(256))
      .refYields("RepositoryName")
      .attributes("Arn", "RepositoryUri")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Repository(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * If true, deleting the repository force deletes the contents of the repository. If false, the
   * repository must be empty before attempting to delete it.
   *
   * <p>CloudFormation property {@code EmptyOnDelete}.
   */
  public Repository emptyOnDelete(boolean value) {
    return set("EmptyOnDelete", Value.of(value));
  }

  /** Sets {@code EmptyOnDelete} to this value; see {@link #emptyOnDelete(boolean)}. */
  public Repository emptyOnDelete(Value<Boolean> value) {
    return set("EmptyOnDelete", value);
  }

  /**
   * The encryption configuration for the repository. This determines how the contents of your
   * repository are encrypted at rest.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionConfiguration}.
   */
  public Repository encryptionConfiguration(Value<EncryptionConfiguration> value) {
    return set("EncryptionConfiguration", value);
  }

  /**
   * The <code>imageScanningConfiguration</code> parameter is being deprecated, in favor of
   * specifying the image scanning configuration at the registry level. For more information, see
   * <code>PutRegistryScanningConfiguration</code> .
   *
   * <p>The image scanning configuration for the repository. This determines whether images are
   * scanned for known vulnerabilities after being pushed to the repository.
   *
   * <p>CloudFormation property {@code ImageScanningConfiguration}.
   */
  public Repository imageScanningConfiguration(Value<ImageScanningConfiguration> value) {
    return set("ImageScanningConfiguration", value);
  }

  /**
   * The tag mutability setting for the repository. If this parameter is omitted, the default
   * setting of <code>MUTABLE</code> will be used which will allow image tags to be overwritten. If
   * <code>IMMUTABLE</code> is specified, all image tags within the repository will be immutable
   * which will prevent them from being overwritten.
   *
   * <p>Allowed values: {@code MUTABLE}, {@code IMMUTABLE}, {@code MUTABLE_WITH_EXCLUSION}, {@code
   * IMMUTABLE_WITH_EXCLUSION}. CloudFormation property {@code ImageTagMutability}.
   */
  public Repository imageTagMutability(String value) {
    return set("ImageTagMutability", Value.of(value));
  }

  /** Sets {@code ImageTagMutability} to this value; see {@link #imageTagMutability(String)}. */
  public Repository imageTagMutability(Value<String> value) {
    return set("ImageTagMutability", value);
  }

  /**
   * A list of filters that specify which image tags are excluded from the repository's image tag
   * mutability setting.
   *
   * <p>CloudFormation property {@code ImageTagMutabilityExclusionFilters}.
   */
  public Repository imageTagMutabilityExclusionFilters(List<ImageTagMutabilityExclusionFilter> value) {
    return set("ImageTagMutabilityExclusionFilters", Value.listOf(value));
  }

  /**
   * Sets {@code ImageTagMutabilityExclusionFilters} to this value; see {@link
   * #imageTagMutabilityExclusionFilters(List)}.
   */
  public Repository imageTagMutabilityExclusionFilters(Value<List<ImageTagMutabilityExclusionFilter>> value) {
    return set("ImageTagMutabilityExclusionFilters", value);
  }

  /**
   * Sets {@code ImageTagMutabilityExclusionFilters} to a list of these; see {@link
   * #imageTagMutabilityExclusionFilters(List)}.
   */
  public Repository imageTagMutabilityExclusionFilters(ImageTagMutabilityExclusionFilter... values) {
    return set("ImageTagMutabilityExclusionFilters", Value.list(values));
  }

  /**
   * Creates or updates a lifecycle policy. For information about lifecycle policy syntax, see <a
   * href="https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html">Lifecycle
   * policy template</a> .
   *
   * <p>CloudFormation property {@code LifecyclePolicy}.
   */
  public Repository lifecyclePolicy(Value<LifecyclePolicy> value) {
    return set("LifecyclePolicy", value);
  }

  /**
   * The name to use for the repository. The repository name may be specified on its own (such as
   * <code>nginx-web-app</code> ) or it can be prepended with a namespace to group the repository
   * into a category (such as <code>project-a/nginx-web-app</code> ). If you don't specify a name,
   * AWS CloudFormation generates a unique physical ID and uses that ID for the repository name. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * type</a> .
   *
   * <p>The repository name must start with a letter and can only contain lowercase letters,
   * numbers, hyphens, underscores, and forward slashes.
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 2 to 256 characters. Pattern: {@code
   * ^(?=.{2,256}$)([a-z0-9]+((&#92;.|_|__|-+)[a-z0-9]+)*(&#92;/[a-z0-9]+((&#92;.|_|__|-+)[a-z0-9]+)*)*)$}.
   * CloudFormation property {@code RepositoryName}.
   */
  public Repository repositoryName(String value) {
    return set("RepositoryName", Value.of(value));
  }

  /** Sets {@code RepositoryName} to this value; see {@link #repositoryName(String)}. */
  public Repository repositoryName(Value<String> value) {
    return set("RepositoryName", value);
  }

  /**
   * The JSON repository policy text to apply to the repository. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html">Amazon
   * ECR repository policies</a> in the <em>Amazon Elastic Container Registry User Guide</em> .
   *
   * <p>CloudFormation property {@code RepositoryPolicyText}.
   */
  public Repository repositoryPolicyText(String value) {
    return set("RepositoryPolicyText", Value.of(value));
  }

  /** Sets {@code RepositoryPolicyText} to this value; see {@link #repositoryPolicyText(String)}. */
  public Repository repositoryPolicyText(Value<String> value) {
    return set("RepositoryPolicyText", value);
  }

  /** Sets {@code RepositoryPolicyText} to this value; see {@link #repositoryPolicyText(String)}. */
  public Repository repositoryPolicyText(Json value) {
    return set("RepositoryPolicyText", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Repository tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Repository tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Repository tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the specified <code>AWS::ECR::Repository</code>
   * resource. For example, <code>arn:aws:ecr: <em>eu-west-1</em> : <em>123456789012</em>
   * :repository/ <em>test-repository</em></code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the URI for the specified <code>AWS::ECR::Repository</code> resource. For example,
   * <code><em>123456789012</em> .dkr.ecr. <em>us-west-2</em> .amazonaws.com/repository</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code RepositoryUri}.
   */
  public Value<String> repositoryUri() {
    return getAtt("RepositoryUri");
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
   * <p>Property type {@code AWS::ECR::Repository.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::Repository.EncryptionConfiguration")
        .required("EncryptionType")
        .allowed("EncryptionType", "AES256", "KMS", "KMS_DSSE")
        .constrain("KmsKey", Constraint.of().minLength(1).maxLength(2048))
        .references("KmsKey", "AWS::KMS::Key.Arn")
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
     * <p>Required. Changing it replaces the resource. Allowed values: {@code AES256}, {@code KMS},
     * {@code KMS_DSSE}. CloudFormation property {@code EncryptionType}.
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
     * <p>Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation property
     * {@code KmsKey}.
     */
    public EncryptionConfiguration kmsKey(String value) {
      return set("KmsKey", Value.of(value));
    }

    /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
    public EncryptionConfiguration kmsKey(Value<String> value) {
      return set("KmsKey", value);
    }

    /** Sets {@code KmsKey} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKey(String)}. */
    public EncryptionConfiguration kmsKey(Key resource) {
      return set("KmsKey", resource.arn());
    }
  }

  /**
   * The image scanning configuration for a repository.
   *
   * <p>Property type {@code AWS::ECR::Repository.ImageScanningConfiguration}.
   */
  public static final class ImageScanningConfiguration extends Struct<ImageScanningConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ECR::Repository.ImageScanningConfiguration");

    public ImageScanningConfiguration() {
      super(SCHEMA);
    }

    /**
     * The setting that determines whether images are scanned after being pushed to a repository. If
     * set to <code>true</code> , images will be scanned after being pushed. If this parameter is
     * not specified, it will default to <code>false</code> and images will not be scanned unless a
     * scan is manually started.
     *
     * <p>CloudFormation property {@code ScanOnPush}.
     */
    public ImageScanningConfiguration scanOnPush(boolean value) {
      return set("ScanOnPush", Value.of(value));
    }

    /** Sets {@code ScanOnPush} to this value; see {@link #scanOnPush(boolean)}. */
    public ImageScanningConfiguration scanOnPush(Value<Boolean> value) {
      return set("ScanOnPush", value);
    }
  }

  /**
   * A filter that specifies which image tags should be excluded from the repository's image tag
   * mutability setting.
   *
   * <p>Property type {@code AWS::ECR::Repository.ImageTagMutabilityExclusionFilter}.
   */
  public static final class ImageTagMutabilityExclusionFilter extends Struct<ImageTagMutabilityExclusionFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::Repository.ImageTagMutabilityExclusionFilter")
        .required("ImageTagMutabilityExclusionFilterType", "ImageTagMutabilityExclusionFilterValue")
        .allowed("ImageTagMutabilityExclusionFilterType", "WILDCARD")
        .constrain("ImageTagMutabilityExclusionFilterValue", Constraint.of().pattern("^[0-9a-zA-Z._*-]{1,128}").minLength(1).maxLength(128))
        .build();

    public ImageTagMutabilityExclusionFilter() {
      super(SCHEMA);
    }

    /**
     * Specifies the type of filter to use for excluding image tags from the repository's mutability
     * setting.
     *
     * <p>Required. Allowed values: {@code WILDCARD}. CloudFormation property {@code
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
     * The value to use when filtering image tags.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[0-9a-zA-Z._*-]{1,128}}.
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

  /**
   * The <code>LifecyclePolicy</code> property type specifies a lifecycle policy. For information
   * about lifecycle policy syntax, see <a
   * href="https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html">Lifecycle
   * policy template</a> in the <em>Amazon ECR User Guide</em> .
   *
   * <p>Property type {@code AWS::ECR::Repository.LifecyclePolicy}.
   */
  public static final class LifecyclePolicy extends Struct<LifecyclePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::Repository.LifecyclePolicy")
        .constrain("LifecyclePolicyText", Constraint.of().minLength(100).maxLength(30720))
        .constrain("RegistryId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .build();

    public LifecyclePolicy() {
      super(SCHEMA);
    }

    /**
     * The JSON repository policy text to apply to the repository.
     *
     * <p>Length: 100 to 30720 characters. CloudFormation property {@code LifecyclePolicyText}.
     */
    public LifecyclePolicy lifecyclePolicyText(String value) {
      return set("LifecyclePolicyText", Value.of(value));
    }

    /** Sets {@code LifecyclePolicyText} to this value; see {@link #lifecyclePolicyText(String)}. */
    public LifecyclePolicy lifecyclePolicyText(Value<String> value) {
      return set("LifecyclePolicyText", value);
    }

    /**
     * The AWS account ID associated with the registry that contains the repository. If you do not
     * specify a registry, the default registry is assumed.
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code
     * RegistryId}.
     */
    public LifecyclePolicy registryId(String value) {
      return set("RegistryId", Value.of(value));
    }

    /** Sets {@code RegistryId} to this value; see {@link #registryId(String)}. */
    public LifecyclePolicy registryId(Value<String> value) {
      return set("RegistryId", value);
    }
  }
}
