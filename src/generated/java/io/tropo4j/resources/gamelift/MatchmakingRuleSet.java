// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.gamelift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new rule set for FlexMatch matchmaking. A rule set describes the type of match to
 * create, such as the number and size of teams. It also sets the parameters for acceptable player
 * matches, such as minimum skill level or character type.
 *
 * <p>To create a matchmaking rule set, provide unique rule set name and the rule set body in JSON
 * format. Rule sets must be defined in the same Region as the matchmaking configuration they are
 * used with.
 *
 * <p>Since matchmaking rule sets cannot be edited, it is a good idea to check the rule set syntax.
 *
 * <p><em>Learn more</em>
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-rulesets.html">Build a
 * rule set</a> <li><a
 * href="https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-configuration.html">Design
 * a matchmaker</a> <li><a
 * href="https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-intro.html">Matchmaking
 * with FlexMatch</a> </ul>
 *
 * <p>CloudFormation type {@code AWS::GameLift::MatchmakingRuleSet}.
 */
public final class MatchmakingRuleSet extends Resource<MatchmakingRuleSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLift::MatchmakingRuleSet")
      .required("Name", "RuleSetBody")
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9-\\.]*").minLength(0).maxLength(128))
      .constrain("RuleSetBody", Constraint.of().minLength(1).maxLength(65535))
      .refYields("Name")
      .attributes("Arn", "CreationTime", "Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MatchmakingRuleSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A unique identifier for the matchmaking rule set. A matchmaking configuration identifies the
   * rule set it uses by this name value. Note that the rule set name is different from the optional
   * <code>name</code> field in the rule set body.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9-&#92;.]*}. CloudFormation property {@code Name}.
   */
  public MatchmakingRuleSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MatchmakingRuleSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A collection of matchmaking rules, formatted as a JSON string. Comments are not allowed in
   * JSON, but most elements support a description field.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 65535 characters. CloudFormation
   * property {@code RuleSetBody}.
   */
  public MatchmakingRuleSet ruleSetBody(String value) {
    return set("RuleSetBody", Value.of(value));
  }

  /** Sets {@code RuleSetBody} to this value; see {@link #ruleSetBody(String)}. */
  public MatchmakingRuleSet ruleSetBody(Value<String> value) {
    return set("RuleSetBody", value);
  }

  /**
   * A list of labels to assign to the new matchmaking rule set resource. Tags are developer-defined
   * key-value pairs. Tagging AWS resources are useful for resource management, access management
   * and cost allocation. For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS Resources</a>
   * in the <em>AWS General Reference</em> . Once the resource is created, you can use TagResource,
   * UntagResource, and ListTagsForResource to add, remove, and view tags. The maximum tag limit may
   * be lower than stated. See the AWS General Reference for actual tagging limits.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MatchmakingRuleSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MatchmakingRuleSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MatchmakingRuleSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique Amazon Resource Name (ARN) assigned to the rule set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A time stamp indicating when this data object was created. Format is a number expressed in Unix
   * time as milliseconds (for example <code>"1469498468.057"</code> ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The unique name of the rule set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }
}
