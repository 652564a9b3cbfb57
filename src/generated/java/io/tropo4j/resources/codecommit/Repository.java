// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codecommit;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new, empty repository.
 *
 * <p>AWS CodeCommit is no longer available to new customers. Existing customers of AWS CodeCommit
 * can continue to use the service as normal. <a
 * href="https://docs.aws.amazon.com/devops/how-to-migrate-your-aws-codecommit-repository-to-another-git-provider">Learn
 * more"</a>
 *
 * <p>CloudFormation type {@code AWS::CodeCommit::Repository}.
 */
public final class Repository extends Resource<Repository> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeCommit::Repository")
      .required("RepositoryName")
      .constrain("RepositoryDescription", Constraint.of().minLength(1).maxLength(1000))
      .constrain("RepositoryName", Constraint.of().pattern("^[a-zA-Z0-9._\\-]+(?<!\\.git)$").minLength(1).maxLength(100).minimum(1).maximum(100))
      .refYields("RepositoryId")
      .attributes("Arn", "CloneUrlHttp", "CloneUrlSsh", "Name", "RepositoryId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Repository(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Information about code to be committed to a repository after it is created in an AWS
   * CloudFormation stack. Information about code is only used in resource creation. Updates to a
   * stack will not reflect changes made to code properties after initial resource creation.
   *
   * <p>You can only use this property to add code when creating a repository with a CloudFormation
   * template at creation time. This property cannot be used for updating code to an existing
   * repository.
   *
   * <p>CloudFormation property {@code Code}.
   */
  public Repository code(Value<Code> value) {
    return set("Code", value);
  }

  /**
   * The ID of the AWS Key Management Service encryption key used to encrypt and decrypt the
   * repository.
   *
   * <p>The input can be the full ARN, the key ID, or the key alias. For more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/find-cmk-id-arn.html">Finding the
   * key ID and key ARN</a> .
   *
   * <p>CloudFormation property {@code KmsKeyId}.
   */
  public Repository kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Repository kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * A comment or description about the new repository.
   *
   * <p>The description field for a repository accepts all HTML characters and all valid Unicode
   * characters. Applications that do not HTML-encode the description and display it in a webpage
   * can expose users to potentially malicious code. Make sure that you HTML-encode the description
   * field in any application that uses this API to display the repository description on a webpage.
   *
   * <p>Length: 1 to 1000 characters. CloudFormation property {@code RepositoryDescription}.
   */
  public Repository repositoryDescription(String value) {
    return set("RepositoryDescription", Value.of(value));
  }

  /**
   * Sets {@code RepositoryDescription} to this value; see {@link #repositoryDescription(String)}.
   */
  public Repository repositoryDescription(Value<String> value) {
    return set("RepositoryDescription", value);
  }

  /**
   * The name of the new repository to be created.
   *
   * <p>The repository name must be unique across the calling AWS account . Repository names are
   * limited to 100 alphanumeric, dash, and underscore characters, and cannot include certain
   * characters. For more information about the limits on repository names, see <a
   * href="https://docs.aws.amazon.com/codecommit/latest/userguide/limits.html">Quotas</a> in the
   * <em>AWS CodeCommit User Guide</em> . The suffix .git is prohibited.
   *
   * <p>Required. Length: 1 to 100 characters. Range: 1 to 100. Pattern: {@code
   * ^[a-zA-Z0-9._&#92;-]+(?&lt;!&#92;.git)$}. CloudFormation property {@code RepositoryName}.
   */
  public Repository repositoryName(String value) {
    return set("RepositoryName", Value.of(value));
  }

  /** Sets {@code RepositoryName} to this value; see {@link #repositoryName(String)}. */
  public Repository repositoryName(Value<String> value) {
    return set("RepositoryName", value);
  }

  /**
   * One or more tag key-value pairs to use when tagging this repository.
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
   * The JSON block of configuration information for each trigger.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code Triggers}.
   */
  public Repository triggers(List<RepositoryTrigger> value) {
    return set("Triggers", Value.listOf(value));
  }

  /** Sets {@code Triggers} to this value; see {@link #triggers(List)}. */
  public Repository triggers(Value<List<RepositoryTrigger>> value) {
    return set("Triggers", value);
  }

  /** Sets {@code Triggers} to a list of these; see {@link #triggers(List)}. */
  public Repository triggers(RepositoryTrigger... values) {
    return set("Triggers", Value.list(values));
  }

  /**
   * When you pass the logical ID of this resource, the function returns the Amazon Resource Name
   * (ARN) of the repository.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * When you pass the logical ID of this resource, the function returns the URL to use for cloning
   * the repository over HTTPS.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CloneUrlHttp}.
   */
  public Value<String> cloneUrlHttp() {
    return getAtt("CloneUrlHttp");
  }

  /**
   * When you pass the logical ID of this resource, the function returns the URL to use for cloning
   * the repository over SSH.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CloneUrlSsh}.
   */
  public Value<String> cloneUrlSsh() {
    return getAtt("CloneUrlSsh");
  }

  /**
   * When you pass the logical ID of this resource, the function returns the repository's name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The ID of the repository.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RepositoryId}.
   */
  public Value<String> repositoryId() {
    return getAtt("RepositoryId");
  }

  /**
   * Information about code to be committed.
   *
   * <p>Property type {@code AWS::CodeCommit::Repository.Code}.
   */
  public static final class Code extends Struct<Code> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeCommit::Repository.Code")
        .required("S3")
        .constrain("BranchName", Constraint.of().minLength(1).maxLength(256))
        .build();

    public Code() {
      super(SCHEMA);
    }

    /**
     * Optional. Specifies a branch name to be used as the default branch when importing code into a
     * repository on initial creation. If this property is not set, the name <em>main</em> will be
     * used for the default branch for the repository. Changes to this property are ignored after
     * initial resource creation. We recommend using this parameter to set the name to <em>main</em>
     * to align with the default behavior of CodeCommit unless another name is needed.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code BranchName}.
     */
    public Code branchName(String value) {
      return set("BranchName", Value.of(value));
    }

    /** Sets {@code BranchName} to this value; see {@link #branchName(String)}. */
    public Code branchName(Value<String> value) {
      return set("BranchName", value);
    }

    /**
     * Information about the Amazon S3 bucket that contains a ZIP file of code to be committed to
     * the repository. Changes to this property are ignored after initial resource creation.
     *
     * <p>Required. CloudFormation property {@code S3}.
     */
    public Code s3(Value<S3> value) {
      return set("S3", value);
    }

    /**
     * Sets {@code S3} to the asset's bucket and key, where the deployer uploads it; see {@link
     * #s3(Value)}.
     */
    public Code s3(Asset asset) {
      return set("S3", new S3().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * Information about a trigger for a repository.
   *
   * <p>If you want to receive notifications about repository events, consider using notifications
   * instead of triggers. For more information, see <a
   * href="https://docs.aws.amazon.com/codecommit/latest/userguide/how-to-repository-email.html">Configuring
   * notifications for repository events</a> .
   *
   * <p>Property type {@code AWS::CodeCommit::Repository.RepositoryTrigger}.
   */
  public static final class RepositoryTrigger extends Struct<RepositoryTrigger> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeCommit::Repository.RepositoryTrigger")
        .required("DestinationArn", "Events", "Name")
        .constrain("Branches", Constraint.of().minLength(1).maxLength(256))
        .allowed("Events", "all", "createReference", "deleteReference", "updateReference")
        .build();

    public RepositoryTrigger() {
      super(SCHEMA);
    }

    /**
     * The branches to be included in the trigger configuration. If you specify an empty array, the
     * trigger applies to all branches.
     *
     * <p>Although no content is required in the array, you must include the array itself.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Branches}.
     */
    public RepositoryTrigger branches(List<String> value) {
      return set("Branches", Value.listOf(value));
    }

    /** Sets {@code Branches} to this value; see {@link #branches(List)}. */
    public RepositoryTrigger branches(Value<List<String>> value) {
      return set("Branches", value);
    }

    /**
     * Any custom data associated with the trigger to be included in the information sent to the
     * target of the trigger.
     *
     * <p>CloudFormation property {@code CustomData}.
     */
    public RepositoryTrigger customData(String value) {
      return set("CustomData", Value.of(value));
    }

    /** Sets {@code CustomData} to this value; see {@link #customData(String)}. */
    public RepositoryTrigger customData(Value<String> value) {
      return set("CustomData", value);
    }

    /**
     * The ARN of the resource that is the target for a trigger (for example, the ARN of a topic in
     * Amazon SNS).
     *
     * <p>Required. CloudFormation property {@code DestinationArn}.
     */
    public RepositoryTrigger destinationArn(String value) {
      return set("DestinationArn", Value.of(value));
    }

    /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
    public RepositoryTrigger destinationArn(Value<String> value) {
      return set("DestinationArn", value);
    }

    /**
     * The repository events that cause the trigger to run actions in another service, such as
     * sending a notification through Amazon SNS.
     *
     * <p>The valid value "all" cannot be used with any other values.
     *
     * <p>Required. Allowed values: {@code all}, {@code createReference}, {@code deleteReference},
     * {@code updateReference}. CloudFormation property {@code Events}.
     */
    public RepositoryTrigger events(List<String> value) {
      return set("Events", Value.listOf(value));
    }

    /** Sets {@code Events} to this value; see {@link #events(List)}. */
    public RepositoryTrigger events(Value<List<String>> value) {
      return set("Events", value);
    }

    /**
     * The name of the trigger.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public RepositoryTrigger name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RepositoryTrigger name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Information about the Amazon S3 bucket that contains the code that will be committed to the new
   * repository. Changes to this property are ignored after initial resource creation.
   *
   * <p>Property type {@code AWS::CodeCommit::Repository.S3}.
   */
  public static final class S3 extends Struct<S3> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeCommit::Repository.S3")
        .required("Bucket", "Key")
        .constrain("Bucket", Constraint.of().minLength(3).maxLength(63))
        .constrain("Key", Constraint.of().minLength(1).maxLength(1024))
        .constrain("ObjectVersion", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon S3 bucket that contains the ZIP file with the content that will be
     * committed to the new repository. This can be specified using the name of the bucket in the
     * AWS account . Changes to this property are ignored after initial resource creation.
     *
     * <p>Required. Length: 3 to 63 characters. CloudFormation property {@code Bucket}.
     */
    public S3 bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3 bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The key to use for accessing the Amazon S3 bucket. Changes to this property are ignored after
     * initial resource creation. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html">Creating object
     * key names</a> and <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/upload-objects.html">Uploading
     * objects</a> in the Amazon S3 User Guide.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Key}.
     */
    public S3 key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3 key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The object version of the ZIP file, if versioning is enabled for the Amazon S3 bucket.
     * Changes to this property are ignored after initial resource creation.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code ObjectVersion}.
     */
    public S3 objectVersion(String value) {
      return set("ObjectVersion", Value.of(value));
    }

    /** Sets {@code ObjectVersion} to this value; see {@link #objectVersion(String)}. */
    public S3 objectVersion(Value<String> value) {
      return set("ObjectVersion", value);
    }
  }
}
