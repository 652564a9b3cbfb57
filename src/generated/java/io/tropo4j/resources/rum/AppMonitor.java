// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rum;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.cognito.IdentityPool;
import io.tropo4j.resources.iam.Role;
import java.util.List;
import java.util.Map;

/**
 * Creates a CloudWatch RUM app monitor, which you can use to collect telemetry data from your
 * application and send it to CloudWatch RUM. The data includes performance and reliability
 * information such as page load time, client-side errors, and user behavior.
 *
 * <p>After you create an app monitor, sign in to the CloudWatch RUM console to get the JavaScript
 * code snippet to add to your web application. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-RUM-find-code-snippet.html">How
 * do I find a code snippet that I've already generated?</a>
 *
 * <p>CloudFormation type {@code AWS::RUM::AppMonitor}.
 */
public final class AppMonitor extends Resource<AppMonitor> {
  private static final Schema SCHEMA = Schema.builder("AWS::RUM::AppMonitor")
      .required("Name")
      .constrain("Domain", Constraint.of().pattern("^(localhost)$|^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$|(?=^[a-zA-Z0-9\\.\\*-]{4,253}$)(?!.*\\.-)(?!.*-\\.)(?!.*\\.\\.)(?!.*[^\\.]{64,})^(\\*\\.)?(?![-\\.\\*])[^\\*]{1,}\\.(\\*|(?!.*--)(?=.*[a-zA-Z])[^\\*]{1,}[^\\*-])$").minLength(1).maxLength(253))
      .constrain("DomainList", Constraint.of().pattern("^(localhost)$|^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$|(?=^[a-zA-Z0-9\\.\\*-]{4,253}$)(?!.*\\.-)(?!.*-\\.)(?!.*\\.\\.)(?!.*[^\\.]{64,})^(\\*\\.)?(?![-\\.\\*])[^\\*]{1,}\\.(\\*|(?!.*--)(?=.*[a-zA-Z])[^\\*]{1,}[^\\*-])$").minLength(1).maxLength(253))
      .constrain("Name", Constraint.of().pattern("[\\.\\-_/#A-Za-z0-9]+").minLength(1).maxLength(255))
      .allowed("Platform", "Web", "Android", "iOS")
      .refYields("Name")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AppMonitor(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A structure that contains much of the configuration data for the app monitor. If you are using
   * Amazon Cognito for authorization, you must include this structure in your request, and it must
   * include the ID of the Amazon Cognito identity pool to use for authorization. If you don't
   * include <code>AppMonitorConfiguration</code> , you must set up your own authorization method.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-RUM-get-started-authorization.html">Authorize
   * your application to send data to AWS</a> .
   *
   * <p>If you omit this argument, the sample rate used for CloudWatch RUM is set to 10% of the user
   * sessions.
   *
   * <p>CloudFormation property {@code AppMonitorConfiguration}.
   */
  public AppMonitor appMonitorConfiguration(Value<AppMonitorConfiguration> value) {
    return set("AppMonitorConfiguration", value);
  }

  /**
   * Specifies whether this app monitor allows the web client to define and send custom events. If
   * you omit this parameter, custom events are <code>DISABLED</code> .
   *
   * <p>CloudFormation property {@code CustomEvents}.
   */
  public AppMonitor customEvents(Value<CustomEvents> value) {
    return set("CustomEvents", value);
  }

  /**
   * Data collected by CloudWatch RUM is kept by RUM for 30 days and then deleted. This parameter
   * specifies whether CloudWatch RUM sends a copy of this telemetry data to Amazon CloudWatch Logs
   * in your account. This enables you to keep the telemetry data for more than 30 days, but it does
   * incur Amazon CloudWatch Logs charges.
   *
   * <p>If you omit this parameter, the default is <code>false</code> .
   *
   * <p>CloudFormation property {@code CwLogEnabled}.
   */
  public AppMonitor cwLogEnabled(boolean value) {
    return set("CwLogEnabled", Value.of(value));
  }

  /** Sets {@code CwLogEnabled} to this value; see {@link #cwLogEnabled(boolean)}. */
  public AppMonitor cwLogEnabled(Value<Boolean> value) {
    return set("CwLogEnabled", value);
  }

  /**
   * A structure that contains the configuration for how an app monitor can deobfuscate stack
   * traces.
   *
   * <p>CloudFormation property {@code DeobfuscationConfiguration}.
   */
  public AppMonitor deobfuscationConfiguration(Value<DeobfuscationConfiguration> value) {
    return set("DeobfuscationConfiguration", value);
  }

  /**
   * The top-level internet domain name for which your application has administrative authority.
   * This parameter or the <code>DomainList</code> parameter is required.
   *
   * <p>Length: 1 to 253 characters. Pattern: {@code
   * ^(localhost)$|^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)&#92;.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$|(?=^[a-zA-Z0-9&#92;.&#92;*-]{4,253}$)(?!.*&#92;.-)(?!.*-&#92;.)(?!.*&#92;.&#92;.)(?!.*[^&#92;.]{64,})^(&#92;*&#92;.)?(?![-&#92;.&#92;*])[^&#92;*]{1,}&#92;.(&#92;*|(?!.*--)(?=.*[a-zA-Z])[^&#92;*]{1,}[^&#92;*-])$}.
   * CloudFormation property {@code Domain}.
   */
  public AppMonitor domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public AppMonitor domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * List the domain names for which your application has administrative authority. This parameter
   * or the <code>Domain</code> parameter is required.
   *
   * <p>You can have a minimum of 1 and a maximum of 5 <code>Domain</code> under
   * <code>DomainList</code> . Each <code>Domain</code> must be a minimum length of 1 and a maximum
   * of 253 characters.
   *
   * <p>Length: 1 to 253 characters. Pattern: {@code
   * ^(localhost)$|^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)&#92;.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$|(?=^[a-zA-Z0-9&#92;.&#92;*-]{4,253}$)(?!.*&#92;.-)(?!.*-&#92;.)(?!.*&#92;.&#92;.)(?!.*[^&#92;.]{64,})^(&#92;*&#92;.)?(?![-&#92;.&#92;*])[^&#92;*]{1,}&#92;.(&#92;*|(?!.*--)(?=.*[a-zA-Z])[^&#92;*]{1,}[^&#92;*-])$}.
   * CloudFormation property {@code DomainList}.
   */
  public AppMonitor domainList(List<String> value) {
    return set("DomainList", Value.listOf(value));
  }

  /** Sets {@code DomainList} to this value; see {@link #domainList(List)}. */
  public AppMonitor domainList(Value<List<String>> value) {
    return set("DomainList", value);
  }

  /**
   * A name for the app monitor. This parameter is required.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * [&#92;.&#92;-_/#A-Za-z0-9]+}. CloudFormation property {@code Name}.
   */
  public AppMonitor name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AppMonitor name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Changing it replaces the resource. Allowed values: {@code Web}, {@code Android}, {@code iOS}.
   * CloudFormation property {@code Platform}.
   */
  public AppMonitor platform(String value) {
    return set("Platform", Value.of(value));
  }

  /** Sets {@code Platform} to this value; see {@link #platform(String)}. */
  public AppMonitor platform(Value<String> value) {
    return set("Platform", value);
  }

  /**
   * Use this structure to assign a resource-based policy to a CloudWatch RUM app monitor to control
   * access to it. Each app monitor can have one resource-based policy. The maximum size of the
   * policy is 4 KB. To learn more about using resource policies with RUM, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-RUM-resource-policies.html">Using
   * resource-based policies with CloudWatch RUM</a> .
   *
   * <p>CloudFormation property {@code ResourcePolicy}.
   */
  public AppMonitor resourcePolicy(Value<ResourcePolicy> value) {
    return set("ResourcePolicy", value);
  }

  /**
   * Assigns one or more tags (key-value pairs) to the app monitor.
   *
   * <p>Tags can help you organize and categorize your resources. You can also use them to scope
   * user permissions by granting a user permission to access or change only resources with certain
   * tag values.
   *
   * <p>Tags don't have any semantic meaning to AWS and are interpreted strictly as strings of
   * characters.
   *
   * <p>You can associate as many as 50 tags with an app monitor.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS resources</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AppMonitor tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AppMonitor tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AppMonitor tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the app monitor, such as <code>123456ab-1234-4ca9-9d2f-a1b2c3456789</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * This structure contains much of the configuration data for the app monitor.
   *
   * <p>Property type {@code AWS::RUM::AppMonitor.AppMonitorConfiguration}.
   */
  public static final class AppMonitorConfiguration extends Struct<AppMonitorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::RUM::AppMonitor.AppMonitorConfiguration")
        .constrain("ExcludedPages", Constraint.of().pattern("https?:\\/\\/(www\\.)?[-a-zA-Z0-9@:%._\\+~#=]{1,256}\\.[a-zA-Z0-9()]{1,6}\\b([-a-zA-Z0-9()@:%_\\+.~#?&//=]*)").minLength(1).maxLength(1260))
        .constrain("GuestRoleArn", Constraint.of().pattern("arn:[^:]*:[^:]*:[^:]*:[^:]*:.*"))
        .references("GuestRoleArn", "AWS::IAM::Role.Arn")
        .constrain("IdentityPoolId", Constraint.of().pattern("[\\w-]+:[0-9a-f-]+").minLength(1).maxLength(55))
        .references("IdentityPoolId", "AWS::Cognito::IdentityPool.Ref")
        .constrain("IncludedPages", Constraint.of().pattern("https?:\\/\\/(www\\.)?[-a-zA-Z0-9@:%._\\+~#=]{1,256}\\.[a-zA-Z0-9()]{1,6}\\b([-a-zA-Z0-9()@:%_\\+.~#?&//=]*)").minLength(1).maxLength(1260))
        .constrain("SessionSampleRate", Constraint.of().minimum(0).maximum(1))
        .allowed("Telemetries", "errors", "performance", "http")
        .build();

    public AppMonitorConfiguration() {
      super(SCHEMA);
    }

    /**
     * If you set this to <code>true</code> , the CloudWatch RUM web client sets two cookies, a
     * session cookie and a user cookie. The cookies allow the CloudWatch RUM web client to collect
     * data relating to the number of users an application has and the behavior of the application
     * across a sequence of events. Cookies are stored in the top-level domain of the current page.
     *
     * <p>CloudFormation property {@code AllowCookies}.
     */
    public AppMonitorConfiguration allowCookies(boolean value) {
      return set("AllowCookies", Value.of(value));
    }

    /** Sets {@code AllowCookies} to this value; see {@link #allowCookies(boolean)}. */
    public AppMonitorConfiguration allowCookies(Value<Boolean> value) {
      return set("AllowCookies", value);
    }

    /**
     * If you set this to <code>true</code> , CloudWatch RUM sends client-side traces to X-Ray for
     * each sampled session. You can then see traces and segments from these user sessions in the
     * RUM dashboard and the CloudWatch ServiceLens console. For more information, see <a
     * href="https://docs.aws.amazon.com/xray/latest/devguide/aws-xray.html">What is AWS X-Ray ?</a>
     *
     * <p>CloudFormation property {@code EnableXRay}.
     */
    public AppMonitorConfiguration enableXRay(boolean value) {
      return set("EnableXRay", Value.of(value));
    }

    /** Sets {@code EnableXRay} to this value; see {@link #enableXRay(boolean)}. */
    public AppMonitorConfiguration enableXRay(Value<Boolean> value) {
      return set("EnableXRay", value);
    }

    /**
     * A list of URLs in your website or application to exclude from RUM data collection.
     *
     * <p>You can't include both <code>ExcludedPages</code> and <code>IncludedPages</code> in the
     * same app monitor.
     *
     * <p>Length: 1 to 1260 characters. Pattern: {@code
     * https?:&#92;/&#92;/(www&#92;.)?[-a-zA-Z0-9&#64;:%._&#92;+~#=]{1,256}&#92;.[a-zA-Z0-9()]{1,6}&#92;b([-a-zA-Z0-9()&#64;:%_&#92;+.~#?&amp;//=]*)}.
     * CloudFormation property {@code ExcludedPages}.
     */
    public AppMonitorConfiguration excludedPages(List<String> value) {
      return set("ExcludedPages", Value.listOf(value));
    }

    /** Sets {@code ExcludedPages} to this value; see {@link #excludedPages(List)}. */
    public AppMonitorConfiguration excludedPages(Value<List<String>> value) {
      return set("ExcludedPages", value);
    }

    /**
     * A list of pages in your application that are to be displayed with a "favorite" icon in the
     * CloudWatch RUM console.
     *
     * <p>CloudFormation property {@code FavoritePages}.
     */
    public AppMonitorConfiguration favoritePages(List<String> value) {
      return set("FavoritePages", Value.listOf(value));
    }

    /** Sets {@code FavoritePages} to this value; see {@link #favoritePages(List)}. */
    public AppMonitorConfiguration favoritePages(Value<List<String>> value) {
      return set("FavoritePages", value);
    }

    /**
     * The ARN of the guest IAM role that is attached to the Amazon Cognito identity pool that is
     * used to authorize the sending of data to CloudWatch RUM.
     *
     * <p>Pattern: {@code arn:[^:]*:[^:]*:[^:]*:[^:]*:.*}. CloudFormation property {@code
     * GuestRoleArn}.
     */
    public AppMonitorConfiguration guestRoleArn(String value) {
      return set("GuestRoleArn", Value.of(value));
    }

    /** Sets {@code GuestRoleArn} to this value; see {@link #guestRoleArn(String)}. */
    public AppMonitorConfiguration guestRoleArn(Value<String> value) {
      return set("GuestRoleArn", value);
    }

    /**
     * Sets {@code GuestRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #guestRoleArn(String)}.
     */
    public AppMonitorConfiguration guestRoleArn(Role resource) {
      return set("GuestRoleArn", resource.arn());
    }

    /**
     * The ID of the Amazon Cognito identity pool that is used to authorize the sending of data to
     * CloudWatch RUM.
     *
     * <p>Length: 1 to 55 characters. Pattern: {@code [&#92;w-]+:[0-9a-f-]+}. CloudFormation
     * property {@code IdentityPoolId}.
     */
    public AppMonitorConfiguration identityPoolId(String value) {
      return set("IdentityPoolId", Value.of(value));
    }

    /** Sets {@code IdentityPoolId} to this value; see {@link #identityPoolId(String)}. */
    public AppMonitorConfiguration identityPoolId(Value<String> value) {
      return set("IdentityPoolId", value);
    }

    /**
     * Sets {@code IdentityPoolId} to the Ref of {@code AWS::Cognito::IdentityPool}; see {@link
     * #identityPoolId(String)}.
     */
    public AppMonitorConfiguration identityPoolId(IdentityPool resource) {
      return set("IdentityPoolId", resource.ref());
    }

    /**
     * If this app monitor is to collect data from only certain pages in your application, this
     * structure lists those pages.
     *
     * <p>You can't include both <code>ExcludedPages</code> and <code>IncludedPages</code> in the
     * same app monitor.
     *
     * <p>Length: 1 to 1260 characters. Pattern: {@code
     * https?:&#92;/&#92;/(www&#92;.)?[-a-zA-Z0-9&#64;:%._&#92;+~#=]{1,256}&#92;.[a-zA-Z0-9()]{1,6}&#92;b([-a-zA-Z0-9()&#64;:%_&#92;+.~#?&amp;//=]*)}.
     * CloudFormation property {@code IncludedPages}.
     */
    public AppMonitorConfiguration includedPages(List<String> value) {
      return set("IncludedPages", Value.listOf(value));
    }

    /** Sets {@code IncludedPages} to this value; see {@link #includedPages(List)}. */
    public AppMonitorConfiguration includedPages(Value<List<String>> value) {
      return set("IncludedPages", value);
    }

    /**
     * An array of structures that each define a destination that this app monitor will send
     * extended metrics to.
     *
     * <p>CloudFormation property {@code MetricDestinations}.
     */
    public AppMonitorConfiguration metricDestinations(List<MetricDestination> value) {
      return set("MetricDestinations", Value.listOf(value));
    }

    /** Sets {@code MetricDestinations} to this value; see {@link #metricDestinations(List)}. */
    public AppMonitorConfiguration metricDestinations(Value<List<MetricDestination>> value) {
      return set("MetricDestinations", value);
    }

    /**
     * Sets {@code MetricDestinations} to a list of these; see {@link #metricDestinations(List)}.
     */
    public AppMonitorConfiguration metricDestinations(MetricDestination... values) {
      return set("MetricDestinations", Value.list(values));
    }

    /**
     * Specifies the portion of user sessions to use for CloudWatch RUM data collection. Choosing a
     * higher portion gives you more data but also incurs more costs.
     *
     * <p>The range for this value is 0 to 1 inclusive. Setting this to 1 means that 100% of user
     * sessions are sampled, and setting it to 0.1 means that 10% of user sessions are sampled.
     *
     * <p>If you omit this parameter, the default of 0.1 is used, and 10% of sessions will be
     * sampled.
     *
     * <p>Range: 0 to 1. CloudFormation property {@code SessionSampleRate}.
     */
    public AppMonitorConfiguration sessionSampleRate(double value) {
      return set("SessionSampleRate", Value.of(value));
    }

    /** Sets {@code SessionSampleRate} to this value; see {@link #sessionSampleRate(double)}. */
    public AppMonitorConfiguration sessionSampleRate(Value<Double> value) {
      return set("SessionSampleRate", value);
    }

    /**
     * An array that lists the types of telemetry data that this app monitor is to collect.
     *
     * <ul> <li><code>errors</code> indicates that RUM collects data about unhandled JavaScript
     * errors raised by your application. <li><code>performance</code> indicates that RUM collects
     * performance data about how your application and its resources are loaded and rendered. This
     * includes Core Web Vitals. <li><code>http</code> indicates that RUM collects data about HTTP
     * errors thrown by your application. </ul>
     *
     * <p>Allowed values: {@code errors}, {@code performance}, {@code http}. CloudFormation property
     * {@code Telemetries}.
     */
    public AppMonitorConfiguration telemetries(List<String> value) {
      return set("Telemetries", Value.listOf(value));
    }

    /** Sets {@code Telemetries} to this value; see {@link #telemetries(List)}. */
    public AppMonitorConfiguration telemetries(Value<List<String>> value) {
      return set("Telemetries", value);
    }
  }

