// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.vpclattice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a listener rule. Each listener has a default rule for checking connection requests, but
 * you can define additional rules. Each rule consists of a priority, one or more actions, and one
 * or more conditions. For more information, see <a
 * href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/listeners.html#listener-rules">Listener
 * rules</a> in the <em>Amazon VPC Lattice User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::Rule}.
 */
public final class Rule extends Resource<Rule> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Rule")
      .required("Action", "Match", "Priority")
      .constrain("ListenerIdentifier", Constraint.of().pattern("^((listener-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:service/svc-[0-9a-z]{17}/listener/listener-[0-9a-z]{17}))$").minLength(20).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^(?!rule-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$").minLength(3).maxLength(63))
      .constrain("Priority", Constraint.of().minimum(1).maximum(2000))
      .constrain("ServiceIdentifier", Constraint.of().pattern("^((svc-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:service/svc-[0-9a-z]{17}))$").minLength(20).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Rule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Describes the action for a rule.
   *
   * <p>Required. CloudFormation property {@code Action}.
   */
  public Rule action(Value<Action> value) {
    return set("Action", value);
  }

  /**
   * The ID or ARN of the listener.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^((listener-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:service/svc-[0-9a-z]{17}/listener/listener-[0-9a-z]{17}))$}.
   * CloudFormation property {@code ListenerIdentifier}.
   */
  public Rule listenerIdentifier(String value) {
    return set("ListenerIdentifier", Value.of(value));
  }

  /** Sets {@code ListenerIdentifier} to this value; see {@link #listenerIdentifier(String)}. */
  public Rule listenerIdentifier(Value<String> value) {
    return set("ListenerIdentifier", value);
  }

  /**
   * The rule match.
   *
   * <p>Required. CloudFormation property {@code Match}.
   */
  public Rule match(Value<Match> value) {
    return set("Match", value);
  }

  /**
   * The name of the rule. The name must be unique within the listener. The valid characters are
   * a-z, 0-9, and hyphens (-). You can't use a hyphen as the first or last character, or
   * immediately after another hyphen.
   *
   * <p>If you don't specify a name, CloudFormation generates one. However, if you specify a name,
   * and later want to replace the resource, you must specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
   * ^(?!rule-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$}. CloudFormation property {@code Name}.
   */
  public Rule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Rule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The priority assigned to the rule. Each rule for a specific listener must have a unique
   * priority. The lower the priority number the higher the priority.
   *
   * <p>Required. Range: 1 to 2000. CloudFormation property {@code Priority}.
   */
  public Rule priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public Rule priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /**
   * The ID or ARN of the service.
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^((svc-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:service/svc-[0-9a-z]{17}))$}.
   * CloudFormation property {@code ServiceIdentifier}.
   */
  public Rule serviceIdentifier(String value) {
    return set("ServiceIdentifier", Value.of(value));
  }

  /** Sets {@code ServiceIdentifier} to this value; see {@link #serviceIdentifier(String)}. */
  public Rule serviceIdentifier(Value<String> value) {
    return set("ServiceIdentifier", value);
  }

  /**
   * The tags for the rule.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Rule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Rule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Rule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the listener.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Describes the action for a rule.
   *
   * <p>Property type {@code AWS::VpcLattice::Rule.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.of("AWS::VpcLattice::Rule.Action");

    public Action() {
      super(SCHEMA);
    }

    /**
     * The fixed response action. The rule returns a custom HTTP response.
     *
     * <p>CloudFormation property {@code FixedResponse}.
     */
    public Action fixedResponse(Value<FixedResponse> value) {
      return set("FixedResponse", value);
    }

    /**
     * The forward action. Traffic that matches the rule is forwarded to the specified target
     * groups.
     *
     * <p>CloudFormation property {@code Forward}.
     */
    public Action forward(Value<Forward> value) {
      return set("Forward", value);
    }
  }

  /**
   * Describes an action that returns a custom HTTP response.
   *
   * <p>Property type {@code AWS::VpcLattice::Rule.FixedResponse}.
   */
  public static final class FixedResponse extends Struct<FixedResponse> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Rule.FixedResponse")
        .required("StatusCode")
        .constrain("StatusCode", Constraint.of().minimum(100).maximum(599))
        .build();

    public FixedResponse() {
      super(SCHEMA);
    }

    /**
     * The HTTP response code. Only <code>404</code> and <code>500</code> status codes are
     * supported.
     *
     * <p>Required. Range: 100 to 599. CloudFormation property {@code StatusCode}.
     */
    public FixedResponse statusCode(int value) {
      return set("StatusCode", Value.of(value));
    }

    /** Sets {@code StatusCode} to this value; see {@link #statusCode(int)}. */
    public FixedResponse statusCode(Value<Integer> value) {
      return set("StatusCode", value);
    }
  }

  /**
   * The forward action. Traffic that matches the rule is forwarded to the specified target groups.
   *
   * <p>Property type {@code AWS::VpcLattice::Rule.Forward}.
   */
  public static final class Forward extends Struct<Forward> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Rule.Forward")
        .required("TargetGroups")
        .build();

    public Forward() {
      super(SCHEMA);
    }

    /**
     * The target groups. Traffic matching the rule is forwarded to the specified target groups.
     * With forward actions, you can assign a weight that controls the prioritization and selection
     * of each target group. This means that requests are distributed to individual target groups
     * based on their weights. For example, if two target groups have the same weight, each target
     * group receives half of the traffic.
     *
     * <p>The default value is 1. This means that if only one target group is provided, there is no
     * need to set the weight; 100% of the traffic goes to that target group.
     *
     * <p>Required. CloudFormation property {@code TargetGroups}.
     */
    public Forward targetGroups(List<WeightedTargetGroup> value) {
      return set("TargetGroups", Value.listOf(value));
    }

    /** Sets {@code TargetGroups} to this value; see {@link #targetGroups(List)}. */
    public Forward targetGroups(Value<List<WeightedTargetGroup>> value) {
      return set("TargetGroups", value);
    }

    /** Sets {@code TargetGroups} to a list of these; see {@link #targetGroups(List)}. */
    public Forward targetGroups(WeightedTargetGroup... values) {
      return set("TargetGroups", Value.list(values));
    }
  }

  /**
   * Describes the constraints for a header match. Matches incoming requests with rule based on
   * request header value before applying rule action.
   *
   * <p>Property type {@code AWS::VpcLattice::Rule.HeaderMatch}.
   */
  public static final class HeaderMatch extends Struct<HeaderMatch> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Rule.HeaderMatch")
        .required("Match", "Name")
        .constrain("Name", Constraint.of().minLength(1).maxLength(40))
        .build();

    public HeaderMatch() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the match is case sensitive.
     *
     * <p>Default: {@code false}. CloudFormation property {@code CaseSensitive}.
     */
    public HeaderMatch caseSensitive(boolean value) {
      return set("CaseSensitive", Value.of(value));
    }

    /** Sets {@code CaseSensitive} to this value; see {@link #caseSensitive(boolean)}. */
    public HeaderMatch caseSensitive(Value<Boolean> value) {
      return set("CaseSensitive", value);
    }

    /**
     * The header match type.
     *
     * <p>Required. CloudFormation property {@code Match}.
     */
    public HeaderMatch match(Value<HeaderMatchType> value) {
      return set("Match", value);
    }

    /**
     * The name of the header.
     *
     * <p>Required. Length: 1 to 40 characters. CloudFormation property {@code Name}.
     */
    public HeaderMatch name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public HeaderMatch name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Describes a header match type.
   *
   * <p>Property type {@code AWS::VpcLattice::Rule.HeaderMatchType}.
   */
  public static final class HeaderMatchType extends Struct<HeaderMatchType> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Rule.HeaderMatchType")
        .constrain("Contains", Constraint.of().minLength(1).maxLength(128))
        .constrain("Exact", Constraint.of().minLength(1).maxLength(128))
        .constrain("Prefix", Constraint.of().minLength(1).maxLength(128))
        .build();

    public HeaderMatchType() {
      super(SCHEMA);
    }

    /**
     * A contains type match.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Contains}.
     */
    public HeaderMatchType contains(String value) {
      return set("Contains", Value.of(value));
    }

    /** Sets {@code Contains} to this value; see {@link #contains(String)}. */
    public HeaderMatchType contains(Value<String> value) {
      return set("Contains", value);
    }

    /**
     * An exact type match.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Exact}.
     */
    public HeaderMatchType exact(String value) {
      return set("Exact", Value.of(value));
    }

    /** Sets {@code Exact} to this value; see {@link #exact(String)}. */
    public HeaderMatchType exact(Value<String> value) {
      return set("Exact", value);
    }

    /**
     * A prefix type match. Matches the value with the prefix.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Prefix}.
     */
    public HeaderMatchType prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public HeaderMatchType prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * Describes criteria that can be applied to incoming requests.
   *
   * <p>Property type {@code AWS::VpcLattice::Rule.HttpMatch}.
   */
  public static final class HttpMatch extends Struct<HttpMatch> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Rule.HttpMatch")
        .allowed("Method", "CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "TRACE")
        .build();

    public HttpMatch() {
      super(SCHEMA);
    }

    /**
     * The header matches. Matches incoming requests with rule based on request header value before
     * applying rule action.
     *
     * <p>CloudFormation property {@code HeaderMatches}.
     */
    public HttpMatch headerMatches(List<HeaderMatch> value) {
      return set("HeaderMatches", Value.listOf(value));
    }

    /** Sets {@code HeaderMatches} to this value; see {@link #headerMatches(List)}. */
    public HttpMatch headerMatches(Value<List<HeaderMatch>> value) {
      return set("HeaderMatches", value);
    }

    /** Sets {@code HeaderMatches} to a list of these; see {@link #headerMatches(List)}. */
    public HttpMatch headerMatches(HeaderMatch... values) {
      return set("HeaderMatches", Value.list(values));
    }

    /**
     * The HTTP method type.
     *
     * <p>Allowed values: {@code CONNECT}, {@code DELETE}, {@code GET}, {@code HEAD}, {@code
     * OPTIONS}, {@code POST}, {@code PUT}, {@code TRACE}. CloudFormation property {@code Method}.
     */
    public HttpMatch method(String value) {
      return set("Method", Value.of(value));
    }

    /** Sets {@code Method} to this value; see {@link #method(String)}. */
    public HttpMatch method(Value<String> value) {
      return set("Method", value);
    }

    /**
     * The path match.
     *
     * <p>CloudFormation property {@code PathMatch}.
     */
    public HttpMatch pathMatch(Value<PathMatch> value) {
      return set("PathMatch", value);
    }
  }

  /**
   * Describes a rule match.
   *
   * <p>Property type {@code AWS::VpcLattice::Rule.Match}.
   */
  public static final class Match extends Struct<Match> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Rule.Match")
        .required("HttpMatch")
        .build();

    public Match() {
      super(SCHEMA);
    }

    /**
     * The HTTP criteria that a rule must match.
     *
     * <p>Required. CloudFormation property {@code HttpMatch}.
     */
    public Match httpMatch(Value<HttpMatch> value) {
      return set("HttpMatch", value);
    }
  }

  /**
   * Describes the conditions that can be applied when matching a path for incoming requests.
   *
   * <p>Property type {@code AWS::VpcLattice::Rule.PathMatch}.
   */
  public static final class PathMatch extends Struct<PathMatch> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Rule.PathMatch")
        .required("Match")
        .build();

    public PathMatch() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the match is case sensitive.
     *
     * <p>Default: {@code false}. CloudFormation property {@code CaseSensitive}.
     */
    public PathMatch caseSensitive(boolean value) {
      return set("CaseSensitive", Value.of(value));
    }

    /** Sets {@code CaseSensitive} to this value; see {@link #caseSensitive(boolean)}. */
    public PathMatch caseSensitive(Value<Boolean> value) {
      return set("CaseSensitive", value);
    }

    /**
     * The type of path match.
     *
     * <p>Required. CloudFormation property {@code Match}.
     */
    public PathMatch match(Value<PathMatchType> value) {
      return set("Match", value);
    }
  }

  /**
   * Describes a path match type. Each rule can include only one of the following types of paths.
   *
   * <p>Property type {@code AWS::VpcLattice::Rule.PathMatchType}.
   */
  public static final class PathMatchType extends Struct<PathMatchType> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Rule.PathMatchType")
        .constrain("Exact", Constraint.of().pattern("^\\/[a-zA-Z0-9@:%_+.~#?&\\/=-]*$").minLength(1).maxLength(128))
        .constrain("Prefix", Constraint.of().pattern("^\\/[a-zA-Z0-9@:%_+.~#?&\\/=-]*$").minLength(1).maxLength(128))
        .build();

    public PathMatchType() {
      super(SCHEMA);
    }

    /**
     * An exact match of the path.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code
     * ^&#92;/[a-zA-Z0-9&#64;:%_+.~#?&amp;&#92;/=-]*$}. CloudFormation property {@code Exact}.
     */
    public PathMatchType exact(String value) {
      return set("Exact", Value.of(value));
    }

    /** Sets {@code Exact} to this value; see {@link #exact(String)}. */
    public PathMatchType exact(Value<String> value) {
      return set("Exact", value);
    }

    /**
     * A prefix match of the path.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code
     * ^&#92;/[a-zA-Z0-9&#64;:%_+.~#?&amp;&#92;/=-]*$}. CloudFormation property {@code Prefix}.
     */
    public PathMatchType prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public PathMatchType prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * Describes the weight of a target group.
   *
   * <p>Property type {@code AWS::VpcLattice::Rule.WeightedTargetGroup}.
   */
  public static final class WeightedTargetGroup extends Struct<WeightedTargetGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Rule.WeightedTargetGroup")
        .required("TargetGroupIdentifier")
        .constrain("TargetGroupIdentifier", Constraint.of().pattern("^((tg-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:targetgroup/tg-[0-9a-z]{17}))$").minLength(20).maxLength(2048))
        .constrain("Weight", Constraint.of().minimum(0).maximum(999))
        .build();

    public WeightedTargetGroup() {
      super(SCHEMA);
    }

    /**
     * The ID of the target group.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^((tg-[0-9a-z]{17})|(arn:[a-z0-9&#92;-]+:vpc-lattice:[a-zA-Z0-9&#92;-]+:&#92;d{12}:targetgroup/tg-[0-9a-z]{17}))$}.
     * CloudFormation property {@code TargetGroupIdentifier}.
     */
    public WeightedTargetGroup targetGroupIdentifier(String value) {
      return set("TargetGroupIdentifier", Value.of(value));
    }

    /**
     * Sets {@code TargetGroupIdentifier} to this value; see {@link #targetGroupIdentifier(String)}.
     */
    public WeightedTargetGroup targetGroupIdentifier(Value<String> value) {
      return set("TargetGroupIdentifier", value);
    }

    /**
     * Only required if you specify multiple target groups for a forward action. The weight
     * determines how requests are distributed to the target group. For example, if you specify two
     * target groups, each with a weight of 10, each target group receives half the requests. If you
     * specify two target groups, one with a weight of 10 and the other with a weight of 20, the
     * target group with a weight of 20 receives twice as many requests as the other target group.
     * If there's only one target group specified, then the default value is 100.
     *
     * <p>Range: 0 to 999. CloudFormation property {@code Weight}.
     */
    public WeightedTargetGroup weight(int value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(int)}. */
    public WeightedTargetGroup weight(Value<Integer> value) {
      return set("Weight", value);
    }
  }
}
