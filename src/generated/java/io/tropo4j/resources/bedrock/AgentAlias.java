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
 * Specifies an agent alias as a resource in a top-level template. Minimally, you must specify the
 * following properties:
 *
 * <ul> <li>AgentAliasName – Specify a name for the alias. </ul>
 *
 * <p>For more information about creating aliases for an agent in Amazon Bedrock , see <a
 * href="https://docs.aws.amazon.com/bedrock/latest/userguide/agents-deploy.html">Deploy an Amazon
 * Bedrock agent</a> .
 *
 * <p>See the <em>Properties</em> section below for descriptions of both the required and optional
 * properties.
 *
 * <p>CloudFormation type {@code AWS::Bedrock::AgentAlias}.
 */
public final class AgentAlias extends Resource<AgentAlias> {
  private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::AgentAlias")
      .required("AgentAliasName", "AgentId")
      .constrain("AgentAliasName", Constraint.of().pattern("^([0-9a-zA-Z][_-]?){1,100}$"))
      .constrain("AgentId", Constraint.of().pattern("^[0-9a-zA-Z]{10}$"))
      .constrain("Description", Constraint.of().minLength(1).maxLength(200))
      .attributes("AgentAliasArn", "AgentAliasHistoryEvents", "AgentAliasId", "AgentAliasStatus",
          "CreatedAt", "UpdatedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public AgentAlias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the alias of the agent.
   *
   * <p>Required. Pattern: {@code ^([0-9a-zA-Z][_-]?){1,100}$}. CloudFormation property {@code
   * AgentAliasName}.
   */
  public AgentAlias agentAliasName(String value) {
    return set("AgentAliasName", Value.of(value));
  }

  /** Sets {@code AgentAliasName} to this value; see {@link #agentAliasName(String)}. */
  public AgentAlias agentAliasName(Value<String> value) {
    return set("AgentAliasName", value);
  }

  /**
   * The unique identifier of the agent.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[0-9a-zA-Z]{10}$}.
   * CloudFormation property {@code AgentId}.
   */
  public AgentAlias agentId(String value) {
    return set("AgentId", Value.of(value));
  }

  /** Sets {@code AgentId} to this value; see {@link #agentId(String)}. */
  public AgentAlias agentId(Value<String> value) {
    return set("AgentId", value);
  }

  /**
   * The description of the alias of the agent.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Description}.
   */
  public AgentAlias description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AgentAlias description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Contains details about the routing configuration of the alias.
   *
   * <p>CloudFormation property {@code RoutingConfiguration}.
   */
  public AgentAlias routingConfiguration(List<AgentAliasRoutingConfigurationListItem> value) {
    return set("RoutingConfiguration", Value.listOf(value));
  }

  /** Sets {@code RoutingConfiguration} to this value; see {@link #routingConfiguration(List)}. */
  public AgentAlias routingConfiguration(Value<List<AgentAliasRoutingConfigurationListItem>> value) {
    return set("RoutingConfiguration", value);
  }

  /**
   * Sets {@code RoutingConfiguration} to a list of these; see {@link #routingConfiguration(List)}.
   */
  public AgentAlias routingConfiguration(AgentAliasRoutingConfigurationListItem... values) {
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
  public AgentAlias tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public AgentAlias tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public AgentAlias tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the alias of the agent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentAliasArn}.
   */
  public Value<String> agentAliasArn() {
    return getAtt("AgentAliasArn");
  }

  /**
   * Contains details about the history of the alias.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentAliasHistoryEvents}.
   */
  public Value<List<AgentAliasHistoryEvent>> agentAliasHistoryEvents() {
    return getAtt("AgentAliasHistoryEvents");
  }

  /**
   * The unique identifier of the alias of the agent.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentAliasId}.
   */
  public Value<String> agentAliasId() {
    return getAtt("AgentAliasId");
  }

  /**
   * The status of the alias of the agent and whether it is ready for use. The following statuses
   * are possible:
   *
   * <ul> <li>CREATING – The agent alias is being created. <li>PREPARED – The agent alias is
   * finished being created or updated and is ready to be invoked. <li>FAILED – The agent alias API
   * operation failed. <li>UPDATING – The agent alias is being updated. <li>DELETING – The agent
   * alias is being deleted. <li>DISSOCIATED - The agent alias has no version associated with it.
   * </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code AgentAliasStatus}.
   */
  public Value<String> agentAliasStatus() {
    return getAtt("AgentAliasStatus");
  }

  /**
   * The time at which the alias of the agent was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
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
   * Contains details about the history of the alias.
   *
   * <p>Property type {@code AWS::Bedrock::AgentAlias.AgentAliasHistoryEvent}.
   */
  public static final class AgentAliasHistoryEvent extends Struct<AgentAliasHistoryEvent> {
    private static final Schema SCHEMA = Schema.of("AWS::Bedrock::AgentAlias.AgentAliasHistoryEvent");

    public AgentAliasHistoryEvent() {
      super(SCHEMA);
    }

    /**
     * The date that the alias stopped being associated to the version in the
     * <code>routingConfiguration</code> object
     *
     * <p>CloudFormation property {@code EndDate}.
     */
    public AgentAliasHistoryEvent endDate(String value) {
      return set("EndDate", Value.of(value));
    }

    /** Sets {@code EndDate} to this value; see {@link #endDate(String)}. */
    public AgentAliasHistoryEvent endDate(Value<String> value) {
      return set("EndDate", value);
    }

    /**
     * Contains details about the version of the agent with which the alias is associated.
     *
     * <p>CloudFormation property {@code RoutingConfiguration}.
     */
    public AgentAliasHistoryEvent routingConfiguration(List<AgentAliasRoutingConfigurationListItem> value) {
      return set("RoutingConfiguration", Value.listOf(value));
    }

    /** Sets {@code RoutingConfiguration} to this value; see {@link #routingConfiguration(List)}. */
    public AgentAliasHistoryEvent routingConfiguration(Value<List<AgentAliasRoutingConfigurationListItem>> value) {
      return set("RoutingConfiguration", value);
    }

    /**
     * Sets {@code RoutingConfiguration} to a list of these; see {@link
     * #routingConfiguration(List)}.
     */
    public AgentAliasHistoryEvent routingConfiguration(AgentAliasRoutingConfigurationListItem... values) {
      return set("RoutingConfiguration", Value.list(values));
    }

    /**
     * The date that the alias began being associated to the version in the
     * <code>routingConfiguration</code> object.
     *
     * <p>CloudFormation property {@code StartDate}.
     */
    public AgentAliasHistoryEvent startDate(String value) {
      return set("StartDate", Value.of(value));
    }

    /** Sets {@code StartDate} to this value; see {@link #startDate(String)}. */
    public AgentAliasHistoryEvent startDate(Value<String> value) {
      return set("StartDate", value);
    }
  }

  /**
   * Contains details about the routing configuration of the alias.
   *
   * <p>Property type {@code AWS::Bedrock::AgentAlias.AgentAliasRoutingConfigurationListItem}.
   */
  public static final class AgentAliasRoutingConfigurationListItem extends Struct<AgentAliasRoutingConfigurationListItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Bedrock::AgentAlias.AgentAliasRoutingConfigurationListItem")
        .required("AgentVersion")
        .constrain("AgentVersion", Constraint.of().pattern("^(DRAFT|[0-9]{0,4}[1-9][0-9]{0,4})$").minLength(1).maxLength(5))
        .build();

    public AgentAliasRoutingConfigurationListItem() {
      super(SCHEMA);
    }

    /**
     * The version of the agent with which the alias is associated.
     *
     * <p>Required. Length: 1 to 5 characters. Pattern: {@code ^(DRAFT|[0-9]{0,4}[1-9][0-9]{0,4})$}.
     * CloudFormation property {@code AgentVersion}.
     */
    public AgentAliasRoutingConfigurationListItem agentVersion(String value) {
      return set("AgentVersion", Value.of(value));
    }

    /** Sets {@code AgentVersion} to this value; see {@link #agentVersion(String)}. */
    public AgentAliasRoutingConfigurationListItem agentVersion(Value<String> value) {
      return set("AgentVersion", value);
    }
  }
}