  /**
   * This structure specifies whether this app monitor allows the web client to define and send
   * custom events.
   *
   * <p>Property type {@code AWS::RUM::AppMonitor.CustomEvents}.
   */
  public static final class CustomEvents extends Struct<CustomEvents> {
    private static final Schema SCHEMA = Schema.builder("AWS::RUM::AppMonitor.CustomEvents")
        .allowed("Status", "ENABLED", "DISABLED")
        .build();

    public CustomEvents() {
      super(SCHEMA);
    }

    /**
     * Set this to <code>ENABLED</code> to allow the web client to send custom events for this app
     * monitor.
     *
     * <p>Valid values are <code>ENABLED</code> and <code>DISABLED</code> .
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Status}.
     */
    public CustomEvents status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public CustomEvents status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * A structure that contains the configuration for how an app monitor can deobfuscate stack
   * traces.
   *
   * <p>Property type {@code AWS::RUM::AppMonitor.DeobfuscationConfiguration}.
   */
  public static final class DeobfuscationConfiguration extends Struct<DeobfuscationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::RUM::AppMonitor.DeobfuscationConfiguration");

    public DeobfuscationConfiguration() {
      super(SCHEMA);
    }

    /**
     * A structure that contains the configuration for how an app monitor can unminify JavaScript
     * error stack traces using source maps.
     *
     * <p>CloudFormation property {@code JavaScriptSourceMaps}.
     */
    public DeobfuscationConfiguration javaScriptSourceMaps(Value<JavaScriptSourceMaps> value) {
      return set("JavaScriptSourceMaps", value);
    }
  }

