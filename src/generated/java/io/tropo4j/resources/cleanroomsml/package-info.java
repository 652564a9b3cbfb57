// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CleanRoomsML}: {@link ConfiguredModelAlgorithm}, {@link
 * ConfiguredModelAlgorithmAssociation}, {@link TrainingDataset}.
 */
package io.tropo4j.resources.cleanroomsml;
