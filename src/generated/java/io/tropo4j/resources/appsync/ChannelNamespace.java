// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appsync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AppSync::ChannelNamespace</code> resource creates a channel namespace associated
 * with an <code>Api</code> . The <code>ChannelNamespace</code> contains the definitions for code
 * handlers for the <code>Api</code> .
 *
 * <p>CloudFormation type {@code AWS::AppSync::ChannelNamespace}.
 */
public final class ChannelNamespace extends Resource<ChannelNamespace> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppSync::ChannelNamespace")
      .required("ApiId", "Name")
      .constrain("CodeHandlers", Constraint.of().minLength(1).maxLength(32768))
      .constrain("Name", Constraint.of().pattern("([A-Za-z0-9](?:[A-Za-z0-9\\-]{0,48}[A-Za-z0-9])?)").minLength(1).maxLength(50))
      .refYields("ChannelNamespaceArn")
      .attributes("ChannelNamespaceArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ChannelNamespace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The <code>Api</code> ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public ChannelNamespace apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public ChannelNamespace apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * The event handler functions that run custom business logic to process published events and
   * subscribe requests.
   *
   * <p>Length: 1 to 32768 characters. CloudFormation property {@code CodeHandlers}.
   */
  public ChannelNamespace codeHandlers(String value) {
    return set("CodeHandlers", Value.of(value));
  }

  /** Sets {@code CodeHandlers} to this value; see {@link #codeHandlers(String)}. */
  public ChannelNamespace codeHandlers(Value<String> value) {
    return set("CodeHandlers", value);
  }

  /**
   * The Amazon S3 endpoint where the code is located.
   *
   * <p>CloudFormation property {@code CodeS3Location}.
   */
  public ChannelNamespace codeS3Location(String value) {
    return set("CodeS3Location", Value.of(value));
  }

  /** Sets {@code CodeS3Location} to this value; see {@link #codeS3Location(String)}. */
  public ChannelNamespace codeS3Location(Value<String> value) {
    return set("CodeS3Location", value);
  }

  /**
   * The configuration for the <code>OnPublish</code> and <code>OnSubscribe</code> handlers.
   *
   * <p>CloudFormation property {@code HandlerConfigs}.
   */
  public ChannelNamespace handlerConfigs(Value<HandlerConfigs> value) {
    return set("HandlerConfigs", value);
  }

  /**
   * The name of the channel namespace. This name must be unique within the <code>Api</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 50 characters. Pattern: {@code
   * ([A-Za-z0-9](?:[A-Za-z0-9&#92;-]{0,48}[A-Za-z0-9])?)}. CloudFormation property {@code Name}.
   */
  public ChannelNamespace name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ChannelNamespace name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The authorization mode to use for publishing messages on the channel namespace. This
   * configuration overrides the default <code>Api</code> authorization configuration.
   *
   * <p>CloudFormation property {@code PublishAuthModes}.
   */
  public ChannelNamespace publishAuthModes(List<AuthMode> value) {
    return set("PublishAuthModes", Value.listOf(value));
  }

  /** Sets {@code PublishAuthModes} to this value; see {@link #publishAuthModes(List)}. */
  public ChannelNamespace publishAuthModes(Value<List<AuthMode>> value) {
    return set("PublishAuthModes", value);
  }

  /** Sets {@code PublishAuthModes} to a list of these; see {@link #publishAuthModes(List)}. */
  public ChannelNamespace publishAuthModes(AuthMode... values) {
    return set("PublishAuthModes", Value.list(values));
  }

  /**
   * The authorization mode to use for subscribing to messages on the channel namespace. This
   * configuration overrides the default <code>Api</code> authorization configuration.
   *
   * <p>CloudFormation property {@code SubscribeAuthModes}.
   */
  public ChannelNamespace subscribeAuthModes(List<AuthMode> value) {
    return set("SubscribeAuthModes", Value.listOf(value));
  }

  /** Sets {@code SubscribeAuthModes} to this value; see {@link #subscribeAuthModes(List)}. */
  public ChannelNamespace subscribeAuthModes(Value<List<AuthMode>> value) {
    return set("SubscribeAuthModes", value);
  }

  /** Sets {@code SubscribeAuthModes} to a list of these; see {@link #subscribeAuthModes(List)}. */
  public ChannelNamespace subscribeAuthModes(AuthMode... values) {
    return set("SubscribeAuthModes", Value.list(values));
  }

  /**
   * A set of tags (key-value pairs) for this channel namespace.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ChannelNamespace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ChannelNamespace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ChannelNamespace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the channel namespace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChannelNamespaceArn}.
   */
  public Value<String> channelNamespaceArn() {
    return getAtt("ChannelNamespaceArn");
  }

  /**
   * Describes an authorization configuration. Use <code>AuthMode</code> to specify the publishing
   * and subscription authorization configuration for an Event API.
   *
   * <p>Property type {@code AWS::AppSync::ChannelNamespace.AuthMode}.
   */
  public static final class AuthMode extends Struct<AuthMode> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::ChannelNamespace.AuthMode")
        .allowed("AuthType", "AMAZON_COGNITO_USER_POOLS", "AWS_IAM", "API_KEY", "OPENID_CONNECT",
            "AWS_LAMBDA")
        .build();

    public AuthMode() {
      super(SCHEMA);
    }

    /**
     * The authorization type.
     *
     * <p>Allowed values: {@code AMAZON_COGNITO_USER_POOLS}, {@code AWS_IAM}, {@code API_KEY},
     * {@code OPENID_CONNECT}, {@code AWS_LAMBDA}. CloudFormation property {@code AuthType}.
     */
    public AuthMode authType(String value) {
      return set("AuthType", Value.of(value));
    }

    /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
    public AuthMode authType(Value<String> value) {
      return set("AuthType", value);
    }
  }

  /**
   * The <code>HandlerConfig</code> property type specifies the configuration for the handler.
   *
   * <p>Property type {@code AWS::AppSync::ChannelNamespace.HandlerConfig}.
   */
  public static final class HandlerConfig extends Struct<HandlerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::ChannelNamespace.HandlerConfig")
        .required("Behavior", "Integration")
        .allowed("Behavior", "CODE", "DIRECT")
        .build();

    public HandlerConfig() {
      super(SCHEMA);
    }

    /**
     * The behavior for the handler.
     *
     * <p>Required. Allowed values: {@code CODE}, {@code DIRECT}. CloudFormation property {@code
     * Behavior}.
     */
    public HandlerConfig behavior(String value) {
      return set("Behavior", Value.of(value));
    }

    /** Sets {@code Behavior} to this value; see {@link #behavior(String)}. */
    public HandlerConfig behavior(Value<String> value) {
      return set("Behavior", value);
    }

    /**
     * The integration data source configuration for the handler.
     *
     * <p>Required. CloudFormation property {@code Integration}.
     */
    public HandlerConfig integration(Value<Integration> value) {
      return set("Integration", value);
    }
  }

  /**
   * The <code>HandlerConfigs</code> property type specifies the configuration for the
   * <code>OnPublish</code> and <code>OnSubscribe</code> handlers.
   *
   * <p>Property type {@code AWS::AppSync::ChannelNamespace.HandlerConfigs}.
   */
  public static final class HandlerConfigs extends Struct<HandlerConfigs> {
    private static final Schema SCHEMA = Schema.of("AWS::AppSync::ChannelNamespace.HandlerConfigs");

    public HandlerConfigs() {
      super(SCHEMA);
    }

    /**
     * The configuration for the <code>OnPublish</code> handler.
     *
     * <p>CloudFormation property {@code OnPublish}.
     */
    public HandlerConfigs onPublish(Value<HandlerConfig> value) {
      return set("OnPublish", value);
    }

    /**
     * The configuration for the <code>OnSubscribe</code> handler.
     *
     * <p>CloudFormation property {@code OnSubscribe}.
     */
    public HandlerConfigs onSubscribe(Value<HandlerConfig> value) {
      return set("OnSubscribe", value);
    }
  }

  /**
   * The <code>Integration</code> property type specifies the integration data source configuration
   * for the handler.
   *
   * <p>Property type {@code AWS::AppSync::ChannelNamespace.Integration}.
   */
  public static final class Integration extends Struct<Integration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::ChannelNamespace.Integration")
        .required("DataSourceName")
        .constrain("DataSourceName", Constraint.of().pattern("([_A-Za-z][_0-9A-Za-z]{0,511})?").minLength(1).maxLength(512))
        .build();

    public Integration() {
      super(SCHEMA);
    }

    /**
     * The unique name of the data source that has been configured on the API.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ([_A-Za-z][_0-9A-Za-z]{0,511})?}.
     * CloudFormation property {@code DataSourceName}.
     */
    public Integration dataSourceName(String value) {
      return set("DataSourceName", Value.of(value));
    }

    /** Sets {@code DataSourceName} to this value; see {@link #dataSourceName(String)}. */
    public Integration dataSourceName(Value<String> value) {
      return set("DataSourceName", value);
    }

    /**
     * The configuration for a Lambda data source.
     *
     * <p>CloudFormation property {@code LambdaConfig}.
     */
    public Integration lambdaConfig(Value<LambdaConfig> value) {
      return set("LambdaConfig", value);
    }
  }

  /**
   * The <code>LambdaConfig</code> property type specifies the integration configuration for a
   * Lambda data source.
   *
   * <p>Property type {@code AWS::AppSync::ChannelNamespace.LambdaConfig}.
   */
  public static final class LambdaConfig extends Struct<LambdaConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppSync::ChannelNamespace.LambdaConfig")
        .required("InvokeType")
        .allowed("InvokeType", "REQUEST_RESPONSE", "EVENT")
        .build();

    public LambdaConfig() {
      super(SCHEMA);
    }

    /**
     * The invocation type for a Lambda data source.
     *
     * <p>Required. Allowed values: {@code REQUEST_RESPONSE}, {@code EVENT}. CloudFormation property
     * {@code InvokeType}.
     */
    public LambdaConfig invokeType(String value) {
      return set("InvokeType", Value.of(value));
    }

    /** Sets {@code InvokeType} to this value; see {@link #invokeType(String)}. */
    public LambdaConfig invokeType(Value<String> value) {
      return set("InvokeType", value);
    }
  }
}