  /**
   * A structure that contains the configuration for how an app monitor can unminify JavaScript
   * error stack traces using source maps.
   *
   * <p>Property type {@code AWS::RUM::AppMonitor.JavaScriptSourceMaps}.
   */
  public static final class JavaScriptSourceMaps extends Struct<JavaScriptSourceMaps> {
    private static final Schema SCHEMA = Schema.builder("AWS::RUM::AppMonitor.JavaScriptSourceMaps")
        .required("Status")
        .constrain("S3Uri", Constraint.of().pattern("^s3://[a-z0-9][-.a-z0-9]{1,62}(?:/[-!_*'().a-z0-9A-Z]+(?:/[-!_*'().a-z0-9A-Z]+)*)?/?$").minLength(1).maxLength(1024))
        .allowed("Status", "ENABLED", "DISABLED")
        .build();

    public JavaScriptSourceMaps() {
      super(SCHEMA);
    }

    /**
     * The S3Uri of the bucket or folder that stores the source map files. It is required if status
     * is ENABLED.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^s3://[a-z0-9][-.a-z0-9]{1,62}(?:/[-!_*'().a-z0-9A-Z]+(?:/[-!_*'().a-z0-9A-Z]+)*)?/?$}.
     * CloudFormation property {@code S3Uri}.
     */
    public JavaScriptSourceMaps s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public JavaScriptSourceMaps s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }

