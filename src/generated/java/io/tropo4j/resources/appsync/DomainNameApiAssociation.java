// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appsync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::AppSync::DomainNameApiAssociation</code> resource represents the mapping of your
 * custom domain name to the assigned API URL.
 *
 * <p>CloudFormation type {@code AWS::AppSync::DomainNameApiAssociation}.
 */
public final class DomainNameApiAssociation extends Resource<DomainNameApiAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppSync::DomainNameApiAssociation")
      .required("ApiId", "DomainName")
      .references("ApiId", "AWS::AppSync::GraphQLApi.ApiId")
      .constrain("DomainName", Constraint.of().pattern("^(\\*[a-z\\d-]*\\.)?([a-z\\d-]+\\.)+[a-z\\d-]+$").minLength(1).maxLength(253))
      .references("DomainName", "AWS::AppSync::DomainName.Ref")
      .refYields("ApiAssociationIdentifier")
      .attributes("ApiAssociationIdentifier")
      .build();

  public DomainNameApiAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The API ID.
   *
   * <p>Required. CloudFormation property {@code ApiId}.
   */
  public DomainNameApiAssociation apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public DomainNameApiAssociation apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Sets {@code ApiId} to the ApiId of {@code AWS::AppSync::GraphQLApi}; see {@link
   * #apiId(String)}.
   */
  public DomainNameApiAssociation apiId(GraphQLApi resource) {
    return set("ApiId", resource.apiId());
  }

  /**
   * The domain name.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 253 characters. Pattern: {@code
   * ^(&#92;*[a-z&#92;d-]*&#92;.)?([a-z&#92;d-]+&#92;.)+[a-z&#92;d-]+$}. CloudFormation property
   * {@code DomainName}.
   */
  public DomainNameApiAssociation domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public DomainNameApiAssociation domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * Sets {@code DomainName} to the Ref of {@code AWS::AppSync::DomainName}; see {@link
   * #domainName(String)}.
   */
  public DomainNameApiAssociation domainName(DomainName resource) {
    return set("DomainName", resource.ref());
  }

  /** {@code Fn::GetAtt} attribute {@code ApiAssociationIdentifier}. */
  public Value<String> apiAssociationIdentifier() {
    return getAtt("ApiAssociationIdentifier");
  }
}
