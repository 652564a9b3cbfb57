// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wafregional;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This is <em>AWS WAF Classic</em> documentation. For more information, see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/classic-waf-chapter.html">AWS WAF
 * Classic</a> in the developer guide. <em>For the latest version of AWS WAF</em> , use the AWS WAF
 * V2 API and see the <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF Developer
 * Guide</a> . With the latest version, AWS WAF has a single set of endpoints for regional and
 * global use.
 *
 * <p>Contains the <code>Rules</code> that identify the requests that you want to allow, block, or
 * count. In a <code>WebACL</code> , you also specify a default action ( <code>ALLOW</code> or
 * <code>BLOCK</code> ), and the action for each <code>Rule</code> that you add to a
 * <code>WebACL</code> , for example, block requests from specified IP addresses or block requests
 * from specified referrers. If you add more than one <code>Rule</code> to a <code>WebACL</code> , a
 * request needs to match only one of the specifications to be allowed, blocked, or counted.
 *
 * <p>To identify the requests that you want AWS WAF to filter, you associate the
 * <code>WebACL</code> with an API Gateway API or an Application Load Balancer.
 *
 * <p>CloudFormation type {@code AWS::WAFRegional::WebACL}.
 */
public final class WebACL extends Resource<WebACL> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAFRegional::WebACL")
      .required("DefaultAction", "MetricName", "Name")
      .refYields("Id")
      .attributes("Id")
      .build();

  public WebACL(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The action to perform if none of the <code>Rules</code> contained in the <code>WebACL</code>
   * match. The action is specified by the <code>WafAction</code> object.
   *
   * <p>Required. CloudFormation property {@code DefaultAction}.
   */
  public WebACL defaultAction(Value<Action> value) {
    return set("DefaultAction", value);
  }

  /**
   * A name for the metrics for this <code>WebACL</code> . The name can contain only alphanumeric
   * characters (A-Z, a-z, 0-9), with maximum length 128 and minimum length one. It can't contain
   * whitespace or metric names reserved for AWS WAF, including "All" and "Default_Action." You
   * can't change <code>MetricName</code> after you create the <code>WebACL</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MetricName}.
   */
  public WebACL metricName(String value) {
    return set("MetricName", Value.of(value));
  }

  /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
  public WebACL metricName(Value<String> value) {
    return set("MetricName", value);
  }

  /**
   * A friendly name or description of the <code>WebACL</code> . You can't change the name of a
   * <code>WebACL</code> after you create it.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public WebACL name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public WebACL name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array that contains the action for each <code>Rule</code> in a <code>WebACL</code> , the
   * priority of the <code>Rule</code> , and the ID of the <code>Rule</code> .
   *
   * <p>CloudFormation property {@code Rules}.
   */
  public WebACL rules(List<Rule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public WebACL rules(Value<List<Rule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public WebACL rules(Rule... values) {
    return set("Rules", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies the action AWS WAF takes when a web request matches or doesn't match all rule
   * conditions.
   *
   * <p>Property type {@code AWS::WAFRegional::WebACL.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFRegional::WebACL.Action")
        .required("Type")
        .build();

    public Action() {
      super(SCHEMA);
    }

    /**
     * For actions that are associated with a rule, the action that AWS WAF takes when a web request
     * matches all conditions in a rule.
     *
     * <p>For the default action of a web access control list (ACL), the action that AWS WAF takes
     * when a web request doesn't match all conditions in any rule.
     *
     * <p>Valid settings include the following:
     *
     * <ul> <li><code>ALLOW</code> : AWS WAF allows requests <li><code>BLOCK</code> : AWS WAF blocks
     * requests <li><code>COUNT</code> : AWS WAF increments a counter of the requests that match all
     * of the conditions in the rule. AWS WAF then continues to inspect the web request based on the
     * remaining rules in the web ACL. You can't specify <code>COUNT</code> for the default action
     * for a WebACL. </ul>
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public Action type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Action type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A combination of <code>ByteMatchSet</code> , <code>IPSet</code> , and/or
   * <code>SqlInjectionMatchSet</code> objects that identify the web requests that you want to
   * allow, block, or count. For example, you might create a <code>Rule</code> that includes the
   * following predicates:
   *
   * <ul> <li>An <code>IPSet</code> that causes AWS WAF to search for web requests that originate
   * from the IP address <code>192.0.2.44</code> <li>A <code>ByteMatchSet</code> that causes AWS WAF
   * to search for web requests for which the value of the <code>User-Agent</code> header is
   * <code>BadBot</code> . </ul>
   *
   * <p>To match the settings in this <code>Rule</code> , a request must originate from
   * <code>192.0.2.44</code> AND include a <code>User-Agent</code> header for which the value is
   * <code>BadBot</code> .
   *
   * <p>Property type {@code AWS::WAFRegional::WebACL.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFRegional::WebACL.Rule")
        .required("Action", "Priority", "RuleId")
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * The action that AWS WAF takes when a web request matches all conditions in the rule, such as
     * allow, block, or count the request.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public Rule action(Value<Action> value) {
      return set("Action", value);
    }

    /**
     * The order in which AWS WAF evaluates the rules in a web ACL. AWS WAF evaluates rules with a
     * lower value before rules with a higher value. The value must be a unique integer. If you have
     * multiple rules in a web ACL, the priority numbers do not need to be consecutive.
     *
     * <p>Required. CloudFormation property {@code Priority}.
     */
    public Rule priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public Rule priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * The ID of an AWS WAF Regional rule to associate with a web ACL.
     *
     * <p>Required. CloudFormation property {@code RuleId}.
     */
    public Rule ruleId(String value) {
      return set("RuleId", Value.of(value));
    }

    /** Sets {@code RuleId} to this value; see {@link #ruleId(String)}. */
    public Rule ruleId(Value<String> value) {
      return set("RuleId", value);
    }
  }
}
