// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codestar;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CodeStar::GitHubRepository</code> resource creates a GitHub repository where users
 * can store source code for use with AWS workflows. You must provide a location for the source code
 * ZIP file in the CloudFormation template, so the code can be uploaded to the created repository.
 * You must have created a personal access token in GitHub to provide in the CloudFormation
 * template. AWS uses this token to connect to GitHub on your behalf.
 *
 * <p>CloudFormation type {@code AWS::CodeStar::GitHubRepository}.
 */
public final class GitHubRepository extends Resource<GitHubRepository> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeStar::GitHubRepository")
      .required("RepositoryName", "RepositoryOwner")
      .refYields("Id")
      .attributes("Id")
      .build();

  public GitHubRepository(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Information about code to be committed to a repository after it is created in an CloudFormation
   * stack.
   *
   * <p>CloudFormation property {@code Code}.
   */
  public GitHubRepository code(Value<Code> value) {
    return set("Code", value);
  }

  /** CloudFormation property {@code ConnectionArn}. */
  public GitHubRepository connectionArn(String value) {
    return set("ConnectionArn", Value.of(value));
  }

  /** Sets {@code ConnectionArn} to this value; see {@link #connectionArn(String)}. */
  public GitHubRepository connectionArn(Value<String> value) {
    return set("ConnectionArn", value);
  }

  /**
   * Indicates whether to enable issues for the GitHub repository. You can use GitHub issues to
   * track information and bugs for your repository.
   *
   * <p>CloudFormation property {@code EnableIssues}.
   */
  public GitHubRepository enableIssues(boolean value) {
    return set("EnableIssues", Value.of(value));
  }

  /** Sets {@code EnableIssues} to this value; see {@link #enableIssues(boolean)}. */
  public GitHubRepository enableIssues(Value<Boolean> value) {
    return set("EnableIssues", value);
  }

  /**
   * Indicates whether the GitHub repository is a private repository. If so, you choose who can see
   * and commit to this repository.
   *
   * <p>CloudFormation property {@code IsPrivate}.
   */
  public GitHubRepository isPrivate(boolean value) {
    return set("IsPrivate", Value.of(value));
  }

  /** Sets {@code IsPrivate} to this value; see {@link #isPrivate(boolean)}. */
  public GitHubRepository isPrivate(Value<Boolean> value) {
    return set("IsPrivate", value);
  }

  /**
   * The GitHub user's personal access token for the GitHub repository.
   *
   * <p>CloudFormation property {@code RepositoryAccessToken}.
   */
  public GitHubRepository repositoryAccessToken(String value) {
    return set("RepositoryAccessToken", Value.of(value));
  }

  /**
   * Sets {@code RepositoryAccessToken} to this value; see {@link #repositoryAccessToken(String)}.
   */
  public GitHubRepository repositoryAccessToken(Value<String> value) {
    return set("RepositoryAccessToken", value);
  }

  /**
   * A comment or description about the new repository. This description is displayed in GitHub
   * after the repository is created.
   *
   * <p>CloudFormation property {@code RepositoryDescription}.
   */
  public GitHubRepository repositoryDescription(String value) {
    return set("RepositoryDescription", Value.of(value));
  }

  /**
   * Sets {@code RepositoryDescription} to this value; see {@link #repositoryDescription(String)}.
   */
  public GitHubRepository repositoryDescription(Value<String> value) {
    return set("RepositoryDescription", value);
  }

  /**
   * The name of the repository you want to create in GitHub with CloudFormation stack creation.
   *
   * <p>Required. CloudFormation property {@code RepositoryName}.
   */
  public GitHubRepository repositoryName(String value) {
    return set("RepositoryName", Value.of(value));
  }

  /** Sets {@code RepositoryName} to this value; see {@link #repositoryName(String)}. */
  public GitHubRepository repositoryName(Value<String> value) {
    return set("RepositoryName", value);
  }

  /**
   * The GitHub user name for the owner of the GitHub repository to be created. If this repository
   * should be owned by a GitHub organization, provide its name.
   *
   * <p>Required. CloudFormation property {@code RepositoryOwner}.
   */
  public GitHubRepository repositoryOwner(String value) {
    return set("RepositoryOwner", Value.of(value));
  }

  /** Sets {@code RepositoryOwner} to this value; see {@link #repositoryOwner(String)}. */
  public GitHubRepository repositoryOwner(Value<String> value) {
    return set("RepositoryOwner", value);
  }

  /**
   * The repository ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The <code>Code</code> property type specifies information about code to be committed.
   *
   * <p><code>Code</code> is a property of the <code>AWS::CodeStar::GitHubRepository</code>
   * resource.
   *
   * <p>Property type {@code AWS::CodeStar::GitHubRepository.Code}.
   */
  public static final class Code extends Struct<Code> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeStar::GitHubRepository.Code")
        .required("S3")
        .build();

    public Code() {
      super(SCHEMA);
    }

    /**
     * Information about the Amazon S3 bucket that contains a ZIP file of code to be committed to
     * the repository.
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
   * The <code>S3</code> property type specifies information about the Amazon S3 bucket that
   * contains the code to be committed to the new repository.
   *
   * <p><code>S3</code> is a property of the <code>AWS::CodeStar::GitHubRepository</code> resource.
   *
   * <p>Property type {@code AWS::CodeStar::GitHubRepository.S3}.
   */
  public static final class S3 extends Struct<S3> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodeStar::GitHubRepository.S3")
        .required("Bucket", "Key")
        .build();

    public S3() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon S3 bucket that contains the ZIP file with the content to be committed
     * to the new repository.
     *
     * <p>Required. CloudFormation property {@code Bucket}.
     */
    public S3 bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3 bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The S3 object key or file name for the ZIP file.
     *
     * <p>Required. CloudFormation property {@code Key}.
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
     *
     * <p>CloudFormation property {@code ObjectVersion}.
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