    /**
     * Specifies whether JavaScript error stack traces should be unminified for this app monitor.
     * The default is for JavaScript error stack trace unminification to be <code>DISABLED</code> .
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code Status}.
     */
    public JavaScriptSourceMaps status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public JavaScriptSourceMaps status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Specifies one custom metric or extended metric that you want the CloudWatch RUM app monitor to
   * send to a destination. Valid destinations include CloudWatch and Evidently.
   *
   * <p>By default, RUM app monitors send some metrics to CloudWatch . These default metrics are
   * listed in <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-RUM-metrics.html">CloudWatch
   * metrics that you can collect.</a>
   *
   * <p>In addition to these default metrics, you can choose to send extended metrics or custom
   * metrics or both.
   *
   * <ul> <li>Extended metrics enable you to send metrics with additional dimensions not included in
   * the default metrics. You can also send extended metrics to Evidently as well as CloudWatch .
   * The valid dimension names for the additional dimensions for extended metrics are
   * <code>BrowserName</code> , <code>CountryCode</code> , <code>DeviceType</code> ,
   * <code>FileType</code> , <code>OSName</code> , and <code>PageId</code> . For more information,
   * see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-RUM-vended-metrics.html">Extended
   * metrics</a> . <li>Custom metrics are metrics that you define. You can send custom metrics to
   * CloudWatch or to CloudWatch Evidently or to both. With custom metrics, you can use any metric
   * name and namespace, and to derive the metrics you can use any custom events, built-in events,
   * custom attributes, or default attributes. </ul>
   *
   * <p>You can't send custom metrics to the <code>AWS/RUM</code> namespace. You must send custom
   * metrics to a custom namespace that you define. The namespace that you use can't start with
   * <code>AWS/</code> . CloudWatch RUM prepends <code>RUM/CustomMetrics/</code> to the custom
   * namespace that you define, so the final namespace for your metrics in CloudWatch is
   * <code>RUM/CustomMetrics/ <em>your-custom-namespace</em></code> .
   *
   * <p>For information about syntax rules for specifying custom metrics and extended metrics, see
   * <a
   * href="https://docs.aws.amazon.com/cloudwatchrum/latest/APIReference/API_MetricDefinitionRequest.html">MetridDefinitionRequest</a>
   * in the <em>CloudWatch RUM API Reference</em> .
   *
   * <p>The maximum number of metric definitions that one destination can contain is 2000.
   *
   * <p>Extended metrics sent to CloudWatch and RUM custom metrics are charged as CloudWatch custom
   * metrics. Each combination of additional dimension name and dimension value counts as a custom
   * metric.
   *
   * <p>If some metric definitions that you specify are not valid, then the operation will not
   * modify any metric definitions even if other metric definitions specified are valid.
   *
   * <p>Property type {@code AWS::RUM::AppMonitor.MetricDefinition}.
   */
  public static final class MetricDefinition extends Struct<MetricDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::RUM::AppMonitor.MetricDefinition")
        .required("Name")
        .constrain("EventPattern", Constraint.of().minLength(1).maxLength(4000))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("Namespace", Constraint.of().pattern("[a-zA-Z0-9-._/#:]+$").minLength(1).maxLength(237))
        .constrain("UnitLabel", Constraint.of().minLength(1).maxLength(256))
        .constrain("ValueKey", Constraint.of().pattern(".*").minLength(1).maxLength(256))
        .build();

