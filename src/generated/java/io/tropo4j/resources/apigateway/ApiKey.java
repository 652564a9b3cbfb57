// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ApiGateway::ApiKey</code> resource creates a unique key that you can distribute to
 * clients who are executing API Gateway <code>Method</code> resources that require an API key. To
 * specify which API key clients must use, map the API key with the <code>RestApi</code> and
 * <code>Stage</code> resources that include the methods that require a key.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::ApiKey}.
 */
public final class ApiKey extends Resource<ApiKey> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::ApiKey")
      .refYields("APIKeyId")
      .attributes("APIKeyId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ApiKey(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An AWS Marketplace customer identifier, when integrating with the AWS SaaS Marketplace.
   *
   * <p>CloudFormation property {@code CustomerId}.
   */
  public ApiKey customerId(String value) {
    return set("CustomerId", Value.of(value));
  }

  /** Sets {@code CustomerId} to this value; see {@link #customerId(String)}. */
  public ApiKey customerId(Value<String> value) {
    return set("CustomerId", value);
  }

  /**
   * The description of the ApiKey.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public ApiKey description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ApiKey description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies whether the ApiKey can be used by callers.
   *
   * <p>Default: {@code false}. CloudFormation property {@code Enabled}.
   */
  public ApiKey enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public ApiKey enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * Specifies whether ( <code>true</code> ) or not ( <code>false</code> ) the key identifier is
   * distinct from the created API key value. This parameter is deprecated and should not be used.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code GenerateDistinctId}.
   */
  public ApiKey generateDistinctId(boolean value) {
    return set("GenerateDistinctId", Value.of(value));
  }

  /** Sets {@code GenerateDistinctId} to this value; see {@link #generateDistinctId(boolean)}. */
  public ApiKey generateDistinctId(Value<Boolean> value) {
    return set("GenerateDistinctId", value);
  }

  /**
   * A name for the API key. If you don't specify a name, CloudFormation generates a unique physical
   * ID and uses that ID for the API key name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public ApiKey name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ApiKey name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * DEPRECATED FOR USAGE PLANS - Specifies stages associated with the API key.
   *
   * <p>CloudFormation property {@code StageKeys}.
   */
  public ApiKey stageKeys(List<StageKey> value) {
    return set("StageKeys", Value.listOf(value));
  }

  /** Sets {@code StageKeys} to this value; see {@link #stageKeys(List)}. */
  public ApiKey stageKeys(Value<List<StageKey>> value) {
    return set("StageKeys", value);
  }

  /** Sets {@code StageKeys} to a list of these; see {@link #stageKeys(List)}. */
  public ApiKey stageKeys(StageKey... values) {
    return set("StageKeys", Value.list(values));
  }

  /**
   * The key-value map of strings. The valid character set is [a-zA-Z+-=._:/]. The tag key can be up
   * to 128 characters and must not start with <code>aws:</code> . The tag value can be up to 256
   * characters.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ApiKey tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ApiKey tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ApiKey tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies a value of the API key.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Value}.
   */
  public ApiKey value(String value) {
    return set("Value", Value.of(value));
  }

  /** Sets {@code Value} to this value; see {@link #value(String)}. */
  public ApiKey value(Value<String> value) {
    return set("Value", value);
  }

  /**
   * The ID for the API key. For example: <code>abc123</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code APIKeyId}.
   */
  public Value<String> apiKeyId() {
    return getAtt("APIKeyId");
  }

  /**
   * <code>StageKey</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-apikey.html">AWS::ApiGateway::ApiKey</a>
   * resource that specifies the stage to associate with the API key. This association allows only
   * clients with the key to make requests to methods in that stage.
   *
   * <p>Property type {@code AWS::ApiGateway::ApiKey.StageKey}.
   */
  public static final class StageKey extends Struct<StageKey> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::ApiKey.StageKey")
        .references("RestApiId", "AWS::ApiGateway::RestApi.Ref")
        .references("StageName", "AWS::ApiGateway::Stage.Ref")
        .build();

    public StageKey() {
      super(SCHEMA);
    }

    /**
     * The string identifier of the associated RestApi.
     *
     * <p>CloudFormation property {@code RestApiId}.
     */
    public StageKey restApiId(String value) {
      return set("RestApiId", Value.of(value));
    }

    /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
    public StageKey restApiId(Value<String> value) {
      return set("RestApiId", value);
    }

    /**
     * Sets {@code RestApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
     * #restApiId(String)}.
     */
    public StageKey restApiId(RestApi resource) {
      return set("RestApiId", resource.ref());
    }

    /**
     * The stage name associated with the stage key.
     *
     * <p>CloudFormation property {@code StageName}.
     */
    public StageKey stageName(String value) {
      return set("StageName", Value.of(value));
    }

    /** Sets {@code StageName} to this value; see {@link #stageName(String)}. */
    public StageKey stageName(Value<String> value) {
      return set("StageName", value);
    }

    /**
     * Sets {@code StageName} to the Ref of {@code AWS::ApiGateway::Stage}; see {@link
     * #stageName(String)}.
     */
    public StageKey stageName(Stage resource) {
      return set("StageName", resource.ref());
    }
  }
}
