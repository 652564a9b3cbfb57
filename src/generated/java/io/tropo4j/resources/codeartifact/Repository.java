// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codeartifact;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::CodeArtifact::Repository</code> resource creates an AWS CodeArtifact repository.
 * CodeArtifact <em>repositories</em> contain a set of package versions. For more information about
 * repositories, see the <a
 * href="https://docs.aws.amazon.com/codeartifact/latest/ug/codeartifact-concepts.html#welcome-concepts-repository">Repository
 * concepts information</a> in the <em>CodeArtifact User Guide</em> . For more information about the
 * <code>CreateRepository</code> API, see <a
 * href="https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_CreateRepository.html">CreateRepository</a>
 * in the <em>CodeArtifact API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::CodeArtifact::Repository}.
 */
public final class Repository extends Resource<Repository> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeArtifact::Repository")
      .required("DomainName", "RepositoryName")
      .constrain("Description", Constraint.of().pattern("^\\P{C}*$").minLength(0).maxLength(1000))
      .constrain("DomainName", Constraint.of().pattern("^([a-z][a-z0-9\\-]{0,48}[a-z0-9])$").minLength(2).maxLength(50))
      .references("DomainName", "AWS::CodeArtifact::Domain.Name")
      .constrain("DomainOwner", Constraint.of().pattern("[0-9]{12}").minLength(12).maxLength(12))
      .constrain("PermissionsPolicyDocument", Constraint.of().minLength(2).maxLength(5120))
      .constrain("RepositoryName", Constraint.of().pattern("^([A-Za-z0-9][A-Za-z0-9._\\-]{1,99})$").minLength(2).maxLength(100))
      .refYields("Arn")
      .attributes("Arn", "DomainName", "DomainOwner", "Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Repository(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A text description of the repository.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^&#92;P{C}*$}. CloudFormation property {@code
   * Description}.
   */
  public Repository description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Repository description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the domain that contains the repository.
   *
   * <p>Required. Changing it replaces the resource. Length: 2 to 50 characters. Pattern: {@code
   * ^([a-z][a-z0-9&#92;-]{0,48}[a-z0-9])$}. CloudFormation property {@code DomainName}.
   */
  public Repository domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public Repository domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * Sets {@code DomainName} to the Name of {@code AWS::CodeArtifact::Domain}; see {@link
   * #domainName(String)}.
   */
  public Repository domainName(Domain resource) {
    return set("DomainName", resource.name());
  }

  /**
   * The 12-digit account number of the AWS account that owns the domain that contains the
   * repository. It does not include dashes or spaces.
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code [0-9]{12}}.
   * CloudFormation property {@code DomainOwner}.
   */
  public Repository domainOwner(String value) {
    return set("DomainOwner", Value.of(value));
  }

  /** Sets {@code DomainOwner} to this value; see {@link #domainOwner(String)}. */
  public Repository domainOwner(Value<String> value) {
    return set("DomainOwner", value);
  }

  /**
   * An array of external connections associated with the repository. For more information, see <a
   * href="https://docs.aws.amazon.com/codeartifact/latest/ug/external-connection.html#supported-public-repositories">Supported
   * external connection repositories</a> in the <em>CodeArtifact user guide</em> .
   *
   * <p>CloudFormation property {@code ExternalConnections}.
   */
  public Repository externalConnections(List<String> value) {
    return set("ExternalConnections", Value.listOf(value));
  }

  /** Sets {@code ExternalConnections} to this value; see {@link #externalConnections(List)}. */
  public Repository externalConnections(Value<List<String>> value) {
    return set("ExternalConnections", value);
  }

  /**
   * The document that defines the resource policy that is set on a repository.
   *
   * <p>Length: 2 to 5120 characters. CloudFormation property {@code PermissionsPolicyDocument}.
   */
  public Repository permissionsPolicyDocument(Value<Json> value) {
    return set("PermissionsPolicyDocument", value);
  }

  /**
   * The name of an upstream repository.
   *
   * <p>Required. Changing it replaces the resource. Length: 2 to 100 characters. Pattern: {@code
   * ^([A-Za-z0-9][A-Za-z0-9._&#92;-]{1,99})$}. CloudFormation property {@code RepositoryName}.
   */
  public Repository repositoryName(String value) {
    return set("RepositoryName", Value.of(value));
  }

  /** Sets {@code RepositoryName} to this value; see {@link #repositoryName(String)}. */
  public Repository repositoryName(Value<String> value) {
    return set("RepositoryName", value);
  }

  /**
   * A list of tags to be applied to the repository.
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
   * A list of upstream repositories to associate with the repository. The order of the upstream
   * repositories in the list determines their priority order when AWS CodeArtifact looks for a
   * requested package version. For more information, see <a
   * href="https://docs.aws.amazon.com/codeartifact/latest/ug/repos-upstream.html">Working with
   * upstream repositories</a> .
   *
   * <p>CloudFormation property {@code Upstreams}.
   */
  public Repository upstreams(List<String> value) {
    return set("Upstreams", Value.listOf(value));
  }

  /** Sets {@code Upstreams} to this value; see {@link #upstreams(List)}. */
  public Repository upstreams(Value<List<String>> value) {
    return set("Upstreams", value);
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
   * When you pass the logical ID of this resource, the function returns the domain name that
   * contains the repository.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainName}.
   */
  public Value<String> domainName() {
    return getAtt("DomainName");
  }

  /**
   * When you pass the logical ID of this resource, the function returns the 12-digit account number
   * of the AWS account that owns the domain that contains the repository.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainOwner}.
   */
  public Value<String> domainOwner() {
    return getAtt("DomainOwner");
  }

  /**
   * When you pass the logical ID of this resource, the function returns the name of the repository.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }
}