    public MetricDefinition() {
      super(SCHEMA);
    }

    /**
     * This field is a map of field paths to dimension names. It defines the dimensions to associate
     * with this metric in CloudWatch . The value of this field is used only if the metric
     * destination is <code>CloudWatch</code> . If the metric destination is <code>Evidently</code>
     * , the value of <code>DimensionKeys</code> is ignored.
     *
     * <p>CloudFormation property {@code DimensionKeys}.
     */
    public MetricDefinition dimensionKeys(Map<String, String> value) {
      return set("DimensionKeys", Value.mapOf(value));
    }

    /** Sets {@code DimensionKeys} to this value; see {@link #dimensionKeys(Map)}. */
    public MetricDefinition dimensionKeys(Value<Map<String, String>> value) {
      return set("DimensionKeys", value);
    }

    /**
     * The pattern that defines the metric. RUM checks events that happen in a user's session
     * against the pattern, and events that match the pattern are sent to the metric destination.
     *
     * <p>If the metrics destination is <code>CloudWatch</code> and the event also matches a value
     * in <code>DimensionKeys</code> , then the metric is published with the specified dimensions.
     *
     * <p>Length: 1 to 4000 characters. CloudFormation property {@code EventPattern}.
     */
    public MetricDefinition eventPattern(String value) {
      return set("EventPattern", Value.of(value));
    }

