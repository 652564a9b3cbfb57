// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediatailor;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Resource Type definition for AWS::MediaTailor::Function
 *
 * <p>CloudFormation type {@code AWS::MediaTailor::Function}.
 */
public final class Function extends Resource<Function> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::Function")
      .required("FunctionId", "FunctionType")
      .allowed("FunctionType", "HTTP_REQUEST", "CUSTOM_OUTPUT", "CONCURRENT_EXECUTOR",
          "SEQUENTIAL_EXECUTOR")
      .refYields("FunctionId")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Function(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration for a CONCURRENT_EXECUTOR function. A CONCURRENT_EXECUTOR runs a set of child
   * functions in parallel, up to a maximum concurrency, and combines their output when all
   * functions complete. For more information about functions, see Working with functions
   * (https://docs.aws.amazon.com/mediatailor/latest/ug/monetization-functions.html) in the
   * MediaTailor User Guide.
   *
   * <p>CloudFormation property {@code ConcurrentExecutorConfiguration}.
   */
  public Function concurrentExecutorConfiguration(Value<ConcurrentExecutorConfiguration> value) {
    return set("ConcurrentExecutorConfiguration", value);
  }

  /**
   * Configuration for custom output functions.
   *
   * <p>CloudFormation property {@code CustomOutputConfiguration}.
   */
  public Function customOutputConfiguration(Value<CustomOutputConfiguration> value) {
    return set("CustomOutputConfiguration", value);
  }

  /**
   * A description of the function.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Function description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Function description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The unique identifier for the function.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code FunctionId}.
   */
  public Function functionId(String value) {
    return set("FunctionId", Value.of(value));
  }

  /** Sets {@code FunctionId} to this value; see {@link #functionId(String)}. */
  public Function functionId(Value<String> value) {
    return set("FunctionId", value);
  }

  /**
   * Required. Allowed values: {@code HTTP_REQUEST}, {@code CUSTOM_OUTPUT}, {@code
   * CONCURRENT_EXECUTOR}, {@code SEQUENTIAL_EXECUTOR}. CloudFormation property {@code
   * FunctionType}.
   */
  public Function functionType(String value) {
    return set("FunctionType", Value.of(value));
  }

  /** Sets {@code FunctionType} to this value; see {@link #functionType(String)}. */
  public Function functionType(Value<String> value) {
    return set("FunctionType", value);
  }

  /**
   * Configuration for HTTP request functions.
   *
   * <p>CloudFormation property {@code HttpRequestConfiguration}.
   */
  public Function httpRequestConfiguration(Value<HttpRequestConfiguration> value) {
    return set("HttpRequestConfiguration", value);
  }

  /**
   * The configuration for a SEQUENTIAL_EXECUTOR function. A SEQUENTIAL_EXECUTOR runs an ordered
   * list of child functions one at a time, passing data between them. For more information about
   * functions, see Working with functions
   * (https://docs.aws.amazon.com/mediatailor/latest/ug/monetization-functions.html) in the
   * MediaTailor User Guide.
   *
   * <p>CloudFormation property {@code SequentialExecutorConfiguration}.
   */
  public Function sequentialExecutorConfiguration(Value<SequentialExecutorConfiguration> value) {
    return set("SequentialExecutorConfiguration", value);
  }

  /**
   * The tags to assign to the function resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Function tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Function tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Function tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The configuration for a CONCURRENT_EXECUTOR function. A CONCURRENT_EXECUTOR runs a set of child
   * functions in parallel, up to a maximum concurrency, and combines their output when all
   * functions complete. For more information about functions, see Working with functions
   * (https://docs.aws.amazon.com/mediatailor/latest/ug/monetization-functions.html) in the
   * MediaTailor User Guide.
   *
   * <p>Property type {@code AWS::MediaTailor::Function.ConcurrentExecutorConfiguration}.
   */
  public static final class ConcurrentExecutorConfiguration extends Struct<ConcurrentExecutorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::Function.ConcurrentExecutorConfiguration")
        .required("FunctionList", "MaxConcurrency", "Output", "Runtime", "TimeoutMilliseconds")
        .constrain("MaxConcurrency", Constraint.of().minimum(1).maximum(2))
        .allowed("Runtime", "JSONATA")
        .constrain("TimeoutMilliseconds", Constraint.of().minimum(100).maximum(2000))
        .build();

    public ConcurrentExecutorConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of 1 to 10 child functions that MediaTailor runs in parallel. Each entry specifies a
     * child function to execute and an optional run condition expression that controls whether the
     * function runs. Child functions cannot themselves be executors, and each child function's
     * resolved namespace must be unique across the list.
     *
     * <p>Required. CloudFormation property {@code FunctionList}.
     */
    public ConcurrentExecutorConfiguration functionList(List<FunctionRef> value) {
      return set("FunctionList", Value.listOf(value));
    }

    /** Sets {@code FunctionList} to this value; see {@link #functionList(List)}. */
    public ConcurrentExecutorConfiguration functionList(Value<List<FunctionRef>> value) {
      return set("FunctionList", value);
    }

    /** Sets {@code FunctionList} to a list of these; see {@link #functionList(List)}. */
    public ConcurrentExecutorConfiguration functionList(FunctionRef... values) {
      return set("FunctionList", Value.list(values));
    }

    /**
     * The maximum number of child functions that MediaTailor runs simultaneously. When the list
     * contains more functions than MaxConcurrency, MediaTailor starts additional functions as
     * running ones complete, so that no more than MaxConcurrency functions run at the same time.
     * Valid values are 1 to 2.
     *
     * <p>Required. Range: 1 to 2. CloudFormation property {@code MaxConcurrency}.
     */
    public ConcurrentExecutorConfiguration maxConcurrency(int value) {
      return set("MaxConcurrency", Value.of(value));
    }

    /** Sets {@code MaxConcurrency} to this value; see {@link #maxConcurrency(int)}. */
    public ConcurrentExecutorConfiguration maxConcurrency(Value<Integer> value) {
      return set("MaxConcurrency", value);
    }

    /**
     * A map of output bindings that controls which bindings the executor commits to the session
     * state after all child functions complete. Each key is a namespaced output path, and each
     * value is an expression that MediaTailor evaluates against the combined results of the child
     * functions.
     *
     * <p>Required. CloudFormation property {@code Output}.
     */
    public ConcurrentExecutorConfiguration output(Map<String, String> value) {
      return set("Output", Value.mapOf(value));
    }

    /** Sets {@code Output} to this value; see {@link #output(Map)}. */
    public ConcurrentExecutorConfiguration output(Value<Map<String, String>> value) {
      return set("Output", value);
    }

    /**
     * The expression language used to evaluate expressions in the function configuration. Set this
     * to JSONATA.
     *
     * <p>Required. Allowed values: {@code JSONATA}. CloudFormation property {@code Runtime}.
     */
    public ConcurrentExecutorConfiguration runtime(String value) {
      return set("Runtime", Value.of(value));
    }

    /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
    public ConcurrentExecutorConfiguration runtime(Value<String> value) {
      return set("Runtime", value);
    }

    /**
     * The maximum time, in milliseconds, for all child functions to complete. This timeout covers
     * every function in the list, including any HTTP calls the child functions make. If the
     * executor exceeds this timeout, MediaTailor discards all output from the executor and proceeds
     * with default behavior. Valid values are 100 to 2000.
     *
     * <p>Required. Range: 100 to 2000. CloudFormation property {@code TimeoutMilliseconds}.
     */
    public ConcurrentExecutorConfiguration timeoutMilliseconds(int value) {
      return set("TimeoutMilliseconds", Value.of(value));
    }

    /** Sets {@code TimeoutMilliseconds} to this value; see {@link #timeoutMilliseconds(int)}. */
    public ConcurrentExecutorConfiguration timeoutMilliseconds(Value<Integer> value) {
      return set("TimeoutMilliseconds", value);
    }
  }

  /**
   * Configuration for custom output functions.
   *
   * <p>Property type {@code AWS::MediaTailor::Function.CustomOutputConfiguration}.
   */
  public static final class CustomOutputConfiguration extends Struct<CustomOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::Function.CustomOutputConfiguration")
        .required("Runtime")
        .allowed("Runtime", "JSONATA")
        .build();

    public CustomOutputConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Output}. */
    public CustomOutputConfiguration output(Map<String, String> value) {
      return set("Output", Value.mapOf(value));
    }

    /** Sets {@code Output} to this value; see {@link #output(Map)}. */
    public CustomOutputConfiguration output(Value<Map<String, String>> value) {
      return set("Output", value);
    }

    /**
     * The expression language used to evaluate expressions in the function configuration. Set this
     * to JSONATA.
     *
     * <p>Required. Allowed values: {@code JSONATA}. CloudFormation property {@code Runtime}.
     */
    public CustomOutputConfiguration runtime(String value) {
      return set("Runtime", Value.of(value));
    }

    /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
    public CustomOutputConfiguration runtime(Value<String> value) {
      return set("Runtime", value);
    }
  }

  /**
   * A reference to a child function within an executor function.
   *
   * <p>Property type {@code AWS::MediaTailor::Function.FunctionRef}.
   */
  public static final class FunctionRef extends Struct<FunctionRef> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::Function.FunctionRef");

    public FunctionRef() {
      super(SCHEMA);
    }

    /**
     * An optional alternate name for the child function within the executor. MediaTailor uses this
     * value as the namespace for the child function's output. If omitted, MediaTailor uses the
     * function identifier. The resolved namespace must be unique across all child functions in the
     * list.
     *
     * <p>CloudFormation property {@code Alias}.
     */
    public FunctionRef alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public FunctionRef alias(Value<String> value) {
      return set("Alias", value);
    }

    /**
     * The identifier of the child function to execute.
     *
     * <p>CloudFormation property {@code FunctionId}.
     */
    public FunctionRef functionId(String value) {
      return set("FunctionId", Value.of(value));
    }

    /** Sets {@code FunctionId} to this value; see {@link #functionId(String)}. */
    public FunctionRef functionId(Value<String> value) {
      return set("FunctionId", value);
    }

    /**
     * An optional expression that evaluates to a boolean. MediaTailor evaluates this expression
     * immediately before running the child function, using the accumulated state at that point. If
     * the expression evaluates to false, MediaTailor skips the child function. If omitted, the
     * child function always runs.
     *
     * <p>CloudFormation property {@code RunCondition}.
     */
    public FunctionRef runCondition(String value) {
      return set("RunCondition", Value.of(value));
    }

    /** Sets {@code RunCondition} to this value; see {@link #runCondition(String)}. */
    public FunctionRef runCondition(Value<String> value) {
      return set("RunCondition", value);
    }
  }

  /**
   * Configuration for HTTP request functions.
   *
   * <p>Property type {@code AWS::MediaTailor::Function.HttpRequestConfiguration}.
   */
  public static final class HttpRequestConfiguration extends Struct<HttpRequestConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::Function.HttpRequestConfiguration")
        .required("MethodType", "RequestTimeoutMilliseconds", "Runtime", "Url")
        .allowed("MethodType", "GET", "POST")
        .allowed("Runtime", "JSONATA")
        .build();

    public HttpRequestConfiguration() {
      super(SCHEMA);
    }

    /**
     * The body of the HTTP request.
     *
     * <p>CloudFormation property {@code Body}.
     */
    public HttpRequestConfiguration body(String value) {
      return set("Body", Value.of(value));
    }

    /** Sets {@code Body} to this value; see {@link #body(String)}. */
    public HttpRequestConfiguration body(Value<String> value) {
      return set("Body", value);
    }

    /** CloudFormation property {@code Headers}. */
    public HttpRequestConfiguration headers(Map<String, String> value) {
      return set("Headers", Value.mapOf(value));
    }

    /** Sets {@code Headers} to this value; see {@link #headers(Map)}. */
    public HttpRequestConfiguration headers(Value<Map<String, String>> value) {
      return set("Headers", value);
    }

    /**
     * Required. Allowed values: {@code GET}, {@code POST}. CloudFormation property {@code
     * MethodType}.
     */
    public HttpRequestConfiguration methodType(String value) {
      return set("MethodType", Value.of(value));
    }

    /** Sets {@code MethodType} to this value; see {@link #methodType(String)}. */
    public HttpRequestConfiguration methodType(Value<String> value) {
      return set("MethodType", value);
    }

    /** CloudFormation property {@code Output}. */
    public HttpRequestConfiguration output(Map<String, String> value) {
      return set("Output", Value.mapOf(value));
    }

    /** Sets {@code Output} to this value; see {@link #output(Map)}. */
    public HttpRequestConfiguration output(Value<Map<String, String>> value) {
      return set("Output", value);
    }

    /**
     * The timeout in milliseconds for the HTTP request. Maximum value is 2000.
     *
     * <p>Required. CloudFormation property {@code RequestTimeoutMilliseconds}.
     */
    public HttpRequestConfiguration requestTimeoutMilliseconds(int value) {
      return set("RequestTimeoutMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code RequestTimeoutMilliseconds} to this value; see {@link
     * #requestTimeoutMilliseconds(int)}.
     */
    public HttpRequestConfiguration requestTimeoutMilliseconds(Value<Integer> value) {
      return set("RequestTimeoutMilliseconds", value);
    }

    /**
     * The expression language used to evaluate expressions in the function configuration. Set this
     * to JSONATA.
     *
     * <p>Required. Allowed values: {@code JSONATA}. CloudFormation property {@code Runtime}.
     */
    public HttpRequestConfiguration runtime(String value) {
      return set("Runtime", Value.of(value));
    }

    /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
    public HttpRequestConfiguration runtime(Value<String> value) {
      return set("Runtime", value);
    }

    /**
     * The URL endpoint for the HTTP request.
     *
     * <p>Required. CloudFormation property {@code Url}.
     */
    public HttpRequestConfiguration url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public HttpRequestConfiguration url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * The configuration for a SEQUENTIAL_EXECUTOR function. A SEQUENTIAL_EXECUTOR runs an ordered
   * list of child functions one at a time, passing data between them. For more information about
   * functions, see Working with functions
   * (https://docs.aws.amazon.com/mediatailor/latest/ug/monetization-functions.html) in the
   * MediaTailor User Guide.
   *
   * <p>Property type {@code AWS::MediaTailor::Function.SequentialExecutorConfiguration}.
   */
  public static final class SequentialExecutorConfiguration extends Struct<SequentialExecutorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::Function.SequentialExecutorConfiguration")
        .required("FunctionList", "Runtime", "TimeoutMilliseconds")
        .allowed("Runtime", "JSONATA")
        .build();

    public SequentialExecutorConfiguration() {
      super(SCHEMA);
    }

    /**
     * An ordered list of 1 to 10 steps. Each step specifies a child function to execute and an
     * optional run condition expression that controls whether the step runs. MediaTailor executes
     * the steps in order, passing data between steps through temporary data. Each step's resolved
     * namespace must be unique across the list.
     *
     * <p>Required. CloudFormation property {@code FunctionList}.
     */
    public SequentialExecutorConfiguration functionList(List<FunctionRef> value) {
      return set("FunctionList", Value.listOf(value));
    }

    /** Sets {@code FunctionList} to this value; see {@link #functionList(List)}. */
    public SequentialExecutorConfiguration functionList(Value<List<FunctionRef>> value) {
      return set("FunctionList", value);
    }

    /** Sets {@code FunctionList} to a list of these; see {@link #functionList(List)}. */
    public SequentialExecutorConfiguration functionList(FunctionRef... values) {
      return set("FunctionList", Value.list(values));
    }

    /**
     * A map of output bindings that controls which bindings the sequence commits to the session
     * state after all steps complete. Each key is a namespaced output path, and each value is an
     * expression that MediaTailor evaluates against the accumulated results of the steps.
     *
     * <p>CloudFormation property {@code Output}.
     */
    public SequentialExecutorConfiguration output(Map<String, String> value) {
      return set("Output", Value.mapOf(value));
    }

    /** Sets {@code Output} to this value; see {@link #output(Map)}. */
    public SequentialExecutorConfiguration output(Value<Map<String, String>> value) {
      return set("Output", value);
    }

    /**
     * The expression language used to evaluate expressions in the function configuration. Set this
     * to JSONATA.
     *
     * <p>Required. Allowed values: {@code JSONATA}. CloudFormation property {@code Runtime}.
     */
    public SequentialExecutorConfiguration runtime(String value) {
      return set("Runtime", Value.of(value));
    }

    /** Sets {@code Runtime} to this value; see {@link #runtime(String)}. */
    public SequentialExecutorConfiguration runtime(Value<String> value) {
      return set("Runtime", value);
    }

    /**
     * The maximum time, in milliseconds, for the entire sequence to complete. This timeout covers
     * all steps, including any HTTP calls made by child functions. If the sequence exceeds this
     * timeout, MediaTailor discards all output from the sequence and proceeds with default
     * behavior. Valid values are 100 to 2000.
     *
     * <p>Required. CloudFormation property {@code TimeoutMilliseconds}.
     */
    public SequentialExecutorConfiguration timeoutMilliseconds(int value) {
      return set("TimeoutMilliseconds", Value.of(value));
    }

    /** Sets {@code TimeoutMilliseconds} to this value; see {@link #timeoutMilliseconds(int)}. */
    public SequentialExecutorConfiguration timeoutMilliseconds(Value<Integer> value) {
      return set("TimeoutMilliseconds", value);
    }
  }
}
