// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ApiGateway::ClientCertificate</code> resource creates a client certificate that
 * API Gateway uses to configure client-side SSL authentication for sending requests to the
 * integration endpoint.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::ClientCertificate}.
 */
public final class ClientCertificate extends Resource<ClientCertificate> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::ClientCertificate")
      .refYields("ClientCertificateId")
      .attributes("ClientCertificateId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ClientCertificate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the client certificate.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public ClientCertificate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ClientCertificate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The collection of tags. Each tag element is associated with a given resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ClientCertificate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ClientCertificate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ClientCertificate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID for the client certificate. For example: <code>abc123</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClientCertificateId}.
   */
  public Value<String> clientCertificateId() {
    return getAtt("ClientCertificateId");
  }
}