    /** Sets {@code EventPattern} to this value; see {@link #eventPattern(String)}. */
    public MetricDefinition eventPattern(Value<String> value) {
      return set("EventPattern", value);
    }

    /**
     * The name of the metric that is defined in this structure.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Name}.
     */
    public MetricDefinition name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MetricDefinition name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * If you are creating a custom metric instead of an extended metrics, use this parameter to
     * define the metric namespace for that custom metric. Do not specify this parameter if you are
     * creating an extended metric.
     *
     * <p>You can't use any string that starts with <code>AWS/</code> for your namespace.
     *
     * <p>Length: 1 to 237 characters. Pattern: {@code [a-zA-Z0-9-._/#:]+$}. CloudFormation property
     * {@code Namespace}.
     */
    public MetricDefinition namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public MetricDefinition namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * Use this field only if you are sending this metric to CloudWatch . It defines the CloudWatch
     * metric unit that this metric is measured in.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code UnitLabel}.
     */
    public MetricDefinition unitLabel(String value) {
      return set("UnitLabel", Value.of(value));
    }

    /** Sets {@code UnitLabel} to this value; see {@link #unitLabel(String)}. */
    public MetricDefinition unitLabel(Value<String> value) {
      return set("UnitLabel", value);
    }

    /**
     * The field within the event object that the metric value is sourced from.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * ValueKey}.
     */
    public MetricDefinition valueKey(String value) {
      return set("ValueKey", Value.of(value));
    }

    /** Sets {@code ValueKey} to this value; see {@link #valueKey(String)}. */
    public MetricDefinition valueKey(Value<String> value) {
      return set("ValueKey", value);
    }
  }

