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
 * <p>The <code>AWS::WAF::ByteMatchSet</code> resource creates an AWS WAF <code>ByteMatchSet</code>
 * that identifies a part of a web request that you want to inspect.
 *
 * <p>CloudFormation type {@code AWS::WAF::ByteMatchSet}.
 */
public final class ByteMatchSet extends Resource<ByteMatchSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAF::ByteMatchSet")
      .required("Name")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ByteMatchSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the bytes (typically a string that corresponds with ASCII characters) that you want
   * AWS WAF to search for in web requests, the location in requests that you want AWS WAF to
   * search, and other settings.
   *
   * <p>CloudFormation property {@code ByteMatchTuples}.
   */
  public ByteMatchSet byteMatchTuples(List<ByteMatchTuple> value) {
    return set("ByteMatchTuples", Value.listOf(value));
  }

  /** Sets {@code ByteMatchTuples} to this value; see {@link #byteMatchTuples(List)}. */
  public ByteMatchSet byteMatchTuples(Value<List<ByteMatchTuple>> value) {
    return set("ByteMatchTuples", value);
  }

  /** Sets {@code ByteMatchTuples} to a list of these; see {@link #byteMatchTuples(List)}. */
  public ByteMatchSet byteMatchTuples(ByteMatchTuple... values) {
    return set("ByteMatchTuples", Value.list(values));
  }

  /**
   * The name of the <code>ByteMatchSet</code> . You can't change <code>Name</code> after you create
   * a <code>ByteMatchSet</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public ByteMatchSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ByteMatchSet name(Value<String> value) {
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
   * <p>The bytes (typically a string that corresponds with ASCII characters) that you want AWS WAF
   * to search for in web requests, the location in requests that you want AWS WAF to search, and
   * other settings.
   *
   * <p>Property type {@code AWS::WAF::ByteMatchSet.ByteMatchTuple}.
   */
  public static final class ByteMatchTuple extends Struct<ByteMatchTuple> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAF::ByteMatchSet.ByteMatchTuple")
        .required("FieldToMatch", "PositionalConstraint", "TextTransformation")
        .build();

    public ByteMatchTuple() {
      super(SCHEMA);
    }

    /**
     * The part of a web request that you want to inspect, such as a specified header or a query
     * string.
     *
     * <p>Required. CloudFormation property {@code FieldToMatch}.
     */
    public ByteMatchTuple fieldToMatch(Value<FieldToMatch> value) {
      return set("FieldToMatch", value);
    }

    /**
     * Within the portion of a web request that you want to search (for example, in the query
     * string, if any), specify where you want AWS WAF to search. Valid values include the
     * following:
     *
     * <p><em>CONTAINS</em>
     *
     * <p>The specified part of the web request must include the value of <code>TargetString</code>
     * , but the location doesn't matter.
     *
     * <p><em>CONTAINS_WORD</em>
     *
     * <p>The specified part of the web request must include the value of <code>TargetString</code>
     * , and <code>TargetString</code> must contain only alphanumeric characters or underscore (A-Z,
     * a-z, 0-9, or _). In addition, <code>TargetString</code> must be a word, which means one of
     * the following:
     *
     * <ul> <li><code>TargetString</code> exactly matches the value of the specified part of the web
     * request, such as the value of a header. <li><code>TargetString</code> is at the beginning of
     * the specified part of the web request and is followed by a character other than an
     * alphanumeric character or underscore (_), for example, <code>BadBot;</code> .
     * <li><code>TargetString</code> is at the end of the specified part of the web request and is
     * preceded by a character other than an alphanumeric character or underscore (_), for example,
     * <code>;BadBot</code> . <li><code>TargetString</code> is in the middle of the specified part
     * of the web request and is preceded and followed by characters other than alphanumeric
     * characters or underscore (_), for example, <code>-BadBot;</code> . </ul>
     *
     * <p><em>EXACTLY</em>
     *
     * <p>The value of the specified part of the web request must exactly match the value of
     * <code>TargetString</code> .
     *
     * <p><em>STARTS_WITH</em>
     *
     * <p>The value of <code>TargetString</code> must appear at the beginning of the specified part
     * of the web request.
     *
     * <p><em>ENDS_WITH</em>
     *
     * <p>The value of <code>TargetString</code> must appear at the end of the specified part of the
     * web request.
     *
     * <p>Required. CloudFormation property {@code PositionalConstraint}.
     */
    public ByteMatchTuple positionalConstraint(String value) {
      return set("PositionalConstraint", Value.of(value));
    }

    /**
     * Sets {@code PositionalConstraint} to this value; see {@link #positionalConstraint(String)}.
     */
    public ByteMatchTuple positionalConstraint(Value<String> value) {
      return set("PositionalConstraint", value);
    }

    /**
     * The value that you want AWS WAF to search for. AWS WAF searches for the specified string in
     * the part of web requests that you specified in <code>FieldToMatch</code> . The maximum length
     * of the value is 50 bytes.
     *
     * <p>You must specify this property or the <code>TargetStringBase64</code> property.
     *
     * <p>Valid values depend on the values that you specified for <code>FieldToMatch</code> :
     *
     * <ul> <li><code>HEADER</code> : The value that you want AWS WAF to search for in the request
     * header that you specified in <code>FieldToMatch</code> , for example, the value of the
     * <code>User-Agent</code> or <code>Referer</code> header. <li><code>METHOD</code> : The HTTP
     * method, which indicates the type of operation specified in the request. Amazon CloudFront
     * supports the following methods: <code>DELETE</code> , <code>GET</code> , <code>HEAD</code> ,
     * <code>OPTIONS</code> , <code>PATCH</code> , <code>POST</code> , and <code>PUT</code> .
     * <li><code>QUERY_STRING</code> : The value that you want AWS WAF to search for in the query
     * string, which is the part of a URL that appears after a <code>?</code> character.
     * <li><code>URI</code> : The value that you want AWS WAF to search for in the part of a URL
     * that identifies a resource, for example, <code>/images/daily-ad.jpg</code> .
     * <li><code>BODY</code> : The part of a request that contains any additional data that you want
     * to send to your web server as the HTTP request body, such as data from a form. The request
     * body immediately follows the request headers. Note that only the first <code>8192</code>
     * bytes of the request body are forwarded to AWS WAF for inspection. To allow or block requests
     * based on the length of the body, you can create a size constraint set.
     * <li><code>SINGLE_QUERY_ARG</code> : The parameter in the query string that you will inspect,
     * such as <em>UserName</em> or <em>SalesRegion</em> . The maximum length for
     * <code>SINGLE_QUERY_ARG</code> is 30 characters. <li><code>ALL_QUERY_ARGS</code> : Similar to
     * <code>SINGLE_QUERY_ARG</code> , but instead of inspecting a single parameter, AWS WAF
     * inspects all parameters within the query string for the value or regex pattern that you
     * specify in <code>TargetString</code> . </ul>
     *
     * <p>If <code>TargetString</code> includes alphabetic characters A-Z and a-z, note that the
     * value is case sensitive.
     *
     * <p>CloudFormation property {@code TargetString}.
     */
    public ByteMatchTuple targetString(String value) {
      return set("TargetString", Value.of(value));
    }

    /** Sets {@code TargetString} to this value; see {@link #targetString(String)}. */
    public ByteMatchTuple targetString(Value<String> value) {
      return set("TargetString", value);
    }

    /**
     * The base64-encoded value that AWS WAF searches for. AWS CloudFormation sends this value to
     * AWS WAF without encoding it.
     *
     * <p>You must specify this property or the <code>TargetString</code> property.
     *
     * <p>AWS WAF searches for this value in a specific part of web requests, which you define in
     * the <code>FieldToMatch</code> property.
     *
     * <p>Valid values depend on the Type value in the <code>FieldToMatch</code> property. For
     * example, for a <code>METHOD</code> type, you must specify HTTP methods such as <code>DELETE,
     * GET, HEAD, OPTIONS, PATCH, POST</code> , and <code>PUT</code> .
     *
     * <p>CloudFormation property {@code TargetStringBase64}.
     */
    public ByteMatchTuple targetStringBase64(String value) {
      return set("TargetStringBase64", Value.of(value));
    }

    /** Sets {@code TargetStringBase64} to this value; see {@link #targetStringBase64(String)}. */
    public ByteMatchTuple targetStringBase64(Value<String> value) {
      return set("TargetStringBase64", value);
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
    public ByteMatchTuple textTransformation(String value) {
      return set("TextTransformation", Value.of(value));
    }

    /** Sets {@code TextTransformation} to this value; see {@link #textTransformation(String)}. */
    public ByteMatchTuple textTransformation(Value<String> value) {
      return set("TextTransformation", value);
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
   * <p>Specifies where in a web request to look for <code>TargetString</code> .
   *
   * <p>Property type {@code AWS::WAF::ByteMatchSet.FieldToMatch}.
   */
  public static final class FieldToMatch extends Struct<FieldToMatch> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAF::ByteMatchSet.FieldToMatch")
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
}
