// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ECS::ClusterCapacityProviderAssociations</code> resource associates one or more
 * capacity providers and a default capacity provider strategy with a cluster.
 *
 * <p>CloudFormation type {@code AWS::ECS::ClusterCapacityProviderAssociations}.
 */
public final class ClusterCapacityProviderAssociations extends Resource<ClusterCapacityProviderAssociations> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECS::ClusterCapacityProviderAssociations")
      .required("Cluster", "DefaultCapacityProviderStrategy")
      .references("CapacityProviders", "AWS::ECS::CapacityProvider.Ref")
      .constrain("Cluster", Constraint.of().minLength(1).maxLength(2048))
      .references("Cluster", "AWS::ECS::Cluster.Ref", "AWS::ECS::Cluster.Arn")
      .refYields("Cluster")
      .build();

  public ClusterCapacityProviderAssociations(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The capacity providers to associate with the cluster.
   *
   * <p>CloudFormation property {@code CapacityProviders}.
   */
  public ClusterCapacityProviderAssociations capacityProviders(List<String> value) {
    return set("CapacityProviders", Value.listOf(value));
  }

  /** Sets {@code CapacityProviders} to this value; see {@link #capacityProviders(List)}. */
  public ClusterCapacityProviderAssociations capacityProviders(Value<List<String>> value) {
    return set("CapacityProviders", value);
  }

  /**
   * Sets {@code CapacityProviders} to the Ref of each {@code AWS::ECS::CapacityProvider}; see
   * {@link #capacityProviders(List)}.
   */
  public ClusterCapacityProviderAssociations capacityProviders(CapacityProvider... resources) {
    return set("CapacityProviders", Value.refs(resources));
  }

  /**
   * The cluster the capacity provider association is the target of.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation
   * property {@code Cluster}.
   */
  public ClusterCapacityProviderAssociations cluster(String value) {
    return set("Cluster", Value.of(value));
  }

  /** Sets {@code Cluster} to this value; see {@link #cluster(String)}. */
  public ClusterCapacityProviderAssociations cluster(Value<String> value) {
    return set("Cluster", value);
  }

  /** Sets {@code Cluster} to the Ref of {@code AWS::ECS::Cluster}; see {@link #cluster(String)}. */
  public ClusterCapacityProviderAssociations cluster(Cluster resource) {
    return set("Cluster", resource.ref());
  }

  /**
   * The default capacity provider strategy to associate with the cluster.
   *
   * <p>Required. CloudFormation property {@code DefaultCapacityProviderStrategy}.
   */
  public ClusterCapacityProviderAssociations defaultCapacityProviderStrategy(List<CapacityProviderStrategy> value) {
    return set("DefaultCapacityProviderStrategy", Value.listOf(value));
  }

  /**
   * Sets {@code DefaultCapacityProviderStrategy} to this value; see {@link
   * #defaultCapacityProviderStrategy(List)}.
   */
  public ClusterCapacityProviderAssociations defaultCapacityProviderStrategy(Value<List<CapacityProviderStrategy>> value) {
    return set("DefaultCapacityProviderStrategy", value);
  }

  /**
   * Sets {@code DefaultCapacityProviderStrategy} to a list of these; see {@link
   * #defaultCapacityProviderStrategy(List)}.
   */
  public ClusterCapacityProviderAssociations defaultCapacityProviderStrategy(CapacityProviderStrategy... values) {
    return set("DefaultCapacityProviderStrategy", Value.list(values));
  }

  /**
   * The <code>CapacityProviderStrategy</code> property specifies the details of the default
   * capacity provider strategy for the cluster. When services or tasks are run in the cluster with
   * no launch type or capacity provider strategy specified, the default capacity provider strategy
   * is used.
   *
   * <p>Property type {@code
   * AWS::ECS::ClusterCapacityProviderAssociations.CapacityProviderStrategy}.
   */
  public static final class CapacityProviderStrategy extends Struct<CapacityProviderStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECS::ClusterCapacityProviderAssociations.CapacityProviderStrategy")
        .required("CapacityProvider")
        .constrain("Base", Constraint.of().minimum(0).maximum(100000))
        .constrain("Weight", Constraint.of().minimum(0).maximum(1000))
        .build();

    public CapacityProviderStrategy() {
      super(SCHEMA);
    }

    /**
     * The <em>base</em> value designates how many tasks, at a minimum, to run on the specified
     * capacity provider for each service. Only one capacity provider in a capacity provider
     * strategy can have a <em>base</em> defined. If no value is specified, the default value of
     * <code>0</code> is used.
     *
     * <p>Base value characteristics:
     *
     * <ul> <li>Only one capacity provider in a strategy can have a base defined <li>The default
     * value is <code>0</code> if not specified <li>The valid range is 0 to 100,000 <li>Base
     * requirements are satisfied first before weight distribution </ul>
     *
     * <p>Range: 0 to 100000. CloudFormation property {@code Base}.
     */
    public CapacityProviderStrategy base(int value) {
      return set("Base", Value.of(value));
    }

    /** Sets {@code Base} to this value; see {@link #base(int)}. */
    public CapacityProviderStrategy base(Value<Integer> value) {
      return set("Base", value);
    }

    /**
     * The short name of the capacity provider. This can be either an AWS managed capacity provider
     * ( <code>FARGATE</code> or <code>FARGATE_SPOT</code> ) or the name of a custom capacity
     * provider that you created.
     *
     * <p>Required. CloudFormation property {@code CapacityProvider}.
     */
    public CapacityProviderStrategy capacityProvider(String value) {
      return set("CapacityProvider", Value.of(value));
    }

    /** Sets {@code CapacityProvider} to this value; see {@link #capacityProvider(String)}. */
    public CapacityProviderStrategy capacityProvider(Value<String> value) {
      return set("CapacityProvider", value);
    }

    /**
     * The <em>weight</em> value designates the relative percentage of the total number of tasks
     * launched that should use the specified capacity provider. The <code>weight</code> value is
     * taken into consideration after the <code>base</code> value, if defined, is satisfied.
     *
     * <p>If no <code>weight</code> value is specified, the default value of <code>0</code> is used.
     * When multiple capacity providers are specified within a capacity provider strategy, at least
     * one of the capacity providers must have a weight value greater than zero and any capacity
     * providers with a weight of <code>0</code> can't be used to place tasks. If you specify
     * multiple capacity providers in a strategy that all have a weight of <code>0</code> , any
     * <code>RunTask</code> or <code>CreateService</code> actions using the capacity provider
     * strategy will fail.
     *
     * <p>Weight value characteristics:
     *
     * <ul> <li>Weight is considered after the base value is satisfied <li>The default value is
     * <code>0</code> if not specified <li>The valid range is 0 to 1,000 <li>At least one capacity
     * provider must have a weight greater than zero <li>Capacity providers with weight of
     * <code>0</code> cannot place tasks </ul>
     *
     * <p>Task distribution logic:
     *
     * <ul> <li>Base satisfaction: The minimum number of tasks specified by the base value are
     * placed on that capacity provider <li>Weight distribution: After base requirements are met,
     * additional tasks are distributed according to weight ratios </ul>
     *
     * <p>Examples:
     *
     * <p>Equal Distribution: Two capacity providers both with weight <code>1</code> will split
     * tasks evenly after base requirements are met.
     *
     * <p>Weighted Distribution: If capacityProviderA has weight <code>1</code> and
     * capacityProviderB has weight <code>4</code> , then for every 1 task on A, 4 tasks will run on
     * B.
     *
     * <p>Range: 0 to 1000. CloudFormation property {@code Weight}.
     */
    public CapacityProviderStrategy weight(int value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(int)}. */
    public CapacityProviderStrategy weight(Value<Integer> value) {
      return set("Weight", value);
    }
  }
}
