// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents a routing rule. When the incoming request to a domain name matches the conditions for
 * a rule, API Gateway invokes a stage of a target API. Supported only for REST APIs.
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::RoutingRule}.
 */
public final class RoutingRule extends Resource<RoutingRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::RoutingRule")
      .required("Actions", "Conditions", "DomainNameArn", "Priority")
      .constrain("Priority", Constraint.of().minimum(1).maximum(1000000))
      .refYields("RoutingRuleArn")
      .attributes("RoutingRuleArn", "RoutingRuleId")
      .build();

  public RoutingRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The resulting action based on matching a routing rules condition. Only InvokeApi is supported.
   *
   * <p>Required. CloudFormation property {@code Actions}.
   */
  public RoutingRule actions(List<Action> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public RoutingRule actions(Value<List<Action>> value) {
    return set("Actions", value);
  }

  /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
  public RoutingRule actions(Action... values) {
    return set("Actions", Value.list(values));
  }

  /**
   * The conditions of the routing rule.
   *
   * <p>Required. CloudFormation property {@code Conditions}.
   */
  public RoutingRule conditions(List<Condition> value) {
    return set("Conditions", Value.listOf(value));
  }

  /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
  public RoutingRule conditions(Value<List<Condition>> value) {
    return set("Conditions", value);
  }

  /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
  public RoutingRule conditions(Condition... values) {
    return set("Conditions", Value.list(values));
  }

  /**
   * The ARN of the domain name.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DomainNameArn}.
   */
  public RoutingRule domainNameArn(String value) {
    return set("DomainNameArn", Value.of(value));
  }

  /** Sets {@code DomainNameArn} to this value; see {@link #domainNameArn(String)}. */
  public RoutingRule domainNameArn(Value<String> value) {
    return set("DomainNameArn", value);
  }

  /**
   * The order in which API Gateway evaluates a rule. Priority is evaluated from the lowest value to
   * the highest value. Rules can't have the same priority. Priority values 1-1,000,000 are
   * supported.
   *
   * <p>Required. Range: 1 to 1000000. CloudFormation property {@code Priority}.
   */
  public RoutingRule priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public RoutingRule priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /**
   * Represents an Amazon Resource Name (ARN).
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoutingRuleArn}.
   */
  public Value<String> routingRuleArn() {
    return getAtt("RoutingRuleArn");
  }

  /**
   * The identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoutingRuleId}.
   */
  public Value<String> routingRuleId() {
    return getAtt("RoutingRuleId");
  }

  /**
   * Represents a routing rule action. The only supported action is <code>invokeApi</code> .
   *
   * <p>Property type {@code AWS::ApiGatewayV2::RoutingRule.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::RoutingRule.Action")
        .required("InvokeApi")
        .build();

    public Action() {
      super(SCHEMA);
    }

    /**
     * Represents an InvokeApi action.
     *
     * <p>Required. CloudFormation property {@code InvokeApi}.
     */
    public Action invokeApi(Value<ActionInvokeApi> value) {
      return set("InvokeApi", value);
    }
  }

  /**
   * Represents an InvokeApi action.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::RoutingRule.ActionInvokeApi}.
   */
  public static final class ActionInvokeApi extends Struct<ActionInvokeApi> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::RoutingRule.ActionInvokeApi")
        .required("ApiId", "Stage")
        .build();

    public ActionInvokeApi() {
      super(SCHEMA);
    }

    /**
     * The API identifier of the target API.
     *
     * <p>Required. CloudFormation property {@code ApiId}.
     */
    public ActionInvokeApi apiId(String value) {
      return set("ApiId", Value.of(value));
    }

    /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
    public ActionInvokeApi apiId(Value<String> value) {
      return set("ApiId", value);
    }

    /**
     * The name of the target stage.
     *
     * <p>Required. CloudFormation property {@code Stage}.
     */
    public ActionInvokeApi stage(String value) {
      return set("Stage", Value.of(value));
    }

    /** Sets {@code Stage} to this value; see {@link #stage(String)}. */
    public ActionInvokeApi stage(Value<String> value) {
      return set("Stage", value);
    }

    /**
     * The strip base path setting. When true, API Gateway strips the incoming matched base path
     * when forwarding the request to the target API.
     *
     * <p>CloudFormation property {@code StripBasePath}.
     */
    public ActionInvokeApi stripBasePath(boolean value) {
      return set("StripBasePath", Value.of(value));
    }

    /** Sets {@code StripBasePath} to this value; see {@link #stripBasePath(boolean)}. */
    public ActionInvokeApi stripBasePath(Value<Boolean> value) {
      return set("StripBasePath", value);
    }
  }

  /**
   * Represents a condition. Conditions can contain up to two <code>matchHeaders</code> conditions
   * and one <code>matchBasePaths</code> conditions. API Gateway evaluates header conditions and
   * base path conditions together. You can only use AND between header and base path conditions.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::RoutingRule.Condition}.
   */
  public static final class Condition extends Struct<Condition> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::RoutingRule.Condition");

    public Condition() {
      super(SCHEMA);
    }

    /**
     * The base path to be matched.
     *
     * <p>CloudFormation property {@code MatchBasePaths}.
     */
    public Condition matchBasePaths(Value<MatchBasePaths> value) {
      return set("MatchBasePaths", value);
    }

    /**
     * The headers to be matched.
     *
     * <p>CloudFormation property {@code MatchHeaders}.
     */
    public Condition matchHeaders(Value<MatchHeaders> value) {
      return set("MatchHeaders", value);
    }
  }

  /**
   * Represents a <code>MatchBasePaths</code> condition.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::RoutingRule.MatchBasePaths}.
   */
  public static final class MatchBasePaths extends Struct<MatchBasePaths> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::RoutingRule.MatchBasePaths")
        .required("AnyOf")
        .build();

    public MatchBasePaths() {
      super(SCHEMA);
    }

    /**
     * The string of the case sensitive base path to be matched.
     *
     * <p>Required. CloudFormation property {@code AnyOf}.
     */
    public MatchBasePaths anyOf(List<String> value) {
      return set("AnyOf", Value.listOf(value));
    }

    /** Sets {@code AnyOf} to this value; see {@link #anyOf(List)}. */
    public MatchBasePaths anyOf(Value<List<String>> value) {
      return set("AnyOf", value);
    }
  }

  /**
   * Represents a <code>MatchHeaderValue</code> .
   *
   * <p>Property type {@code AWS::ApiGatewayV2::RoutingRule.MatchHeaderValue}.
   */
  public static final class MatchHeaderValue extends Struct<MatchHeaderValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::RoutingRule.MatchHeaderValue")
        .required("Header", "ValueGlob")
        .build();

    public MatchHeaderValue() {
      super(SCHEMA);
    }

    /**
     * The case insensitive header name to be matched. The header name must be less than 40
     * characters and the only allowed characters are <code>a-z</code> , <code>A-Z</code> ,
     * <code>0-9</code> , and the following special characters: <code>*?-!#$%&amp;'.^_</code>|~.` .
     *
     * <p>Required. CloudFormation property {@code Header}.
     */
    public MatchHeaderValue header(String value) {
      return set("Header", Value.of(value));
    }

    /** Sets {@code Header} to this value; see {@link #header(String)}. */
    public MatchHeaderValue header(Value<String> value) {
      return set("Header", value);
    }

    /**
     * The case sensitive header glob value to be matched against entire header value. The header
     * glob value must be less than 128 characters and the only allowed characters are
     * <code>a-z</code> , <code>A-Z</code> , <code>0-9</code> , and the following special
     * characters: <code>*?-!#$%&amp;'.^_</code>|~<code>. Wildcard matching is supported for header
     * glob values but must be for</code><em>prefix-match<code>,</code>suffix-match</em><code>,
     * or</code><em>infix</em>-match` .
     *
     * <p>Required. CloudFormation property {@code ValueGlob}.
     */
    public MatchHeaderValue valueGlob(String value) {
      return set("ValueGlob", Value.of(value));
    }

    /** Sets {@code ValueGlob} to this value; see {@link #valueGlob(String)}. */
    public MatchHeaderValue valueGlob(Value<String> value) {
      return set("ValueGlob", value);
    }
  }

  /**
   * Represents a <code>MatchHeaders</code> condition.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::RoutingRule.MatchHeaders}.
   */
  public static final class MatchHeaders extends Struct<MatchHeaders> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::RoutingRule.MatchHeaders")
        .required("AnyOf")
        .build();

    public MatchHeaders() {
      super(SCHEMA);
    }

    /**
     * The header name and header value glob to be matched. The matchHeaders condition is matched if
     * any of the header name and header value globs are matched.
     *
     * <p>Required. CloudFormation property {@code AnyOf}.
     */
    public MatchHeaders anyOf(List<MatchHeaderValue> value) {
      return set("AnyOf", Value.listOf(value));
    }

    /** Sets {@code AnyOf} to this value; see {@link #anyOf(List)}. */
    public MatchHeaders anyOf(Value<List<MatchHeaderValue>> value) {
      return set("AnyOf", value);
    }

    /** Sets {@code AnyOf} to a list of these; see {@link #anyOf(List)}. */
    public MatchHeaders anyOf(MatchHeaderValue... values) {
      return set("AnyOf", Value.list(values));
    }
  }
}
