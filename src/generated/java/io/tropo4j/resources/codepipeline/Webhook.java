// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codepipeline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::CodePipeline::Webhook</code> resource creates and registers your webhook. After
 * the webhook is created and registered, it triggers your pipeline to start every time an external
 * event occurs. For more information, see <a
 * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/update-change-detection.html">Migrate
 * polling pipelines to use event-based change detection</a> in the <em>AWS CodePipeline User
 * Guide</em> .
 *
 * <p>We strongly recommend that you use AWS Secrets Manager to store your credentials. If you use
 * Secrets Manager, you must have already configured and stored your secret parameters in Secrets
 * Manager. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html#dynamic-references-secretsmanager">Using
 * Dynamic References to Specify Template Values</a> .
 *
 * <p>When passing secret parameters, do not enter the value directly into the template. The value
 * is rendered as plaintext and is therefore readable. For security reasons, do not use plaintext in
 * your AWS CloudFormation template to store your credentials.
 *
 * <p>CloudFormation type {@code AWS::CodePipeline::Webhook}.
 */
public final class Webhook extends Resource<Webhook> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Webhook")
      .required("Authentication", "AuthenticationConfiguration", "Filters", "TargetAction",
          "TargetPipeline")
      .allowed("Authentication", "GITHUB_HMAC", "IP", "UNAUTHENTICATED")
      .constrain("Name", Constraint.of().pattern("[A-Za-z0-9.@\\-_]+").minLength(1).maxLength(100))
      .constrain("TargetAction", Constraint.of().pattern("[A-Za-z0-9.@\\-_]+").minLength(1).maxLength(100))
      .constrain("TargetPipeline", Constraint.of().pattern("[A-Za-z0-9.@\\-_]+").minLength(1).maxLength(100))
      .refYields("Name")
      .attributes("Id", "Url")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Webhook(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Supported options are GITHUB_HMAC, IP, and UNAUTHENTICATED.
   *
   * <p>When creating CodePipeline webhooks, do not use your own credentials or reuse the same
   * secret token across multiple webhooks. For optimal security, generate a unique secret token for
   * each webhook you create. The secret token is an arbitrary string that you provide, which GitHub
   * uses to compute and sign the webhook payloads sent to CodePipeline, for protecting the
   * integrity and authenticity of the webhook payloads. Using your own credentials or reusing the
   * same token across multiple webhooks can lead to security vulnerabilities. &gt; If a secret
   * token was provided, it will be redacted in the response.
   *
   * <ul> <li>For information about the authentication scheme implemented by GITHUB_HMAC, see <a
   * href="https://docs.aws.amazon.com/https://developer.github.com/webhooks/securing/">Securing
   * your webhooks</a> on the GitHub Developer website. <li>IP rejects webhooks trigger requests
   * unless they originate from an IP address in the IP range whitelisted in the authentication
   * configuration. <li>UNAUTHENTICATED accepts all webhook trigger requests regardless of origin.
   * </ul>
   *
   * <p>Required. Allowed values: {@code GITHUB_HMAC}, {@code IP}, {@code UNAUTHENTICATED}.
   * CloudFormation property {@code Authentication}.
   */
  public Webhook authentication(String value) {
    return set("Authentication", Value.of(value));
  }

  /** Sets {@code Authentication} to this value; see {@link #authentication(String)}. */
  public Webhook authentication(Value<String> value) {
    return set("Authentication", value);
  }

  /**
   * Properties that configure the authentication applied to incoming webhook trigger requests. The
   * required properties depend on the authentication type. For GITHUB_HMAC, only the
   * <code>SecretToken</code> property must be set. For IP, only the <code>AllowedIPRange</code>
   * property must be set to a valid CIDR range. For UNAUTHENTICATED, no properties can be set.
   *
   * <p>Required. CloudFormation property {@code AuthenticationConfiguration}.
   */
  public Webhook authenticationConfiguration(Value<WebhookAuthConfiguration> value) {
    return set("AuthenticationConfiguration", value);
  }

  /**
   * A list of rules applied to the body/payload sent in the POST request to a webhook URL. All
   * defined rules must pass for the request to be accepted and the pipeline started.
   *
   * <p>Required. CloudFormation property {@code Filters}.
   */
  public Webhook filters(List<WebhookFilterRule> value) {
    return set("Filters", Value.listOf(value));
  }

  /** Sets {@code Filters} to this value; see {@link #filters(List)}. */
  public Webhook filters(Value<List<WebhookFilterRule>> value) {
    return set("Filters", value);
  }

  /** Sets {@code Filters} to a list of these; see {@link #filters(List)}. */
  public Webhook filters(WebhookFilterRule... values) {
    return set("Filters", Value.list(values));
  }

  /**
   * The name of the webhook.
   *
   * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * [A-Za-z0-9.&#64;&#92;-_]+}. CloudFormation property {@code Name}.
   */
  public Webhook name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Webhook name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Configures a connection between the webhook that was created and the external tool with events
   * to be detected.
   *
   * <p>CloudFormation property {@code RegisterWithThirdParty}.
   */
  public Webhook registerWithThirdParty(boolean value) {
    return set("RegisterWithThirdParty", Value.of(value));
  }

  /**
   * Sets {@code RegisterWithThirdParty} to this value; see {@link
   * #registerWithThirdParty(boolean)}.
   */
  public Webhook registerWithThirdParty(Value<Boolean> value) {
    return set("RegisterWithThirdParty", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Webhook tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Webhook tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Webhook tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the action in a pipeline you want to connect to the webhook. The action must be
   * from the source (first) stage of the pipeline.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code [A-Za-z0-9.&#64;&#92;-_]+}.
   * CloudFormation property {@code TargetAction}.
   */
  public Webhook targetAction(String value) {
    return set("TargetAction", Value.of(value));
  }

  /** Sets {@code TargetAction} to this value; see {@link #targetAction(String)}. */
  public Webhook targetAction(Value<String> value) {
    return set("TargetAction", value);
  }

  /**
   * The name of the pipeline you want to connect to the webhook.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code [A-Za-z0-9.&#64;&#92;-_]+}.
   * CloudFormation property {@code TargetPipeline}.
   */
  public Webhook targetPipeline(String value) {
    return set("TargetPipeline", Value.of(value));
  }

  /** Sets {@code TargetPipeline} to this value; see {@link #targetPipeline(String)}. */
  public Webhook targetPipeline(Value<String> value) {
    return set("TargetPipeline", value);
  }

  /**
   * The version number of the pipeline to be connected to the trigger request.
   *
   * <p>Required: Yes
   *
   * <p>Type: Integer
   *
   * <p>Update requires: <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-no-interrupt">No
   * interruption</a>
   *
   * <p>CloudFormation property {@code TargetPipelineVersion}.
   */
  public Webhook targetPipelineVersion(int value) {
    return set("TargetPipelineVersion", Value.of(value));
  }

  /** Sets {@code TargetPipelineVersion} to this value; see {@link #targetPipelineVersion(int)}. */
  public Webhook targetPipelineVersion(Value<Integer> value) {
    return set("TargetPipelineVersion", value);
  }

  /**
   * logical id of the webhook
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The webhook URL generated by AWS CodePipeline , such as
   * <code>https://eu-central-1.webhooks.aws/trigger123456</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Url}.
   */
  public Value<String> url() {
    return getAtt("Url");
  }

  /**
   * The authentication applied to incoming webhook trigger requests.
   *
   * <p>Property type {@code AWS::CodePipeline::Webhook.WebhookAuthConfiguration}.
   */
  public static final class WebhookAuthConfiguration extends Struct<WebhookAuthConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Webhook.WebhookAuthConfiguration")
        .constrain("AllowedIPRange", Constraint.of().minLength(1).maxLength(100))
        .constrain("SecretToken", Constraint.of().minLength(1).maxLength(100))
        .build();

    public WebhookAuthConfiguration() {
      super(SCHEMA);
    }

    /**
     * The property used to configure acceptance of webhooks in an IP address range. For IP, only
     * the <code>AllowedIPRange</code> property must be set. This property must be set to a valid
     * CIDR range.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code AllowedIPRange}.
     */
    public WebhookAuthConfiguration allowedIPRange(String value) {
      return set("AllowedIPRange", Value.of(value));
    }

    /** Sets {@code AllowedIPRange} to this value; see {@link #allowedIPRange(String)}. */
    public WebhookAuthConfiguration allowedIPRange(Value<String> value) {
      return set("AllowedIPRange", value);
    }

    /**
     * The property used to configure GitHub authentication. For GITHUB_HMAC, only the
     * <code>SecretToken</code> property must be set.
     *
     * <p>When creating CodePipeline webhooks, do not use your own credentials or reuse the same
     * secret token across multiple webhooks. For optimal security, generate a unique secret token
     * for each webhook you create. The secret token is an arbitrary string that you provide, which
     * GitHub uses to compute and sign the webhook payloads sent to CodePipeline, for protecting the
     * integrity and authenticity of the webhook payloads. Using your own credentials or reusing the
     * same token across multiple webhooks can lead to security vulnerabilities. &gt; If a secret
     * token was provided, it will be redacted in the response.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code SecretToken}.
     */
    public WebhookAuthConfiguration secretToken(String value) {
      return set("SecretToken", Value.of(value));
    }

    /** Sets {@code SecretToken} to this value; see {@link #secretToken(String)}. */
    public WebhookAuthConfiguration secretToken(Value<String> value) {
      return set("SecretToken", value);
    }
  }

  /**
   * The event criteria that specify when a webhook notification is sent to your URL.
   *
   * <p>Property type {@code AWS::CodePipeline::Webhook.WebhookFilterRule}.
   */
  public static final class WebhookFilterRule extends Struct<WebhookFilterRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::CodePipeline::Webhook.WebhookFilterRule")
        .required("JsonPath")
        .constrain("JsonPath", Constraint.of().minLength(1).maxLength(150))
        .constrain("MatchEquals", Constraint.of().minLength(1).maxLength(150))
        .build();

    public WebhookFilterRule() {
      super(SCHEMA);
    }

    /**
     * A JsonPath expression that is applied to the body/payload of the webhook. The value selected
     * by the JsonPath expression must match the value specified in the <code>MatchEquals</code>
     * field. Otherwise, the request is ignored. For more information, see <a
     * href="https://docs.aws.amazon.com/https://github.com/json-path/JsonPath">Java JsonPath
     * implementation</a> in GitHub.
     *
     * <p>Required. Length: 1 to 150 characters. CloudFormation property {@code JsonPath}.
     */
    public WebhookFilterRule jsonPath(String value) {
      return set("JsonPath", Value.of(value));
    }

    /** Sets {@code JsonPath} to this value; see {@link #jsonPath(String)}. */
    public WebhookFilterRule jsonPath(Value<String> value) {
      return set("JsonPath", value);
    }

    /**
     * The value selected by the <code>JsonPath</code> expression must match what is supplied in the
     * <code>MatchEquals</code> field. Otherwise, the request is ignored. Properties from the target
     * action configuration can be included as placeholders in this value by surrounding the action
     * configuration key with curly brackets. For example, if the value supplied here is
     * "refs/heads/{Branch}" and the target action has an action configuration property called
     * "Branch" with a value of "main", the <code>MatchEquals</code> value is evaluated as
     * "refs/heads/main". For a list of action configuration properties for built-in action types,
     * see <a
     * href="https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-pipeline-structure.html#action-requirements">Pipeline
     * Structure Reference Action Requirements</a> .
     *
     * <p>Length: 1 to 150 characters. CloudFormation property {@code MatchEquals}.
     */
    public WebhookFilterRule matchEquals(String value) {
      return set("MatchEquals", Value.of(value));
    }

    /** Sets {@code MatchEquals} to this value; see {@link #matchEquals(String)}. */
    public WebhookFilterRule matchEquals(Value<String> value) {
      return set("MatchEquals", value);
    }
  }
}
