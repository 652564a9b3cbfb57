// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.waf;

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
 * <p>A complex type that contains <code>SqlInjectionMatchTuple</code> objects, which specify the
 * parts of web requests that you want AWS WAF to inspect for snippets of malicious SQL code and, if
 * you want AWS WAF to inspect a header, the name of the header. If a
 * <code>SqlInjectionMatchSet</code> contains more than one <code>SqlInjectionMatchTuple</code>
 * object, a request needs to include snippets of SQL code in only one of the specified parts of the
 * request to be considered a match.
 *
 * <p>CloudFormation type {@code AWS::WAF::SqlInjectionMatchSet}.
 */
public final class SqlInjectionMatchSet extends Resource<SqlInjectionMatchSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAF::SqlInjectionMatchSet")
      .required("Name")
      .refYields("Id")
      .attributes("Id")
      .build();

  public SqlInjectionMatchSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name, if any, of the <code>SqlInjectionMatchSet</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public SqlInjectionMatchSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SqlInjectionMatchSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the parts of web requests that you want to inspect for snippets of malicious SQL
   * code.
   *
   * <p>CloudFormation property {@code SqlInjectionMatchTuples}.
   */
  public SqlInjectionMatchSet sqlInjectionMatchTuples(List<SqlInjectionMatchTuple> value) {
    return set("SqlInjectionMatchTuples", Value.listOf(value));
  }

  /**
   * Sets {@code SqlInjectionMatchTuples} to this value; see {@link #sqlInjectionMatchTuples(List)}.
   */
  public SqlInjectionMatchSet sqlInjectionMatchTuples(Value<List<SqlInjectionMatchTuple>> value) {
    return set("SqlInjectionMatchTuples", value);
  }

  /**
   * Sets {@code SqlInjectionMatchTuples} to a list of these; see {@link
   * #sqlInjectionMatchTuples(List)}.
   */
  public SqlInjectionMatchSet sqlInjectionMatchTuples(SqlInjectionMatchTuple... values) {
    return set("SqlInjectionMatchTuples", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The part of a web request that you want to inspect, such as a specified header or a query
   * string.
   *
   * <p>Property type {@code AWS::WAF::SqlInjectionMatchSet.FieldToMatch}.
   */
  public static final class FieldToMatch extends Struct<FieldToMatch> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAF::SqlInjectionMatchSet.FieldToMatch")
        .required("Type")
        .build();

    public FieldToMatch() {
      super(SCHEMA);
    }

    /**
     * When the value of <code>Type</code> is <code>HEADER</code> , enter the name of the header
     * that you want AWS WAF to search, for example, <code>User-Agent</code> or <code>Referer</code>
     * . The name of the header is not case sensitive.
     *
     * <p>When the value of <code>Type</code> is <code>SINGLE_QUERY_ARG</code> , enter the name of
     * the parameter that you want AWS WAF to search, for example, <code>UserName</code> or
     * <code>SalesRegion</code> . The parameter name is not case sensitive.
     *
     * <p>If the value of <code>Type</code> is any other value, omit <code>Data</code> .
     *
     * <p>CloudFormation property {@code Data}.
     */
    public FieldToMatch data(String value) {
      return set("Data", Value.of(value));
    }

    /** Sets {@code Data} to this value; see {@link #data(String)}. */
    public FieldToMatch data(Value<String> value) {
      return set("Data", value);
    }

    /**
     * The part of the web request that you want AWS WAF to search for a specified string. Parts of
     * a request that you can search include the following:
     *
     * <ul> <li><code>HEADER</code> : A specified request header, for example, the value of the
     * <code>User-Agent</code> or <code>Referer</code> header. If you choose <code>HEADER</code> for
     * the type, specify the name of the header in <code>Data</code> . <li><code>METHOD</code> : The
     * HTTP method, which indicated the type of operation that the request is asking the origin to
     * perform. Amazon CloudFront supports the following methods: <code>DELETE</code> ,
     * <code>GET</code> , <code>HEAD</code> , <code>OPTIONS</code> , <code>PATCH</code> ,
     * <code>POST</code> , and <code>PUT</code> . <li><code>QUERY_STRING</code> : A query string,
     * which is the part of a URL that appears after a <code>?</code> character, if any.
     * <li><code>URI</code> : The part of a web request that identifies a resource, for example,
     * <code>/images/daily-ad.jpg</code> . <li><code>BODY</code> : The part of a request that
     * contains any additional data that you want to send to your web server as the HTTP request
     * body, such as data from a form. The request body immediately follows the request headers.
     * Note that only the first <code>8192</code> bytes of the request body are forwarded to AWS WAF
     * for inspection. To allow or block requests based on the length of the body, you can create a
     * size constraint set. <li><code>SINGLE_QUERY_ARG</code> : The parameter in the query string
     * that you will inspect, such as <em>UserName</em> or <em>SalesRegion</em> . The maximum length
     * for <code>SINGLE_QUERY_ARG</code> is 30 characters. <li><code>ALL_QUERY_ARGS</code> : Similar
     * to <code>SINGLE_QUERY_ARG</code> , but rather than inspecting a single parameter, AWS WAF
     * will inspect all parameters within the query for the value or regex pattern that you specify
     * in <code>TargetString</code> . </ul>
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public FieldToMatch type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FieldToMatch type(Value<String> value) {
      return set("Type", value);
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
   * <p>Specifies the part of a web request that you want AWS WAF to inspect for snippets of
   * malicious SQL code and, if you want AWS WAF to inspect a header, the name of the header.
   *
   * <p>Property type {@code AWS::WAF::SqlInjectionMatchSet.SqlInjectionMatchTuple}.
   */
  public static final class SqlInjectionMatchTuple extends Struct<SqlInjectionMatchTuple> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAF::SqlInjectionMatchSet.SqlInjectionMatchTuple")
        .required("FieldToMatch", "TextTransformation")
        .build();

    public SqlInjectionMatchTuple() {
      super(SCHEMA);
    }

    /**
     * The part of a web request that you want to inspect, such as a specified header or a query
     * string.
     *
     * <p>Required. CloudFormation property {@code FieldToMatch}.
     */
    public SqlInjectionMatchTuple fieldToMatch(Value<FieldToMatch> value) {
      return set("FieldToMatch", value);
    }

    /**
     * Text transformations eliminate some of the unusual formatting that attackers use in web
     * requests in an effort to bypass AWS WAF . If you specify a transformation, AWS WAF performs
     * the transformation on <code>FieldToMatch</code> before inspecting it for a match.
     *
     * <p>You can only specify a single type of TextTransformation.
     *
     * <p><em>CMD_LINE</em>
     *
     * <p>When you're concerned that attackers are injecting an operating system command line
     * command and using unusual formatting to disguise some or all of the command, use this option
     * to perform the following transformations:
     *
     * <ul> <li>Delete the following characters: &#92; " ' ^ <li>Delete spaces before the following
     * characters: / ( <li>Replace the following characters with a space: , ; <li>Replace multiple
     * spaces with one space <li>Convert uppercase letters (A-Z) to lowercase (a-z) </ul>
     *
     * <p><em>COMPRESS_WHITE_SPACE</em>
     *
     * <p>Use this option to replace the following characters with a space character (decimal 32):
     *
     * <ul> <li>&#92;f, formfeed, decimal 12 <li>&#92;t, tab, decimal 9 <li>&#92;n, newline, decimal
     * 10 <li>&#92;r, carriage return, decimal 13 <li>&#92;v, vertical tab, decimal 11
     * <li>non-breaking space, decimal 160 </ul>
     *
     * <p><code>COMPRESS_WHITE_SPACE</code> also replaces multiple spaces with one space.
     *
     * <p><em>HTML_ENTITY_DECODE</em>
     *
     * <p>Use this option to replace HTML-encoded characters with unencoded characters.
     * <code>HTML_ENTITY_DECODE</code> performs the following operations:
     *
     * <ul> <li>Replaces <code>(ampersand)quot;</code> with <code>"</code> <li>Replaces
     * <code>(ampersand)nbsp;</code> with a non-breaking space, decimal 160 <li>Replaces
     * <code>(ampersand)lt;</code> with a "less than" symbol <li>Replaces
     * <code>(ampersand)gt;</code> with <code>&gt;</code> <li>Replaces characters that are
     * represented in hexadecimal format, <code>(ampersand)#xhhhh;</code> , with the corresponding
     * characters <li>Replaces characters that are represented in decimal format,
     * <code>(ampersand)#nnnn;</code> , with the corresponding characters </ul>
     *
     * <p><em>LOWERCASE</em>
     *
     * <p>Use this option to convert uppercase letters (A-Z) to lowercase (a-z).
     *
     * <p><em>URL_DECODE</em>
     *
     * <p>Use this option to decode a URL-encoded value.
     *
     * <p><em>NONE</em>
     *
     * <p>Specify <code>NONE</code> if you don't want to perform any text transformations.
     *
     * <p>Required. CloudFormation property {@code TextTransformation}.
     */
    public SqlInjectionMatchTuple textTransformation(String value) {
      return set("TextTransformation", Value.of(value));
    }

    /** Sets {@code TextTransformation} to this value; see {@link #textTransformation(String)}. */
    public SqlInjectionMatchTuple textTransformation(Value<String> value) {
      return set("TextTransformation", value);
    }
  }
}