  /**
   * Creates or updates a destination to receive extended metrics from CloudWatch RUM. You can send
   * extended metrics to CloudWatch or to a CloudWatch Evidently experiment.
   *
   * <p>For more information about extended metrics, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-RUM-vended-metrics.html">Extended
   * metrics that you can send to CloudWatch and CloudWatch Evidently</a> .
   *
   * <p>Property type {@code AWS::RUM::AppMonitor.MetricDestination}.
   */
  public static final class MetricDestination extends Struct<MetricDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::RUM::AppMonitor.MetricDestination")
        .required("Destination")
        .allowed("Destination", "CloudWatch", "Evidently")
        .constrain("DestinationArn", Constraint.of().pattern("arn:[^:]*:[^:]*:[^:]*:[^:]*:.*"))
        .constrain("IamRoleArn", Constraint.of().pattern("arn:[^:]*:[^:]*:[^:]*:[^:]*:.*").format("AWS::IAM::Role.Arn"))
        .build();

    public MetricDestination() {
      super(SCHEMA);
    }

    /**
     * Defines the destination to send the metrics to. Valid values are <code>CloudWatch</code> and
     * <code>Evidently</code> . If you specify <code>Evidently</code> , you must also specify the
     * ARN of the CloudWatch Evidently experiment that is to be the destination and an IAM role that
     * has permission to write to the experiment.
     *
     * <p>Required. Allowed values: {@code CloudWatch}, {@code Evidently}. CloudFormation property
     * {@code Destination}.
     */
    public MetricDestination destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public MetricDestination destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * Use this parameter only if <code>Destination</code> is <code>Evidently</code> . This
     * parameter specifies the ARN of the Evidently experiment that will receive the extended
     * metrics.
     *
     * <p>Pattern: {@code arn:[^:]*:[^:]*:[^:]*:[^:]*:.*}. CloudFormation property {@code
     * DestinationArn}.
     */
    public MetricDestination destinationArn(String value) {
      return set("DestinationArn", Value.of(value));
    }

