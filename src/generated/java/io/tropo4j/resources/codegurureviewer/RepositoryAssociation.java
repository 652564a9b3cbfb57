// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codegurureviewer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This resource configures how Amazon CodeGuru Reviewer retrieves the source code to be reviewed.
 * You can use an AWS CloudFormation template to create an association with the following repository
 * types:
 *
 * <ul> <li>AWS CodeCommit - For more information, see <a
 * href="https://docs.aws.amazon.com/codeguru/latest/reviewer-ug/create-codecommit-association.html">Create
 * an AWS CodeCommit repository association</a> in the <em>Amazon CodeGuru Reviewer User Guide</em>
 * . <li>Bitbucket - For more information, see <a
 * href="https://docs.aws.amazon.com/codeguru/latest/reviewer-ug/create-bitbucket-association.html">Create
 * a Bitbucket repository association</a> in the <em>Amazon CodeGuru Reviewer User Guide</em> .
 * <li>GitHub Enterprise Server - For more information, see <a
 * href="https://docs.aws.amazon.com/codeguru/latest/reviewer-ug/create-github-enterprise-association.html">Create
 * a GitHub Enterprise Server repository association</a> in the <em>Amazon CodeGuru Reviewer User
 * Guide</em> . <li>S3Bucket - For more information, see <a
 * href="https://docs.aws.amazon.com/codeguru/latest/reviewer-ug/working-with-cicd.html">Create code
 * reviews with GitHub Actions</a> in the <em>Amazon CodeGuru Reviewer User Guide</em> . </ul>
 *
 * <p>You cannot use a CloudFormation template to create an association with a GitHub repository.
 *
 * <p>CloudFormation type {@code AWS::CodeGuruReviewer::RepositoryAssociation}.
 */
public final class RepositoryAssociation extends Resource<RepositoryAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeGuruReviewer::RepositoryAssociation")
      .required("Name", "Type")
      .constrain("BucketName", Constraint.of().pattern("^\\S(.*\\S)?$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
      .constrain("ConnectionArn", Constraint.of().pattern("arn:aws(-[\\w]+)*:.+:.+:[0-9]{12}:.+").minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^\\S[\\w.-]*$").minLength(1).maxLength(100))
      .constrain("Owner", Constraint.of().pattern("^\\S(.*\\S)?$").minLength(1).maxLength(100))
      .allowed("Type", "CodeCommit", "Bitbucket", "GitHubEnterpriseServer", "S3Bucket")
      .refYields("AssociationArn")
      .attributes("AssociationArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RepositoryAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the bucket. This is required for your S3Bucket repository. The name must start with
   * the prefix <code>codeguru-reviewer-*</code> .
   *
   * <p>Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
   * ^&#92;S(.*&#92;S)?$}. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code
   * BucketName}.
   */
  public RepositoryAssociation bucketName(String value) {
    return set("BucketName", Value.of(value));
  }

  /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
  public RepositoryAssociation bucketName(Value<String> value) {
    return set("BucketName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an AWS CodeStar Connections connection. Its format is
   * <code>arn:aws:codestar-connections:region-id:aws-account_id:connection/connection-id</code> .
   * For more information, see <a
   * href="https://docs.aws.amazon.com/codestar-connections/latest/APIReference/API_Connection.html">Connection</a>
   * in the <em>AWS CodeStar Connections API Reference</em> .
   *
   * <p><code>ConnectionArn</code> must be specified for Bitbucket and GitHub Enterprise Server
   * repositories. It has no effect if it is specified for an AWS CodeCommit repository.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * arn:aws(-[&#92;w]+)*:.+:.+:[0-9]{12}:.+}. CloudFormation property {@code ConnectionArn}.
   */
  public RepositoryAssociation connectionArn(String value) {
    return set("ConnectionArn", Value.of(value));
  }

  /** Sets {@code ConnectionArn} to this value; see {@link #connectionArn(String)}. */
  public RepositoryAssociation connectionArn(Value<String> value) {
    return set("ConnectionArn", value);
  }

  /**
   * The name of the repository.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^&#92;S[&#92;w.-]*$}. CloudFormation property {@code Name}.
   */
  public RepositoryAssociation name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RepositoryAssociation name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The owner of the repository. For a GitHub Enterprise Server or Bitbucket repository, this is
   * the username for the account that owns the repository.
   *
   * <p><code>Owner</code> must be specified for Bitbucket and GitHub Enterprise Server
   * repositories. It has no effect if it is specified for an AWS CodeCommit repository.
   *
   * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^&#92;S(.*&#92;S)?$}. CloudFormation property {@code Owner}.
   */
  public RepositoryAssociation owner(String value) {
    return set("Owner", Value.of(value));
  }

  /** Sets {@code Owner} to this value; see {@link #owner(String)}. */
  public RepositoryAssociation owner(Value<String> value) {
    return set("Owner", value);
  }

  /**
   * An array of key-value pairs used to tag an associated repository. A tag is a custom attribute
   * label with two parts:
   *
   * <ul> <li>A <em>tag key</em> (for example, <code>CostCenter</code> , <code>Environment</code> ,
   * <code>Project</code> , or <code>Secret</code> ). Tag keys are case sensitive. <li>An optional
   * field known as a <em>tag value</em> (for example, <code>111122223333</code> ,
   * <code>Production</code> , or a team name). Omitting the tag value is the same as using an empty
   * string. Like tag keys, tag values are case sensitive. </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public RepositoryAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RepositoryAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RepositoryAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of repository that contains the source code to be reviewed. The valid values are:
   *
   * <ul> <li><code>CodeCommit</code> <li><code>Bitbucket</code>
   * <li><code>GitHubEnterpriseServer</code> <li><code>S3Bucket</code> </ul>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CodeCommit}, {@code
   * Bitbucket}, {@code GitHubEnterpriseServer}, {@code S3Bucket}. CloudFormation property {@code
   * Type}.
   */
  public RepositoryAssociation typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public RepositoryAssociation typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the <a
   * href="https://docs.aws.amazon.com/codeguru/latest/reviewer-api/API_RepositoryAssociation.html"><code>RepositoryAssociation</code></a>
   * object. You can retrieve this ARN by calling <code>ListRepositories</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationArn}.
   */
  public Value<String> associationArn() {
    return getAtt("AssociationArn");
  }
}
