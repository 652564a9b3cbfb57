// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Lambda::Alias</code> resource creates an <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html">alias</a> for a
 * Lambda function version. Use aliases to provide clients with a function identifier that you can
 * update to invoke a different version.
 *
 * <p>You can also map an alias to split invocation requests between two versions. Use the
 * <code>RoutingConfig</code> parameter to specify a second version and the percentage of invocation
 * requests that it receives.
 *
 * <p>CloudFormation type {@code AWS::Lambda::Alias}.
 */
public final class Alias extends Resource<Alias> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Alias")
      .required("FunctionName", "FunctionVersion", "Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .references("FunctionName", "AWS::Lambda::Function.Ref")
      .constrain("FunctionVersion", Constraint.of().pattern("^(\\$LATEST(\\.PUBLISHED)?|[0-9]*)$").minLength(0).maxLength(1024))
      .references("FunctionVersion", "AWS::Lambda::Version.Version")
      .constrain("Name", Constraint.of().pattern("^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$").minLength(1).maxLength(128))
      .refYields("AliasArn")
      .attributes("AliasArn")
      .build();

  public Alias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the alias.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
   */
  public Alias description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Alias description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name or ARN of the Lambda function.
   *
   * <p><b>Name formats</b> - <em>Function name</em> - <code>MyFunction</code> .
   *
   * <ul> <li><em>Function ARN</em> -
   * <code>arn:aws:lambda:us-west-2:123456789012:function:MyFunction</code> . <li><em>Partial
   * ARN</em> - <code>123456789012:function:MyFunction</code> . </ul>
   *
   * <p>The length constraint applies only to the full ARN. If you specify only the function name,
   * it is limited to 64 characters in length.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code FunctionName}.
   */
  public Alias functionName(String value) {
    return set("FunctionName", Value.of(value));
  }

  /** Sets {@code FunctionName} to this value; see {@link #functionName(String)}. */
  public Alias functionName(Value<String> value) {
    return set("FunctionName", value);
  }

  /**
   * Sets {@code FunctionName} to the Ref of {@code AWS::Lambda::Function}; see {@link
   * #functionName(String)}.
   */
  public Alias functionName(Function resource) {
    return set("FunctionName", resource.ref());
  }

  /**
   * The function version that the alias invokes.
   *
   * <p>Required. Length: 0 to 1024 characters. Pattern: {@code
   * ^(&#92;$LATEST(&#92;.PUBLISHED)?|[0-9]*)$}. CloudFormation property {@code FunctionVersion}.
   */
  public Alias functionVersion(String value) {
    return set("FunctionVersion", Value.of(value));
  }

  /** Sets {@code FunctionVersion} to this value; see {@link #functionVersion(String)}. */
  public Alias functionVersion(Value<String> value) {
    return set("FunctionVersion", value);
  }

  /**
   * Sets {@code FunctionVersion} to the Version of {@code AWS::Lambda::Version}; see {@link
   * #functionVersion(String)}.
   */
  public Alias functionVersion(Version resource) {
    return set("FunctionVersion", resource.version());
  }

  /**
   * The name of the alias.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$}. CloudFormation property {@code Name}.
   */
  public Alias name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Alias name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies a <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html">provisioned
   * concurrency</a> configuration for a function's alias.
   *
   * <p>CloudFormation property {@code ProvisionedConcurrencyConfig}.
   */
  public Alias provisionedConcurrencyConfig(Value<ProvisionedConcurrencyConfiguration> value) {
    return set("ProvisionedConcurrencyConfig", value);
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html">routing
   * configuration</a> of the alias.
   *
   * <p>CloudFormation property {@code RoutingConfig}.
   */
  public Alias routingConfig(Value<AliasRoutingConfiguration> value) {
    return set("RoutingConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the alias.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AliasArn}.
   */
  public Value<String> aliasArn() {
    return getAtt("AliasArn");
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html">traffic-shifting</a>
   * configuration of a Lambda function alias.
   *
   * <p>Property type {@code AWS::Lambda::Alias.AliasRoutingConfiguration}.
   */
  public static final class AliasRoutingConfiguration extends Struct<AliasRoutingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Lambda::Alias.AliasRoutingConfiguration");

    public AliasRoutingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The second version, and the percentage of traffic that's routed to it.
     *
     * <p>CloudFormation property {@code AdditionalVersionWeights}.
     */
    public AliasRoutingConfiguration additionalVersionWeights(List<VersionWeight> value) {
      return set("AdditionalVersionWeights", Value.listOf(value));
    }

    /**
     * Sets {@code AdditionalVersionWeights} to this value; see {@link
     * #additionalVersionWeights(List)}.
     */
    public AliasRoutingConfiguration additionalVersionWeights(Value<List<VersionWeight>> value) {
      return set("AdditionalVersionWeights", value);
    }

    /**
     * Sets {@code AdditionalVersionWeights} to a list of these; see {@link
     * #additionalVersionWeights(List)}.
     */
    public AliasRoutingConfiguration additionalVersionWeights(VersionWeight... values) {
      return set("AdditionalVersionWeights", Value.list(values));
    }
  }

  /**
   * A provisioned concurrency configuration for a function's alias.
   *
   * <p>Property type {@code AWS::Lambda::Alias.ProvisionedConcurrencyConfiguration}.
   */
  public static final class ProvisionedConcurrencyConfiguration extends Struct<ProvisionedConcurrencyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Alias.ProvisionedConcurrencyConfiguration")
        .required("ProvisionedConcurrentExecutions")
        .build();

    public ProvisionedConcurrencyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The amount of provisioned concurrency to allocate for the alias.
     *
     * <p>Required. CloudFormation property {@code ProvisionedConcurrentExecutions}.
     */
    public ProvisionedConcurrencyConfiguration provisionedConcurrentExecutions(int value) {
      return set("ProvisionedConcurrentExecutions", Value.of(value));
    }

    /**
     * Sets {@code ProvisionedConcurrentExecutions} to this value; see {@link
     * #provisionedConcurrentExecutions(int)}.
     */
    public ProvisionedConcurrencyConfiguration provisionedConcurrentExecutions(Value<Integer> value) {
      return set("ProvisionedConcurrentExecutions", value);
    }
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html">traffic-shifting</a>
   * configuration of a Lambda function alias.
   *
   * <p>Property type {@code AWS::Lambda::Alias.VersionWeight}.
   */
  public static final class VersionWeight extends Struct<VersionWeight> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Alias.VersionWeight")
        .required("FunctionVersion", "FunctionWeight")
        .build();

    public VersionWeight() {
      super(SCHEMA);
    }

    /**
     * The qualifier of the second version.
     *
     * <p>Required. CloudFormation property {@code FunctionVersion}.
     */
    public VersionWeight functionVersion(String value) {
      return set("FunctionVersion", Value.of(value));
    }

    /** Sets {@code FunctionVersion} to this value; see {@link #functionVersion(String)}. */
    public VersionWeight functionVersion(Value<String> value) {
      return set("FunctionVersion", value);
    }

    /**
     * The percentage of traffic that the alias routes to the second version.
     *
     * <p>Required. CloudFormation property {@code FunctionWeight}.
     */
    public VersionWeight functionWeight(double value) {
      return set("FunctionWeight", Value.of(value));
    }

    /** Sets {@code FunctionWeight} to this value; see {@link #functionWeight(double)}. */
    public VersionWeight functionWeight(Value<Double> value) {
      return set("FunctionWeight", value);
    }
  }
}
