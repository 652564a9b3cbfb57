// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ApiGateway::DocumentationPart</code> resource creates a documentation part for an
 * API. For more information, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-documenting-api-content-representation.html">Representation
 * of API Documentation in API Gateway</a> in the <em>API Gateway Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::DocumentationPart}.
 */
public final class DocumentationPart extends Resource<DocumentationPart> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::DocumentationPart")
      .required("Location", "Properties", "RestApiId")
      .references("RestApiId", "AWS::ApiGateway::RestApi.Ref")
      .refYields("DocumentationPartId")
      .attributes("DocumentationPartId")
      .build();

  public DocumentationPart(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The location of the targeted API entity of the to-be-created documentation part.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Location}.
   */
  public DocumentationPart location(Value<Location> value) {
    return set("Location", value);
  }

  /**
   * The new documentation content map of the targeted API entity. Enclosed key-value pairs are
   * API-specific, but only OpenAPI-compliant key-value pairs can be exported and, hence, published.
   *
   * <p>Required. CloudFormation property {@code Properties}.
   */
  public DocumentationPart propertiesProperty(String value) {
    return set("Properties", Value.of(value));
  }

  /** Sets {@code Properties} to this value; see {@link #propertiesProperty(String)}. */
  public DocumentationPart propertiesProperty(Value<String> value) {
    return set("Properties", value);
  }

  /**
   * The string identifier of the associated RestApi.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RestApiId}.
   */
  public DocumentationPart restApiId(String value) {
    return set("RestApiId", Value.of(value));
  }

  /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
  public DocumentationPart restApiId(Value<String> value) {
    return set("RestApiId", value);
  }

  /**
   * Sets {@code RestApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
   * #restApiId(String)}.
   */
  public DocumentationPart restApiId(RestApi resource) {
    return set("RestApiId", resource.ref());
  }

  /**
   * The ID for the documentation part.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DocumentationPartId}.
   */
  public Value<String> documentationPartId() {
    return getAtt("DocumentationPartId");
  }

  /**
   * The <code>Location</code> property specifies the location of the Amazon API Gateway API entity
   * that the documentation applies to. <code>Location</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-documentationpart.html">AWS::ApiGateway::DocumentationPart</a>
   * resource.
   *
   * <p>For more information about each property, including constraints and valid values, see <a
   * href="https://docs.aws.amazon.com/apigateway/latest/api/API_DocumentationPartLocation.html">DocumentationPart</a>
   * in the <em>Amazon API Gateway REST API Reference</em> .
   *
   * <p>Property type {@code AWS::ApiGateway::DocumentationPart.Location}.
   */
  public static final class Location extends Struct<Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::DocumentationPart.Location")
        .allowed("Type", "API", "AUTHORIZER", "MODEL", "RESOURCE", "METHOD", "PATH_PARAMETER",
            "QUERY_PARAMETER", "REQUEST_HEADER", "REQUEST_BODY", "RESPONSE", "RESPONSE_HEADER",
            "RESPONSE_BODY")
        .build();

    public Location() {
      super(SCHEMA);
    }

    /**
     * The HTTP verb of a method. It is a valid field for the API entity types of
     * <code>METHOD</code> , <code>PATH_PARAMETER</code> , <code>QUERY_PARAMETER</code> ,
     * <code>REQUEST_HEADER</code> , <code>REQUEST_BODY</code> , <code>RESPONSE</code> ,
     * <code>RESPONSE_HEADER</code> , and <code>RESPONSE_BODY</code> . The default value is
     * <code>*</code> for any method. When an applicable child entity inherits the content of an
     * entity of the same type with more general specifications of the other <code>location</code>
     * attributes, the child entity's <code>method</code> attribute must match that of the parent
     * entity exactly.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Method}.
     */
    public Location method(String value) {
      return set("Method", Value.of(value));
    }

    /** Sets {@code Method} to this value; see {@link #method(String)}. */
    public Location method(Value<String> value) {
      return set("Method", value);
    }

    /**
     * The name of the targeted API entity. It is a valid and required field for the API entity
     * types of <code>AUTHORIZER</code> , <code>MODEL</code> , <code>PATH_PARAMETER</code> ,
     * <code>QUERY_PARAMETER</code> , <code>REQUEST_HEADER</code> , <code>REQUEST_BODY</code> and
     * <code>RESPONSE_HEADER</code> . It is an invalid field for any other entity type.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public Location name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Location name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The URL path of the target. It is a valid field for the API entity types of
     * <code>RESOURCE</code> , <code>METHOD</code> , <code>PATH_PARAMETER</code> ,
     * <code>QUERY_PARAMETER</code> , <code>REQUEST_HEADER</code> , <code>REQUEST_BODY</code> ,
     * <code>RESPONSE</code> , <code>RESPONSE_HEADER</code> , and <code>RESPONSE_BODY</code> . The
     * default value is <code>/</code> for the root resource. When an applicable child entity
     * inherits the content of another entity of the same type with more general specifications of
     * the other <code>location</code> attributes, the child entity's <code>path</code> attribute
     * must match that of the parent entity as a prefix.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Path}.
     */
    public Location path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public Location path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The HTTP status code of a response. It is a valid field for the API entity types of
     * <code>RESPONSE</code> , <code>RESPONSE_HEADER</code> , and <code>RESPONSE_BODY</code> . The
     * default value is <code>*</code> for any status code. When an applicable child entity inherits
     * the content of an entity of the same type with more general specifications of the other
     * <code>location</code> attributes, the child entity's <code>statusCode</code> attribute must
     * match that of the parent entity exactly.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StatusCode}.
     */
    public Location statusCode(String value) {
      return set("StatusCode", Value.of(value));
    }

    /** Sets {@code StatusCode} to this value; see {@link #statusCode(String)}. */
    public Location statusCode(Value<String> value) {
      return set("StatusCode", value);
    }

    /**
     * The type of API entity to which the documentation content applies. Valid values are
     * <code>API</code> , <code>AUTHORIZER</code> , <code>MODEL</code> , <code>RESOURCE</code> ,
     * <code>METHOD</code> , <code>PATH_PARAMETER</code> , <code>QUERY_PARAMETER</code> ,
     * <code>REQUEST_HEADER</code> , <code>REQUEST_BODY</code> , <code>RESPONSE</code> ,
     * <code>RESPONSE_HEADER</code> , and <code>RESPONSE_BODY</code> . Content inheritance does not
     * apply to any entity of the <code>API</code> , <code>AUTHORIZER</code> , <code>METHOD</code> ,
     * <code>MODEL</code> , <code>REQUEST_BODY</code> , or <code>RESOURCE</code> type.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code API}, {@code AUTHORIZER}, {@code
     * MODEL}, {@code RESOURCE}, {@code METHOD}, {@code PATH_PARAMETER}, {@code QUERY_PARAMETER},
     * {@code REQUEST_HEADER}, {@code REQUEST_BODY}, {@code RESPONSE}, {@code RESPONSE_HEADER},
     * {@code RESPONSE_BODY}. CloudFormation property {@code Type}.
     */
    public Location type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Location type(Value<String> value) {
      return set("Type", value);
    }
  }
}
