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
 * The <code>AWS::GameLift::GameSessionQueue</code> resource creates a placement queue that
 * processes requests for new game sessions. A queue uses FleetIQ algorithms to determine the best
 * placement locations and find an available game server, then prompts the game server to start a
 * new game session. Queues can have destinations (GameLift fleets or aliases), which determine
 * where the queue can place new game sessions. A queue can have destinations with varied fleet type
 * (Spot and On-Demand), instance type, and AWS Region .
 *
 * <p>CloudFormation type {@code AWS::GameLift::GameSessionQueue}.
 */
public final class GameSessionQueue extends Resource<GameSessionQueue> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLift::GameSessionQueue")
      .required("Name")
      .constrain("CustomEventData", Constraint.of().pattern("[\\s\\S]*").minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9-]+").minLength(1).maxLength(128))
      .constrain("NotificationTarget", Constraint.of().pattern("[a-zA-Z0-9:_-]*(\\.fifo)?").minLength(1).maxLength(300))
      .constrain("TimeoutInSeconds", Constraint.of().minimum(0))
      .refYields("Name")
      .attributes("Arn", "Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public GameSessionQueue(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Information to be added to all events that are related to this game session queue.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code [&#92;s&#92;S]*}. CloudFormation property
   * {@code CustomEventData}.
   */
  public GameSessionQueue customEventData(String value) {
    return set("CustomEventData", Value.of(value));
  }

  /** Sets {@code CustomEventData} to this value; see {@link #customEventData(String)}. */
  public GameSessionQueue customEventData(Value<String> value) {
    return set("CustomEventData", value);
  }

  /**
   * A list of fleets and/or fleet aliases that can be used to fulfill game session placement
   * requests in the queue. Destinations are identified by either a fleet ARN or a fleet alias ARN,
   * and are listed in order of placement preference.
   *
   * <p>CloudFormation property {@code Destinations}.
   */
  public GameSessionQueue destinations(List<GameSessionQueueDestination> value) {
    return set("Destinations", Value.listOf(value));
  }

  /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
  public GameSessionQueue destinations(Value<List<GameSessionQueueDestination>> value) {
    return set("Destinations", value);
  }

  /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
  public GameSessionQueue destinations(GameSessionQueueDestination... values) {
    return set("Destinations", Value.list(values));
  }

  /**
   * A list of locations where a queue is allowed to place new game sessions. Locations are
   * specified in the form of AWS Region codes, such as <code>us-west-2</code> . If this parameter
   * is not set, game sessions can be placed in any queue location.
   *
   * <p>CloudFormation property {@code FilterConfiguration}.
   */
  public GameSessionQueue filterConfiguration(Value<FilterConfiguration> value) {
    return set("FilterConfiguration", value);
  }

  /**
   * A descriptive label that is associated with game session queue. Queue names must be unique
   * within each Region.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9-]+}. CloudFormation property {@code Name}.
   */
  public GameSessionQueue name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public GameSessionQueue name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An SNS topic ARN that is set up to receive game session placement notifications. See <a
   * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/queue-notification.html">Setting
   * up notifications for game session placement</a> .
   *
   * <p>Length: 1 to 300 characters. Pattern: {@code [a-zA-Z0-9:_-]*(&#92;.fifo)?}. CloudFormation
   * property {@code NotificationTarget}.
   */
  public GameSessionQueue notificationTarget(String value) {
    return set("NotificationTarget", Value.of(value));
  }

  /** Sets {@code NotificationTarget} to this value; see {@link #notificationTarget(String)}. */
  public GameSessionQueue notificationTarget(Value<String> value) {
    return set("NotificationTarget", value);
  }

  /**
   * A set of policies that enforce a sliding cap on player latency when processing game sessions
   * placement requests. Use multiple policies to gradually relax the cap over time if Amazon
   * GameLift Servers can't make a placement. Policies are evaluated in order starting with the
   * lowest maximum latency value.
   *
   * <p>CloudFormation property {@code PlayerLatencyPolicies}.
   */
  public GameSessionQueue playerLatencyPolicies(List<PlayerLatencyPolicy> value) {
    return set("PlayerLatencyPolicies", Value.listOf(value));
  }

  /** Sets {@code PlayerLatencyPolicies} to this value; see {@link #playerLatencyPolicies(List)}. */
  public GameSessionQueue playerLatencyPolicies(Value<List<PlayerLatencyPolicy>> value) {
    return set("PlayerLatencyPolicies", value);
  }

  /**
   * Sets {@code PlayerLatencyPolicies} to a list of these; see {@link
   * #playerLatencyPolicies(List)}.
   */
  public GameSessionQueue playerLatencyPolicies(PlayerLatencyPolicy... values) {
    return set("PlayerLatencyPolicies", Value.list(values));
  }

  /**
   * Custom settings to use when prioritizing destinations and locations for game session
   * placements. This configuration replaces the FleetIQ default prioritization process. Priority
   * types that are not explicitly named will be automatically applied at the end of the
   * prioritization process.
   *
   * <p>CloudFormation property {@code PriorityConfiguration}.
   */
  public GameSessionQueue priorityConfiguration(Value<PriorityConfiguration> value) {
    return set("PriorityConfiguration", value);
  }

  /**
   * A list of labels to assign to the new game session queue resource. Tags are developer-defined
   * key-value pairs. Tagging AWS resources are useful for resource management, access management
   * and cost allocation. For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS Resources</a>
   * in the <em>AWS General Reference</em> . Once the resource is created, you can use TagResource,
   * UntagResource, and ListTagsForResource to add, remove, and view tags. The maximum tag limit may
   * be lower than stated. See the AWS General Reference for actual tagging limits.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public GameSessionQueue tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public GameSessionQueue tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public GameSessionQueue tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The maximum time, in seconds, that a new game session placement request remains in the queue.
   * When a request exceeds this time, the game session placement changes to a
   * <code>TIMED_OUT</code> status. If you don't specify a request timeout, the queue uses a default
   * value.
   *
   * <p>Range: at least 0. CloudFormation property {@code TimeoutInSeconds}.
   */
  public GameSessionQueue timeoutInSeconds(int value) {
    return set("TimeoutInSeconds", Value.of(value));
  }

  /** Sets {@code TimeoutInSeconds} to this value; see {@link #timeoutInSeconds(int)}. */
  public GameSessionQueue timeoutInSeconds(Value<Integer> value) {
    return set("TimeoutInSeconds", value);
  }

  /**
   * The unique Amazon Resource Name (ARN) for the <code>GameSessionQueue</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A descriptive label that is associated with a game session queue. Names are unique within each
   * Region.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /** Property type {@code AWS::GameLift::GameSessionQueue.Destination}. */
  public static final class Destination extends Struct<Destination> {
    private static final Schema SCHEMA = Schema.of("AWS::GameLift::GameSessionQueue.Destination");

    public Destination() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code DestinationArn}. */
    public Destination destinationArn(String value) {
      return set("DestinationArn", Value.of(value));
    }

    /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
    public Destination destinationArn(Value<String> value) {
      return set("DestinationArn", value);
    }
  }

  /**
   * A list of fleet locations where a game session queue can place new game sessions. You can use a
   * filter to temporarily turn off placements for specific locations. For queues that have
   * multi-location fleets, you can use a filter configuration allow placement with some, but not
   * all of these locations.
   *
   * <p>Property type {@code AWS::GameLift::GameSessionQueue.FilterConfiguration}.
   */
  public static final class FilterConfiguration extends Struct<FilterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::GameSessionQueue.FilterConfiguration")
        .constrain("AllowedLocations", Constraint.of().pattern("^[a-z]+(-([a-z]+|\\d))*").minLength(1).maxLength(64))
        .build();

    public FilterConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of locations to allow game session placement in, in the form of AWS Region codes such
     * as <code>us-west-2</code> .
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-z]+(-([a-z]+|&#92;d))*}. CloudFormation
     * property {@code AllowedLocations}.
     */
    public FilterConfiguration allowedLocations(List<String> value) {
      return set("AllowedLocations", Value.listOf(value));
    }

    /** Sets {@code AllowedLocations} to this value; see {@link #allowedLocations(List)}. */
    public FilterConfiguration allowedLocations(Value<List<String>> value) {
      return set("AllowedLocations", value);
    }
  }

  /**
   * A fleet or alias designated in a game session queue. Queues fulfill requests for new game
   * sessions by placing a new game session on any of the queue's destinations.
   *
   * <p>Property type {@code AWS::GameLift::GameSessionQueue.GameSessionQueueDestination}.
   */
  public static final class GameSessionQueueDestination extends Struct<GameSessionQueueDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::GameSessionQueue.GameSessionQueueDestination")
        .constrain("DestinationArn", Constraint.of().pattern("[a-zA-Z0-9:/-]+").minLength(1).maxLength(256))
        .build();

    public GameSessionQueueDestination() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) that is assigned to fleet or fleet alias. ARNs, which include
     * a fleet ID or alias ID and a Region name, provide a unique identifier across all Regions.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code [a-zA-Z0-9:/-]+}. CloudFormation property
     * {@code DestinationArn}.
     */
    public GameSessionQueueDestination destinationArn(String value) {
      return set("DestinationArn", Value.of(value));
    }

    /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
    public GameSessionQueueDestination destinationArn(Value<String> value) {
      return set("DestinationArn", value);
    }
  }

  /**
   * The queue setting that determines the highest latency allowed for individual players when
   * placing a game session. When a latency policy is in force, a game session cannot be placed with
   * any fleet in a Region where a player reports latency higher than the cap. Latency policies are
   * only enforced when the placement request contains player latency information.
   *
   * <p>Property type {@code AWS::GameLift::GameSessionQueue.PlayerLatencyPolicy}.
   */
  public static final class PlayerLatencyPolicy extends Struct<PlayerLatencyPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::GameSessionQueue.PlayerLatencyPolicy")
        .constrain("MaximumIndividualPlayerLatencyMilliseconds", Constraint.of().minimum(0))
        .constrain("PolicyDurationSeconds", Constraint.of().minimum(0))
        .build();

    public PlayerLatencyPolicy() {
      super(SCHEMA);
    }

    /**
     * The maximum latency value that is allowed for any player, in milliseconds. All policies must
     * have a value set for this property.
     *
     * <p>Range: at least 0. CloudFormation property {@code
     * MaximumIndividualPlayerLatencyMilliseconds}.
     */
    public PlayerLatencyPolicy maximumIndividualPlayerLatencyMilliseconds(int value) {
      return set("MaximumIndividualPlayerLatencyMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumIndividualPlayerLatencyMilliseconds} to this value; see {@link
     * #maximumIndividualPlayerLatencyMilliseconds(int)}.
     */
    public PlayerLatencyPolicy maximumIndividualPlayerLatencyMilliseconds(Value<Integer> value) {
      return set("MaximumIndividualPlayerLatencyMilliseconds", value);
    }

    /**
     * The length of time, in seconds, that the policy is enforced while placing a new game session.
     * A null value for this property means that the policy is enforced until the queue times out.
     *
     * <p>Range: at least 0. CloudFormation property {@code PolicyDurationSeconds}.
     */
    public PlayerLatencyPolicy policyDurationSeconds(int value) {
      return set("PolicyDurationSeconds", Value.of(value));
    }

    /**
     * Sets {@code PolicyDurationSeconds} to this value; see {@link #policyDurationSeconds(int)}.
     */
    public PlayerLatencyPolicy policyDurationSeconds(Value<Integer> value) {
      return set("PolicyDurationSeconds", value);
    }
  }

  /**
   * Custom prioritization settings for use by a game session queue when placing new game sessions
   * with available game servers. When defined, this configuration replaces the default FleetIQ
   * prioritization process, which is as follows:
   *
   * <ul> <li>If player latency data is included in a game session request, destinations and
   * locations are prioritized first based on lowest average latency (1), then on lowest hosting
   * cost (2), then on destination list order (3), and finally on location (alphabetical) (4). This
   * approach ensures that the queue's top priority is to place game sessions where average player
   * latency is lowest, and--if latency is the same--where the hosting cost is less, etc. <li>If
   * player latency data is not included, destinations and locations are prioritized first on
   * destination list order (1), and then on location (alphabetical) (2). This approach ensures that
   * the queue's top priority is to place game sessions on the first destination fleet listed. If
   * that fleet has multiple locations, the game session is placed on the first location (when
   * listed alphabetically). </ul>
   *
   * <p>Changing the priority order will affect how game sessions are placed.
   *
   * <p>Property type {@code AWS::GameLift::GameSessionQueue.PriorityConfiguration}.
   */
  public static final class PriorityConfiguration extends Struct<PriorityConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::GameSessionQueue.PriorityConfiguration")
        .constrain("LocationOrder", Constraint.of().pattern("^[A-Za-z0-9\\-]+").minLength(1).maxLength(64))
        .allowed("PriorityOrder", "LATENCY", "COST", "DESTINATION", "LOCATION")
        .build();

    public PriorityConfiguration() {
      super(SCHEMA);
    }

    /**
     * The prioritization order to use for fleet locations, when the <code>PriorityOrder</code>
     * property includes <code>LOCATION</code> . Locations can include AWS Region codes (such as
     * <code>us-west-2</code> ), local zones, and custom locations (for Anywhere fleets). Each
     * location must be listed only once. For details, see <a
     * href="https://docs.aws.amazon.com/gamelift/latest/developerguide/gamelift-regions.html">Amazon
     * GameLift Servers service locations.</a>
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[A-Za-z0-9&#92;-]+}. CloudFormation property
     * {@code LocationOrder}.
     */
    public PriorityConfiguration locationOrder(List<String> value) {
      return set("LocationOrder", Value.listOf(value));
    }

    /** Sets {@code LocationOrder} to this value; see {@link #locationOrder(List)}. */
    public PriorityConfiguration locationOrder(Value<List<String>> value) {
      return set("LocationOrder", value);
    }

    /**
     * A custom sequence to use when prioritizing where to place new game sessions. Each priority
     * type is listed once.
     *
     * <ul> <li><code>LATENCY</code> -- Amazon GameLift Servers prioritizes locations where the
     * average player latency is lowest. Player latency data is provided in each game session
     * placement request. <li><code>COST</code> -- Amazon GameLift Servers prioritizes queue
     * destinations with the lowest current hosting costs. Cost is evaluated based on the
     * destination's location, instance type, and fleet type (Spot or On-Demand).
     * <li><code>DESTINATION</code> -- Amazon GameLift Servers prioritizes based on the list order
     * of destinations in the queue configuration. <li><code>LOCATION</code> -- Amazon GameLift
     * Servers prioritizes based on the provided order of locations, as defined in
     * <code>LocationOrder</code> . </ul>
     *
     * <p>Allowed values: {@code LATENCY}, {@code COST}, {@code DESTINATION}, {@code LOCATION}.
     * CloudFormation property {@code PriorityOrder}.
     */
    public PriorityConfiguration priorityOrder(List<String> value) {
      return set("PriorityOrder", Value.listOf(value));
    }

    /** Sets {@code PriorityOrder} to this value; see {@link #priorityOrder(List)}. */
    public PriorityConfiguration priorityOrder(Value<List<String>> value) {
      return set("PriorityOrder", value);
    }
  }
}
