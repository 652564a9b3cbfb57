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
 * <p>A combination of <code>ByteMatchSet</code> , <code>IPSet</code> , and/or
 * <code>SqlInjectionMatchSet</code> objects that identify the web requests that you want to allow,
 * block, or count. For example, you might create a <code>Rule</code> that includes the following
 * predicates:
 *
 * <ul> <li>An <code>IPSet</code> that causes AWS WAF to search for web requests that originate from
 * the IP address <code>192.0.2.44</code> <li>A <code>ByteMatchSet</code> that causes AWS WAF to
 * search for web requests for which the value of the <code>User-Agent</code> header is
 * <code>BadBot</code> . </ul>
 *
 * <p>To match the settings in this <code>Rule</code> , a request must originate from
 * <code>192.0.2.44</code> AND include a <code>User-Agent</code> header for which the value is
 * <code>BadBot</code> .
 *
 * <p>CloudFormation type {@code AWS::WAFRegional::Rule}.
 */
public final class Rule extends Resource<Rule> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAFRegional::Rule")
      .required("MetricName", "Name")
      .refYields("Id")
      .attributes("Id")
      .build();

  public Rule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A name for the metrics for this <code>Rule</code> . The name can contain only alphanumeric
   * characters (A-Z, a-z, 0-9), with maximum length 128 and minimum length one. It can't contain
   * whitespace or metric names reserved for AWS WAF, including "All" and "Default_Action." You
   * can't change <code>MetricName</code> after you create the <code>Rule</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MetricName}.
   */
  public Rule metricName(String value) {
    return set("MetricName", Value.of(value));
  }

  /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
  public Rule metricName(Value<String> value) {
    return set("MetricName", value);
  }

  /**
   * The friendly name or description for the <code>Rule</code> . You can't change the name of a
   * <code>Rule</code> after you create it.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Rule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Rule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The <code>Predicates</code> object contains one <code>Predicate</code> element for each
   * <code>ByteMatchSet</code> , <code>IPSet</code> , or <code>SqlInjectionMatchSet</code> object
   * that you want to include in a <code>Rule</code> .
   *
   * <p>CloudFormation property {@code Predicates}.
   */
  public Rule predicates(List<Predicate> value) {
    return set("Predicates", Value.listOf(value));
  }

  /** Sets {@code Predicates} to this value; see {@link #predicates(List)}. */
  public Rule predicates(Value<List<Predicate>> value) {
    return set("Predicates", value);
  }

  /** Sets {@code Predicates} to a list of these; see {@link #predicates(List)}. */
  public Rule predicates(Predicate... values) {
    return set("Predicates", Value.list(values));
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
   * <p>Property type {@code AWS::WAFRegional::Rule.Predicate}.
   */
  public static final class Predicate extends Struct<Predicate> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFRegional::Rule.Predicate")
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
     * <code>RegexMatchSet</code> , <code>GeoMatchSet</code> , or <code>SizeConstraintSet</code> .
     * For example, if an <code>IPSet</code> includes the IP address <code>192.0.2.44</code> , AWS
     * WAF will allow, block, or count requests based on all IP addresses <em>except</em>
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
