// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.gamelift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::GameLift::MatchmakingConfiguration</code> resource defines a new matchmaking
 * configuration for use with FlexMatch. Whether you're using FlexMatch with GameLift hosting or as
 * a standalone matchmaking service, the matchmaking configuration sets out rules for matching
 * players and forming teams. If you're using GameLift hosting, it also defines how to start game
 * sessions for each match. Your matchmaking system can use multiple configurations to handle
 * different game scenarios. All matchmaking requests identify the matchmaking configuration to use
 * and provide player attributes that are consistent with that configuration.
 *
 * <p>CloudFormation type {@code AWS::GameLift::MatchmakingConfiguration}.
 */
public final class MatchmakingConfiguration extends Resource<MatchmakingConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLift::MatchmakingConfiguration")
      .required("AcceptanceRequired", "Name", "RequestTimeoutSeconds", "RuleSetName")
      .constrain("AcceptanceTimeoutSeconds", Constraint.of().minimum(1).maximum(600))
      .constrain("AdditionalPlayerCount", Constraint.of().minimum(0))
      .allowed("BackfillMode", "AUTOMATIC", "MANUAL")
      .constrain("CustomEventData", Constraint.of().minLength(0).maxLength(256))
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .allowed("FlexMatchMode", "STANDALONE", "WITH_QUEUE")
      .constrain("GameSessionData", Constraint.of().minLength(1).maxLength(4096))
      .constrain("GameSessionQueueArns", Constraint.of().pattern("[a-zA-Z0-9:/-]+").minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9-\\.]*").minLength(0).maxLength(128))
      .constrain("NotificationTarget", Constraint.of().pattern("[a-zA-Z0-9:_/-]*(.fifo)?").minLength(0).maxLength(300))
      .constrain("RequestTimeoutSeconds", Constraint.of().minimum(1).maximum(43200))
      .constrain("RuleSetArn", Constraint.of().pattern("^arn:.*:matchmakingruleset\\/[a-zA-Z0-9-\\.]*"))
      .constrain("RuleSetName", Constraint.of().pattern("[a-zA-Z0-9-\\.]*").minLength(1).maxLength(128))
      .refYields("Name")
      .attributes("Arn", "Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MatchmakingConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A flag that determines whether a match that was created with this configuration must be
   * accepted by the matched players. To require acceptance, set to <code>TRUE</code> . With this
   * option enabled, matchmaking tickets use the status <code>REQUIRES_ACCEPTANCE</code> to indicate
   * when a completed potential match is waiting for player acceptance.
   *
   * <p>Required. CloudFormation property {@code AcceptanceRequired}.
   */
  public MatchmakingConfiguration acceptanceRequired(boolean value) {
    return set("AcceptanceRequired", Value.of(value));
  }

  /** Sets {@code AcceptanceRequired} to this value; see {@link #acceptanceRequired(boolean)}. */
  public MatchmakingConfiguration acceptanceRequired(Value<Boolean> value) {
    return set("AcceptanceRequired", value);
  }

  /**
   * The length of time (in seconds) to wait for players to accept a proposed match, if acceptance
   * is required.
   *
   * <p>Range: 1 to 600. CloudFormation property {@code AcceptanceTimeoutSeconds}.
   */
  public MatchmakingConfiguration acceptanceTimeoutSeconds(int value) {
    return set("AcceptanceTimeoutSeconds", Value.of(value));
  }

  /**
   * Sets {@code AcceptanceTimeoutSeconds} to this value; see {@link
   * #acceptanceTimeoutSeconds(int)}.
   */
  public MatchmakingConfiguration acceptanceTimeoutSeconds(Value<Integer> value) {
    return set("AcceptanceTimeoutSeconds", value);
  }

  /**
   * The number of player slots in a match to keep open for future players. For example, if the
   * configuration's rule set specifies a match for a single 12-person team, and the additional
   * player count is set to 2, only 10 players are selected for the match. This parameter is not
   * used if <code>FlexMatchMode</code> is set to <code>STANDALONE</code> .
   *
   * <p>Range: at least 0. CloudFormation property {@code AdditionalPlayerCount}.
   */
  public MatchmakingConfiguration additionalPlayerCount(int value) {
    return set("AdditionalPlayerCount", Value.of(value));
  }

  /** Sets {@code AdditionalPlayerCount} to this value; see {@link #additionalPlayerCount(int)}. */
  public MatchmakingConfiguration additionalPlayerCount(Value<Integer> value) {
    return set("AdditionalPlayerCount", value);
  }

  /**
   * The method used to backfill game sessions that are created with this matchmaking configuration.
   * Specify <code>MANUAL</code> when your game manages backfill requests manually or does not use
   * the match backfill feature. Specify <code>AUTOMATIC</code> to have GameLift create a
   * <code>StartMatchBackfill</code> request whenever a game session has one or more open slots.
   * Learn more about manual and automatic backfill in <a
   * href="https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-backfill.html">Backfill
   * Existing Games with FlexMatch</a> . Automatic backfill is not available when
   * <code>FlexMatchMode</code> is set to <code>STANDALONE</code> .
   *
   * <p>Allowed values: {@code AUTOMATIC}, {@code MANUAL}. CloudFormation property {@code
   * BackfillMode}.
   */
  public MatchmakingConfiguration backfillMode(String value) {
    return set("BackfillMode", Value.of(value));
  }

  /** Sets {@code BackfillMode} to this value; see {@link #backfillMode(String)}. */
  public MatchmakingConfiguration backfillMode(Value<String> value) {
    return set("BackfillMode", value);
  }

  /**
   * A time stamp indicating when this data object was created. Format is a number expressed in Unix
   * time as milliseconds (for example <code>"1469498468.057"</code> ).
   *
   * <p>CloudFormation property {@code CreationTime}.
   */
  public MatchmakingConfiguration creationTime(String value) {
    return set("CreationTime", Value.of(value));
  }

  /** Sets {@code CreationTime} to this value; see {@link #creationTime(String)}. */
  public MatchmakingConfiguration creationTime(Value<String> value) {
    return set("CreationTime", value);
  }

  /**
   * Information to add to all events related to the matchmaking configuration.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code CustomEventData}.
   */
  public MatchmakingConfiguration customEventData(String value) {
    return set("CustomEventData", Value.of(value));
  }

  /** Sets {@code CustomEventData} to this value; see {@link #customEventData(String)}. */
  public MatchmakingConfiguration customEventData(Value<String> value) {
    return set("CustomEventData", value);
  }

  /**
   * A description for the matchmaking configuration.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
   */
  public MatchmakingConfiguration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public MatchmakingConfiguration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Indicates whether this matchmaking configuration is being used with Amazon GameLift Servers
   * hosting or as a standalone matchmaking solution.
   *
   * <ul> <li><em>STANDALONE</em> - FlexMatch forms matches and returns match information, including
   * players and team assignments, in a <a
   * href="https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-events.html#match-events-matchmakingsucceeded">MatchmakingSucceeded</a>
   * event. <li><em>WITH_QUEUE</em> - FlexMatch forms matches and uses the specified Amazon GameLift
   * Servers queue to start a game session for the match. </ul>
   *
   * <p>Allowed values: {@code STANDALONE}, {@code WITH_QUEUE}. CloudFormation property {@code
   * FlexMatchMode}.
   */
  public MatchmakingConfiguration flexMatchMode(String value) {
    return set("FlexMatchMode", Value.of(value));
  }

  /** Sets {@code FlexMatchMode} to this value; see {@link #flexMatchMode(String)}. */
  public MatchmakingConfiguration flexMatchMode(Value<String> value) {
    return set("FlexMatchMode", value);
  }

  /**
   * A set of custom properties for a game session, formatted as key-value pairs. These properties
   * are passed to a game server process with a request to start a new game session. See <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/gamelift-sdk-server-api.html#gamelift-sdk-server-startsession">Start
   * a Game Session</a> . This parameter is not used if <code>FlexMatchMode</code> is set to
   * <code>STANDALONE</code> .
   *
   * <p>CloudFormation property {@code GameProperties}.
   */
  public MatchmakingConfiguration gameProperties(List<GameProperty> value) {
    return set("GameProperties", Value.listOf(value));
  }

  /** Sets {@code GameProperties} to this value; see {@link #gameProperties(List)}. */
  public MatchmakingConfiguration gameProperties(Value<List<GameProperty>> value) {
    return set("GameProperties", value);
  }

  /** Sets {@code GameProperties} to a list of these; see {@link #gameProperties(List)}. */
  public MatchmakingConfiguration gameProperties(GameProperty... values) {
    return set("GameProperties", Value.list(values));
  }

  /**
   * A set of custom game session properties, formatted as a single string value. This data is
   * passed to a game server process with a request to start a new game session. See <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/gamelift-sdk-server-api.html#gamelift-sdk-server-startsession">Start
   * a Game Session</a> . This parameter is not used if <code>FlexMatchMode</code> is set to
   * <code>STANDALONE</code> .
   *
   * <p>Length: 1 to 4096 characters. CloudFormation property {@code GameSessionData}.
   */
  public MatchmakingConfiguration gameSessionData(String value) {
    return set("GameSessionData", Value.of(value));
  }

  /** Sets {@code GameSessionData} to this value; see {@link #gameSessionData(String)}. */
  public MatchmakingConfiguration gameSessionData(Value<String> value) {
    return set("GameSessionData", value);
  }

  /**
   * The Amazon Resource Name ( <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/s3-arn-format.html">ARN</a> ) that is
   * assigned to a Amazon GameLift Servers game session queue resource and uniquely identifies it.
   * ARNs are unique across all Regions. Format is
   * <code>arn:aws:gamelift:&lt;region&gt;::gamesessionqueue/&lt;queue name&gt;</code> . Queues can
   * be located in any Region. Queues are used to start new Amazon GameLift Servers-hosted game
   * sessions for matches that are created with this matchmaking configuration. If
   * <code>FlexMatchMode</code> is set to <code>STANDALONE</code> , do not set this parameter.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code [a-zA-Z0-9:/-]+}. CloudFormation property
   * {@code GameSessionQueueArns}.
   */
  public MatchmakingConfiguration gameSessionQueueArns(List<String> value) {
    return set("GameSessionQueueArns", Value.listOf(value));
  }

  /** Sets {@code GameSessionQueueArns} to this value; see {@link #gameSessionQueueArns(List)}. */
  public MatchmakingConfiguration gameSessionQueueArns(Value<List<String>> value) {
    return set("GameSessionQueueArns", value);
  }

  /**
   * A unique identifier for the matchmaking configuration. This name is used to identify the
   * configuration associated with a matchmaking request or ticket.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9-&#92;.]*}. CloudFormation property {@code Name}.
   */
  public MatchmakingConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public MatchmakingConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An SNS topic ARN that is set up to receive matchmaking notifications. See <a
   * href="https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/match-notification.html">Setting
   * up notifications for matchmaking</a> for more information.
   *
   * <p>Length: 0 to 300 characters. Pattern: {@code [a-zA-Z0-9:_/-]*(.fifo)?}. CloudFormation
   * property {@code NotificationTarget}.
   */
  public MatchmakingConfiguration notificationTarget(String value) {
    return set("NotificationTarget", Value.of(value));
  }

  /** Sets {@code NotificationTarget} to this value; see {@link #notificationTarget(String)}. */
  public MatchmakingConfiguration notificationTarget(Value<String> value) {
    return set("NotificationTarget", value);
  }

  /**
   * The maximum duration, in seconds, that a matchmaking ticket can remain in process before timing
   * out. Requests that fail due to timing out can be resubmitted as needed.
   *
   * <p>Required. Range: 1 to 43200. CloudFormation property {@code RequestTimeoutSeconds}.
   */
  public MatchmakingConfiguration requestTimeoutSeconds(int value) {
    return set("RequestTimeoutSeconds", Value.of(value));
  }

  /** Sets {@code RequestTimeoutSeconds} to this value; see {@link #requestTimeoutSeconds(int)}. */
  public MatchmakingConfiguration requestTimeoutSeconds(Value<Integer> value) {
    return set("RequestTimeoutSeconds", value);
  }

  /**
   * The Amazon Resource Name ( <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/s3-arn-format.html">ARN</a> ) associated
   * with the GameLift matchmaking rule set resource that this configuration uses.
   *
   * <p>Pattern: {@code ^arn:.*:matchmakingruleset&#92;/[a-zA-Z0-9-&#92;.]*}. CloudFormation
   * property {@code RuleSetArn}.
   */
  public MatchmakingConfiguration ruleSetArn(String value) {
    return set("RuleSetArn", Value.of(value));
  }

  /** Sets {@code RuleSetArn} to this value; see {@link #ruleSetArn(String)}. */
  public MatchmakingConfiguration ruleSetArn(Value<String> value) {
    return set("RuleSetArn", value);
  }

  /**
   * A unique identifier for the matchmaking rule set to use with this configuration. You can use
   * either the rule set name or ARN value. A matchmaking configuration can only use rule sets that
   * are defined in the same Region.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code [a-zA-Z0-9-&#92;.]*}. CloudFormation
   * property {@code RuleSetName}.
   */
  public MatchmakingConfiguration ruleSetName(String value) {
    return set("RuleSetName", Value.of(value));
  }

  /** Sets {@code RuleSetName} to this value; see {@link #ruleSetName(String)}. */
  public MatchmakingConfiguration ruleSetName(Value<String> value) {
    return set("RuleSetName", value);
  }

  /**
   * A list of labels to assign to the new matchmaking configuration resource. Tags are
   * developer-defined key-value pairs. Tagging AWS resources are useful for resource management,
   * access management and cost allocation. For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS Resources</a>
   * in the <em>AWS General Reference</em> . Once the resource is created, you can use TagResource,
   * UntagResource, and ListTagsForResource to add, remove, and view tags. The maximum tag limit may
   * be lower than stated. See the AWS General Reference for actual tagging limits.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MatchmakingConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MatchmakingConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MatchmakingConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique Amazon Resource Name (ARN) for the <code>MatchmakingConfiguration</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The <code>MatchmakingConfiguration</code> name, which is unique.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * This key-value pair can store custom data about a game session. For example, you might use a
   * <code>GameProperty</code> to track a game session's map, level of difficulty, or remaining
   * time. The difficulty level could be specified like this: <code>{"Key": "difficulty",
   * "Value":"Novice"}</code> .
   *
   * <p>You can set game properties when creating a game session. You can also modify game
   * properties of an active game session. When searching for game sessions, you can filter on game
   * property keys and values. You can't delete game properties from a game session.
   *
   * <p>For examples of working with game properties, see <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/gamelift-sdk-client-api.html#game-properties">Create
   * a game session with properties</a> .
   *
   * <p>Property type {@code AWS::GameLift::MatchmakingConfiguration.GameProperty}.
   */
  public static final class GameProperty extends Struct<GameProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::MatchmakingConfiguration.GameProperty")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(0).maxLength(32))
        .constrain("Value", Constraint.of().minLength(0).maxLength(96))
        .build();

    public GameProperty() {
      super(SCHEMA);
    }

    /**
     * The game property identifier.
     *
     * <p>Required. Length: 0 to 32 characters. CloudFormation property {@code Key}.
     */
    public GameProperty key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public GameProperty key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The game property value.
     *
     * <p>Required. Length: 0 to 96 characters. CloudFormation property {@code Value}.
     */
    public GameProperty value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public GameProperty value(Value<String> value) {
      return set("Value", value);
    }
  }
}
