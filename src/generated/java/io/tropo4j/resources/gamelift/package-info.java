// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::GameLift}: {@link Alias}, {@link Build}, {@link
 * ContainerFleet}, {@link ContainerGroupDefinition}, {@link Fleet}, {@link GameServerGroup}, {@link
 * GameSessionQueue}, {@link Location}, {@link MatchmakingConfiguration}, {@link
 * MatchmakingRuleSet}, {@link Script}.
 */
package io.tropo4j.resources.gamelift;
