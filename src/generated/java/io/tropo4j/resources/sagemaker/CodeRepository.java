// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a Git repository as a resource in your SageMaker AI account. You can associate the
 * repository with notebook instances so that you can use Git source control for the notebooks you
 * create. The Git repository is a resource in your SageMaker AI account, so it can be associated
 * with more than one notebook instance, and it persists independently from the lifecycle of any
 * notebook instances it is associated with.
 *
 * <p>The repository can be hosted either in <a
 * href="https://docs.aws.amazon.com/codecommit/latest/userguide/welcome.html">AWS CodeCommit</a> or
 * in any other Git repository.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::CodeRepository}.
 */
public final class CodeRepository extends Resource<CodeRepository> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::CodeRepository")
      .required("GitConfig")
      .constrain("CodeRepositoryName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .refYields("CodeRepositoryArn")
      .attributes("CodeRepositoryArn", "CodeRepositoryName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CodeRepository(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Git repository.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code CodeRepositoryName}.
   */
  public CodeRepository codeRepositoryName(String value) {
    return set("CodeRepositoryName", Value.of(value));
  }

  /** Sets {@code CodeRepositoryName} to this value; see {@link #codeRepositoryName(String)}. */
  public CodeRepository codeRepositoryName(Value<String> value) {
    return set("CodeRepositoryName", value);
  }

  /**
   * Configuration details for the Git repository, including the URL where it is located and the ARN
   * of the AWS Secrets Manager secret that contains the credentials used to access the repository.
   *
   * <p>Required. CloudFormation property {@code GitConfig}.
   */
  public CodeRepository gitConfig(Value<GitConfig> value) {
    return set("GitConfig", value);
  }

  /**
   * List of tags for Code Repository.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CodeRepository tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CodeRepository tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CodeRepository tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the code repository.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CodeRepositoryArn}.
   */
  public Value<String> codeRepositoryArn() {
    return getAtt("CodeRepositoryArn");
  }

  /**
   * The name of the code repository, such as <code>myCodeRepo</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CodeRepositoryName}.
   */
  public Value<String> codeRepositoryName() {
    return getAtt("CodeRepositoryName");
  }

  /**
   * Specifies configuration details for a Git repository in your AWS account.
   *
   * <p>Property type {@code AWS::SageMaker::CodeRepository.GitConfig}.
   */
  public static final class GitConfig extends Struct<GitConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::CodeRepository.GitConfig")
        .required("RepositoryUrl")
        .constrain("Branch", Constraint.of().pattern("^[^ ~^:?*\\[]+$").minLength(1).maxLength(1024))
        .constrain("RepositoryUrl", Constraint.of().pattern("^https://([^/]+)/?.{3,1016}$").minLength(11).maxLength(1024))
        .constrain("SecretArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:secretsmanager:[a-z0-9\\-]*:[0-9]{12}:secret:").minLength(1).maxLength(2048))
        .build();

    public GitConfig() {
      super(SCHEMA);
    }

    /**
     * The default branch for the Git repository.
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code ^[^
     * ~^:?*&#92;[]+$}. CloudFormation property {@code Branch}.
     */
    public GitConfig branch(String value) {
      return set("Branch", Value.of(value));
    }

    /** Sets {@code Branch} to this value; see {@link #branch(String)}. */
    public GitConfig branch(Value<String> value) {
      return set("Branch", value);
    }

    /**
     * The URL where the Git repository is located.
     *
     * <p>Required. Changing it replaces the resource. Length: 11 to 1024 characters. Pattern:
     * {@code ^https://([^/]+)/?.{3,1016}$}. CloudFormation property {@code RepositoryUrl}.
     */
    public GitConfig repositoryUrl(String value) {
      return set("RepositoryUrl", Value.of(value));
    }

    /** Sets {@code RepositoryUrl} to this value; see {@link #repositoryUrl(String)}. */
    public GitConfig repositoryUrl(Value<String> value) {
      return set("RepositoryUrl", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Secrets Manager secret that contains the
     * credentials used to access the git repository. The secret must have a staging label of
     * <code>AWSCURRENT</code> and must be in the following format:
     *
     * <p><code>{"username": <em>UserName</em> , "password": <em>Password</em> }</code>
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:secretsmanager:[a-z0-9&#92;-]*:[0-9]{12}:secret:}. CloudFormation
     * property {@code SecretArn}.
     */
    public GitConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public GitConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }
}
