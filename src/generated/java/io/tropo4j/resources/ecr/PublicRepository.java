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
import java.util.List;

/**
 * The <code>AWS::ECR::PublicRepository</code> resource specifies an Amazon Elastic Container
 * Registry Public (Amazon ECR Public) repository, where users can push and pull Docker images, Open
 * Container Initiative (OCI) images, and OCI compatible artifacts. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonECR/latest/public/public-repositories.html">Amazon ECR
 * public repositories</a> in the <em>Amazon ECR Public User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ECR::PublicRepository}.
 */
public final class PublicRepository extends Resource<PublicRepository> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECR::PublicRepository")
      .constrain("RepositoryName", Constraint.of().pattern("^(?=.{2,256}$)((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)$").minLength(2).maxLength(256))
      .refYields("RepositoryName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PublicRepository(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The details about the repository that are publicly visible in the Amazon ECR Public Gallery.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECR/latest/public/public-repository-catalog-data.html">Amazon
   * ECR Public repository catalog data</a> in the <em>Amazon ECR Public User Guide</em> .
   *
   * <p>CloudFormation property {@code RepositoryCatalogData}.
   */
  public PublicRepository repositoryCatalogData(Value<RepositoryCatalogData> value) {
    return set("RepositoryCatalogData", value);
  }

  /**
   * The name to use for the public repository. The repository name may be specified on its own
   * (such as <code>nginx-web-app</code> ) or it can be prepended with a namespace to group the
   * repository into a category (such as <code>project-a/nginx-web-app</code> ). If you don't
   * specify a name, AWS CloudFormation generates a unique physical ID and uses that ID for the
   * repository name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 2 to 256 characters. Pattern: {@code
   * ^(?=.{2,256}$)((?:[a-z0-9]+(?:[._-][a-z0-9]+)*&#47;)*[a-z0-9]+(?:[._-][a-z0-9]+)*)$}.
   * CloudFormation property {@code RepositoryName}.
   */
  public PublicRepository repositoryName(String value) {
    return set("RepositoryName", Value.of(value));
  }

  /** Sets {@code RepositoryName} to this value; see {@link #repositoryName(String)}. */
  public PublicRepository repositoryName(Value<String> value) {
    return set("RepositoryName", value);
  }

  /**
   * The JSON repository policy text to apply to the public repository. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECR/latest/public/public-repository-policies.html">Amazon
   * ECR Public repository policies</a> in the <em>Amazon ECR Public User Guide</em> .
   *
   * <p>CloudFormation property {@code RepositoryPolicyText}.
   */
  public PublicRepository repositoryPolicyText(String value) {
    return set("RepositoryPolicyText", Value.of(value));
  }

  /** Sets {@code RepositoryPolicyText} to this value; see {@link #repositoryPolicyText(String)}. */
  public PublicRepository repositoryPolicyText(Value<String> value) {
    return set("RepositoryPolicyText", value);
  }

  /** Sets {@code RepositoryPolicyText} to this value; see {@link #repositoryPolicyText(String)}. */
  public PublicRepository repositoryPolicyText(Json value) {
    return set("RepositoryPolicyText", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PublicRepository tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PublicRepository tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PublicRepository tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the specified
   * <code>AWS::ECR::PublicRepository</code> resource. For example, <code>arn:aws:ecr-public::
   * <em>123456789012</em> :repository/ <em>test-repository</em></code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The details about the repository that are publicly visible in the Amazon ECR Public Gallery.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonECR/latest/public/public-repository-catalog-data.html">Amazon
   * ECR Public repository catalog data</a> in the <em>Amazon ECR Public User Guide</em> .
   *
   * <p>Property type {@code AWS::ECR::PublicRepository.RepositoryCatalogData}.
   */
  public static final class RepositoryCatalogData extends Struct<RepositoryCatalogData> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::PublicRepository.RepositoryCatalogData")
        .constrain("AboutText", Constraint.of().maxLength(10240))
        .constrain("Architectures", Constraint.of().minLength(1).maxLength(50))
        .constrain("OperatingSystems", Constraint.of().minLength(1).maxLength(50))
        .constrain("RepositoryDescription", Constraint.of().maxLength(1024))
        .constrain("UsageText", Constraint.of().maxLength(10240))
        .build();

    public RepositoryCatalogData() {
      super(SCHEMA);
    }

    /**
     * The longform description of the contents of the repository. This text appears in the
     * repository details on the Amazon ECR Public Gallery.
     *
     * <p>Length: at most 10240 characters. CloudFormation property {@code AboutText}.
     */
    public RepositoryCatalogData aboutText(String value) {
      return set("AboutText", Value.of(value));
    }

    /** Sets {@code AboutText} to this value; see {@link #aboutText(String)}. */
    public RepositoryCatalogData aboutText(Value<String> value) {
      return set("AboutText", value);
    }

    /**
     * The architecture tags that are associated with the repository.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code Architectures}.
     */
    public RepositoryCatalogData architectures(List<String> value) {
      return set("Architectures", Value.listOf(value));
    }

    /** Sets {@code Architectures} to this value; see {@link #architectures(List)}. */
    public RepositoryCatalogData architectures(Value<List<String>> value) {
      return set("Architectures", value);
    }

    /**
     * The operating system tags that are associated with the repository.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code OperatingSystems}.
     */
    public RepositoryCatalogData operatingSystems(List<String> value) {
      return set("OperatingSystems", Value.listOf(value));
    }

    /** Sets {@code OperatingSystems} to this value; see {@link #operatingSystems(List)}. */
    public RepositoryCatalogData operatingSystems(Value<List<String>> value) {
      return set("OperatingSystems", value);
    }

    /**
     * The short description of the repository.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code RepositoryDescription}.
     */
    public RepositoryCatalogData repositoryDescription(String value) {
      return set("RepositoryDescription", Value.of(value));
    }

    /**
     * Sets {@code RepositoryDescription} to this value; see {@link #repositoryDescription(String)}.
     */
    public RepositoryCatalogData repositoryDescription(Value<String> value) {
      return set("RepositoryDescription", value);
    }

    /**
     * The longform usage details of the contents of the repository. The usage text provides context
     * for users of the repository.
     *
     * <p>Length: at most 10240 characters. CloudFormation property {@code UsageText}.
     */
    public RepositoryCatalogData usageText(String value) {
      return set("UsageText", Value.of(value));
    }

    /** Sets {@code UsageText} to this value; see {@link #usageText(String)}. */
    public RepositoryCatalogData usageText(Value<String> value) {
      return set("UsageText", value);
    }
  }
}
