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
 * The <code>AWS::GameLift::Alias</code> resource creates an alias for an Amazon GameLift (GameLift)
 * fleet destination. There are two types of routing strategies for aliases: simple and terminal. A
 * simple alias points to an active fleet. A terminal alias displays a message instead of routing
 * players to an active fleet. For example, a terminal alias might display a URL link that directs
 * players to an upgrade site. You can use aliases to define destinations in a game session queue or
 * when requesting new game sessions.
 *
 * <p>CloudFormation type {@code AWS::GameLift::Alias}.
 */
public final class Alias extends Resource<Alias> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Alias")
      .required("Name", "RoutingStrategy")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(1024))
      .refYields("AliasId")
      .attributes("AliasArn", "AliasId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Alias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A human-readable description of the alias.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
   */
  public Alias description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Alias description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A descriptive label that is associated with an alias. Alias names do not need to be unique.
   *
   * <p>Required. Length: 1 to 1024 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property
   * {@code Name}.
   */
  public Alias name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Alias name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The routing configuration, including routing type and fleet target, for the alias.
   *
   * <p>Required. CloudFormation property {@code RoutingStrategy}.
   */
  public Alias routingStrategy(Value<RoutingStrategy> value) {
    return set("RoutingStrategy", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Alias tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Alias tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Alias tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name ( <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/s3-arn-format.html">ARN</a> ) that is
   * assigned to a Amazon GameLift Servers alias resource and uniquely identifies it. ARNs are
   * unique across all Regions. Format is
   * <code>arn:aws:gamelift:&lt;region&gt;::alias/alias-a1234567-b8c9-0d1e-2fa3-b45c6d7e8912</code>
   * . In a GameLift alias ARN, the resource ID matches the alias ID value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AliasArn}.
   */
  public Value<String> aliasArn() {
    return getAtt("AliasArn");
  }

  /**
   * A unique identifier for the alias. For example,
   * <code>arn:aws:gamelift:us-west-1::alias/alias-a1234567-b8c9-0d1e-2fa3-b45c6d7e8912</code>
   *
   * <p>Alias IDs are unique within a Region.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AliasId}.
   */
  public Value<String> aliasId() {
    return getAtt("AliasId");
  }

  /**
   * The routing configuration for a fleet alias.
   *
   * <p>Property type {@code AWS::GameLift::Alias.RoutingStrategy}.
   */
  public static final class RoutingStrategy extends Struct<RoutingStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::Alias.RoutingStrategy")
        .required("Type")
        .constrain("FleetId", Constraint.of().pattern("^[a-z]*fleet-[a-zA-Z0-9\\-]+").minLength(1).maxLength(128))
        .allowed("Type", "SIMPLE", "TERMINAL")
        .build();

    public RoutingStrategy() {
      super(SCHEMA);
    }

    /**
     * A unique identifier for a fleet that the alias points to. If you specify <code>SIMPLE</code>
     * for the <code>Type</code> property, you must specify this property.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-z]*fleet-[a-zA-Z0-9&#92;-]+}.
     * CloudFormation property {@code FleetId}.
     */
    public RoutingStrategy fleetId(String value) {
      return set("FleetId", Value.of(value));
    }

    /** Sets {@code FleetId} to this value; see {@link #fleetId(String)}. */
    public RoutingStrategy fleetId(Value<String> value) {
      return set("FleetId", value);
    }

    /**
     * The message text to be used with a terminal routing strategy. If you specify
     * <code>TERMINAL</code> for the <code>Type</code> property, you must specify this property.
     *
     * <p>CloudFormation property {@code Message}.
     */
    public RoutingStrategy message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public RoutingStrategy message(Value<String> value) {
      return set("Message", value);
    }

    /**
     * A type of routing strategy.
     *
     * <p>Possible routing types include the following:
     *
     * <ul> <li><em>SIMPLE</em> - The alias resolves to one specific fleet. Use this type when
     * routing to active fleets. <li><em>TERMINAL</em> - The alias does not resolve to a fleet but
     * instead can be used to display a message to the user. A terminal alias throws a
     * <code>TerminalRoutingStrategyException</code> with the message that you specified in the
     * <code>Message</code> property. </ul>
     *
     * <p>Required. Allowed values: {@code SIMPLE}, {@code TERMINAL}. CloudFormation property {@code
     * Type}.
     */
    public RoutingStrategy type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public RoutingStrategy type(Value<String> value) {
      return set("Type", value);
    }
  }
}
