// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::NeptuneGraph}: {@link Graph}, {@link GraphSnapshot}, {@link
 * PrivateGraphEndpoint}.
 */
package io.tropo4j.resources.neptunegraph;
