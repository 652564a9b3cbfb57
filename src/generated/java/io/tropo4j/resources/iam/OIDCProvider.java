// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates or updates an IAM entity to describe an identity provider (IdP) that supports <a
 * href="https://docs.aws.amazon.com/http://openid.net/connect/">OpenID Connect (OIDC)</a> .
 *
 * <p>The OIDC provider that you create with this operation can be used as a principal in a role's
 * trust policy. Such a policy establishes a trust relationship between AWS and the OIDC provider.
 *
 * <p>When you create the IAM OIDC provider, you specify the following:
 *
 * <ul> <li>The URL of the OIDC identity provider (IdP) to trust <li>A list of client IDs (also
 * known as audiences) that identify the application or applications that are allowed to
 * authenticate using the OIDC provider <li>A list of tags that are attached to the specified IAM
 * OIDC provider <li>A list of thumbprints of one or more server certificates that the IdP uses
 * </ul>
 *
 * <p>You get all of this information from the OIDC IdP that you want to use to access AWS .
 *
 * <p>When you update the IAM OIDC provider, you specify the following:
 *
 * <ul> <li>The URL of the OIDC identity provider (IdP) to trust <li>A list of client IDs (also
 * known as audiences) that replaces the existing list of client IDs associated with the OIDC IdP
 * <li>A list of tags that replaces the existing list of tags attached to the specified IAM OIDC
 * provider <li>A list of thumbprints that replaces the existing list of server certificates
 * thumbprints that the IdP uses </ul>
 *
 * <p>The trust for the OIDC provider is derived from the IAM provider that this operation creates.
 * Therefore, it is best to limit access to the <a
 * href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html">CreateOpenIDConnectProvider</a>
 * operation to highly privileged users.
 *
 * <p>CloudFormation type {@code AWS::IAM::OIDCProvider}.
 */
public final class OIDCProvider extends Resource<OIDCProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::OIDCProvider")
      .constrain("ClientIdList", Constraint.of().minLength(1).maxLength(255))
      .constrain("ThumbprintList", Constraint.of().pattern("[0-9A-Fa-f]{40}").minLength(40).maxLength(40))
      .constrain("Url", Constraint.of().minLength(1).maxLength(255))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OIDCProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of client IDs (also known as audiences) that are associated with the specified IAM OIDC
   * provider resource object. For more information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html">CreateOpenIDConnectProvider</a>
   * .
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code ClientIdList}.
   */
  public OIDCProvider clientIdList(List<String> value) {
    return set("ClientIdList", Value.listOf(value));
  }

  /** Sets {@code ClientIdList} to this value; see {@link #clientIdList(List)}. */
  public OIDCProvider clientIdList(Value<List<String>> value) {
    return set("ClientIdList", value);
  }

  /**
   * A list of tags that are attached to the specified IAM OIDC provider. The returned list of tags
   * is sorted by tag key. For more information about tagging, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html">Tagging IAM resources</a>
   * in the <em>IAM User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OIDCProvider tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OIDCProvider tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OIDCProvider tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A list of certificate thumbprints that are associated with the specified IAM OIDC provider
   * resource object. For more information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html">CreateOpenIDConnectProvider</a>
   * .
   *
   * <p>This property is optional. If it is not included, IAM will retrieve and use the top
   * intermediate certificate authority (CA) thumbprint of the OpenID Connect identity provider
   * server certificate.
   *
   * <p>Length: 40 to 40 characters. Pattern: {@code [0-9A-Fa-f]{40}}. CloudFormation property
   * {@code ThumbprintList}.
   */
  public OIDCProvider thumbprintList(List<String> value) {
    return set("ThumbprintList", Value.listOf(value));
  }

  /** Sets {@code ThumbprintList} to this value; see {@link #thumbprintList(List)}. */
  public OIDCProvider thumbprintList(Value<List<String>> value) {
    return set("ThumbprintList", value);
  }

  /**
   * The URL that the IAM OIDC provider resource object is associated with. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html">CreateOpenIDConnectProvider</a>
   * .
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code Url}.
   */
  public OIDCProvider url(String value) {
    return set("Url", Value.of(value));
  }

  /** Sets {@code Url} to this value; see {@link #url(String)}. */
  public OIDCProvider url(Value<String> value) {
    return set("Url", value);
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the specified <code>AWS::IAM::OIDCProvider</code>
   * resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
