// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Lambda::Url</code> resource creates a function URL with the specified
 * configuration parameters. A <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-urls.html">function URL</a> is a
 * dedicated HTTP(S) endpoint that you can use to invoke your function.
 *
 * <p>CloudFormation type {@code AWS::Lambda::Url}.
 */
public final class Url extends Resource<Url> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Url")
      .required("AuthType", "TargetFunctionArn")
      .allowed("AuthType", "AWS_IAM", "NONE")
      .allowed("InvokeMode", "BUFFERED", "RESPONSE_STREAM")
      .constrain("Qualifier", Constraint.of().pattern("((?!^[0-9]+$)([a-zA-Z0-9-_]+))").minLength(1).maxLength(128))
      .constrain("TargetFunctionArn", Constraint.of().pattern("^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:((?!\\d+)[0-9a-zA-Z-_]+))?$"))
      .references("TargetFunctionArn", "AWS::Lambda::Function.Arn")
      .refYields("FunctionArn")
      .attributes("FunctionArn", "FunctionUrl")
      .build();

  public Url(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of authentication that your function URL uses. Set to <code>AWS_IAM</code> if you want
   * to restrict access to authenticated users only. Set to <code>NONE</code> if you want to bypass
   * IAM authentication to create a public endpoint. For more information, see <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html">Security and auth model for
   * Lambda function URLs</a> .
   *
   * <p>Required. Allowed values: {@code AWS_IAM}, {@code NONE}. CloudFormation property {@code
   * AuthType}.
   */
  public Url authType(String value) {
    return set("AuthType", Value.of(value));
  }

  /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
  public Url authType(Value<String> value) {
    return set("AuthType", value);
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS">Cross-Origin
   * Resource Sharing (CORS)</a> settings for your function URL.
   *
   * <p>CloudFormation property {@code Cors}.
   */
  public Url cors(Value<Cors> value) {
    return set("Cors", value);
  }

  /**
   * Use one of the following options:
   *
   * <ul> <li><code>BUFFERED</code> – This is the default option. Lambda invokes your function using
   * the <code>Invoke</code> API operation. Invocation results are available when the payload is
   * complete. The maximum payload size is 6 MB. <li><code>RESPONSE_STREAM</code> – Your function
   * streams payload results as they become available. Lambda invokes your function using the
   * <code>InvokeWithResponseStream</code> API operation. The maximum response payload size is 200
   * MB. </ul>
   *
   * <p>Allowed values: {@code BUFFERED}, {@code RESPONSE_STREAM}. CloudFormation property {@code
   * InvokeMode}.
   */
  public Url invokeMode(String value) {
    return set("InvokeMode", Value.of(value));
  }

  /** Sets {@code InvokeMode} to this value; see {@link #invokeMode(String)}. */
  public Url invokeMode(Value<String> value) {
    return set("InvokeMode", value);
  }

  /**
   * The alias name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ((?!^[0-9]+$)([a-zA-Z0-9-_]+))}. CloudFormation property {@code Qualifier}.
   */
  public Url qualifier(String value) {
    return set("Qualifier", Value.of(value));
  }

  /** Sets {@code Qualifier} to this value; see {@link #qualifier(String)}. */
  public Url qualifier(Value<String> value) {
    return set("Qualifier", value);
  }

  /**
   * The name of the Lambda function.
   *
   * <p><b>Name formats</b> - <em>Function name</em> - <code>my-function</code> .
   *
   * <ul> <li><em>Function ARN</em> - <code>lambda: : :function:my-function</code> . <li><em>Partial
   * ARN</em> - <code>:function:my-function</code> . </ul>
   *
   * <p>The length constraint applies only to the full ARN. If you specify only the function name,
   * it is limited to 64 characters in length.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-&#92;d{1}:)?(&#92;d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:((?!&#92;d+)[0-9a-zA-Z-_]+))?$}.
   * CloudFormation property {@code TargetFunctionArn}.
   */
  public Url targetFunctionArn(String value) {
    return set("TargetFunctionArn", Value.of(value));
  }

  /** Sets {@code TargetFunctionArn} to this value; see {@link #targetFunctionArn(String)}. */
  public Url targetFunctionArn(Value<String> value) {
    return set("TargetFunctionArn", value);
  }

  /**
   * Sets {@code TargetFunctionArn} to the Arn of {@code AWS::Lambda::Function}; see {@link
   * #targetFunctionArn(String)}.
   */
  public Url targetFunctionArn(Function resource) {
    return set("TargetFunctionArn", resource.arn());
  }

  /**
   * The Amazon Resource Name (ARN) of the function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FunctionArn}.
   */
  public Value<String> functionArn() {
    return getAtt("FunctionArn");
  }

  /**
   * The HTTP URL endpoint for your function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FunctionUrl}.
   */
  public Value<String> functionUrl() {
    return getAtt("FunctionUrl");
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS">Cross-Origin
   * Resource Sharing (CORS)</a> settings for your function URL. Use CORS to grant access to your
   * function URL from any origin. You can also use CORS to control access for specific HTTP headers
   * and methods in requests to your function URL.
   *
   * <p>Property type {@code AWS::Lambda::Url.Cors}.
   */
  public static final class Cors extends Struct<Cors> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::Url.Cors")
        .constrain("AllowHeaders", Constraint.of().minLength(1).maxLength(1024))
        .allowed("AllowMethods", "GET", "PUT", "HEAD", "POST", "PATCH", "DELETE", "*")
        .constrain("AllowMethods", Constraint.of().minLength(0).maxLength(6))
        .constrain("AllowOrigins", Constraint.of().minLength(1).maxLength(253))
        .constrain("ExposeHeaders", Constraint.of().minLength(1).maxLength(1024))
        .constrain("MaxAge", Constraint.of().minimum(0).maximum(86400))
        .build();

    public Cors() {
      super(SCHEMA);
    }

    /**
     * Whether you want to allow cookies or other credentials in requests to your function URL. The
     * default is <code>false</code> .
     *
     * <p>CloudFormation property {@code AllowCredentials}.
     */
    public Cors allowCredentials(boolean value) {
      return set("AllowCredentials", Value.of(value));
    }

    /** Sets {@code AllowCredentials} to this value; see {@link #allowCredentials(boolean)}. */
    public Cors allowCredentials(Value<Boolean> value) {
      return set("AllowCredentials", value);
    }

    /**
     * The HTTP headers that origins can include in requests to your function URL. For example:
     * <code>Date</code> , <code>Keep-Alive</code> , <code>X-Custom-Header</code> .
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code AllowHeaders}.
     */
    public Cors allowHeaders(List<String> value) {
      return set("AllowHeaders", Value.listOf(value));
    }

    /** Sets {@code AllowHeaders} to this value; see {@link #allowHeaders(List)}. */
    public Cors allowHeaders(Value<List<String>> value) {
      return set("AllowHeaders", value);
    }

    /**
     * The HTTP methods that are allowed when calling your function URL. For example:
     * <code>GET</code> , <code>POST</code> , <code>DELETE</code> , or the wildcard character (
     * <code>*</code> ).
     *
     * <p>Allowed values: {@code GET}, {@code PUT}, {@code HEAD}, {@code POST}, {@code PATCH},
     * {@code DELETE}, {@code *}. Length: 0 to 6 characters. CloudFormation property {@code
     * AllowMethods}.
     */
    public Cors allowMethods(List<String> value) {
      return set("AllowMethods", Value.listOf(value));
    }

    /** Sets {@code AllowMethods} to this value; see {@link #allowMethods(List)}. */
    public Cors allowMethods(Value<List<String>> value) {
      return set("AllowMethods", value);
    }

    /**
     * The origins that can access your function URL. You can list any number of specific origins,
     * separated by a comma. For example: <code>https://www.example.com</code> ,
     * <code>http://localhost:60905</code> .
     *
     * <p>Alternatively, you can grant access to all origins with the wildcard character (
     * <code>*</code> ).
     *
     * <p>Length: 1 to 253 characters. CloudFormation property {@code AllowOrigins}.
     */
    public Cors allowOrigins(List<String> value) {
      return set("AllowOrigins", Value.listOf(value));
    }

    /** Sets {@code AllowOrigins} to this value; see {@link #allowOrigins(List)}. */
    public Cors allowOrigins(Value<List<String>> value) {
      return set("AllowOrigins", value);
    }

    /**
     * The HTTP headers in your function response that you want to expose to origins that call your
     * function URL. For example: <code>Date</code> , <code>Keep-Alive</code> ,
     * <code>X-Custom-Header</code> .
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code ExposeHeaders}.
     */
    public Cors exposeHeaders(List<String> value) {
      return set("ExposeHeaders", Value.listOf(value));
    }

    /** Sets {@code ExposeHeaders} to this value; see {@link #exposeHeaders(List)}. */
    public Cors exposeHeaders(Value<List<String>> value) {
      return set("ExposeHeaders", value);
    }

    /**
     * The maximum amount of time, in seconds, that browsers can cache results of a preflight
     * request. By default, this is set to <code>0</code> , which means the browser will not cache
     * results.
     *
     * <p>Range: 0 to 86400. CloudFormation property {@code MaxAge}.
     */
    public Cors maxAge(int value) {
      return set("MaxAge", Value.of(value));
    }

    /** Sets {@code MaxAge} to this value; see {@link #maxAge(int)}. */
    public Cors maxAge(Value<Integer> value) {
      return set("MaxAge", value);
    }
  }
}
