// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::RoboMaker}: {@link Fleet}, {@link Robot}, {@link
 * RobotApplication}, {@link RobotApplicationVersion}, {@link SimulationApplication}, {@link
 * SimulationApplicationVersion}.
 */
package io.tropo4j.resources.robomaker;
