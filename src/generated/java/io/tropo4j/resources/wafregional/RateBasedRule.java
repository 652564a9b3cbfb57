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
 * <p>A <code>RateBasedRule</code> is identical to a regular <code>Rule</code> , with one addition:
 * a <code>RateBasedRule</code> counts the number of requests that arrive from a specified IP
 * address every five minutes. For example, based on recent requests that you've seen from an
 * attacker, you might create a <code>RateBasedRule</code> that includes the following conditions:
 *
 * <ul> <li>The requests come from 192.0.2.44. <li>They contain the value <code>BadBot</code> in the
 * <code>User-Agent</code> header. </ul>
 *
 * <p>In the rule, you also define the rate limit as 15,000.
 *
 * <p>Requests that meet both of these conditions and exceed 15,000 requests every five minutes
 * trigger the rule's action (block or count), which is defined in the web ACL.
 *
 * <p>Note you can only create rate-based rules using an CloudFormation template. To add the
 * rate-based rules created through CloudFormation to a web ACL, use the AWS WAF console, API, or
 * command line interface (CLI). For more information, see <a
 * href="https://docs.aws.amazon.com/waf/latest/APIReference/API_regional_UpdateWebACL.html">UpdateWebACL</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::WAFRegional::RateBasedRule}.
 */
