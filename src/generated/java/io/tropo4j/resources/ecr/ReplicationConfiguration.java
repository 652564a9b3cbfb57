// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ECR::ReplicationConfiguration</code> resource creates or updates the replication
 * configuration for a private registry. The first time a replication configuration is applied to a
 * private registry, a service-linked IAM role is created in your account for the replication
 * process. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonECR/latest/userguide/using-service-linked-roles.html">Using
 * Service-Linked Roles for Amazon ECR</a> in the <em>Amazon Elastic Container Registry User
 * Guide</em> .
 *
 * <p>When configuring cross-account replication, the destination account must grant the source
 * account permission to replicate. This permission is controlled using a private registry
 * permissions policy. For more information, see <code>AWS::ECR::RegistryPolicy</code> .
 *
 * <p>CloudFormation type {@code AWS::ECR::ReplicationConfiguration}.
 */
public final class ReplicationConfiguration extends Resource<ReplicationConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECR::ReplicationConfiguration")
      .required("ReplicationConfiguration")
      .refYields("RegistryId")
      .attributes("RegistryId")
      .build();

  public ReplicationConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The replication configuration for a registry.
   *
   * <p>Required. CloudFormation property {@code ReplicationConfiguration}.
   */
  public ReplicationConfiguration replicationConfiguration(Value<ReplicationConfigurationProperty> value) {
    return set("ReplicationConfiguration", value);
  }

  /**
   * The account ID of the destination registry.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistryId}.
   */
  public Value<String> registryId() {
    return getAtt("RegistryId");
  }

  /**
   * The replication configuration for a registry.
   *
   * <p>Property type {@code AWS::ECR::ReplicationConfiguration.ReplicationConfiguration}.
   */
  public static final class ReplicationConfigurationProperty extends Struct<ReplicationConfigurationProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::ReplicationConfiguration.ReplicationConfiguration")
        .required("Rules")
        .build();

    public ReplicationConfigurationProperty() {
      super(SCHEMA);
    }

    /**
     * An array of objects representing the replication destinations and repository filters for a
     * replication configuration.
     *
     * <p>Required. CloudFormation property {@code Rules}.
     */
    public ReplicationConfigurationProperty rules(List<ReplicationRule> value) {
      return set("Rules", Value.listOf(value));
    }

    /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
    public ReplicationConfigurationProperty rules(Value<List<ReplicationRule>> value) {
      return set("Rules", value);
    }

    /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
    public ReplicationConfigurationProperty rules(ReplicationRule... values) {
      return set("Rules", Value.list(values));
    }
  }

  /**
   * An array of objects representing the destination for a replication rule.
   *
   * <p>Property type {@code AWS::ECR::ReplicationConfiguration.ReplicationDestination}.
   */
  public static final class ReplicationDestination extends Struct<ReplicationDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::ReplicationConfiguration.ReplicationDestination")
        .required("Region", "RegistryId")
        .constrain("Region", Constraint.of().pattern("[0-9a-z-]{2,25}"))
        .constrain("RegistryId", Constraint.of().pattern("^[0-9]{12}$"))
        .build();

    public ReplicationDestination() {
      super(SCHEMA);
    }

    /**
     * The Region to replicate to.
     *
     * <p>Required. Pattern: {@code [0-9a-z-]{2,25}}. CloudFormation property {@code Region}.
     */
    public ReplicationDestination region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public ReplicationDestination region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The AWS account ID of the Amazon ECR private registry to replicate to. When configuring
     * cross-Region replication within your own registry, specify your own account ID.
     *
     * <p>Required. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code RegistryId}.
     */
    public ReplicationDestination registryId(String value) {
      return set("RegistryId", Value.of(value));
    }

    /** Sets {@code RegistryId} to this value; see {@link #registryId(String)}. */
    public ReplicationDestination registryId(Value<String> value) {
      return set("RegistryId", value);
    }
  }

  /**
   * An array of objects representing the replication destinations and repository filters for a
   * replication configuration.
   *
   * <p>Property type {@code AWS::ECR::ReplicationConfiguration.ReplicationRule}.
   */
  public static final class ReplicationRule extends Struct<ReplicationRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::ReplicationConfiguration.ReplicationRule")
        .required("Destinations")
        .build();

    public ReplicationRule() {
      super(SCHEMA);
    }

    /**
     * An array of objects representing the destination for a replication rule.
     *
     * <p>Required. CloudFormation property {@code Destinations}.
     */
    public ReplicationRule destinations(List<ReplicationDestination> value) {
      return set("Destinations", Value.listOf(value));
    }

    /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
    public ReplicationRule destinations(Value<List<ReplicationDestination>> value) {
      return set("Destinations", value);
    }

    /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
    public ReplicationRule destinations(ReplicationDestination... values) {
      return set("Destinations", Value.list(values));
    }

    /**
     * An array of objects representing the filters for a replication rule. Specifying a repository
     * filter for a replication rule provides a method for controlling which repositories in a
     * private registry are replicated.
     *
     * <p>CloudFormation property {@code RepositoryFilters}.
     */
    public ReplicationRule repositoryFilters(List<RepositoryFilter> value) {
      return set("RepositoryFilters", Value.listOf(value));
    }

    /** Sets {@code RepositoryFilters} to this value; see {@link #repositoryFilters(List)}. */
    public ReplicationRule repositoryFilters(Value<List<RepositoryFilter>> value) {
      return set("RepositoryFilters", value);
    }

    /** Sets {@code RepositoryFilters} to a list of these; see {@link #repositoryFilters(List)}. */
    public ReplicationRule repositoryFilters(RepositoryFilter... values) {
      return set("RepositoryFilters", Value.list(values));
    }
  }

  /**
   * The filter settings used with image replication. Specifying a repository filter to a
   * replication rule provides a method for controlling which repositories in a private registry are
   * replicated. If no filters are added, the contents of all repositories are replicated.
   *
   * <p>Property type {@code AWS::ECR::ReplicationConfiguration.RepositoryFilter}.
   */
  public static final class RepositoryFilter extends Struct<RepositoryFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ECR::ReplicationConfiguration.RepositoryFilter")
        .required("Filter", "FilterType")
        .constrain("Filter", Constraint.of().pattern("^(?:[a-z0-9]+(?:[._-][a-z0-9]*)*/)*[a-z0-9]*(?:[._-][a-z0-9]*)*$").minLength(2).maxLength(256))
        .references("Filter", "AWS::ECR::Repository.Ref")
        .allowed("FilterType", "PREFIX_MATCH")
        .build();

    public RepositoryFilter() {
      super(SCHEMA);
    }

    /**
     * The repository filter details. When the <code>PREFIX_MATCH</code> filter type is specified,
     * this value is required and should be the repository name prefix to configure replication for.
     *
     * <p>Required. Length: 2 to 256 characters. Pattern: {@code
     * ^(?:[a-z0-9]+(?:[._-][a-z0-9]*)*&#47;)*[a-z0-9]*(?:[._-][a-z0-9]*)*$}. CloudFormation
     * property {@code Filter}.
     */
    public RepositoryFilter filter(String value) {
      return set("Filter", Value.of(value));
    }

    /** Sets {@code Filter} to this value; see {@link #filter(String)}. */
    public RepositoryFilter filter(Value<String> value) {
      return set("Filter", value);
    }

    /**
     * Sets {@code Filter} to the Ref of {@code AWS::ECR::Repository}; see {@link #filter(String)}.
     */
    public RepositoryFilter filter(Repository resource) {
      return set("Filter", resource.ref());
    }

    /**
     * The repository filter type. The only supported value is <code>PREFIX_MATCH</code> , which is
     * a repository name prefix specified with the <code>filter</code> parameter.
     *
     * <p>Required. Allowed values: {@code PREFIX_MATCH}. CloudFormation property {@code
     * FilterType}.
     */
    public RepositoryFilter filterType(String value) {
      return set("FilterType", Value.of(value));
    }

    /** Sets {@code FilterType} to this value; see {@link #filterType(String)}. */
    public RepositoryFilter filterType(Value<String> value) {
      return set("FilterType", value);
    }
  }
}
