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
 * The <code>AWS::CodeArtifact::Domain</code> resource creates an AWS CodeArtifact domain.
 * CodeArtifact <em>domains</em> make it easier to manage multiple repositories across an
 * organization. You can use a domain to apply permissions across many repositories owned by
 * different AWS accounts. For more information about domains, see the <a
 * href="https://docs.aws.amazon.com/codeartifact/latest/ug/codeartifact-concepts.html#welcome-concepts-domain">Domain
 * concepts information</a> in the <em>CodeArtifact User Guide</em> . For more information about the
 * <code>CreateDomain</code> API, see <a
 * href="https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_CreateDomain.html">CreateDomain</a>
 * in the <em>CodeArtifact API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::CodeArtifact::Domain}.
 */
public final class Domain extends Resource<Domain> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeArtifact::Domain")
      .required("DomainName")
      .constrain("DomainName", Constraint.of().pattern("^([a-z][a-z0-9\\-]{0,48}[a-z0-9])$").minLength(2).maxLength(50))
      .constrain("EncryptionKey", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(1011))
      .constrain("PermissionsPolicyDocument", Constraint.of().minLength(2).maxLength(5120))
      .refYields("Arn")
      .attributes("Arn", "EncryptionKey", "Name", "Owner")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Domain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A string that specifies the name of the requested domain.
   *
   * <p>Required. Changing it replaces the resource. Length: 2 to 50 characters. Pattern: {@code
   * ^([a-z][a-z0-9&#92;-]{0,48}[a-z0-9])$}. CloudFormation property {@code DomainName}.
   */
  public Domain domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public Domain domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The key used to encrypt the domain.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1011 characters. Pattern: {@code ^&#92;S+$}.
   * CloudFormation property {@code EncryptionKey}.
   */
  public Domain encryptionKey(String value) {
    return set("EncryptionKey", Value.of(value));
  }

  /** Sets {@code EncryptionKey} to this value; see {@link #encryptionKey(String)}. */
  public Domain encryptionKey(Value<String> value) {
    return set("EncryptionKey", value);
  }

  /**
   * The document that defines the resource policy that is set on a domain.
   *
   * <p>Length: 2 to 5120 characters. CloudFormation property {@code PermissionsPolicyDocument}.
   */
  public Domain permissionsPolicyDocument(Value<Json> value) {
    return set("PermissionsPolicyDocument", value);
  }

  /**
   * A list of tags to be applied to the domain.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Domain tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Domain tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Domain tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * When you pass the logical ID of this resource, the function returns the Amazon Resource Name
   * (ARN) of the domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * When you pass the logical ID of this resource, the function returns the key used to encrypt the
   * domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EncryptionKey}.
   */
  public Value<String> encryptionKey() {
    return getAtt("EncryptionKey");
  }

  /**
   * When you pass the logical ID of this resource, the function returns the name of the domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * When you pass the logical ID of this resource, the function returns the 12-digit account number
   * of the AWS account that owns the domain.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Owner}.
   */
  public Value<String> owner() {
    return getAtt("Owner");
  }
}