public final class RateBasedRule extends Resource<RateBasedRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAFRegional::RateBasedRule")
      .required("MetricName", "Name", "RateKey", "RateLimit")
      .refYields("Id")
      .attributes("Id")
      .build();

  public RateBasedRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The <code>Predicates</code> object contains one <code>Predicate</code> element for each
   * <code>ByteMatchSet</code> , <code>IPSet</code> , or <code>SqlInjectionMatchSet&gt;</code>
   * object that you want to include in a <code>RateBasedRule</code> .
   *
   * <p>CloudFormation property {@code MatchPredicates}.
   */
  public RateBasedRule matchPredicates(List<Predicate> value) {
    return set("MatchPredicates", Value.listOf(value));
  }

  /** Sets {@code MatchPredicates} to this value; see {@link #matchPredicates(List)}. */
  public RateBasedRule matchPredicates(Value<List<Predicate>> value) {
    return set("MatchPredicates", value);
  }

  /** Sets {@code MatchPredicates} to a list of these; see {@link #matchPredicates(List)}. */
  public RateBasedRule matchPredicates(Predicate... values) {
    return set("MatchPredicates", Value.list(values));
  }

  /**
   * A name for the metrics for a <code>RateBasedRule</code> . The name can contain only
   * alphanumeric characters (A-Z, a-z, 0-9), with maximum length 128 and minimum length one. It
   * can't contain whitespace or metric names reserved for AWS WAF , including "All" and
   * "Default_Action." You can't change the name of the metric after you create the
   * <code>RateBasedRule</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MetricName}.
   */
  public RateBasedRule metricName(String value) {
    return set("MetricName", Value.of(value));
  }

  /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
  public RateBasedRule metricName(Value<String> value) {
    return set("MetricName", value);
  }

  /**
   * A friendly name or description for a <code>RateBasedRule</code> . You can't change the name of
   * a <code>RateBasedRule</code> after you create it.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public RateBasedRule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RateBasedRule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The field that AWS WAF uses to determine if requests are likely arriving from single source and
   * thus subject to rate monitoring. The only valid value for <code>RateKey</code> is
   * <code>IP</code> . <code>IP</code> indicates that requests arriving from the same IP address are
   * subject to the <code>RateLimit</code> that is specified in the <code>RateBasedRule</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RateKey}.
   */
  public RateBasedRule rateKey(String value) {
    return set("RateKey", Value.of(value));
  }

  /** Sets {@code RateKey} to this value; see {@link #rateKey(String)}. */
  public RateBasedRule rateKey(Value<String> value) {
    return set("RateKey", value);
  }

  /**
   * The maximum number of requests, which have an identical value in the field specified by the
   * <code>RateKey</code> , allowed in a five-minute period. If the number of requests exceeds the
   * <code>RateLimit</code> and the other predicates specified in the rule are also met, AWS WAF
   * triggers the action that is specified for this rule.
   *
   * <p>Required. CloudFormation property {@code RateLimit}.
   */
  public RateBasedRule rateLimit(int value) {
    return set("RateLimit", Value.of(value));
  }

  /** Sets {@code RateLimit} to this value; see {@link #rateLimit(int)}. */
  public RateBasedRule rateLimit(Value<Integer> value) {
    return set("RateLimit", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies the <code>ByteMatchSet</code> , <code>IPSet</code> ,
   * <code>SqlInjectionMatchSet</code> , <code>XssMatchSet</code> , <code>RegexMatchSet</code> ,
   * <code>GeoMatchSet</code> , and <code>SizeConstraintSet</code> objects that you want to add to a
   * <code>Rule</code> and, for each object, indicates whether you want to negate the settings, for
   * example, requests that do NOT originate from the IP address 192.0.2.44.
   *
   * <p>Property type {@code AWS::WAFRegional::RateBasedRule.Predicate}.
   */
  public static final class Predicate extends Struct<Predicate> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFRegional::RateBasedRule.Predicate")
        .required("DataId", "Negated", "Type")
        .build();

    public Predicate() {
      super(SCHEMA);
    }

    /**
     * A unique identifier for a predicate in a <code>Rule</code> , such as
     * <code>ByteMatchSetId</code> or <code>IPSetId</code> . The ID is returned by the corresponding
     * <code>Create</code> or <code>List</code> command.
     *
     * <p>Required. CloudFormation property {@code DataId}.
     */
    public Predicate dataId(String value) {
      return set("DataId", Value.of(value));
    }

    /** Sets {@code DataId} to this value; see {@link #dataId(String)}. */
    public Predicate dataId(Value<String> value) {
      return set("DataId", value);
    }

    /**
     * Set <code>Negated</code> to <code>False</code> if you want AWS WAF to allow, block, or count
     * requests based on the settings in the specified <code>ByteMatchSet</code> ,
     * <code>IPSet</code> , <code>SqlInjectionMatchSet</code> , <code>XssMatchSet</code> ,
     * <code>RegexMatchSet</code> , <code>GeoMatchSet</code> , or <code>SizeConstraintSet</code> .
     * For example, if an <code>IPSet</code> includes the IP address <code>192.0.2.44</code> , AWS
     * WAF will allow or block requests based on that IP address.
     *
     * <p>Set <code>Negated</code> to <code>True</code> if you want AWS WAF to allow or block a
     * request based on the negation of the settings in the <code>ByteMatchSet</code> ,
     * <code>IPSet</code> , <code>SqlInjectionMatchSet</code> , <code>XssMatchSet</code> ,
     * <code>RegexMatchSet</code> , <code>GeoMatchSet</code> , or <code>SizeConstraintSet</code>
     * &gt;. For example, if an <code>IPSet</code> includes the IP address <code>192.0.2.44</code> ,
     * AWS WAF will allow, block, or count requests based on all IP addresses <em>except</em>
     * <code>192.0.2.44</code> .
     *
     * <p>Required. CloudFormation property {@code Negated}.
     */
    public Predicate negated(boolean value) {
      return set("Negated", Value.of(value));
    }

    /** Sets {@code Negated} to this value; see {@link #negated(boolean)}. */
    public Predicate negated(Value<Boolean> value) {
      return set("Negated", value);
    }

    /**
     * The type of predicate in a <code>Rule</code> , such as <code>ByteMatch</code> or
     * <code>IPSet</code> .
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public Predicate type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Predicate type(Value<String> value) {
      return set("Type", value);
    }
  }
}
