// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediastore;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::MediaStore::Container resource specifies a storage container to hold objects. A
 * container is similar to a bucket in Amazon S3.
 *
 * <p>When you create a container using CloudFormation , the template manages data for five API
 * actions: creating a container, setting access logging, updating the default container policy,
 * adding a cross-origin resource sharing (CORS) policy, and adding an object lifecycle policy.
 *
 * <p>CloudFormation type {@code AWS::MediaStore::Container}.
 */
public final class Container extends Resource<Container> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaStore::Container")
      .required("ContainerName")
      .refYields("Id")
      .attributes("Endpoint", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Container(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The state of access logging on the container. This value is <code>false</code> by default,
   * indicating that AWS Elemental MediaStore does not send access logs to Amazon CloudWatch Logs.
   * When you enable access logging on the container, MediaStore changes this value to
   * <code>true</code> , indicating that the service delivers access logs for objects stored in that
   * container to CloudWatch Logs.
   *
   * <p>CloudFormation property {@code AccessLoggingEnabled}.
   */
  public Container accessLoggingEnabled(boolean value) {
    return set("AccessLoggingEnabled", Value.of(value));
  }

  /**
   * Sets {@code AccessLoggingEnabled} to this value; see {@link #accessLoggingEnabled(boolean)}.
   */
  public Container accessLoggingEnabled(Value<Boolean> value) {
    return set("AccessLoggingEnabled", value);
  }

  /**
   * The name for the container. The name must be from 1 to 255 characters. Container names must be
   * unique to your AWS account within a specific region. As an example, you could create a
   * container named <code>movies</code> in every region, as long as you don’t have an existing
   * container with that name.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ContainerName}.
   */
  public Container containerName(String value) {
    return set("ContainerName", Value.of(value));
  }

  /** Sets {@code ContainerName} to this value; see {@link #containerName(String)}. */
  public Container containerName(Value<String> value) {
    return set("ContainerName", value);
  }

  /**
   * End of support notice: On November 13, 2025, AWS will discontinue support for AWS Elemental
   * MediaStore. After November 13, 2025, you will no longer be able to access the AWS Elemental
   * MediaStore console or AWS Elemental MediaStore resources. For more information, visit this <a
   * href="https://docs.aws.amazon.com/media/support-for-aws-elemental-mediastore-ending-soon/">blog
   * post</a> .
   *
   * <p>Sets the cross-origin resource sharing (CORS) configuration on a container so that the
   * container can service cross-origin requests. For example, you might want to enable a request
   * whose origin is http://www.example.com to access your AWS Elemental MediaStore container at
   * my.example.container.com by using the browser's XMLHttpRequest capability.
   *
   * <p>To enable CORS on a container, you attach a CORS policy to the container. In the CORS
   * policy, you configure rules that identify origins and the HTTP methods that can be executed on
   * your container. The policy can contain up to 398,000 characters. You can add up to 100 rules to
   * a CORS policy. If more than one rule applies, the service uses the first applicable rule
   * listed.
   *
   * <p>To learn more about CORS, see <a
   * href="https://docs.aws.amazon.com/mediastore/latest/ug/cors-policy.html">Cross-Origin Resource
   * Sharing (CORS) in AWS Elemental MediaStore</a> .
   *
   * <p>CloudFormation property {@code CorsPolicy}.
   */
  public Container corsPolicy(List<CorsRule> value) {
    return set("CorsPolicy", Value.listOf(value));
  }

  /** Sets {@code CorsPolicy} to this value; see {@link #corsPolicy(List)}. */
  public Container corsPolicy(Value<List<CorsRule>> value) {
    return set("CorsPolicy", value);
  }

  /** Sets {@code CorsPolicy} to a list of these; see {@link #corsPolicy(List)}. */
  public Container corsPolicy(CorsRule... values) {
    return set("CorsPolicy", Value.list(values));
  }

  /**
   * End of support notice: On November 13, 2025, AWS will discontinue support for AWS Elemental
   * MediaStore. After November 13, 2025, you will no longer be able to access the AWS Elemental
   * MediaStore console or AWS Elemental MediaStore resources. For more information, visit this <a
   * href="https://docs.aws.amazon.com/media/support-for-aws-elemental-mediastore-ending-soon/">blog
   * post</a> .
   *
   * <p>Writes an object lifecycle policy to a container. If the container already has an object
   * lifecycle policy, the service replaces the existing policy with the new policy. It takes up to
   * 20 minutes for the change to take effect.
   *
   * <p>For information about how to construct an object lifecycle policy, see <a
   * href="https://docs.aws.amazon.com/mediastore/latest/ug/policies-object-lifecycle-components.html">Components
   * of an Object Lifecycle Policy</a> .
   *
   * <p>CloudFormation property {@code LifecyclePolicy}.
   */
  public Container lifecyclePolicy(String value) {
    return set("LifecyclePolicy", Value.of(value));
  }

  /** Sets {@code LifecyclePolicy} to this value; see {@link #lifecyclePolicy(String)}. */
  public Container lifecyclePolicy(Value<String> value) {
    return set("LifecyclePolicy", value);
  }

  /**
   * The metric policy that is associated with the container. A metric policy allows AWS Elemental
   * MediaStore to send metrics to Amazon CloudWatch. In the policy, you must indicate whether you
   * want MediaStore to send container-level metrics. You can also include rules to define groups of
   * objects that you want MediaStore to send object-level metrics for.
   *
   * <p>To view examples of how to construct a metric policy for your use case, see <a
   * href="https://docs.aws.amazon.com/mediastore/latest/ug/policies-metric-examples.html">Example
   * Metric Policies</a> .
   *
   * <p>CloudFormation property {@code MetricPolicy}.
   */
  public Container metricPolicy(Value<MetricPolicy> value) {
    return set("MetricPolicy", value);
  }

  /**
   * Creates an access policy for the specified container to restrict the users and clients that can
   * access it. For information about the data that is included in an access policy, see the <a
   * href="https://docs.aws.amazon.com/iam/">AWS Identity and Access Management User Guide</a> .
   *
   * <p>For this release of the REST API, you can create only one policy for a container. If you
   * enter <code>PutContainerPolicy</code> twice, the second command modifies the existing policy.
   *
   * <p>CloudFormation property {@code Policy}.
   */
  public Container policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public Container policy(Value<String> value) {
    return set("Policy", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Container tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Container tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Container tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The DNS endpoint of the container. Use the endpoint to identify the specific container when
   * sending requests to the data plane. The service assigns this value when the container is
   * created. Once the value has been assigned, it does not change.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A rule for a CORS policy. You can add up to 100 rules to a CORS policy. If more than one rule
   * applies, the service uses the first applicable rule listed.
   *
   * <p>Property type {@code AWS::MediaStore::Container.CorsRule}.
   */
  public static final class CorsRule extends Struct<CorsRule> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaStore::Container.CorsRule");

    public CorsRule() {
      super(SCHEMA);
    }

    /**
     * Specifies which headers are allowed in a preflight <code>OPTIONS</code> request through the
     * <code>Access-Control-Request-Headers</code> header. Each header name that is specified in
     * <code>Access-Control-Request-Headers</code> must have a corresponding entry in the rule. Only
     * the headers that were requested are sent back.
     *
     * <p>This element can contain only one wildcard character (*).
     *
     * <p>CloudFormation property {@code AllowedHeaders}.
     */
    public CorsRule allowedHeaders(List<String> value) {
      return set("AllowedHeaders", Value.listOf(value));
    }

    /** Sets {@code AllowedHeaders} to this value; see {@link #allowedHeaders(List)}. */
    public CorsRule allowedHeaders(Value<List<String>> value) {
      return set("AllowedHeaders", value);
    }

    /**
     * Identifies an HTTP method that the origin that is specified in the rule is allowed to
     * execute.
     *
     * <p>Each CORS rule must contain at least one <code>AllowedMethods</code> and one
     * <code>AllowedOrigins</code> element.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AllowedMethods}.
     */
    public CorsRule allowedMethods(List<String> value) {
      return set("AllowedMethods", Value.listOf(value));
    }

    /** Sets {@code AllowedMethods} to this value; see {@link #allowedMethods(List)}. */
    public CorsRule allowedMethods(Value<List<String>> value) {
      return set("AllowedMethods", value);
    }

    /**
     * One or more response headers that you want users to be able to access from their applications
     * (for example, from a JavaScript <code>XMLHttpRequest</code> object).
     *
     * <p>Each CORS rule must have at least one <code>AllowedOrigins</code> element. The string
     * value can include only one wildcard character (<em>), for example, http://</em>.example.com.
     * Additionally, you can specify only one wildcard character to allow cross-origin access for
     * all origins.
     *
     * <p>CloudFormation property {@code AllowedOrigins}.
     */
    public CorsRule allowedOrigins(List<String> value) {
      return set("AllowedOrigins", Value.listOf(value));
    }

    /** Sets {@code AllowedOrigins} to this value; see {@link #allowedOrigins(List)}. */
    public CorsRule allowedOrigins(Value<List<String>> value) {
      return set("AllowedOrigins", value);
    }

    /**
     * One or more headers in the response that you want users to be able to access from their
     * applications (for example, from a JavaScript <code>XMLHttpRequest</code> object).
     *
     * <p>This element is optional for each rule.
     *
     * <p>CloudFormation property {@code ExposeHeaders}.
     */
    public CorsRule exposeHeaders(List<String> value) {
      return set("ExposeHeaders", Value.listOf(value));
    }

    /** Sets {@code ExposeHeaders} to this value; see {@link #exposeHeaders(List)}. */
    public CorsRule exposeHeaders(Value<List<String>> value) {
      return set("ExposeHeaders", value);
    }

    /**
     * The time in seconds that your browser caches the preflight response for the specified
     * resource.
     *
     * <p>A CORS rule can have only one <code>MaxAgeSeconds</code> element.
     *
     * <p>CloudFormation property {@code MaxAgeSeconds}.
     */
    public CorsRule maxAgeSeconds(int value) {
      return set("MaxAgeSeconds", Value.of(value));
    }

    /** Sets {@code MaxAgeSeconds} to this value; see {@link #maxAgeSeconds(int)}. */
    public CorsRule maxAgeSeconds(Value<Integer> value) {
      return set("MaxAgeSeconds", value);
    }
  }

  /**
   * The metric policy that is associated with the container. A metric policy allows AWS Elemental
   * MediaStore to send metrics to Amazon CloudWatch. In the policy, you must indicate whether you
   * want MediaStore to send container-level metrics. You can also include rules to define groups of
   * objects that you want MediaStore to send object-level metrics for.
   *
   * <p>To view examples of how to construct a metric policy for your use case, see <a
   * href="https://docs.aws.amazon.com/mediastore/latest/ug/policies-metric-examples.html">Example
   * Metric Policies</a> .
   *
   * <p>Property type {@code AWS::MediaStore::Container.MetricPolicy}.
   */
  public static final class MetricPolicy extends Struct<MetricPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaStore::Container.MetricPolicy")
        .required("ContainerLevelMetrics")
        .build();

    public MetricPolicy() {
      super(SCHEMA);
    }

    /**
     * A setting to enable or disable metrics at the container level.
     *
     * <p>Required. CloudFormation property {@code ContainerLevelMetrics}.
     */
    public MetricPolicy containerLevelMetrics(String value) {
      return set("ContainerLevelMetrics", Value.of(value));
    }

    /**
     * Sets {@code ContainerLevelMetrics} to this value; see {@link #containerLevelMetrics(String)}.
     */
    public MetricPolicy containerLevelMetrics(Value<String> value) {
      return set("ContainerLevelMetrics", value);
    }

    /**
     * A parameter that holds an array of rules that enable metrics at the object level. This
     * parameter is optional, but if you choose to include it, you must also include at least one
     * rule. By default, you can include up to five rules. You can also <a
     * href="https://docs.aws.amazon.com/servicequotas/home?region=us-east-1#!/services/mediastore/quotas">request
     * a quota increase</a> to allow up to 300 rules per policy.
     *
     * <p>CloudFormation property {@code MetricPolicyRules}.
     */
    public MetricPolicy metricPolicyRules(List<MetricPolicyRule> value) {
      return set("MetricPolicyRules", Value.listOf(value));
    }

    /** Sets {@code MetricPolicyRules} to this value; see {@link #metricPolicyRules(List)}. */
    public MetricPolicy metricPolicyRules(Value<List<MetricPolicyRule>> value) {
      return set("MetricPolicyRules", value);
    }

    /** Sets {@code MetricPolicyRules} to a list of these; see {@link #metricPolicyRules(List)}. */
    public MetricPolicy metricPolicyRules(MetricPolicyRule... values) {
      return set("MetricPolicyRules", Value.list(values));
    }
  }

  /**
   * A setting that enables metrics at the object level. Each rule contains an object group and an
   * object group name. If the policy includes the MetricPolicyRules parameter, you must include at
   * least one rule. Each metric policy can include up to five rules by default. You can also <a
   * href="https://docs.aws.amazon.com/servicequotas/home?region=us-east-1#!/services/mediastore/quotas">request
   * a quota increase</a> to allow up to 300 rules per policy.
   *
   * <p>Property type {@code AWS::MediaStore::Container.MetricPolicyRule}.
   */
  public static final class MetricPolicyRule extends Struct<MetricPolicyRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaStore::Container.MetricPolicyRule")
        .required("ObjectGroup", "ObjectGroupName")
        .build();

    public MetricPolicyRule() {
      super(SCHEMA);
    }

    /**
     * A path or file name that defines which objects to include in the group. Wildcards (*) are
     * acceptable.
     *
     * <p>Required. CloudFormation property {@code ObjectGroup}.
     */
    public MetricPolicyRule objectGroup(String value) {
      return set("ObjectGroup", Value.of(value));
    }

    /** Sets {@code ObjectGroup} to this value; see {@link #objectGroup(String)}. */
    public MetricPolicyRule objectGroup(Value<String> value) {
      return set("ObjectGroup", value);
    }

    /**
     * A name that allows you to refer to the object group.
     *
     * <p>Required. CloudFormation property {@code ObjectGroupName}.
     */
    public MetricPolicyRule objectGroupName(String value) {
      return set("ObjectGroupName", Value.of(value));
    }

    /** Sets {@code ObjectGroupName} to this value; see {@link #objectGroupName(String)}. */
    public MetricPolicyRule objectGroupName(Value<String> value) {
      return set("ObjectGroupName", value);
    }
  }
}
