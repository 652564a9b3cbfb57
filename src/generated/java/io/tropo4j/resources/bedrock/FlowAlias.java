// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrock;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an alias of a flow for deployment. For more information, see <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/flows-deploy.html">Deploy a flow in
 * Amazon Bedrock</a> in the Amazon Bedrock User Guide.
 *
 * <p>CloudFormation type {@code AWS::Bedrock::FlowAlias}.
 */
public final class FlowAlias extends Resource<FlowAlias> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::FlowAlias")
      .required("FlowArn", "Name", "RoutingConfiguration")
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .constrain("FlowArn", Constraint.of().pattern("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:flow/[0-9a-zA-Z]{10}$").maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^([0-9a-zA-Z][_-]?){1,100}$"))
      .attributes("Arn", "CreatedAt", "FlowId", "Id", "UpdatedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public FlowAlias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The configuration that specifies how nodes in the flow are executed concurrently.
   *
   * <p>CloudFormation property {@code ConcurrencyConfiguration}.
   */
  public FlowAlias concurrencyConfiguration(Value<FlowAliasConcurrencyConfiguration> value) {
    return set("ConcurrencyConfiguration", value);
  }

  /**
   * A description of the alias.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public FlowAlias description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FlowAlias description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the alias.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 2048 characters. Pattern:
   * {@code ^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:flow/[0-9a-zA-Z]{10}$}.
   * CloudFormation property {@code FlowArn}.
   */
  public FlowAlias flowArn(String value) {
    return set("FlowArn", Value.of(value));
  }

  /** Sets {@code FlowArn} to this value; see {@link #flowArn(String)}. */
  public FlowAlias flowArn(Value<String> value) {
    return set("FlowArn", value);
  }

  /**
   * The name of the alias.
   *
   * <p>Required. Pattern: {@code ^([0-9a-zA-Z][_-]?){1,100}$}. CloudFormation property {@code
   * Name}.
   */
  public FlowAlias name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FlowAlias name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of configurations about the versions that the alias maps to. Currently, you can only
   * specify one.
   *
   * <p>Required. CloudFormation property {@code RoutingConfiguration}.
   */
  public FlowAlias routingConfiguration(List<FlowAliasRoutingConfigurationListItem> value) {
    return set("RoutingConfiguration", Value.listOf(value));
  }

  /** Sets {@code RoutingConfiguration} to this value; see {@link #routingConfiguration(List)}. */
  public FlowAlias routingConfiguration(Value<List<FlowAliasRoutingConfigurationListItem>> value) {
    return set("RoutingConfiguration", value);
  }

  /**
   * Sets {@code RoutingConfiguration} to a list of these; see {@link #routingConfiguration(List)}.
   */
  public FlowAlias routingConfiguration(FlowAliasRoutingConfigurationListItem... values) {
    return set("RoutingConfiguration", Value.list(values));
  }

  /**
   * Metadata that you can assign to a resource as key-value pairs. For more information, see the
   * following resources:
   *
   * <ul> <li><a
   * href="https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html#tag-conventions">Tag
   * naming limits and requirements</a> <li><a
   * href="https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html#tag-best-practices">Tagging
   * best practices</a> </ul>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FlowAlias tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public FlowAlias tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public FlowAlias tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the alias.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time at which the alias was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier of the flow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FlowId}.
   */
  public Value<String> flowId() {
    return getAtt("FlowId");
  }

  /**
   * The unique identifier of the alias of the flow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The time at which the alias was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Determines how multiple nodes in a flow can run in parallel. Running nodes concurrently can
   * improve your flow's performance.
   *
   * <p>Property type {@code AWS::Bedrock::FlowAlias.FlowAliasConcurrencyConfiguration}.
   */
  public static final class FlowAliasConcurrencyConfiguration extends Struct<FlowAliasConcurrencyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::FlowAlias.FlowAliasConcurrencyConfiguration")
        .required("Type")
        .constrain("MaxConcurrency", Constraint.of().minimum(1).maximum(100))
        .allowed("Type", "Automatic", "Manual")
        .build();

    public FlowAliasConcurrencyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum number of nodes that can be executed concurrently in the flow.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code MaxConcurrency}.
     */
    public FlowAliasConcurrencyConfiguration maxConcurrency(double value) {
      return set("MaxConcurrency", Value.of(value));
    }

    /** Sets {@code MaxConcurrency} to this value; see {@link #maxConcurrency(double)}. */
    public FlowAliasConcurrencyConfiguration maxConcurrency(Value<Double> value) {
      return set("MaxConcurrency", value);
    }

    /**
     * The type of concurrency to use for parallel node execution. Specify one of the following
     * options:
     *
     * <ul> <li><code>Automatic</code> - Amazon Bedrock determines which nodes can be executed in
     * parallel based on the flow definition and its dependencies. <li><code>Manual</code> - You
     * specify which nodes can be executed in parallel. </ul>
     *
     * <p>Required. Allowed values: {@code Automatic}, {@code Manual}. CloudFormation property
     * {@code Type}.
     */
    public FlowAliasConcurrencyConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FlowAliasConcurrencyConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains information about a version that the alias maps to.
   *
   * <p>Property type {@code AWS::Bedrock::FlowAlias.FlowAliasRoutingConfigurationListItem}.
   */
  public static final class FlowAliasRoutingConfigurationListItem extends Struct<FlowAliasRoutingConfigurationListItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::FlowAlias.FlowAliasRoutingConfigurationListItem")
        .constrain("FlowVersion", Constraint.of().pattern("^(DRAFT|[0-9]{0,4}[1-9][0-9]{0,4})$").minLength(1).maxLength(5))
        .build();

    public FlowAliasRoutingConfigurationListItem() {
      super(SCHEMA);
    }

    /**
     * The version that the alias maps to.
     *
     * <p>Length: 1 to 5 characters. Pattern: {@code ^(DRAFT|[0-9]{0,4}[1-9][0-9]{0,4})$}.
     * CloudFormation property {@code FlowVersion}.
     */
    public FlowAliasRoutingConfigurationListItem flowVersion(String value) {
      return set("FlowVersion", Value.of(value));
    }

    /** Sets {@code FlowVersion} to this value; see {@link #flowVersion(String)}. */
    public FlowAliasRoutingConfigurationListItem flowVersion(Value<String> value) {
      return set("FlowVersion", value);
    }
  }
}
