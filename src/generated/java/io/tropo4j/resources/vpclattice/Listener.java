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
 * Creates a listener for a service. Before you start using your Amazon VPC Lattice service, you
 * must add one or more listeners. A listener is a process that checks for connection requests to
 * your services. For more information, see <a
 * href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/listeners.html">Listeners</a> in the
 * <em>Amazon VPC Lattice User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::Listener}.
 */
public final class Listener extends Resource<Listener> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Listener")
      .required("DefaultAction", "Protocol")
      .constrain("Name", Constraint.of().pattern("^(?!listener-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$").minLength(3).maxLength(63))
      .constrain("Port", Constraint.of().minimum(1).maximum(65535))
      .allowed("Protocol", "HTTP", "HTTPS", "TLS_PASSTHROUGH")
      .constrain("ServiceIdentifier", Constraint.of().pattern("^((svc-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:service/svc-[0-9a-z]{17}))$").minLength(21).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn", "Id", "ServiceArn", "ServiceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Listener(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The action for the default rule. Each listener has a default rule. The default rule is used if
   * no other rules match.
   *
   * <p>Required. CloudFormation property {@code DefaultAction}.
   */
  public Listener defaultAction(Value<DefaultAction> value) {
    return set("DefaultAction", value);
  }

  /**
   * The name of the listener. A listener name must be unique within a service. The valid characters
   * are a-z, 0-9, and hyphens (-). You can't use a hyphen as the first or last character, or
   * immediately after another hyphen.
   *
   * <p>If you don't specify a name, CloudFormation generates one. However, if you specify a name,
   * and later want to replace the resource, you must specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
   * ^(?!listener-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$}. CloudFormation property {@code Name}.
   */
  public Listener name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Listener name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The listener port. You can specify a value from 1 to 65535. For HTTP, the default is 80. For
   * HTTPS, the default is 443.
   *
   * <p>Changing it replaces the resource. Range: 1 to 65535. CloudFormation property {@code Port}.
   */
  public Listener port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public Listener port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * The listener protocol.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code HTTP}, {@code HTTPS},
   * {@code TLS_PASSTHROUGH}. CloudFormation property {@code Protocol}.
   */
  public Listener protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public Listener protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /**
   * The ID or ARN of the service.
   *
   * <p>Changing it replaces the resource. Length: 21 to 2048 characters. Pattern: {@code
   * ^((svc-[0-9a-z]{17})|(arn:[a-z0-9&#92;-]+:vpc-lattice:[a-zA-Z0-9&#92;-]+:&#92;d{12}:service/svc-[0-9a-z]{17}))$}.
   * CloudFormation property {@code ServiceIdentifier}.
   */
  public Listener serviceIdentifier(String value) {
    return set("ServiceIdentifier", Value.of(value));
  }

  /** Sets {@code ServiceIdentifier} to this value; see {@link #serviceIdentifier(String)}. */
  public Listener serviceIdentifier(Value<String> value) {
    return set("ServiceIdentifier", value);
  }

  /**
   * The tags for the listener.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Listener tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Listener tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Listener tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the listener.
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
   * The Amazon Resource Name (ARN) of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceArn}.
   */
  public Value<String> serviceArn() {
    return getAtt("ServiceArn");
  }

  /**
   * The ID of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceId}.
   */
  public Value<String> serviceId() {
    return getAtt("ServiceId");
  }

  /**
   * The action for the default rule. Each listener has a default rule. The default rule is used if
   * no other rules match.
   *
   * <p>Property type {@code AWS::VpcLattice::Listener.DefaultAction}.
   */
  public static final class DefaultAction extends Struct<DefaultAction> {
    private static final Schema SCHEMA = Schema.of("AWS::VpcLattice::Listener.DefaultAction");

    public DefaultAction() {
      super(SCHEMA);
    }

    /**
     * Describes an action that returns a custom HTTP response.
     *
     * <p>CloudFormation property {@code FixedResponse}.
     */
    public DefaultAction fixedResponse(Value<FixedResponse> value) {
      return set("FixedResponse", value);
    }

    /**
     * Describes a forward action. You can use forward actions to route requests to one or more
     * target groups.
     *
     * <p>CloudFormation property {@code Forward}.
     */
    public DefaultAction forward(Value<Forward> value) {
      return set("Forward", value);
    }
  }

  /**
   * Describes an action that returns a custom HTTP response.
   *
   * <p>Property type {@code AWS::VpcLattice::Listener.FixedResponse}.
   */
  public static final class FixedResponse extends Struct<FixedResponse> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Listener.FixedResponse")
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
   * <p>Property type {@code AWS::VpcLattice::Listener.Forward}.
   */
  public static final class Forward extends Struct<Forward> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Listener.Forward")
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
   * Describes the weight of a target group.
   *
   * <p>Property type {@code AWS::VpcLattice::Listener.WeightedTargetGroup}.
   */
  public static final class WeightedTargetGroup extends Struct<WeightedTargetGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Listener.WeightedTargetGroup")
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
