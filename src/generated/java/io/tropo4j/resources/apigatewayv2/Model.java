// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ApiGatewayV2::Model</code> resource updates data model for a WebSocket API. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html#apigateway-websocket-api-model-selection-expressions">Model
 * Selection Expressions</a> in the <em>API Gateway Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::Model}.
 */
public final class Model extends Resource<Model> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::Model")
      .required("ApiId", "Name", "Schema")
      .references("ApiId", "AWS::ApiGatewayV2::Api.Ref")
      .constrain("Schema", Constraint.of().format("json"))
      .refYields("ModelId")
      .attributes("ModelId")
      .build();

  public Model(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The API identifier.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public Model apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public Model apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Sets {@code ApiId} to the Ref of {@code AWS::ApiGatewayV2::Api}; see {@link #apiId(String)}.
   */
  public Model apiId(Api resource) {
    return set("ApiId", resource.ref());
  }

  /**
   * The content-type for the model, for example, "application/json".
   *
   * <p>CloudFormation property {@code ContentType}.
   */
  public Model contentType(String value) {
    return set("ContentType", Value.of(value));
  }

  /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
  public Model contentType(Value<String> value) {
    return set("ContentType", value);
  }

  /**
   * The description of the model.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Model description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Model description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the model.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public Model name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Model name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The schema for the model. For application/json models, this should be JSON schema draft 4
   * model.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code Schema}.
   */
  public Model schemaProperty(Value<Json> value) {
    return set("Schema", value);
  }

  /**
   * The model ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModelId}.
   */
  public Value<String> modelId() {
    return getAtt("ModelId");
  }
}
