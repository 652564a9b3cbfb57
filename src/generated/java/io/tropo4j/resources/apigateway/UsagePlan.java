// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

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
 * The <code>AWS::ApiGateway::UsagePlan</code> resource creates a usage plan for deployed APIs. A
 * usage plan sets a target for the throttling and quota limits on individual client API keys. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html">Creating
 * and Using API Usage Plans in Amazon API Gateway</a> in the <em>API Gateway Developer Guide</em> .
 *
 * <p>In some cases clients can exceed the targets that you set. Don’t rely on usage plans to
 * control costs. Consider using <a
 * href="https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-managing-costs.html">AWS
 * Budgets</a> to monitor costs and <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF</a> to
 * manage API requests.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::UsagePlan}.
 */
public final class UsagePlan extends Resource<UsagePlan> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::UsagePlan")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public UsagePlan(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The associated API stages of a usage plan.
   *
   * <p>CloudFormation property {@code ApiStages}.
   */
  public UsagePlan apiStages(List<ApiStage> value) {
    return set("ApiStages", Value.listOf(value));
  }

  /** Sets {@code ApiStages} to this value; see {@link #apiStages(List)}. */
  public UsagePlan apiStages(Value<List<ApiStage>> value) {
    return set("ApiStages", value);
  }

  /** Sets {@code ApiStages} to a list of these; see {@link #apiStages(List)}. */
  public UsagePlan apiStages(ApiStage... values) {
    return set("ApiStages", Value.list(values));
  }

  /**
   * The description of a usage plan.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public UsagePlan description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public UsagePlan description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The target maximum number of permitted requests per a given unit time interval.
   *
   * <p>CloudFormation property {@code Quota}.
   */
  public UsagePlan quota(Value<QuotaSettings> value) {
    return set("Quota", value);
  }

  /**
   * The collection of tags. Each tag element is associated with a given resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public UsagePlan tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public UsagePlan tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public UsagePlan tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A map containing method level throttling information for API stage in a usage plan.
   *
   * <p>CloudFormation property {@code Throttle}.
   */
  public UsagePlan throttle(Value<ThrottleSettings> value) {
    return set("Throttle", value);
  }

  /**
   * The name of a usage plan.
   *
   * <p>CloudFormation property {@code UsagePlanName}.
   */
  public UsagePlan usagePlanName(String value) {
    return set("UsagePlanName", Value.of(value));
  }

  /** Sets {@code UsagePlanName} to this value; see {@link #usagePlanName(String)}. */
  public UsagePlan usagePlanName(Value<String> value) {
    return set("UsagePlanName", value);
  }

  /**
   * The ID for the usage plan. For example: <code>abc123</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * API stage name of the associated API stage in a usage plan.
   *
   * <p>Property type {@code AWS::ApiGateway::UsagePlan.ApiStage}.
   */
  public static final class ApiStage extends Struct<ApiStage> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::UsagePlan.ApiStage")
        .references("ApiId", "AWS::ApiGateway::RestApi.Ref")
        .references("Stage", "AWS::ApiGateway::Stage.Ref")
        .build();

    public ApiStage() {
      super(SCHEMA);
    }

    /**
     * API Id of the associated API stage in a usage plan.
     *
     * <p>CloudFormation property {@code ApiId}.
     */
    public ApiStage apiId(String value) {
      return set("ApiId", Value.of(value));
    }

    /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
    public ApiStage apiId(Value<String> value) {
      return set("ApiId", value);
    }

    /**
     * Sets {@code ApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
     * #apiId(String)}.
     */
    public ApiStage apiId(RestApi resource) {
      return set("ApiId", resource.ref());
    }

    /**
     * API stage name of the associated API stage in a usage plan.
     *
     * <p>CloudFormation property {@code Stage}.
     */
    public ApiStage stage(String value) {
      return set("Stage", Value.of(value));
    }

    /** Sets {@code Stage} to this value; see {@link #stage(String)}. */
    public ApiStage stage(Value<String> value) {
      return set("Stage", value);
    }

    /**
     * Sets {@code Stage} to the Ref of {@code AWS::ApiGateway::Stage}; see {@link #stage(String)}.
     */
    public ApiStage stage(Stage resource) {
      return set("Stage", resource.ref());
    }

    /**
     * Map containing method level throttling information for API stage in a usage plan.
     *
     * <p>CloudFormation property {@code Throttle}.
     */
    public ApiStage throttle(Map<String, ThrottleSettings> value) {
      return set("Throttle", Value.mapOf(value));
    }

    /** Sets {@code Throttle} to this value; see {@link #throttle(Map)}. */
    public ApiStage throttle(Value<Map<String, ThrottleSettings>> value) {
      return set("Throttle", value);
    }
  }

  /**
   * <code>QuotaSettings</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplan.html">AWS::ApiGateway::UsagePlan</a>
   * resource that specifies a target for the maximum number of requests users can make to your REST
   * APIs.
   *
   * <p>In some cases clients can exceed the targets that you set. Don’t rely on usage plans to
   * control costs. Consider using <a
   * href="https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-managing-costs.html">AWS
   * Budgets</a> to monitor costs and <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF</a> to
   * manage API requests.
   *
   * <p>Property type {@code AWS::ApiGateway::UsagePlan.QuotaSettings}.
   */
  public static final class QuotaSettings extends Struct<QuotaSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::UsagePlan.QuotaSettings")
        .constrain("Limit", Constraint.of().minimum(0))
        .constrain("Offset", Constraint.of().minimum(0))
        .build();

    public QuotaSettings() {
      super(SCHEMA);
    }

    /**
     * The target maximum number of requests that can be made in a given time period.
     *
     * <p>Range: at least 0. CloudFormation property {@code Limit}.
     */
    public QuotaSettings limit(int value) {
      return set("Limit", Value.of(value));
    }

    /** Sets {@code Limit} to this value; see {@link #limit(int)}. */
    public QuotaSettings limit(Value<Integer> value) {
      return set("Limit", value);
    }

    /**
     * The number of requests subtracted from the given limit in the initial time period.
     *
     * <p>Range: at least 0. CloudFormation property {@code Offset}.
     */
    public QuotaSettings offset(int value) {
      return set("Offset", Value.of(value));
    }

    /** Sets {@code Offset} to this value; see {@link #offset(int)}. */
    public QuotaSettings offset(Value<Integer> value) {
      return set("Offset", value);
    }

    /**
     * The time period in which the limit applies. Valid values are "DAY", "WEEK" or "MONTH".
     *
     * <p>CloudFormation property {@code Period}.
     */
    public QuotaSettings period(String value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(String)}. */
    public QuotaSettings period(Value<String> value) {
      return set("Period", value);
    }
  }

  /**
   * <code>ThrottleSettings</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-usageplan.html">AWS::ApiGateway::UsagePlan</a>
   * resource that specifies the overall request rate (average requests per second) and burst
   * capacity when users call your REST APIs.
   *
   * <p>Property type {@code AWS::ApiGateway::UsagePlan.ThrottleSettings}.
   */
  public static final class ThrottleSettings extends Struct<ThrottleSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::UsagePlan.ThrottleSettings")
        .constrain("BurstLimit", Constraint.of().minimum(0))
        .constrain("RateLimit", Constraint.of().minimum(0))
        .build();

    public ThrottleSettings() {
      super(SCHEMA);
    }

    /**
     * The API target request burst rate limit. This allows more requests through for a period of
     * time than the target rate limit.
     *
     * <p>Range: at least 0. CloudFormation property {@code BurstLimit}.
     */
    public ThrottleSettings burstLimit(int value) {
      return set("BurstLimit", Value.of(value));
    }

    /** Sets {@code BurstLimit} to this value; see {@link #burstLimit(int)}. */
    public ThrottleSettings burstLimit(Value<Integer> value) {
      return set("BurstLimit", value);
    }

    /**
     * The API target request rate limit.
     *
     * <p>Range: at least 0. CloudFormation property {@code RateLimit}.
     */
    public ThrottleSettings rateLimit(double value) {
      return set("RateLimit", Value.of(value));
    }

    /** Sets {@code RateLimit} to this value; see {@link #rateLimit(double)}. */
    public ThrottleSettings rateLimit(Value<Double> value) {
      return set("RateLimit", value);
    }
  }
}