    /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
    public MetricDestination destinationArn(Value<String> value) {
      return set("DestinationArn", value);
    }

    /**
     * This parameter is required if <code>Destination</code> is <code>Evidently</code> . If
     * <code>Destination</code> is <code>CloudWatch</code> , do not use this parameter.
     *
     * <p>This parameter specifies the ARN of an IAM role that RUM will assume to write to the
     * Evidently experiment that you are sending metrics to. This role must have permission to write
     * to that experiment.
     *
     * <p>Pattern: {@code arn:[^:]*:[^:]*:[^:]*:[^:]*:.*}. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code IamRoleArn}.
     */
    public MetricDestination iamRoleArn(String value) {
      return set("IamRoleArn", Value.of(value));
    }

    /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
    public MetricDestination iamRoleArn(Value<String> value) {
      return set("IamRoleArn", value);
    }

    /**
     * An array of structures which define the metrics that you want to send.
     *
     * <p>CloudFormation property {@code MetricDefinitions}.
     */
    public MetricDestination metricDefinitions(List<MetricDefinition> value) {
      return set("MetricDefinitions", Value.listOf(value));
    }

    /** Sets {@code MetricDefinitions} to this value; see {@link #metricDefinitions(List)}. */
    public MetricDestination metricDefinitions(Value<List<MetricDefinition>> value) {
      return set("MetricDefinitions", value);
    }

    /** Sets {@code MetricDefinitions} to a list of these; see {@link #metricDefinitions(List)}. */
    public MetricDestination metricDefinitions(MetricDefinition... values) {
      return set("MetricDefinitions", Value.list(values));
    }
  }

  /**
   * Use this structure to assign a resource-based policy to a CloudWatch RUM app monitor to control
   * access to it. Each app monitor can have one resource-based policy. The maximum size of the
   * policy is 4 KB. To learn more about using resource policies with RUM, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-RUM-resource-policies.html">Using
   * resource-based policies with CloudWatch RUM</a> .
   *
   * <p>Property type {@code AWS::RUM::AppMonitor.ResourcePolicy}.
   */
  public static final class ResourcePolicy extends Struct<ResourcePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::RUM::AppMonitor.ResourcePolicy")
        .required("PolicyDocument")
        .constrain("PolicyRevisionId", Constraint.of().minLength(1).maxLength(255))
        .build();

    public ResourcePolicy() {
      super(SCHEMA);
    }

    /**
     * The JSON to use as the resource policy. The document can be up to 4 KB in size. For more
     * information about the contents and syntax for this policy, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-RUM-resource-policies.html">Using
     * resource-based policies with CloudWatch RUM</a> .
     *
     * <p>Required. CloudFormation property {@code PolicyDocument}.
     */
    public ResourcePolicy policyDocument(String value) {
      return set("PolicyDocument", Value.of(value));
    }

    /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
    public ResourcePolicy policyDocument(Value<String> value) {
      return set("PolicyDocument", value);
    }

    /**
     * A string value that you can use to conditionally update your policy. You can provide the
     * revision ID of your existing policy to make mutating requests against that policy.
     *
     * <p>When you assign a policy revision ID, then later requests about that policy will be
     * rejected with an <code>InvalidPolicyRevisionIdException</code> error if they don't provide
     * the correct current revision ID.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code PolicyRevisionId}.
     */
    public ResourcePolicy policyRevisionId(String value) {
      return set("PolicyRevisionId", Value.of(value));
    }

    /** Sets {@code PolicyRevisionId} to this value; see {@link #policyRevisionId(String)}. */
    public ResourcePolicy policyRevisionId(Value<String> value) {
      return set("PolicyRevisionId", value);
    }
  }
}
