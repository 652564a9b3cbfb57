// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ApiGateway::DomainNameAccessAssociation</code> resource creates a domain name
 * access association between an access association source and a private custom domain name.
 *
 * <p>Use a domain name access association to invoke a private custom domain name while isolated
 * from the public internet.
 *
 * <p>You can only create or delete a DomainNameAccessAssociation using CloudFormation. To reject a
 * domain name access association, use the AWS CLI.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::DomainNameAccessAssociation}.
 */
public final class DomainNameAccessAssociation extends Resource<DomainNameAccessAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::DomainNameAccessAssociation")
      .required("AccessAssociationSource", "AccessAssociationSourceType", "DomainNameArn")
      .allowed("AccessAssociationSourceType", "VPCE")
      .refYields("DomainNameAccessAssociationArn")
      .attributes("DomainNameAccessAssociationArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DomainNameAccessAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the domain name access association source. For a <code>VPCE</code> , the
   * value is the VPC endpoint ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * AccessAssociationSource}.
   */
  public DomainNameAccessAssociation accessAssociationSource(String value) {
    return set("AccessAssociationSource", Value.of(value));
  }

  /**
   * Sets {@code AccessAssociationSource} to this value; see {@link
   * #accessAssociationSource(String)}.
   */
  public DomainNameAccessAssociation accessAssociationSource(Value<String> value) {
    return set("AccessAssociationSource", value);
  }

  /**
   * The type of the domain name access association source. Only <code>VPCE</code> is currently
   * supported.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code VPCE}. CloudFormation
   * property {@code AccessAssociationSourceType}.
   */
  public DomainNameAccessAssociation accessAssociationSourceType(String value) {
    return set("AccessAssociationSourceType", Value.of(value));
  }

  /**
   * Sets {@code AccessAssociationSourceType} to this value; see {@link
   * #accessAssociationSourceType(String)}.
   */
  public DomainNameAccessAssociation accessAssociationSourceType(Value<String> value) {
    return set("AccessAssociationSourceType", value);
  }

  /**
   * The ARN of the domain name.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DomainNameArn}.
   */
  public DomainNameAccessAssociation domainNameArn(String value) {
    return set("DomainNameArn", Value.of(value));
  }

  /** Sets {@code DomainNameArn} to this value; see {@link #domainNameArn(String)}. */
  public DomainNameAccessAssociation domainNameArn(Value<String> value) {
    return set("DomainNameArn", value);
  }

  /**
   * The collection of tags. Each tag element is associated with a given resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public DomainNameAccessAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DomainNameAccessAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DomainNameAccessAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The access association ARN. For example:
   * <code>arn:aws:apigateway:us-west-2:111122223333:/accessassociations/domainname/private.example.com+abcd1234/vpcesource/vpce-abcd1234efg</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainNameAccessAssociationArn}.
   */
  public Value<String> domainNameAccessAssociationArn() {
    return getAtt("DomainNameAccessAssociationArn");
  }
}
