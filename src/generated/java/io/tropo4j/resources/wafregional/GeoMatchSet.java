// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wafregional;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * AWS WAF Classic support will end on September 30, 2025. This is <em>AWS WAF Classic</em>
 * documentation. For more information, see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/classic-waf-chapter.html">AWS WAF
 * Classic</a> in the developer guide. <em>For the latest version of AWS WAF</em> , use the AWS WAF
 * V2 API and see the <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF Developer
 * Guide</a> . With the latest version, AWS WAF has a single set of endpoints for regional and
 * global use.
 *
 * <p>Contains one or more countries that AWS WAF will search for.
 *
 * <p>CloudFormation type {@code AWS::WAFRegional::GeoMatchSet}.
 */
public final class GeoMatchSet extends Resource<GeoMatchSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAFRegional::GeoMatchSet")
      .required("Name")
      .refYields("Id")
      .attributes("Id")
      .build();

  public GeoMatchSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of <code>GeoMatchConstraint</code> objects, which contain the country that you want
   * AWS WAF to search for.
   *
   * <p>CloudFormation property {@code GeoMatchConstraints}.
   */
  public GeoMatchSet geoMatchConstraints(List<GeoMatchConstraint> value) {
    return set("GeoMatchConstraints", Value.listOf(value));
  }

  /** Sets {@code GeoMatchConstraints} to this value; see {@link #geoMatchConstraints(List)}. */
  public GeoMatchSet geoMatchConstraints(Value<List<GeoMatchConstraint>> value) {
    return set("GeoMatchConstraints", value);
  }

  /**
   * Sets {@code GeoMatchConstraints} to a list of these; see {@link #geoMatchConstraints(List)}.
   */
  public GeoMatchSet geoMatchConstraints(GeoMatchConstraint... values) {
    return set("GeoMatchConstraints", Value.list(values));
  }

  /**
   * A friendly name or description of the <code>GeoMatchSet</code> . You can't change the name of
   * an <code>GeoMatchSet</code> after you create it.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public GeoMatchSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public GeoMatchSet name(Value<String> value) {
    return set("Name", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
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
   * <p>The country from which web requests originate that you want AWS WAF to search for.
   *
   * <p>Property type {@code AWS::WAFRegional::GeoMatchSet.GeoMatchConstraint}.
   */
  public static final class GeoMatchConstraint extends Struct<GeoMatchConstraint> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFRegional::GeoMatchSet.GeoMatchConstraint")
        .required("Type", "Value")
        .build();

    public GeoMatchConstraint() {
      super(SCHEMA);
    }

    /**
     * The type of geographical area you want AWS WAF to search for. Currently <code>Country</code>
     * is the only valid value.
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public GeoMatchConstraint type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public GeoMatchConstraint type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The country that you want AWS WAF to search for.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public GeoMatchConstraint value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public GeoMatchConstraint value(Value<String> value) {
      return set("Value", value);
    }
  }
}
