// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.waf;

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
 * from specified referrers. You also associate the <code>WebACL</code> with a Amazon CloudFront
 * distribution to identify the requests that you want AWS WAF to filter. If you add more than one
 * <code>Rule</code> to a <code>WebACL</code> , a request needs to match only one of the
 * specifications to be allowed, blocked, or counted.
 *
 * <p>CloudFormation type {@code AWS::WAF::WebACL}.
 */
public final class WebACL extends Resource<WebACL> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAF::WebACL")
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
  public WebACL defaultAction(Value<WafAction> value) {
    return set("DefaultAction", value);
  }

  /**
   * The name of the metrics for this <code>WebACL</code> . The name can contain only alphanumeric
   * characters (A-Z, a-z, 0-9), with maximum length 128 and minimum length one. It can't contain
   * whitespace or metric names reserved for AWS WAF , including "All" and "Default_Action." You
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
  public WebACL rules(List<ActivatedRule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public WebACL rules(Value<List<ActivatedRule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public WebACL rules(ActivatedRule... values) {
    return set("Rules", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The <code>ActivatedRule</code> object in an <code>UpdateWebACL</code> request specifies a
   * <code>Rule</code> that you want to insert or delete, the priority of the <code>Rule</code> in
   * the <code>WebACL</code> , and the action that you want AWS WAF to take when a web request
   * matches the <code>Rule</code> ( <code>ALLOW</code> , <code>BLOCK</code> , or <code>COUNT</code>
   * ).
   *
   * <p>To specify whether to insert or delete a <code>Rule</code> , use the <code>Action</code>
   * parameter in the <code>WebACLUpdate</code> data type.
   *
   * <p>Property type {@code AWS::WAF::WebACL.ActivatedRule}.
   */
  public static final class ActivatedRule extends Struct<ActivatedRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAF::WebACL.ActivatedRule")
        .required("Priority", "RuleId")
        .build();

    public ActivatedRule() {
      super(SCHEMA);
    }

    /**
     * Specifies the action that Amazon CloudFront or AWS WAF takes when a web request matches the
     * conditions in the <code>Rule</code> . Valid values for <code>Action</code> include the
     * following:
     *
     * <ul> <li><code>ALLOW</code> : CloudFront responds with the requested object.
     * <li><code>BLOCK</code> : CloudFront responds with an HTTP 403 (Forbidden) status code.
     * <li><code>COUNT</code> : AWS WAF increments a counter of requests that match the conditions
     * in the rule and then continues to inspect the web request based on the remaining rules in the
     * web ACL. </ul>
     *
     * <p><code>ActivatedRule|OverrideAction</code> applies only when updating or adding a
     * <code>RuleGroup</code> to a <code>WebACL</code> . In this case, you do not use
     * <code>ActivatedRule|Action</code> . For all other update requests,
     * <code>ActivatedRule|Action</code> is used instead of
     * <code>ActivatedRule|OverrideAction</code> .
     *
     * <p>CloudFormation property {@code Action}.
     */
    public ActivatedRule action(Value<WafAction> value) {
      return set("Action", value);
    }

    /**
     * Specifies the order in which the <code>Rules</code> in a <code>WebACL</code> are evaluated.
     * Rules with a lower value for <code>Priority</code> are evaluated before <code>Rules</code>
     * with a higher value. The value must be a unique integer. If you add multiple
     * <code>Rules</code> to a <code>WebACL</code> , the values don't need to be consecutive.
     *
     * <p>Required. CloudFormation property {@code Priority}.
     */
    public ActivatedRule priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public ActivatedRule priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * The <code>RuleId</code> for a <code>Rule</code> . You use <code>RuleId</code> to get more
     * information about a <code>Rule</code> , update a <code>Rule</code> , insert a
     * <code>Rule</code> into a <code>WebACL</code> or delete a one from a <code>WebACL</code> , or
     * delete a <code>Rule</code> from AWS WAF .
     *
     * <p><code>RuleId</code> is returned by <code>CreateRule</code> and by <code>ListRules</code> .
     *
     * <p>Required. CloudFormation property {@code RuleId}.
     */
    public ActivatedRule ruleId(String value) {
      return set("RuleId", Value.of(value));
    }

    /** Sets {@code RuleId} to this value; see {@link #ruleId(String)}. */
    public ActivatedRule ruleId(Value<String> value) {
      return set("RuleId", value);
    }
  }

  /**
   * AWS WAF Classic support will end on September 30, 2025. This is <em>AWS WAF Classic</em>
   * documentation. For more information, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/classic-waf-chapter.html">AWS WAF
   * Classic</a> in the developer guide. <em>For the latest version of AWS WAF</em> , use the AWS
   * WAF V2 API and see the <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF Developer
   * Guide</a> . With the latest version, AWS WAF has a single set of endpoints for regional and
   * global use.
   *
   * <p>For the action that is associated with a rule in a <code>WebACL</code> , specifies the
   * action that you want AWS WAF to perform when a web request matches all of the conditions in a
   * rule. For the default action in a <code>WebACL</code> , specifies the action that you want AWS
   * WAF to take when a web request doesn't match all of the conditions in any of the rules in a
   * <code>WebACL</code> .
   *
   * <p>Property type {@code AWS::WAF::WebACL.WafAction}.
   */
  public static final class WafAction extends Struct<WafAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAF::WebACL.WafAction")
        .required("Type")
        .build();

    public WafAction() {
      super(SCHEMA);
    }

    /**
     * Specifies how you want AWS WAF to respond to requests that match the settings in a
     * <code>Rule</code> . Valid settings include the following:
     *
     * <ul> <li><code>ALLOW</code> : AWS WAF allows requests <li><code>BLOCK</code> : AWS WAF blocks
     * requests <li><code>COUNT</code> : AWS WAF increments a counter of the requests that match all
     * of the conditions in the rule. AWS WAF then continues to inspect the web request based on the
     * remaining rules in the web ACL. You can't specify <code>COUNT</code> for the default action
     * for a <code>WebACL</code> . </ul>
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public WafAction type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public WafAction type(Value<String> value) {
      return set("Type", value);
    }
  }
}
